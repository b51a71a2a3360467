import { useEffect, useState } from 'react';
import { renderSceneImage, type SceneImage } from '../../canvas/offscreen-scene';
import type { RowReport } from '../../domain/merge/report';
import { stageSizeOf } from '../../domain/project';
import { useServices } from '../services';

export const THUMB_SCALE = 0.1;

/** Each row's first scene drawn off screen, one after the other; thumbnails appear as they are made. */
export function useRowThumbnails(reports: readonly RowReport[] | null): {
  images: Map<number, SceneImage>;
  done: number;
} {
  const { images: imageCache } = useServices();
  const [images, setImages] = useState(() => new Map<number, SceneImage>());
  useEffect(() => {
    setImages(new Map());
    if (!reports?.length) return;
    let stopped = false;
    void (async () => {
      const loads = new Map<string, Promise<HTMLImageElement | null>>();
      let batch: [number, SceneImage][] = [];
      // Thumbnails are shown in small batches: one React update per image would redraw the sheet each time.
      const flush = () => {
        const ready = batch;
        batch = [];
        if (ready.length) setImages((m) => new Map([...m, ...ready]));
      };
      let last = performance.now();
      for (const report of reports) {
        const scene = report.project.scenes[0];
        if (stopped || !scene) return;
        const image = await renderSceneImage(scene, stageSizeOf(report.project), THUMB_SCALE, imageCache, {
          loads,
        });
        if (stopped) return;
        batch.push([report.row.number, image]);
        if (performance.now() - last > 250) {
          flush();
          last = performance.now();
        }
      }
      flush();
    })();
    return () => {
      stopped = true;
    };
  }, [reports, imageCache]);
  return { images, done: images.size };
}
