import { ActiveSelection, Canvas } from 'fabric';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestEditor } from '../testing/test-editor';
import { createImageCache } from './image-cache';
import { ClipText, type StageObject } from './clip-object';
import { Reconciler } from './reconciler';

let canvas: Canvas;
let reconciler: Reconciler;
let ed: ReturnType<typeof createTestEditor>;
const sync = () => reconciler.apply(ed.scene().clips);
const stackOrder = () => canvas.getObjects().map((o) => (o as StageObject).clipId);

beforeEach(() => {
  const el = document.createElement('canvas');
  document.body.append(el);
  canvas = new Canvas(el, { width: 400, height: 300, renderOnAddRemove: false });
  reconciler = new Reconciler(canvas, () => undefined, createImageCache());
  ed = createTestEditor();
  ed.commands.insert.shape('Square');
  ed.commands.insert.text('Hello');
  ed.commands.insert.shape('Circle');
});
afterEach(() => void canvas.dispose());

describe('reconciler: store change → Fabric objects', () => {
  it('makes one object per visual clip, stacked by layer', () => {
    sync();
    const ids = ed.scene().clips.map((c) => c.id);
    expect(stackOrder()).toEqual(ids);
    expect(canvas.getObjects().map((o) => o instanceof ClipText)).toEqual([false, true, false]);
  });

  it('a moved clip updates its own object in place and touches no other', () => {
    sync();
    const [square, text, circle] = ed.scene().clips.map((c) => c.id) as [string, string, string];
    const before = new Map(reconciler.objects);
    ed.commands.clips.transform({ [square]: { left: 123, top: 45, angle: 30 } });
    const result = sync();
    expect(result.created).toBe(0);
    const obj = reconciler.objects.get(square)!;
    expect(obj).toBe(before.get(square));
    expect({ left: obj.left, top: obj.top, angle: obj.angle }).toEqual({
      left: 123,
      top: 45,
      angle: 30,
    });
    expect(reconciler.objects.get(text)).toBe(before.get(text));
    expect(reconciler.objects.get(circle)).toBe(before.get(circle));
  });

  it('an unchanged clip list is not looked at again', () => {
    sync();
    expect(sync()).toEqual({ created: 0, dissolvedSelection: false });
  });

  it('layer order, removal and undo are followed', () => {
    sync();
    const [square, text, circle] = ed.scene().clips.map((c) => c.id) as [string, string, string];
    ed.commands.clips.setLayerOrder([circle, square, text]);
    sync();
    expect(stackOrder()).toEqual([circle, square, text]);
    ed.tick();
    ed.commands.clips.remove([square]);
    sync();
    expect(stackOrder()).toEqual([circle, text]);
    expect(reconciler.clips.has(square)).toBe(false);
    ed.commands.undo();
    sync();
    expect(stackOrder()).toEqual([circle, square, text]);
  });

  it('a multi-selection that holds an updated clip is dissolved so its objects take the update', () => {
    sync();
    const [square, text, circle] = ed.scene().clips.map((c) => c.id) as [string, string, string];
    const pair = [reconciler.objects.get(square)!, reconciler.objects.get(text)!];
    canvas.setActiveObject(new ActiveSelection(pair, { canvas }));
    ed.commands.clips.transform({ [circle]: { left: 10 } });
    expect(sync().dissolvedSelection).toBe(false);
    ed.commands.clips.transform({ [square]: { left: 77 } });
    expect(sync().dissolvedSelection).toBe(true);
    expect(canvas.getActiveObject()).toBeUndefined();
    expect(reconciler.objects.get(square)!.left).toBe(77);
  });
});
