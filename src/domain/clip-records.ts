import type {
  AiModelClip,
  AudioClip,
  AvatarModel,
  Clip,
  ImageClip,
  ShapeClip,
  TextClip,
  VideoClip,
} from './schema/clips';
import type { ShapeName } from './schema/common';

/** The Fabric lock flags the upstream editor writes on every visual clip. */
export const UNLOCKED_FLAGS = {
  lockScalingFlip: true,
  lockMovementX: false,
  lockMovementY: false,
  lockRotation: false,
  lockScalingX: false,
  lockScalingY: false,
  lockSkewingX: false,
  lockSkewingY: false,
  lockUniScaling: false,
} as const;

interface Place {
  id: string;
  layer: number;
  left: number;
  top: number;
}

const base = (p: Place, width: number, height: number) => ({
  id: p.id,
  name: p.id,
  layer: p.layer,
  left: p.left,
  top: p.top,
  width,
  height,
  scaleX: 1,
  scaleY: 1,
  angle: 0,
  opacity: 100,
  ...UNLOCKED_FLAGS,
});

export const createImageClip = (
  p: Place,
  sourceUrl: string,
  width: number,
  height: number,
): ImageClip => ({
  ...base(p, width, height),
  type: 'image',
  source_url: sourceUrl,
});

export const createTextClip = (p: Place, text = 'Double-click to edit'): TextClip => ({
  ...base(p, 640, 84),
  type: 'textImage',
  text,
  fill: 'rgb(0,0,0)',
  fontSize: 48,
  fontFamily: 'Noto Sans CJK',
  align: 'left',
  fontWeight: 400,
  fontStyle: '',
  underline: false,
  backgroundColor: '',
  stroke: '',
  strokeWidth: 0,
  shadow: { color: '#00000060', blur: 0, offsetX: 5, offsetY: 5, enabled: false },
});

export const createShapeClip = (p: Place, shapeName: ShapeName): ShapeClip => ({
  ...base(p, 300, shapeName === 'Line_v2' ? 8 : 300),
  type: 'shape',
  shapeName,
  fill: 'rgb(54,188,37)',
  stroke: '',
  strokeWidth: 0,
  strokeRadius: 0,
  shadow: { color: '#00000060', blur: 0, offsetX: 5, offsetY: 5, enabled: false },
});

export const createVideoClip = (
  p: Place,
  videoUrl: string,
  posterUrl = '',
  width = 480,
  height = 270,
): VideoClip => ({
  ...base(p, width, height),
  type: 'videoImage',
  video_url: videoUrl,
  source_url: posterUrl,
  volume: 100,
});

export const createAudioClip = (id: string, sourceUrl: string, label: string): AudioClip => ({
  id,
  name: id,
  type: 'audio',
  layer: 0,
  left: 0,
  top: 0,
  width: 0,
  height: 0,
  source_url: sourceUrl,
  label,
  volume: 100,
});

/**
 * An avatar clip at its intrinsic (tight-box) size, as the upstream editor writes it; `estimate`
 * sizes an avatar whose model carries no geometry (see avatar-catalog).
 */
export const createAvatarClip = (
  p: Place,
  model: AvatarModel,
  estimate: { width: number; height: number } = { width: 679, height: 2229 },
): AiModelClip => {
  const width = model.deploySize?.edit_width ?? model.editor?.modelTightW ?? estimate.width;
  const height = model.deploySize?.edit_height ?? model.editor?.modelTightH ?? estimate.height;
  return {
    ...base(p, width, height),
    type: 'aiModel',
    model: structuredClone(model),
    fill: 'rgb(0,0,0)',
    effects: [{ type: 'head-only' }],
    headOnly: null,
    voiceOnly: false,
    isDelete: false,
  };
};

export const isVisual = (clip: Clip): clip is Exclude<Clip, AudioClip> => clip.type !== 'audio';
