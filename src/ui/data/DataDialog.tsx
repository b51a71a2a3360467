import { useTranslation } from 'react-i18next';
import { use, useId, useLayoutEffect, useState, useSyncExternalStore } from 'react';
import { useServices } from '../services';
import { Dialog } from '../common/Dialog';
import { TabList, tabPanelProps } from '../common/Tabs';
import { ContactSheet } from './ContactSheet';
import { DataSection } from './DataSection';
import type { MergeSession } from './merge-session';
import { runBelongsTo } from './merge-storage';
import { RunSection } from './RunSection';
import { VariablesSection } from './VariablesSection';
import './data.css';

const TABS = ['Variables', 'Data', 'Check', 'Run'] as const;
const SETTLED: readonly string[] = ['done', 'failed', 'cancelled'];
type Tab = (typeof TABS)[number];

/** Data merge: one designed project × rows of data -> one video per row, checked before sending. */
export function DataDialog({
  session: pending,
  onClose,
}: {
  /** Made when the dialog first opens (its code is not on the first screen); suspends till then. */
  session: Promise<MergeSession>;
  onClose: () => void;
}) {
  const session = use(pending);
  const { t } = useTranslation();
  const projects = useServices().session;
  const projectKey = useSyncExternalStore(projects.subscribe, projects.openKey);
  // Before the tabs paint: they show the open project's data, never the last one's.
  useLayoutEffect(() => session.showProject(projectKey), [session, projectKey]);
  const [tab, setTab] = useState<Tab>(() => {
    const { run, setup } = session.store.getState();
    // A run going on is shown whoever's it is (the Run tab names another project's).
    const going = run && !run.cancelled && run.rows.some((r) => !SETTLED.includes(r.status));
    return run && (going || runBelongsTo(setup, projectKey)) ? 'Run' : 'Variables';
  });
  const tabs = useId();
  return (
    <Dialog title={t('data.dataMerge')} onClose={onClose} wide>
      <TabList
        id={tabs}
        tabs={TABS}
        selected={tab}
        onSelect={setTab}
        label={t('data.mergeSteps')}
        nameOf={(name) => t(`data.tab.${name}`)}
        className="row merge-tabs"
      />
      <div {...tabPanelProps(tabs, tab)}>
        {tab === 'Variables' && <VariablesSection onClose={onClose} />}
        {tab === 'Data' && <DataSection session={session} />}
        {tab === 'Check' && <ContactSheet session={session} onClose={onClose} />}
        {tab === 'Run' && <RunSection session={session} />}
      </div>
    </Dialog>
  );
}
