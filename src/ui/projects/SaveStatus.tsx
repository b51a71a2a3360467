import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import type { SaveStatus as Status } from '../../store/persist/autosave';
import { useServices } from '../services';
import { MESSAGES } from '../announcer/messages';
import { useAnnounceOnChange } from '../announcer/use-announce-on-change';

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
  if (!status) return null;
  if (status.state === 'error')
    return (
      <span role="alert" className="error-text" title={status.message} data-save-state="error">
        {t('projects.notSaved', { message: status.message })}
      </span>
    );
  const text = t(`projects.${status.state}`);
  return (
    <span className="hint" data-save-state={status.state} aria-live="polite">
      {text}
    </span>
  );
}
