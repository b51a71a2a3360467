/** Test-only: a designed two-scene project with variables, and a measurement like the stage's. */
import seedJson from '../fixtures/seed-000-request.json';
import textJson from '../fixtures/clip-textImage-request.json';
import imageJson from '../fixtures/clip-image-request.json';
import videoJson from '../fixtures/clip-videoImage-request.json';
import audioJson from '../fixtures/clip-audio-request.json';
import { parse } from '../parse';
import type { Project } from '../project';
import type { Clip, TextClip } from '../schema/clips';
import type { EditorProjectRequest } from '../schema/request';
import type { MeasureText } from './overflow';
import type { DataRow, MergeSpec } from './spec';

const clipOf = (json: unknown, index = 1) =>
  structuredClone((json as EditorProjectRequest).scenes[0]!.clips[index]) as Clip;

export const TITLE_ID = 'textImage-1hgur0eiu12';
export const LOGO_ID = 'image-1hgur0eiu11';

/** Scene 1: avatar, title `Welcome, {{name}}!`, logo; scene 2: avatar, a video and music. */
export function designedProject(): Project {
  const request = structuredClone(seedJson) as unknown as EditorProjectRequest;
  const first = request.scenes[0]!;
  first.scripts![0]!.org = '<p>Hello {{name}}, welcome to {{company}}.</p>';
  const title: TextClip = {
    ...(clipOf(textJson) as TextClip),
    text: 'Welcome, {{name}}!',
    animation: { type: 'fade-in', duration: 1, delay: 0 },
  };
  first.clips.push(title, clipOf(imageJson));
  const second = structuredClone(first);
  second.sceneIdx = 1;
  second.scripts![0]!.org = '<p>See you soon, {{ name }}.</p>';
  second.clips = [
    { ...structuredClone(first.clips[0]!), id: 'aiModel-2b4ij5h8e87' },
    clipOf(videoJson),
    clipOf(audioJson),
  ];
  request.scenes.push(second);
  request.name = 'Welcome {{name}}';
  request.webhookUrl = 'https://hooks.example.com/done?who={{name}}';
  const parsed = parse(request, { sceneId: (i) => `scene-${i}` });
  if (!parsed.ok) throw parsed.error;
  return parsed.project;
}

export const designedSpec = (): MergeSpec => ({
  variables: [{ name: 'company', default: 'Scenewright' }],
  bindings: [
    { kind: 'media', column: 'logo', sceneId: 'scene-0', clipId: LOGO_ID },
    { kind: 'avatar', column: 'avatar' },
    { kind: 'outfit', column: 'outfit' },
  ],
});

export const row = (number: number, values: Record<string, string>): DataRow => ({
  number,
  values,
});

/** Like a Textbox: words wrap at the clip's width; Hangul is a full em wide, Latin ~0.55 em. */
export const monospaceMeasure: MeasureText = (clip) => {
  const em = clip.fontSize;
  const widthOf = (w: string) =>
    [...w].reduce((sum, ch) => sum + (/[\uac00-\ud7af]/.test(ch) ? em : em * 0.55), 0);
  let lines = 1;
  let line = 0;
  let widest = 0;
  for (const word of clip.text.split(/\s+/)) {
    const w = widthOf(word);
    const next = line === 0 ? w : line + em * 0.3 + w;
    if (line > 0 && next > clip.width) {
      lines += 1;
      line = w;
    } else line = next;
    widest = Math.max(widest, line);
  }
  return { width: widest, height: lines * em * 1.2 };
};
