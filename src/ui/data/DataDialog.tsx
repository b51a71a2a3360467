import { useTranslation } from 'react-i18next';
import { use, useId, useState } from 'react';
import { Dialog } from '../common/Dialog';
import { TabList, tabPanelProps } from '../common/Tabs';
import { ContactSheet } from './ContactSheet';
import { DataSection } from './DataSection';
import type { MergeSession } from './merge-session';
import { RunSection } from './RunSection';
import { VariablesSection } from './VariablesSection';
import './data.css';

const TABS = ['Variables', 'Data', 'Check', 'Run'] as const;
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
  const [tab, setTab] = useState<Tab>(() => (session.store.getState().run ? 'Run' : 'Variables'));
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
