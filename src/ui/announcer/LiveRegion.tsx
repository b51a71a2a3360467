import { useStore } from 'zustand';
import type { Announcer } from './announcer';

/** The app's one polite live region, present from the first render so readers pick up changes. */
export function LiveRegion({ announcer }: { announcer: Announcer }) {
  const message = useStore(announcer.store, (s) => s.message);
  const serial = useStore(announcer.store, (s) => s.serial);
  return (
    <div role="status" aria-live="polite" className="visually-hidden" data-testid="announcer">
      {/* A new node per announcement: readers speak only what changed, and a repeat changes nothing. */}
      <span key={serial}>{message}</span>
    </div>
  );
}
