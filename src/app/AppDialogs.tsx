import type { ReactNode } from 'react';
import type { Job } from '../domain/schema/job';
import type { BatchStore } from '../store/batch-store';
import { AccountProjectsDialog } from '../ui/account/AccountProjectsDialog';
import { BatchDialog } from '../ui/batch/BatchDialog';
import { DataDialog } from '../ui/data/DataDialog';
import { mergeSession } from '../ui/data/merge-session';
import { CustomAvatarDialog } from '../ui/export/CustomAvatarDialog';
import { ExportDialog } from '../ui/export/ExportDialog';
import { JobsDialog } from '../ui/jobs/JobsDialog';
import { JsonDialog } from '../ui/json/JsonDialog';
import { ImportDialog } from '../ui/projects/ImportDialog';
import { ProjectsDialog } from '../ui/projects/ProjectsDialog';
import { ReflowDialog } from '../ui/preview/ReflowDialog';
import type { Panel } from '../ui/toolbar/Toolbar';

type DialogTable = Partial<
  Record<Panel, (close: () => void, open: (p: Panel) => void) => ReactNode>
>;

/** Every dialog the toolbar can open, in one table. */
export function appDialogs(batch: BatchStore, batchJobs: Job[] | undefined): DialogTable {
  return {
    import: (close) => <ImportDialog onClose={close} />,
    projects: (close) => <ProjectsDialog onClose={close} />,
    json: (close) => <JsonDialog onClose={close} />,
    export: (close, open) => <ExportDialog onClose={close} onStarted={() => open('jobs')} />,
    jobs: (close) => <JobsDialog onClose={close} />,
    custom: (close, open) => <CustomAvatarDialog onClose={close} onStarted={() => open('jobs')} />,
    reflow: (close) => <ReflowDialog onClose={close} />,
    batch: (close) => <BatchDialog batch={batch} jobs={batchJobs} onClose={close} />,
    account: (close, open) => (
      <AccountProjectsDialog
        onClose={close}
        onStarted={() => open('jobs')}
        onFullExport={() => open('export')}
      />
    ),
    data: (close) => <DataDialog session={mergeSession} onClose={close} />,
  };
}
