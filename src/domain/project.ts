import type { Clip } from './schema/clips';
import type { Orientation, Resolution } from './schema/common';
import { STAGE_SIZE } from './schema/common';
import type { MergeSpec } from './merge/spec';
import type { Background, Script } from './schema/request';

/**
 * The editor's document: what the store holds, autosave persists and `build` turns into the
 * request. Optional request fields stay optional so that an untouched import builds back equal;
 * `extra` keeps fields the docs don't list.
 */
export interface Scene {
  /** Editor-only stable key (React keys, selection); never sent. */
  id: string;
  background: Background;
  /**
   * `scenes[].scripts` as it came; absent when the request carried the speech only on the avatar
   * clip (`clips[].script`), as several vendor samples do. See `speech-forms.ts`.
   */
  scripts?: Script[];
  clips: Clip[];
  /** As imported (the vendor's tutorial repeats 0); dropped when the scene list changes. */
  sceneIdx?: number;
  watermark?: boolean;
  thumbnailUrl?: string | null;
  extra: Record<string, unknown>;
}

export interface Project {
  name?: string;
  orientation?: Orientation;
  isExport?: boolean;
  workspaceId?: string;
  resolution?: Resolution;
  webhookUrl?: string;
  scenes: Scene[];
  extra: Record<string, unknown>;
  /** Data-merge variables and bindings: editor-side, never part of the request. */
  merge?: MergeSpec;
}

export const orientationOf = (project: Project): Orientation => project.orientation ?? 'landscape';
export const stageSizeOf = (project: Project) => STAGE_SIZE[orientationOf(project)];

export const DEFAULT_BACKGROUND: Background = {
  id: 'background',
  type: 'background',
  source_type: 'image',
  source_url: '',
  source_color: 'rgb(255,255,255)',
};

export function createScene(id: string, script?: Partial<Script>): Scene {
  return {
    id,
    background: { ...DEFAULT_BACKGROUND },
    scripts: [{ org: '', isTTS: false, tts: null, modelId: '', clothId: '', ...script }],
    clips: [],
    watermark: false,
    thumbnailUrl: null,
    extra: {},
  };
}

/** The name a new project gets; the UI says it in the user's language (stored data keeps it). */
export const DEFAULT_PROJECT_NAME = 'Untitled project';

export function createProject(
  sceneId: string,
  options: { name?: string; orientation?: Orientation } = {},
): Project {
  return {
    name: options.name ?? DEFAULT_PROJECT_NAME,
    orientation: options.orientation ?? 'landscape',
    isExport: true,
    resolution: '1080',
    scenes: [createScene(sceneId)],
    extra: {},
  };
}
