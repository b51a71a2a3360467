import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { TabState } from '../../store/persist/project-session';
import { Dialog } from '../common/Dialog';
import { shownProjectName } from '../common/project-name';
import { useServices } from '../services';

/** The choice TabNotice offers when another tab has the project (its own chunk). */
export function TabNoticeDialog({ tab }: { tab: Exclude<TabState, { state: 'editing' }> }) {
  const { t } = useTranslation();
  const { session } = useServices();
  const [busy, setBusy] = useState(false);
  const act = (run: () => Promise<unknown>) => {
    setBusy(true);
    void run().finally(() => setBusy(false));
  };
  const elsewhere = tab.state === 'elsewhere';
  const title = elsewhere ? t('projects.tabElsewhere') : t('projects.tabTakenOver');
  return (
    <Dialog title={title} alert onClose={() => undefined}>
      <p>
        {elsewhere
          ? t('projects.openElsewhere', { title: shownProjectName(tab.title) })
          : t('projects.takenOver', { title: shownProjectName(tab.title) })}{' '}
        {t('projects.readOnlyTab')}
      </p>
      <div className="row">
        <button className="primary" disabled={busy} onClick={() => act(session.takeOver)}>
          {elsewhere ? t('projects.editHereTheOtherTab') : t('projects.editHereAgain')}
        </button>
        <button disabled={busy} onClick={() => act(session.openCopy)}>
          {t('projects.openACopy')}
        </button>
      </div>
      {busy && <p className="hint">{t('projects.waitingForTheOtherTab')}</p>}
    </Dialog>
  );
}
