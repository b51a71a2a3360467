import { useTranslation } from 'react-i18next';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { SaveStatus as Status } from '../../store/persist/autosave';
import { useServices } from '../services';
import { MESSAGES } from '../announcer/messages';
import { useAnnounceOnChange } from '../announcer/use-announce-on-change';

const SLOW_SAVE_MS = 1000;

/** What the toolbar says: Saved, a save still under way after a second, or the failure. */
type Shown = { state: 'saved' | 'pending' | 'saving' } | { state: 'error'; message: string };

/** Saved until a save has been under way for a second (`slow`); a failure as it is. */
function shownOf(status: Status | null, slow: boolean): Shown | null {
  if (!status || status.state === 'error') return status;
  return { state: slow && status.state !== 'saved' ? status.state : 'saved' };
}

const sameShown = (a: Shown | null, b: Shown | null) =>
  a?.state === b?.state && (a?.state !== 'error' || a.message === (b as typeof a).message);

/**
 * Follows the open project's save status. Every edit moves it through pending, saving and saved
 * within a fraction of a second; the words change only for a failure or a save still under way
 * after a second, so only those render (three renders per keystroke were a tenth of its cost).
 * The `data-save-state` attribute always tells the truth, for scripts and tests: it is written on
 * the element directly.
 */
function useShownSaveStatus() {
  const { session } = useServices();
  const element = useRef<HTMLSpanElement>(null);
  const latest = useRef<Status | null>(session.current()?.status() ?? null);
  const [shown, setShown] = useState(() => shownOf(latest.current, false));
  useEffect(() => {
    let slowTimer: ReturnType<typeof setTimeout> | undefined;
    let slow = false;
    const show = () => {
      const next = shownOf(latest.current, slow);
      setShown((prev) => (sameShown(prev, next) ? prev : next));
    };
    const follow = (status: Status | null) => {
      latest.current = status;
      element.current?.setAttribute('data-save-state', status?.state ?? '');
      const busy = status?.state === 'pending' || status?.state === 'saving';
      if (!busy) {
        clearTimeout(slowTimer);
        slowTimer = undefined;
        slow = false;
      } else if (!slow && !slowTimer)
        slowTimer = setTimeout(() => {
          slowTimer = undefined;
          slow = true;
          show();
        }, SLOW_SAVE_MS);
      show();
    };
    follow(session.current()?.status() ?? null);
    let off = session.current()?.onStatus(follow);
    const offSession = session.subscribe(() => {
      off?.();
      follow(session.current()?.status() ?? null);
      off = session.current()?.onStatus(follow);
    });
    return () => {
      clearTimeout(slowTimer);
      off?.();
      offSession();
    };
  }, [session]);
  // The element a render mounts (the first, or the swap between a failure and the status) gets
  // the state last followed: React never writes the attribute.
  useLayoutEffect(() => {
    element.current?.setAttribute('data-save-state', latest.current?.state ?? '');
  });
  return { shown, element };
}

export function SaveStatus() {
  const { t } = useTranslation();
  const { shown, element } = useShownSaveStatus();
  useAnnounceOnChange(shown?.state === 'error' ? MESSAGES.saveFailed(shown.message) : '');
  if (!shown) return null;
  const error = shown.state === 'error';
  return (
    <span
      // A failure mounts an alert of its own, rather than turning the status into one.
      key={error ? 'error' : 'status'}
      ref={element}
      role={error ? 'alert' : undefined}
      className={error ? 'error-text' : 'hint'}
      title={error ? shown.message : undefined}
      aria-live={error ? undefined : 'polite'}
    >
      {error ? t('projects.notSaved', { message: shown.message }) : t(`projects.${shown.state}`)}
    </span>
  );
}
