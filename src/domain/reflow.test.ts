import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import fourClipRequest from './fixtures/four-clip-landscape-request.json';
import seedRequest from './fixtures/seed-000-request.json';
import {
  avatarHeadBox,
  clipBounds,
  contains,
  intersects,
  isOutsideFrame,
  renderedBox,
} from './geometry';
import { parse } from './parse';
import { createScene, type Project } from './project';
import { placementIssues, reflowProject } from './reflow';
import { reflowKind, reflowText, type MeasureTextHeight } from './reflow-rules';
import { STAGE_SIZE } from './schema/common';
import type { AiModelClip, Clip, ShapeClip, TextClip } from './schema/clips';

/** A stand-in for the stage's measurement: fixed-advance glyphs, 1.16 line height. */
const measure: MeasureTextHeight = (clip: TextClip) => {
  const px = (clip.fontSize * 4) / 3;
  const perLine = Math.max(1, Math.floor(clip.width / (px * 0.55)));
  return Math.ceil(clip.text.length / perLine) * px * 1.16;
};

const projectOf = (request: unknown): Project => {
  const result = parse(request);
  if (!result.ok) throw result.error;
  return result.project;
};
const clipOf = <T extends Clip>(p: Project, id: string) =>
  p.scenes[0]!.clips.find((c) => c.id === id) as T;
const codes = (p: Project) => placementIssues(p).map((i) => `${i.code}:${i.clipId}`);
const frame = (o: 'landscape' | 'portrait') => ({ left: 0, top: 0, ...STAGE_SIZE[o] });

