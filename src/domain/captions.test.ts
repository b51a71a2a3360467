import { parseSync, type NodeCue } from 'subtitle';
import { describe, expect, it } from 'vitest';
import {
  ESTIMATED_NOTE,
  cueAt,
  projectCues,
  retimeCues,
  splitSentences,
  toSrt,
  toVtt,
  type Cue,
} from './captions';
import seedRequest from './fixtures/seed-000-request.json';
import { koreanThreeScenes } from './fixtures/korean-three-scenes';
import { parse } from './parse';
import { buildTimeline } from './playback';
import { createScene, type Project } from './project';
import { plainTextToOrg } from './script-edits';

/** Cues as the kept parser reads them back, in seconds. */
const parsed = (text: string) =>
  parseSync(text)
    .filter((n): n is NodeCue => n.type === 'cue')
    .map((n) => ({ start: n.data.start / 1000, end: n.data.end / 1000, text: n.data.text }));

const seedProject = (): Project => {
  const result = parse(seedRequest);
  if (!result.ok) throw result.error;
  return result.project;
};

/** Cues cover the scenes in order: contiguous, each inside its scene, every scene reached. */
function expectCoverage(project: Project, cues: Cue[], read: ReturnType<typeof parsed>) {
  const timeline = buildTimeline(project);
  expect(read.map((c) => c.text)).toEqual(cues.map((c) => c.text));
  expect(read[0]!.start).toBe(0);
  expect(read[read.length - 1]!.end).toBeCloseTo(timeline.total, 2);
  for (let i = 1; i < read.length; i++) expect(read[i]!.start).toBeCloseTo(read[i - 1]!.end, 2);
  const order = cues.map((c) => timeline.spans.findIndex((s) => s.sceneId === c.sceneId));
  expect(order).toEqual([...order].sort((a, b) => a - b));
  expect(new Set(order).size).toBe(timeline.spans.length);
  for (const [i, c] of cues.entries()) {
    const span = timeline.spans[order[i]!]!;
    expect(read[i]!.start).toBeGreaterThanOrEqual(span.start - 0.001);
    expect(read[i]!.end).toBeLessThanOrEqual(span.end + 0.001);
    expect(c.end).toBeGreaterThan(c.start);
  }
}

describe('sentence splitting', () => {
  it('splits at Latin, Korean and full-width CJK sentence ends and at line breaks', () => {
    expect(splitSentences('Hello there. How are you?\nFine!')).toEqual([
      'Hello there.',
      'How are you?',
      'Fine!',
    ]);
    expect(splitSentences('안녕하세요. 반갑습니다!')).toEqual(['안녕하세요.', '반갑습니다!']);
    expect(splitSentences('今日は。元気ですか？はい！')).toEqual([
      '今日は。',
      '元気ですか？',
      'はい！',
    ]);
    expect(splitSentences('你好。谢谢！')).toEqual(['你好。', '谢谢！']);
  });

  it('keeps decimals, ellipses, and closing quotes with their sentence', () => {
    expect(splitSentences('It costs 3.5 dollars. "Really?!" she said… Yes.')).toEqual([
      'It costs 3.5 dollars.',
      '"Really?!"',
      'she said…',
      'Yes.',
    ]);
    expect(splitSentences('「本当？」と聞いた。')).toEqual(['「本当？」', 'と聞いた。']);
    expect(splitSentences('  ')).toEqual([]);
  });
});

describe('captions files', () => {
  it('the seed sample gives SRT and VTT that the subtitle parser reads back in scene order', () => {
    const project = seedProject();
    const cues = projectCues(project);
    expect(cues.map((c) => c.text)).toEqual(['Hello, this is test video.']);
    expectCoverage(project, cues, parsed(toSrt(cues)));
    expectCoverage(project, cues, parsed(toVtt(cues)));
  });

  it('a Korean three-scene project gives one cue per sentence, covering the scenes in order', () => {
    const cues = projectCues(koreanThreeScenes);
    expect(cues.map((c) => c.text)).toEqual([
      '안녕하세요.',
      '오늘은 새로운 서비스를 소개합니다!',
      '가격은 월 3.5만 원입니다.',
      '정말 저렴하죠?',
      '지금 바로 시작하세요.',
      '감사합니다。',
      '다음에 또 만나요！',
    ]);
    expectCoverage(koreanThreeScenes, cues, parsed(toSrt(cues)));
    expectCoverage(koreanThreeScenes, cues, parsed(toVtt(cues)));
  });

  it('labels VTT timing as estimated and writes SRT/VTT timestamps exactly', () => {
    const cues: Cue[] = [{ start: 0, end: 3661.5, text: 'a --> b', sceneId: 's' }];
    expect(toSrt(cues)).toBe('1\n00:00:00,000 --> 01:01:01,500\na → b\n');
    const vtt = toVtt(cues);
    expect(vtt.startsWith('WEBVTT\n\nNOTE ')).toBe(true);
    expect(vtt).toContain(ESTIMATED_NOTE);
    expect(vtt).toContain('00:00:00.000 --> 01:01:01.500');
  });

  it('escapes &, < and > in WebVTT cue text once, from the decoded spoken text; SRT stays plain', () => {
    const typed = 'Today we look at <new> features & "tips".';
    const project = {
      scenes: [
        createScene('typed', { org: plainTextToOrg(typed) }),
        createScene('marked', { org: '<p>Fish &amp; <span>chips</span></p>' }),
      ],
    };
    const cues = projectCues(project);
    expect(cues.map((c) => c.text)).toEqual([typed, 'Fish & chips']);
    const vtt = toVtt(cues);
    expect(vtt).toContain('\nToday we look at &lt;new&gt; features &amp; "tips".\n');
    expect(vtt).toContain('\nFish &amp; chips\n');
    expect(vtt).not.toContain('<new>');
    expect(vtt).not.toContain('&amp;amp;');
    const srt = toSrt(cues);
    expect(srt).toContain(`\n${typed}\n`);
    expect(srt).toContain('\nFish & chips\n');
    expect(srt).not.toContain('&amp;');
    expect(srt).not.toContain('&lt;');
  });

  it('escapes a VTT cue after replacing "-->", and leaves the NOTE alone', () => {
    const cues: Cue[] = [{ start: 0, end: 1, text: 'a --> b & <c> &amp;', sceneId: 's' }];
    expect(toVtt(cues, 'x & <y>')).toBe(
      'WEBVTT\n\nNOTE x & <y>\n\n1\n00:00:00.000 --> 00:00:01.000\na → b &amp; &lt;c&gt; &amp;amp;\n',
    );
    expect(toSrt(cues)).toBe('1\n00:00:00,000 --> 00:00:01,000\na → b & <c> &amp;\n');
  });

  it('re-times cues to a rendered video’s real length, keeping their proportions', () => {
    const cues = projectCues(koreanThreeScenes);
    const total = cues[cues.length - 1]!.end;
    const real = retimeCues(cues, 20);
    expect(real[real.length - 1]!.end).toBeCloseTo(20);
    for (const [i, c] of real.entries()) expect(c.start / 20).toBeCloseTo(cues[i]!.start / total);
    expect(retimeCues(cues, Number.NaN)).toEqual(cues);
  });

  it('finds the cue showing at a time', () => {
    const cues = projectCues(koreanThreeScenes);
    expect(cueAt(cues, 0)?.text).toBe('안녕하세요.');
    expect(cueAt(cues, cues[2]!.start + 0.01)?.text).toBe('가격은 월 3.5만 원입니다.');
    expect(cueAt(cues, 1e6)).toBeUndefined();
  });
});
