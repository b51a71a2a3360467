import { avatarModel, SIM_AVATARS } from './catalog';
import type { SimWorld } from './world';

/**
 * The simulated account starts with one project "made in AI Studios' editor" and exported, as the
 * 1.6.x tutorial (export-from-exist-project) has it: its first scene holds an image tagged
 * `parrot-image` and a text tagged `parrot-text`; one avatar per scene with the full geometry the
 * editor writes; speech in `scenes[].scripts`. It is created on the first account call, with the
 * caller's origin for its image URLs, and stays deleted once deleted.
 */
export function sampleProjectBody(assetBase: string): Record<string, unknown> {
  const avatar = SIM_AVATARS[0]!;
  const cloth = avatar.clothes[0]!.id;
  const model = avatarModel(avatar, cloth, assetBase);
  const text = (id: string, tag: string, words: string, top: number) => ({
    id,
    type: 'textImage',
    tag,
    layer: 2,
    left: 96,
    top,
    width: 760,
    height: 96,
    scaleX: 1,
    scaleY: 1,
    angle: 0,
    opacity: 100,
    text: words,
    fill: 'rgb(255,255,255)',
    fontSize: 60,
    fontFamily: 'Noto Sans CJK',
    align: 'left',
    fontWeight: 700,
  });
  const scene = (i: number, words: string, title: string) => ({
    sceneIdx: i,
    watermark: false,
    background: {
      id: 'background',
      type: 'background',
      source_type: 'color',
      source_url: '',
      source_color: i ? 'rgb(15,118,110)' : 'rgb(8,145,178)',
    },
    scripts: [
      { org: `<p>${words}</p>`, isTTS: false, tts: null, modelId: avatar.id, clothId: cloth },
    ],
    clips: [
      {
        id: `aiModel-sample-${i}`,
        type: 'aiModel',
        layer: 1,
        left: 1300,
        top: 144,
        width: 679,
        height: 2229,
        scaleX: 0.42,
        scaleY: 0.42,
        angle: 0,
        opacity: 100,
        model,
        effects: [{ type: 'head-only' }],
        headOnly: null,
        voiceOnly: false,
        isDelete: false,
      },
      text(`textImage-sample-${i}`, i ? 'closing-text' : 'parrot-text', title, 180),
      ...(i ? [] : [image]),
    ],
  });
  const image = {
    id: 'image-sample-0',
    type: 'image',
    tag: 'parrot-image',
    layer: 3,
    source_url: `${assetBase}/sim-assets/images/parrot.svg`,
    left: 96,
    top: 420,
    width: 480,
    height: 320,
    scaleX: 1,
    scaleY: 1,
    angle: 0,
    opacity: 100,
  };
  return {
    name: 'Product tour (made in the AI Studios editor)',
    orientation: 'landscape',
    scenes: [
      scene(0, 'Welcome to our product tour.', 'Product tour'),
      scene(1, 'Thank you for watching.', 'See you soon'),
    ],
  };
}

/** The sample, exported before this session began: listed, finished, and no credit counted now. */
export function ensureSampleProject(world: SimWorld, assetBase: string): void {
  if (world.accountSeeded) return;
  world.accountSeeded = true;
  const project = world.create({
    kind: 'project',
    body: sampleProjectBody(assetBase),
    isExport: false,
    assetBase,
    fault: {},
    credit: 1,
  });
  Object.assign(project, { isExport: true, startedAt: project.createdAt - project.renderMs });
}
