import { useEffect, useState } from 'react';
import type { TabState } from '../../store/persist/project-session';
import { Dialog } from '../common/Dialog';
import { useServices } from '../services';

/**
 * Tells the user when the open project is edited in another tab, and lets them choose: edit here
 * (the other tab turns read-only) or go on in a copy. It cannot be dismissed: the choice matters.
 */
export function TabNotice() {
  const { session } = useServices();
  const [tab, setTab] = useState<TabState>(session.tab());
  const [busy, setBusy] = useState(false);
  useEffect(() => session.subscribe(() => setTab(session.tab())), [session]);
  if (tab.state === 'editing') return null;

  const act = (run: () => Promise<unknown>) => {
    setBusy(true);
    void run().finally(() => setBusy(false));
  };
  const elsewhere = tab.state === 'elsewhere';
  const title = elsewhere ? 'Open in another tab' : 'Now edited in another tab';
  return (
    <Dialog title={title} alert onClose={() => undefined}>
      <p>
        {elsewhere
          ? `“${tab.title}” is already open for editing in another tab or window.`
          : `“${tab.title}” was taken over by another tab or window. Your changes here were saved first.`}{' '}
        This tab is read-only, so that neither copy overwrites the other.
      </p>
      <div className="row">
        <button className="primary" disabled={busy} onClick={() => act(session.takeOver)}>
          {elsewhere ? 'Edit here (the other tab becomes read-only)' : 'Edit here again'}
        </button>
        <button disabled={busy} onClick={() => act(session.openCopy)}>
          Open a copy
        </button>
      </div>
      {busy && <p className="hint">Waiting for the other tab to save…</p>}
    </Dialog>
  );
}
