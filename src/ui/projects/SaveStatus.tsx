import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import type { SaveStatus as Status } from '../../store/persist/autosave';
import { useServices } from '../services';
import { MESSAGES } from '../announcer/messages';
import { useAnnounceOnChange } from '../announcer/use-announce-on-change';

const SLOW_SAVE_MS = 1000;

/** True once the project has been unsaved (pending or saving) for over a second without a break. */
function useSlowSave(status: Status | null): boolean {
  const busy = status?.state === 'pending' || status?.state === 'saving';
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!busy) return setSlow(false);
    const timer = setTimeout(() => setSlow(true), SLOW_SAVE_MS);
    return () => clearTimeout(timer);
  }, [busy]);
  return busy && slow;
}

export function SaveStatus() {
  const { t } = useTranslation();
  const { session } = useServices();
  const [status, setStatus] = useState<Status | null>(session.current()?.status() ?? null);
  useEffect(() => {
    let off = session.current()?.onStatus(setStatus);
    const offSession = session.subscribe(() => {
      off?.();
      setStatus(session.current()?.status() ?? null);
      off = session.current()?.onStatus(setStatus);
    });
    return () => {
      off?.();
      offSession();
    };
  }, [session]);
  useAnnounceOnChange(status?.state === 'error' ? MESSAGES.saveFailed(status.message) : '');
  const slow = useSlowSave(status);
  if (!status) return null;
  if (status.state === 'error')
    return (
      <span role="alert" className="error-text" title={status.message} data-save-state="error">
        {t('projects.notSaved', { message: status.message })}
      </span>
    );
  // A save that lands at once keeps saying "Saved": the words (and a repaint of the toolbar, and a
  // polite announcement) change only for a save still under way after a second. The attribute
  // always tells the truth, for scripts and tests.
  const text = t(`projects.${slow || status.state === 'saved' ? status.state : 'saved'}`);
  return (
    <span className="hint" data-save-state={status.state} aria-live="polite">
      {text}
    </span>
  );
}
