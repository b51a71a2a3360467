import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import { useStageHandle } from '../stage/stage-context';

export function ZoomControls() {
  const { t } = useTranslation();
  const stage = useStageHandle();
  const [zoom, setZoom] = useState(1);
  useEffect(() => {
    if (!stage) return;
    setZoom(stage.getZoom());
    return stage.onZoom(setZoom);
  }, [stage]);
  return (
    <>
      <button onClick={() => stage?.zoomToFit()} title={t('toolbar.fitTheFrameInThe')}>
        {t('toolbar.fit')}
      </button>
      <button onClick={() => stage?.zoomTo(1)} title={t('toolbar.actualSize100')}>
        100%
      </button>
      <span
        className="hint"
        aria-label={t('toolbar.zoomLevel')}
        style={{ width: 44, textAlign: 'right' }}
      >
        {Math.round(zoom * 100)}%
      </span>
    </>
  );
}
