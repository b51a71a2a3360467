import { useEffect, useState } from 'react';
import { useStageHandle } from '../stage/stage-context';

export function ZoomControls() {
  const stage = useStageHandle();
  const [zoom, setZoom] = useState(1);
  useEffect(() => {
    if (!stage) return;
    setZoom(stage.getZoom());
    return stage.onZoom(setZoom);
  }, [stage]);
  return (
    <>
      <button onClick={() => stage?.zoomToFit()} title="Fit the frame in the window">
        Fit
      </button>
      <button onClick={() => stage?.zoomTo(1)} title="Actual size (100 %)">
        100%
      </button>
      <span className="hint" aria-label="Zoom level" style={{ width: 44, textAlign: 'right' }}>
        {Math.round(zoom * 100)}%
      </span>
    </>
  );
}
