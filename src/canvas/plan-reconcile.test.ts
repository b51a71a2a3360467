import { describe, expect, it } from 'vitest';
import type { Clip } from '../domain/schema/clips';
import { clipsInLayerOrder } from '../domain/clip-edits';
import { planReconcile } from './plan-reconcile';

const shape = (id: string, layer: number, extra: Partial<Clip> = {}): Clip =>
  ({
    id,
    type: 'shape',
    shapeName: 'Square',
    fill: 'red',
    left: 0,
    top: 0,
    width: 10,
    height: 10,
    layer,
    ...extra,
  }) as Clip;
const audio = (id: string): Clip =>
  ({ id, type: 'audio', source_url: 'a.mp3', label: 'A' }) as Clip;

describe('planReconcile', () => {
  it('creates every visual clip on a fresh stage, in layer order, and skips audio', () => {
    const clips = [shape('b', 2), audio('music'), shape('a', 1)];
    const plan = planReconcile(null, clips);
    expect(plan.create.map((c) => c.id)).toEqual(['a', 'b']);
    expect(plan.update).toEqual([]);
    expect(plan.remove).toEqual([]);
    expect(plan.order).toEqual(['a', 'b']);
  });

  it('skips clips whose object identity did not change', () => {
    const a = shape('a', 1);
    const b = shape('b', 2);
    const plan = planReconcile([a, b], [a, b]);
    expect(plan).toEqual({ create: [], update: [], remove: [], order: ['a', 'b'] });
  });

  it('updates only the changed clip, creates the new one and removes the gone one', () => {
    const a = shape('a', 1);
    const b = shape('b', 2);
    const c = shape('c', 3);
    const movedB = { ...b, left: 40 } as Clip;
    const d = shape('d', 4);
    const plan = planReconcile([a, b, c], [a, movedB, d]);
    expect(plan.update).toEqual([movedB]);
    expect(plan.create).toEqual([d]);
    expect(plan.remove).toEqual(['c']);
    expect(plan.order).toEqual(['a', 'b', 'd']);
  });

  it('orders by layer, ties by document order', () => {
    const plan = planReconcile(null, [shape('x', 5), shape('y', 1), shape('z', 1)]);
    expect(plan.order).toEqual(['y', 'z', 'x']);
  });

  it('reports a new order after a layer change without recreating', () => {
    const a = shape('a', 1);
    const b = shape('b', 2);
    const a2 = { ...a, layer: 3 } as Clip;
    const plan = planReconcile([a, b], [a2, b]);
    expect(plan.create).toEqual([]);
    expect(plan.update).toEqual([a2]);
    expect(plan.order).toEqual(['b', 'a']);
  });

  it('rebuilds a clip whose type changed under the same id', () => {
    const before = shape('a', 1);
    const after = { ...before, type: 'image', source_url: 'x.png' } as unknown as Clip;
    const plan = planReconcile([before], [after]);
    expect(plan.remove).toEqual(['a']);
    expect(plan.create).toEqual([after]);
  });

  it('removes everything when the scene is emptied', () => {
    const plan = planReconcile([shape('a', 1), audio('m')], []);
    expect(plan.remove).toEqual(['a']);
    expect(plan.order).toEqual([]);
  });
});

describe('the layer order the stage and the Layers list share', () => {
  it('is one frozen list per clips array (one sort per edit)', () => {
    const clips = [shape('b', 2), audio('music'), shape('a', 1), shape('c', 1)];
    const order = clipsInLayerOrder({ clips });
    expect(order.map((c) => c.id)).toEqual(['a', 'c', 'b']);
    expect(Object.isFrozen(order)).toBe(true);
    expect(clipsInLayerOrder({ clips })).toBe(order);
    expect(planReconcile(null, clips).order).toEqual(order.map((c) => c.id));
    expect(clipsInLayerOrder({ clips: [...clips] })).not.toBe(order); // an edit: sorted anew
  });
});
