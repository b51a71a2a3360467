import { withSpeech } from '../speech-forms';
import type { Project, Scene } from '../project';
import type { AiModelClip, Clip } from '../schema/clips';
import { escapeHtml } from '../script-edits';
import {
  columnKey,
  type AvatarBinding,
  type DataRow,
  type MediaBinding,
  type MergeSpec,
} from './spec';
import { nameHoldsVariable, rowProjectName } from './row-name';
import { fillText } from './variables';

/** A TTS voice the row may name by id (the server's `/api/voices`). */
export interface VoiceChoice {
  id: string;
  tts: Record<string, unknown>;
}

export interface Applied {
  project: Project;
  /** Variables without a value in this row and without a default (the row must not be sent). */
  unfilled: string[];
  /** Binding values that cannot be applied: a voice nobody knows (see `merge.binding`). */
  problems: { column: string; value: string }[];
}

/** The row's cells by normalised column name; blank cells count as absent. */
export function cellsOf(row: DataRow): Map<string, string> {
  const cells = new Map<string, string>();
  for (const [column, value] of Object.entries(row.values)) {
    const trimmed = (value ?? '').trim();
    if (trimmed !== '') cells.set(columnKey(column), trimmed);
  }
  return cells;
}

/** Value of a variable in a row: its column's cell, else its declared default, else undefined. */
export function variableLookup(spec: MergeSpec, cells: Map<string, string>) {
  const decls = new Map(spec.variables.map((v) => [columnKey(v.name), v]));
  return (name: string): string | undefined => {
    const decl = decls.get(columnKey(name));
    return cells.get(columnKey(decl?.column ?? name)) ?? decl?.default;
  };
}

function withMedia(clip: Clip, url: string): Clip {
  switch (clip.type) {
    case 'image':
    case 'audio':
      return { ...clip, source_url: url };
    case 'videoImage':
      return { ...clip, video_url: url };
    default:
      return clip;
  }
}

function applyMedia(scene: Scene, binding: MediaBinding, url: string): Scene {
  if (binding.clipId === undefined)
    return { ...scene, background: { ...scene.background, source_url: url } };
  return {
    ...scene,
    clips: scene.clips.map((c) => (c.id === binding.clipId ? withMedia(c, url) : c)),
  };
}

/**
 * Avatar and outfit change the avatar clip and every script together (the upstream requires the
 * match). The editor's picture of the avatar (`model.source_url`) names both ids in AI Studios'
 * thumbnails and the simulator's, so the ids in it follow too: the contact sheet shows the outfit.
 */
function applyAvatar(scene: Scene, kind: 'avatar' | 'outfit', value: string): Scene {
  const modelKey = kind === 'avatar' ? 'ai_name' : 'emotion';
  const scriptKey = kind === 'avatar' ? 'modelId' : 'clothId';
  const picture = (model: AiModelClip['model']) => {
    const old = model[modelKey];
    return model.source_url && old ? { source_url: model.source_url.split(old).join(value) } : {};
  };
  return {
    ...scene,
    clips: scene.clips.map((c) =>
      c.type === 'aiModel'
        ? { ...c, model: { ...c.model, [modelKey]: value, ...picture(c.model) } }
        : c,
    ),
    ...(scene.scripts && { scripts: scene.scripts.map((s) => ({ ...s, [scriptKey]: value })) }),
  };
}

/** A voice cell: a voice id from the catalogue, `avatar` for the avatar's own voice, or a TTS JSON object. */
function voiceOf(
  value: string,
  voices: readonly VoiceChoice[],
): Record<string, unknown> | null | undefined {
  if (value.toLowerCase() === 'avatar') return null;
  const known = voices.find((v) => v.id === value);
  if (known) return known.tts;
  if (!value.startsWith('{')) return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function applyAvatarBinding(
  scene: Scene,
  binding: AvatarBinding,
  value: string,
  voices: readonly VoiceChoice[],
) {
  if (binding.kind !== 'voice') return { scene: applyAvatar(scene, binding.kind, value) };
  const tts = voiceOf(value, voices);
  if (tts === undefined) return { scene, unknownVoice: value };
  // Every place the scene carries its speech (scene scripts and/or the avatar clip's script).
  const next = withSpeech(scene, { isTTS: tts !== null, tts });
  return {
    scene: {
      ...next,
      ...(next.scripts && {
        scripts: next.scripts.map((s) => ({ ...s, isTTS: tts !== null, tts })),
      }),
    },
  };
}

/** The project with one row's values in place. Pure; the input project is not changed. */
export function applyRow(
  project: Project,
  spec: MergeSpec,
  row: DataRow,
  voices: readonly VoiceChoice[] = [],
): Applied {
  const cells = cellsOf(row);
  const lookup = variableLookup(spec, cells);
  const unfilled = new Set<string>();
  const fill = (text: string, escape?: (v: string) => string) =>
    fillText(
      text,
      (name) => {
        const value = lookup(name);
        if (value === undefined) unfilled.add(name);
        return value;
      },
      escape,
    );
  const problems: Applied['problems'] = [];
  const scenes = project.scenes.map((scene) => {
    let out: Scene = {
      ...scene,
      ...(scene.scripts && {
        scripts: scene.scripts.map((s) => ({ ...s, org: fill(s.org, escapeHtml) })),
      }),
      clips: scene.clips.map((c) =>
        c.type === 'textImage'
          ? { ...c, text: fill(c.text) }
          : c.type === 'aiModel' && typeof c.script?.org === 'string'
            ? { ...c, script: { ...c.script, org: fill(c.script.org, escapeHtml) } }
            : c,
      ),
    };
    for (const binding of spec.bindings) {
      const value = cells.get(columnKey(binding.column));
      // An empty cell keeps the media, avatar or voice as designed.
      if (value === undefined || (binding.sceneId !== undefined && binding.sceneId !== scene.id))
        continue;
      if (binding.kind === 'media') out = applyMedia(out, binding, value);
      else {
        const result = applyAvatarBinding(out, binding, value, voices);
        out = result.scene;
        if (result.unknownVoice && !problems.some((p) => p.column === binding.column))
          problems.push({ column: binding.column, value: result.unknownVoice });
      }
    }
    return out;
  });
  const merged: Project = { ...project, scenes };
  merged.name = nameHoldsVariable(project)
    ? fill(project.name!)
    : rowProjectName(project, spec, row.number, cells);
  if (project.webhookUrl !== undefined) {
    // A value inside a URL is encoded, unless the variable is the whole URL.
    const whole = /^\s*\{\{[^{}]+\}\}\s*$/.test(project.webhookUrl);
    merged.webhookUrl = fill(project.webhookUrl, whole ? undefined : encodeURIComponent);
  }
  return { project: merged, unfilled: [...unfilled], problems };
}
