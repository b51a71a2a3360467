import { useStore } from 'zustand';
import type { Announcer } from './announcer';

/** The app's one polite live region, present from the first render so readers pick up changes. */
export function LiveRegion({ announcer }: { announcer: Announcer }) {
  const message = useStore(announcer.store, (s) => s.message);
  return (
    <div role="status" aria-live="polite" className="visually-hidden" data-testid="announcer">
      {message}
    </div>
  );
}
