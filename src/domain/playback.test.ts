import { describe, expect, it } from 'vitest';
import { ANIMATION_TYPES } from './schema/common';
import { animatedFrame } from './playback-animation';
import { buildTimeline, locate } from './playback';
import { createScene } from './project';
import { sceneSeconds } from './speech';
import { plainTextToOrg } from './script-edits';

const scene = (id: string, text: string) => createScene(id, { org: plainTextToOrg(text) });
const project = {
  scenes: [
    scene('a', 'One two three four five.'),
    scene('b', 'Six seven eight nine ten eleven twelve.'),
    scene('c', ''),
  ],
};

describe('preview timeline', () => {
  it('lays scenes end to end, each as long as its speech estimate', () => {
    const t = buildTimeline(project);
    const [a, b, c] = project.scenes.map(sceneSeconds);
    expect(t.spans.map((s) => [s.sceneId, s.start, s.end])).toEqual([
      ['a', 0, a],
      ['b', a, a! + b!],
      ['c', a! + b!, a! + b! + c!],
    ]);
    expect(t.total).toBeCloseTo(a! + b! + c!);
  });

  it('uses a known real duration over the estimate, and can hold one scene', () => {
    expect(buildTimeline(project, { known: { b: 9 } }).spans[1]!.end).toBeCloseTo(
      sceneSeconds(project.scenes[0]!) + 9,
    );
    const one = buildTimeline(project, { onlySceneId: 'b' });
    expect(one.spans).toEqual([{ sceneId: 'b', index: 1, start: 0, end: one.total }]);
  });

  it('locates the scene showing at a time, the boundary belonging to the next scene', () => {
    const t = buildTimeline(project);
    const end = t.spans[0]!.end;
    expect(locate(t, end - 0.01)!.span.sceneId).toBe('a');
    expect(locate(t, end)!.span.sceneId).toBe('b');
    expect(locate(t, end + 0.5)!.local).toBeCloseTo(0.5);
    expect(locate(t, 999)!.span.sceneId).toBe('c');
    expect(locate({ spans: [], total: 0 }, 0)).toBeUndefined();
  });
});

describe('clip animation at an instant', () => {
  const box = { left: 100, top: 200, width: 300, height: 100 };
  const stage = { width: 1920, height: 1080 };
  const at = (type: (typeof ANIMATION_TYPES)[number], local: number) =>
    animatedFrame({ type, delay: 1, duration: 2 }, local, box, stage);

  it('fade-in with delay 1 s and duration 2 s is hidden, then half, then whole', () => {
    expect(at('fade-in', 0.5).opacity).toBe(0);
    expect(at('fade-in', 2).opacity).toBeCloseTo(0.5);
    expect(at('fade-in', 3.5).opacity).toBe(1);
  });

  it('fade-out is whole until its delay and gone after it', () => {
    expect(at('fade-out', 1).opacity).toBe(1);
    expect(at('fade-out', 2.5).opacity).toBeCloseTo(0.25);
    expect(at('fade-out', 4).opacity).toBe(0);
  });

  it('slides come from / go to just outside the frame in the named direction', () => {
    expect(at('in-right', 1).dx).toBe(-400);
    expect(at('in-left', 1).dx).toBe(1820);
    expect(at('in-down', 1).dy).toBe(-300);
    expect(at('in-up', 1).dy).toBe(880);
    expect(at('out-right', 3).dx).toBe(1820);
    expect(at('out-left', 3).dx).toBe(-400);
    expect(at('out-down', 3).dy).toBe(880);
    expect(at('out-up', 3).dy).toBe(-300);
    expect(at('in-right', 2).dx).toBe(-200);
    expect(at('in-right', 1).opacity).toBe(0);
  });

  it('zooms grow from and shrink to nothing', () => {
    expect(at('zoom-in', 2).scale).toBeCloseTo(0.5);
    expect(at('zoom-in', 0).opacity).toBe(0);
    expect(at('zoom-out', 2.5).scale).toBeCloseTo(0.25);
  });

  it('every documented type ends at rest ("in") or gone ("out")', () => {
    for (const type of ANIMATION_TYPES) {
      const end = at(type, 10);
      const gone = type.includes('out');
      if (gone) expect(end.opacity === 0 || end.scale === 0).toBe(true);
      else expect(end).toEqual({ opacity: 1, dx: 0, dy: 0, scale: 1 });
    }
  });

  it('leaves clips without an animation as placed', () => {
    expect(animatedFrame(undefined, 5, box, stage)).toEqual({ opacity: 1, dx: 0, dy: 0, scale: 1 });
  });
});
