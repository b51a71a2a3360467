import { useTranslation } from 'react-i18next';
import type { Cue } from '../../domain/captions';

/** The sentence being said, its words coloured in as time passes (no browser voice). */
export function CaptionLine({ cue, time }: { cue: Cue; time: number }) {
  const { t } = useTranslation();
  const progress = Math.min(1, Math.max(0, (time - cue.start) / (cue.end - cue.start)));
  return (
    <p className="caption-line" role="status" aria-label={t('preview.caption')}>
      <span className="caption-said" style={{ width: `${progress * 100}%` }} aria-hidden="true">
        {cue.text}
      </span>
      {cue.text}
    </p>
  );
}
