import type { DropdownModel, ModelEntry } from '../../domain/schema/account';
import type { AvatarModel } from '../../domain/schema/clips';
import type { Voice, Workspace } from '../../domain/schema/envelope';

/** Where a person sits in the full source frame, in source pixels (as in the seed's `editor`). */
export interface AvatarFrame {
  origin: { width: number; height: number };
  tight: { x: number; y: number; w: number; h: number };
  head: { cx: number; cy: number; w: number; h: number };
  /** `deployImage.edit_*` differs slightly from the tight box in the seed; kept when known. */
  editImage?: { width: number; height: number };
  scale?: number;
  adjust?: { x: number; y: number };
  /** Margins as the seed records them (its float rounding differs from recomputing them). */
  space?: { l: number; r: number; t: number; b: number };
}

export interface SimAvatar {
  id: string;
  label: string;
  labelKo: string;
  language: string;
  frame: AvatarFrame;
  clothes: { id: string; label: string; labelKo: string; colour: string }[];
  skin: string;
}

const SEED_FRAME: AvatarFrame = {
  origin: { width: 1374, height: 2444 },
  tight: { x: 367.33333333333337, y: 168.16666666666669, w: 679, h: 2229 },
  head: { cx: 613.3333333333334, cy: 290, w: 182, h: 185 },
  editImage: { width: 692, height: 2277 },
  scale: 0.3,
  adjust: { x: -0.016860747210092203, y: -0.024822695035461 },
  space: {
    l: 367.33333333333337,
    r: 327.66666666666663,
    t: 168.16666666666669,
    b: 46.833333333333314,
  },
};

export const SIM_AVATARS: SimAvatar[] = [
  {
    id: 'M000045058',
    label: 'Ethan',
    labelKo: '이선',
    language: 'en',
    frame: SEED_FRAME,
    skin: '#e8b894',
    clothes: [
      { id: 'BG00002320', label: 'Navy suit', labelKo: '네이비 정장', colour: '#1f3a68' },
      { id: 'BG00002321', label: 'Grey jacket', labelKo: '회색 재킷', colour: '#6b7280' },
    ],
  },
  {
    id: 'M000004017',
    label: 'Jisoo',
    labelKo: '지수',
    language: 'ko',
    skin: '#f1c9a5',
    frame: {
      origin: { width: 1374, height: 2444 },
      tight: { x: 402, y: 190, w: 570, h: 2254 },
      head: { cx: 687, cy: 318, w: 168, h: 176 },
    },
    clothes: [
      { id: 'BG00006160', label: 'Red blouse', labelKo: '빨간 블라우스', colour: '#b91c1c' },
      { id: 'BG00001004', label: 'White shirt', labelKo: '흰 셔츠', colour: '#e5e7eb' },
    ],
  },
  {
    id: 'M000351175',
    label: 'Ian',
    labelKo: '이안',
    language: 'en',
    skin: '#c68e63',
    frame: {
      origin: { width: 1080, height: 1920 },
      tight: { x: 250, y: 120, w: 580, h: 1800 },
      head: { cx: 540, cy: 262, w: 150, h: 160 },
    },
    clothes: [
      { id: 'BG00035111', label: 'Green sweater', labelKo: '초록 스웨터', colour: '#15803d' },
      { id: 'BG00035112', label: 'Black tee', labelKo: '검은 티셔츠', colour: '#1f2937' },
      { id: 'BG00035113', label: 'Orange hoodie', labelKo: '주황 후디', colour: '#ea580c' },
    ],
  },
  {
    id: 'M000120034',
    label: 'Mina',
    labelKo: '미나',
    language: 'ko',
    skin: '#f5d0b5',
    frame: {
      origin: { width: 1374, height: 2444 },
      tight: { x: 330, y: 210, w: 700, h: 2234 },
      head: { cx: 672, cy: 342, w: 176, h: 182 },
    },
    clothes: [
      { id: 'BG00012001', label: 'Purple dress', labelKo: '보라 원피스', colour: '#7e22ce' },
      { id: 'BG00012002', label: 'Teal blazer', labelKo: '청록 블레이저', colour: '#0f766e' },
    ],
  },
];

export const findAvatar = (modelId: string) => SIM_AVATARS.find((a) => a.id === modelId);

export type AssetVariant = 'tight' | 'org' | 'thumb' | 'preview';
export const assetName = (avatar: string, cloth: string, variant: AssetVariant) =>
  `${avatar}_${cloth}${variant === 'tight' ? '' : `_${variant}`}.svg`;

/**
 * The full aiModel `model` object, geometry derived from the frame exactly as in the seed: what a
 * project made in AI Studios' own editor carries (the API lists never give it).
 */
