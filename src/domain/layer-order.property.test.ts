import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipsInLayerOrder } from './clip-edits';
import type { Clip } from './schema/clips';

const clip = (id: string, type: 'shape' | 'audio', layer: number, left = 0): Clip =>
  ({ id, type, layer, left, top: 0, width: 10, height: 10 }) as unknown as Clip;

/** What the order means: visual clips by layer, ties in document order. */
const reference = (clips: readonly Clip[]) =>
  clips
    .filter((c) => c.type !== 'audio')
    .map((c, i) => ({ c, i }))
    .sort((a, b) => (a.c.layer ?? 0) - (b.c.layer ?? 0) || a.i - b.i)
    .map(({ c }) => c.id);

type Edit =
  | { kind: 'move'; at: number; left: number }
  | { kind: 'layer'; at: number; layer: number }
  | { kind: 'swap'; at: number }
  | { kind: 'retype'; at: number }
  | { kind: 'remove'; at: number }
  | { kind: 'add'; layer: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('move' as const), at: fc.nat(), left: fc.integer() }),
  fc.record({
    kind: fc.constant('layer' as const),
    at: fc.nat(),
    layer: fc.integer({ min: 0, max: 4 }),
  }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('retype' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('add' as const), layer: fc.integer({ min: 0, max: 4 }) }),
);

let serial = 0;
function apply(clips: readonly Clip[], e: Edit): Clip[] {
  const next = [...clips];
  if (e.kind === 'add') return [...next, clip(`n${serial++}`, 'shape', e.layer)];
  if (next.length === 0) return next;
  const i = e.at % next.length;
  const c = next[i]!;
  if (e.kind === 'move') next[i] = { ...c, left: e.left } as Clip;
  if (e.kind === 'layer') next[i] = { ...c, layer: e.layer } as Clip;
  if (e.kind === 'retype') next[i] = { ...c, type: c.type === 'audio' ? 'shape' : 'audio' } as Clip;
  if (e.kind === 'swap' && next.length > 1) {
    const j = (i + 1) % next.length;
    [next[i], next[j]] = [next[j]!, next[i]!];
  }
  if (e.kind === 'remove') next.splice(i, 1);
  return next;
}

describe('the layer order after any run of edits', () => {
  it('is the order sorted from scratch, whatever the edits changed', () => {
    const start = fc.array(
      fc.record({ audio: fc.boolean(), layer: fc.integer({ min: 0, max: 4 }) }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(start, fc.array(edit, { maxLength: 30 }), (initial, edits) => {
        let clips = initial.map((c, i) => clip(`c${i}`, c.audio ? 'audio' : 'shape', c.layer));
        expect(clipsInLayerOrder({ clips }).map((c) => c.id)).toEqual(reference(clips));
        for (const e of edits) {
          clips = apply(clips, e);
          const order = clipsInLayerOrder({ clips });
          expect(order.map((c) => c.id)).toEqual(reference(clips));
          expect(order.every((c, k) => c === clips.find((d) => d.id === order[k]!.id))).toBe(true);
        }
      }),
    );
  });
});
