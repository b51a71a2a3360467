import { useEffect, useRef } from 'react';
import { drawScenePreview } from '../../canvas/scene-preview';
import type { StageSize } from '../../domain/geometry';
import type { Scene } from '../../domain/project';
import { useServices } from '../services';

/** A still drawing of a scene fitted into a `box`-pixel square. */
export function ScenePreview({
  scene,
  stage,
  box,
  label,
}: {
  scene: Scene;
  stage: StageSize;
  box: number;
  label: string;
}) {
  const { images } = useServices();
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const scale = box / Math.max(stage.width, stage.height);
    return drawScenePreview(ref.current, scene, stage, scale, images);
  }, [scene, stage, box, images]);
  return <canvas ref={ref} role="img" aria-label={label} />;
}
