import { lazy, Suspense, useEffect, useState } from 'react';
import type { TabState } from '../../store/persist/project-session';
import { useServices } from '../services';

// Rarely shown: the dialog (and the dialog library) is fetched only when it is.
const TabNoticeDialog = lazy(() =>
  import('./TabNoticeDialog').then((m) => ({ default: m.TabNoticeDialog })),
);

/**
 * Tells the user when the open project is edited in another tab, and lets them choose: edit here
 * (the other tab turns read-only) or go on in a copy. It cannot be dismissed: the choice matters.
 */
export function TabNotice() {
  const { session } = useServices();
  const [tab, setTab] = useState<TabState>(session.tab());
  useEffect(() => session.subscribe(() => setTab(session.tab())), [session]);
  if (tab.state === 'editing') return null;
  return (
    <Suspense fallback={null}>
      <TabNoticeDialog tab={tab} />
    </Suspense>
  );
}