describe('reflow landscape ↔ portrait', () => {
  it.each([
    ['the seed sample', seedRequest],
    ['the four-clip landscape project', fourClipRequest],
  ])(
    '%s goes to portrait and back with no clip outside the frame and no new face cover',
    (_n, req) => {
      const original = projectOf(req);
      const portrait = reflowProject(original, 'portrait', measure);
      expect(portrait.project.orientation).toBe('portrait');
      expect(portrait.newIssues).toEqual([]);
      expect(codes(portrait.project).filter((c) => c.startsWith('clip.outside'))).toEqual([]);
      const back = reflowProject(portrait.project, 'landscape', measure);
      expect(back.newIssues).toEqual([]);
      expect(codes(back.project).filter((c) => c.startsWith('clip.outside'))).toEqual([]);
      for (const p of [portrait.project, back.project]) {
        const avatar = p.scenes[0]!.clips.find((c): c is AiModelClip => c.type === 'aiModel')!;
        expect(contains(frame(p.orientation!), avatarHeadBox(avatar)!)).toBe(true);
      }
    },
  );

  it('keeps the avatar’s height share and its bottom-right anchor', () => {
    const before = projectOf(fourClipRequest);
    const after = reflowProject(before, 'portrait', measure).project;
    const a = renderedBox(clipOf<AiModelClip>(before, 'aiModel-1h4ij5h8e87'));
    const b = renderedBox(clipOf<AiModelClip>(after, 'aiModel-1h4ij5h8e87'));
    expect(b.height / 1920).toBeCloseTo(a.height / 1080);
    expect((1080 - b.left - b.width) / 1080).toBeCloseTo((1920 - a.left - a.width) / 1920);
    expect((1920 - b.top - b.height) / 1920).toBeCloseTo((1080 - a.top - a.height) / 1080);
  });

  it('full-bleed backdrops cover the new frame; small clips keep their corner margins', () => {
    const before = projectOf(fourClipRequest);
    const after = reflowProject(before, 'portrait', measure).project;
    expect(contains(clipBounds(clipOf(after, 'image-backdrop')), frame('portrait'))).toBe(true);
    const star = clipBounds(clipOf<ShapeClip>(after, 'shape-star'));
    expect(1080 - star.left - star.width).toBeCloseTo(160);
    expect(1920 - star.top - star.height).toBeCloseTo(60);
  });

  it('text keeps its reading size, re-wraps to fit and takes the height it measures', () => {
    const wide = projectOf(fourClipRequest);
    const title = clipOf<TextClip>(wide, 'textImage-title');
    const long: TextClip = { ...title, width: 1700, left: 100, text: 'x'.repeat(120) };
    wide.scenes[0]!.clips = wide.scenes[0]!.clips.map((c) => (c.id === title.id ? long : c));
    const after = clipOf<TextClip>(reflowProject(wide, 'portrait', measure).project, title.id);
    expect(after.fontSize).toBe(title.fontSize);
    expect(after.width).toBeCloseTo(1080 * 0.9);
    expect(after.height).toBe(measure(after));
    expect(contains(frame('portrait'), clipBounds(after))).toBe(true);
  });

  it('moves a clip off the avatar’s face only when the reflow put it there', () => {
    const before = projectOf(fourClipRequest);
    const title = clipOf<TextClip>(before, 'textImage-title');
    const frames = { from: STAGE_SIZE.landscape, to: STAGE_SIZE.portrait };
    const high = { ...title, top: 115 };
    before.scenes[0]!.clips = before.scenes[0]!.clips.map((c) => (c.id === title.id ? high : c));
    const oldFace = avatarHeadBox(clipOf<AiModelClip>(before, 'aiModel-1h4ij5h8e87'))!;
    expect(intersects(clipBounds(high), oldFace)).toBe(false);
    const after = reflowProject(before, 'portrait', measure).project;
    const face = avatarHeadBox(clipOf<AiModelClip>(after, 'aiModel-1h4ij5h8e87'))!;
    // The plain text rule alone would land it on the face…
    expect(intersects(clipBounds(reflowText(high, frames, measure)), face)).toBe(true);
    // …so it is moved the least distance off it, still in the frame.
    const moved = clipBounds(clipOf(after, 'textImage-title'));
    expect(intersects(moved, face)).toBe(false);
    expect(contains(frame('portrait'), moved)).toBe(true);
    expect(codes(after).filter((c) => c.startsWith('avatar.face'))).toEqual([]);
  });

  it('leaves a clip over the face where it was when it covered the face already', () => {
    const before = projectOf(fourClipRequest);
    const title = clipOf<TextClip>(before, 'textImage-title');
    const onFace = { ...title, left: 1400, top: 100, width: 300 };
    before.scenes[0]!.clips = before.scenes[0]!.clips.map((c) => (c.id === title.id ? onFace : c));
    const oldFace = avatarHeadBox(clipOf<AiModelClip>(before, 'aiModel-1h4ij5h8e87'))!;
    expect(intersects(clipBounds(onFace), oldFace)).toBe(true);
    const frames = { from: STAGE_SIZE.landscape, to: STAGE_SIZE.portrait };
    const after = reflowProject(before, 'portrait', measure);
    expect(clipOf(after.project, title.id)).toEqual(reflowText(onFace, frames, measure));
    expect(after.newIssues).toEqual([]);
  });

  it('changes nothing but placement: ids, layers, kinds and other fields stay', () => {
    const before = projectOf(fourClipRequest);
    const after = reflowProject(before, 'portrait', measure).project;
    const strip = (c: Clip) => {
      const { left: _l, top: _t, scaleX: _x, scaleY: _y, width: _w, height: _h, ...rest } = c;
      return rest;
    };
    expect(after.scenes[0]!.clips.map(strip)).toEqual(before.scenes[0]!.clips.map(strip));
    expect(reflowProject(before, 'landscape', measure).project).toBe(before);
  });

  it('classifies clips by the rule they follow', () => {
    const p = projectOf(fourClipRequest);
    const from = STAGE_SIZE.landscape;
    expect(p.scenes[0]!.clips.map((c) => reflowKind(c, from))).toEqual([
      'full-bleed',
      'avatar',
      'text',
      'small',
    ]);
  });

  it('property: any shape that showed in the frame, small or large, turned or not, ends fully inside the new one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -150, max: 1900 }),
        fc.integer({ min: -150, max: 1060 }),
        fc.integer({ min: 20, max: 1900 }),
        fc.integer({ min: 20, max: 1060 }),
        fc.integer({ min: -180, max: 180 }),
        (left, top, width, height, angle) => {
          const star: ShapeClip = {
            id: 's',
            type: 'shape',
            shapeName: 'Star',
            fill: 'red',
            layer: 1,
            left,
            top,
            width,
            height,
            angle,
          };
          const scene = { ...createScene('a'), clips: [star] };
          const p: Project = { orientation: 'landscape', scenes: [scene], extra: {} };
          fc.pre(!isOutsideFrame(clipBounds(star), STAGE_SIZE.landscape));
          const out = reflowProject(p, 'portrait', measure).project.scenes[0]!.clips[0]!;
          // Inside up to floating-point noise from the rotation.
          const b = clipBounds(out);
          const e = 1e-9;
          return (
            b.left >= -e &&
            b.top >= -e &&
            b.left + b.width <= 1080 + e &&
            b.top + b.height <= 1920 + e
          );
        },
      ),
    );
  });
});
