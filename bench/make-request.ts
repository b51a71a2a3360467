import seed from '../src/domain/fixtures/seed-000-request.json';
import { SHAPE_NAMES } from '../src/domain/schema/common';

/** A request whose scenes hold `clipsPerScene` shapes and texts scattered over the frame. */
export function makeRequest(scenes: number, clipsPerScene: number) {
  const base = seed.scenes[0]!;
  return {
    name: `Bench ${scenes}×${clipsPerScene}`,
    orientation: 'landscape',
    scenes: Array.from({ length: scenes }, (_, s) => ({
      ...structuredClone(base),
      sceneIdx: s,
      clips: [
        { ...structuredClone(base.clips[0]!), id: `aiModel-bench${s}` },
        ...Array.from({ length: clipsPerScene - 1 }, (_, i) => {
          const id = `${i % 5 === 0 ? 'textImage' : 'shape'}-b${s}x${i}`;
          const common = {
            id,
            name: id,
            layer: i + 2,
            left: (i * 97) % 1800,
            top: (i * 53) % 1000,
            width: 120,
            height: 80,
            scaleX: 1,
            scaleY: 1,
            angle: 0,
            opacity: 100,
          };
          return i % 5 === 0
            ? { ...common, type: 'textImage', text: `Label ${i}`, fill: 'rgb(0,0,0)', fontSize: 18 }
            : {
                ...common,
                type: 'shape',
                shapeName: SHAPE_NAMES[i % SHAPE_NAMES.length],
                fill: `rgb(${(i * 37) % 255},120,200)`,
              };
        }),
      ],
    })),
  };
}
