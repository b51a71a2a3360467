import i18next from 'i18next';
import { lazy, Suspense, type ReactNode } from 'react';
import type { Job } from '../domain/schema/job';
import type { BatchStore } from '../store/batch-store';
import type { LazyMergeSession } from '../ui/data/lazy-merge-session';
import type { Panel } from '../ui/actions/panels';

// The first screen opens none of these: each is its own chunk, fetched when first opened.
const AccountProjectsDialog = lazy(() =>
  import('../ui/account/AccountProjectsDialog').then((m) => ({ default: m.AccountProjectsDialog })),
);
const BatchDialog = lazy(() =>
  import('../ui/batch/BatchDialog').then((m) => ({ default: m.BatchDialog })),
);
const CustomAvatarDialog = lazy(() =>
  import('../ui/export/CustomAvatarDialog').then((m) => ({ default: m.CustomAvatarDialog })),
);
const ExportDialog = lazy(() =>
  import('../ui/export/ExportDialog').then((m) => ({ default: m.ExportDialog })),
);
const JobsDialog = lazy(() =>
  import('../ui/jobs/JobsDialog').then((m) => ({ default: m.JobsDialog })),
);
const JsonDialog = lazy(() =>
  import('../ui/json/JsonDialog').then((m) => ({ default: m.JsonDialog })),
);
const ImportDialog = lazy(() =>
  import('../ui/projects/ImportDialog').then((m) => ({ default: m.ImportDialog })),
);
const DataDialog = lazy(() =>
  import('../ui/data/DataDialog').then((m) => ({ default: m.DataDialog })),
);
const ReflowDialog = lazy(() =>
  import('../ui/preview/ReflowDialog').then((m) => ({ default: m.ReflowDialog })),
);
const ProjectsDialog = lazy(() =>
  import('../ui/projects/ProjectsDialog').then((m) => ({ default: m.ProjectsDialog })),
);

type DialogTable = Partial<
  Record<Panel, (close: () => void, open: (p: Panel) => void) => ReactNode>
>;

const loading = (node: ReactNode) => (
  <Suspense
    fallback={
      <p className="dialog-loading" role="status">
        {i18next.t('app.opening')}
      </p>
    }
  >
    {node}
  </Suspense>
);

/** Every dialog the toolbar can open, in one table. */
export function appDialogs({
  batch,
  batchJobs,
  mergeSession,
}: {
  batch: BatchStore;
  batchJobs: Job[] | undefined;
  mergeSession: LazyMergeSession;
}): DialogTable {
  return {
    import: (close) => loading(<ImportDialog onClose={close} />),
    projects: (close) => loading(<ProjectsDialog onClose={close} />),
    json: (close) => loading(<JsonDialog onClose={close} />),
    export: (close, open) =>
      loading(<ExportDialog onClose={close} onStarted={() => open('jobs')} />),
    jobs: (close) => loading(<JobsDialog onClose={close} />),
    custom: (close, open) =>
      loading(<CustomAvatarDialog onClose={close} onStarted={() => open('jobs')} />),
    batch: (close) => loading(<BatchDialog batch={batch} jobs={batchJobs} onClose={close} />),
    account: (close, open) =>
      loading(
        <AccountProjectsDialog
          onClose={close}
          onStarted={() => open('jobs')}
          onFullExport={() => open('export')}
        />,
      ),
    reflow: (close) => loading(<ReflowDialog onClose={close} />),
    data: (close) => loading(<DataDialog session={mergeSession.get()} onClose={close} />),
  };
}