export function avatarModel(avatar: SimAvatar, clothId: string, assetBase: string): AvatarModel {
  const { origin, tight, head } = avatar.frame;
  const url = (variant: AssetVariant) =>
    `${assetBase}/sim-assets/avatars/${assetName(avatar.id, clothId, variant)}`;
  const geometry = {
    headCenterX: head.cx,
    headCenterY: head.cy,
    headWidth: head.w,
    headHeight: head.h,
    modelTightX: tight.x,
    modelTightY: tight.y,
    modelTightS: 1,
    modelTightW: tight.w,
    modelTightH: tight.h,
    modelOriginW: origin.width,
    modelOriginH: origin.height,
    scale: avatar.frame.scale ?? 0.3,
    adjustX: avatar.frame.adjust?.x ?? 0,
    adjustY: avatar.frame.adjust?.y ?? 0,
    spaceB: avatar.frame.space?.b ?? origin.height - tight.y - tight.h,
    spaceT: avatar.frame.space?.t ?? tight.y,
    spaceL: avatar.frame.space?.l ?? tight.x,
    spaceR: avatar.frame.space?.r ?? origin.width - tight.x - tight.w,
  };
  const edit = avatar.frame.editImage ?? { width: tight.w, height: tight.h };
  return {
    ai_name: avatar.id,
    emotion: clothId,
    language: avatar.language,
    source_url: url('tight'),
    editor: { ...geometry, top: tight.y, left: tight.x, height: tight.h, width: tight.w },
    origin: { height: origin.height, width: origin.width },
    deployImage: {
      themb_src: url('thumb'),
      themb_width: 384,
      themb_height: 240,
      org_src: url('org'),
      org_width: origin.width,
      org_height: origin.height,
      edit_src: url('tight'),
      edit_width: edit.width,
      edit_height: edit.height,
    },
    deploySize: {
      org_width: origin.width,
      org_height: origin.height,
      edit_width: tight.w,
      edit_height: tight.h,
    },
    editorValue: geometry,
    maskFile: `${avatar.id}_${clothId}H_alpha_INV.mp4`,
  };
}

/** `GET dropdown/models` exactly as documented: `{id, label, avatarType}`, nothing more. */
export function dropdownModels(): DropdownModel[] {
  return SIM_AVATARS.map((a) => ({ id: a.id, label: a.label, avatarType: 'default' }));
}

/** `GET model` as documented: `{models: [{id, label{ko,en}, thumbnail, clothes[{id, label{ko,en}, thumbnail}]}]}`. */
export function modelList(assetBase: string): { models: ModelEntry[] } {
  const url = (a: SimAvatar, cloth: string, variant: AssetVariant) =>
    `${assetBase}/sim-assets/avatars/${assetName(a.id, cloth, variant)}`;
  return {
    models: SIM_AVATARS.map((a) => ({
      id: a.id,
      label: { ko: a.labelKo, en: a.label },
      thumbnail: url(a, a.clothes[0]!.id, 'thumb'),
      clothes: a.clothes.map((c) => ({
        id: c.id,
        label: { ko: c.labelKo, en: c.label },
        thumbnail: url(a, c.id, 'preview'),
      })),
    })),
  };
}

export const SIM_WORKSPACES: Workspace[] = [
  { workspaceId: '65f0a1b2c3d4e5f60718293a', workspaceName: 'My workspace' },
  { workspaceId: '65f0a1b2c3d4e5f60718293b', workspaceName: 'Marketing' },
  { workspaceId: '65f0a1b2c3d4e5f60718293c', workspaceName: 'Training videos' },
];

/** A few TTS voices; the real `tts` format is not public, so these are sent as-is. */
export const SIM_VOICES: Voice[] = [
  {
    id: 'sim-en-emma',
    label: 'Emma (English, female)',
    language: 'en',
    tts: { provider: 'deepbrainai', voice: 'en-US-Emma', speed: 1, pitch: 0 },
  },
  {
    id: 'sim-en-james',
    label: 'James (English, male)',
    language: 'en',
    tts: { provider: 'deepbrainai', voice: 'en-US-James', speed: 1, pitch: 0 },
  },
  {
    id: 'sim-ko-seoyeon',
    label: '서연 (Korean, female)',
    language: 'ko',
    tts: { provider: 'deepbrainai', voice: 'ko-KR-Seoyeon', speed: 1, pitch: 0 },
  },
  {
    id: 'sim-ko-minjun',
    label: '민준 (Korean, male)',
    language: 'ko',
    tts: { provider: 'deepbrainai', voice: 'ko-KR-Minjun', speed: 1, pitch: 0 },
  },
];
