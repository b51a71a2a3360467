import { build } from './build';
import { avatarHeadBox, clipBounds, intersects } from './geometry';
import { faceCoverRule } from './preflight/rules/avatar-face';
import { frameRules } from './preflight/rules/frame';
import type { PreflightIssue } from './preflight/types';
import { orientationOf, stageSizeOf, type Project, type Scene } from './project';
import { moveOffFace } from './reflow-place';
import {
  reflowAvatar,
  reflowFullBleed,
  reflowKind,
  reflowOther,
  reflowSmall,
  reflowText,
  type MeasureTextHeight,
  type ReflowFrames,
} from './reflow-rules';
import { STAGE_SIZE, type Orientation } from './schema/common';
import type { AiModelClip, Clip } from './schema/clips';

export type { MeasureTextHeight } from './reflow-rules';

export interface ReflowResult {
  project: Project;
  /** Frame and face-cover findings the reflow brought in that the original did not have. */
  newIssues: PreflightIssue[];
}

const isShownAvatar = (c: Clip): c is AiModelClip =>
  c.type === 'aiModel' && !c.isDelete && !c.voiceOnly;

/** One scene laid out for the other frame; clips keep their ids, layers and everything else. */
export function reflowScene(scene: Scene, frames: ReflowFrames, measure: MeasureTextHeight): Scene {
  const avatar = scene.clips.find(isShownAvatar);
  const oldFace = avatar ? avatarHeadBox(avatar) : undefined;
  const newAvatar = avatar ? reflowAvatar(avatar, frames) : undefined;
  const newFace = newAvatar ? avatarHeadBox(newAvatar) : undefined;
  const clips = scene.clips.map((clip): Clip => {
    if (clip === avatar && newAvatar) return newAvatar;
    const kind = reflowKind(clip, frames.from);
    if (clip.type === 'audio' || kind === 'audio') return clip;
    if (clip.type === 'aiModel') return reflowAvatar(clip, frames);
    const moved =
      kind === 'full-bleed'
        ? reflowFullBleed(clip, frames)
        : clip.type === 'textImage'
          ? reflowText(clip, frames, measure)
          : kind === 'small'
            ? reflowSmall(clip, frames)
            : reflowOther(clip, frames);
    // Only what sits above the avatar can hide its face; only newly covering clips are moved.
    const above = avatar !== undefined && (clip.layer ?? 0) > avatar.layer;
    const coveredBefore = oldFace !== undefined && intersects(clipBounds(clip), oldFace);
    if (!above || !newFace || coveredBefore || kind === 'full-bleed') return moved;
    return moveOffFace(moved, newFace, frames.to);
  });
  return { ...scene, clips };
}

/** Frame and face-cover findings of preflight, the rules reflow promises to keep. */
export function placementIssues(project: Project): PreflightIssue[] {
  const request = build(project);
  const ctx = { options: {}, stage: stageSizeOf(project) };
  return [...frameRules(request, ctx), ...faceCoverRule(request, ctx)];
}

const issueKey = (i: PreflightIssue) => `${i.code}|${i.sceneIndex ?? ''}|${i.clipId ?? ''}`;

/**
 * The whole project laid out for `to` (landscape ↔ portrait), with what it could not keep:
 * findings of preflight's frame and face-cover rules that the original did not have.
 */
export function reflowProject(
  project: Project,
  to: Orientation,
  measure: MeasureTextHeight,
): ReflowResult {
  const frames = { from: stageSizeOf(project), to: STAGE_SIZE[to] };
  if (orientationOf(project) === to) return { project, newIssues: [] };
  const next: Project = {
    ...project,
    orientation: to,
    scenes: project.scenes.map((scene) => reflowScene(scene, frames, measure)),
  };
  const before = new Set(placementIssues(project).map(issueKey));
  const newIssues = placementIssues(next).filter((i) => !before.has(issueKey(i)));
  return { project: next, newIssues };
}
