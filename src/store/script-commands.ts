import { FALLBACK_AVATAR_SIZE, isEstimatedAvatar } from '../domain/avatar-catalog';
import { createAvatarClip } from '../domain/clip-records';
import { nextLayerOf } from '../domain/clip-edits';
import type { Project } from '../domain/project';
import type { AvatarModel } from '../domain/schema/clips';
import {
  applyAvatarToAll,
  avatarClipOf,
  placeAvatar,
  setAvatarModel,
  setVoiceOnly,
  syncScript,
} from '../domain/avatar-edits';
import { setScriptText, setVoice } from '../domain/script-edits';
import type { CommandDeps } from './commands';
import type { EditorStore } from './editor-store';
import { selectActiveScene, selectStageSize } from './selectors';

type Commit = (next: Project, coalesce?: string) => boolean;

/** Avatar and script changes: each keeps the script's modelId/clothId equal to the avatar clip. */
export function createScriptCommands(store: EditorStore, deps: CommandDeps, commit: Commit) {
  const project = () => store.getState().project;
  const sceneId = () => selectActiveScene(store.getState())?.id ?? '';

  return {
    setText: (org: string) =>
      commit(setScriptText(project(), sceneId(), org), `script:${sceneId()}`),
    /** `coalesce` folds a burst (typing raw TTS JSON) into one undo step. */
    setVoice: (tts: Record<string, unknown> | null, coalesce?: string) =>
      commit(setVoice(project(), sceneId(), tts), coalesce),
    /**
     * Replaces the scene's avatar (keeping its position) or places a new one, bottom-centred. A
     * model without geometry is sized from `estimate` (its thumbnail) to 90 % of the stage height.
     */
    placeAvatar: (
      model: AvatarModel,
      estimate: { width: number; height: number } | null = null,
    ) => {
      const scene = selectActiveScene(store.getState());
      if (!scene) return;
      const old = avatarClipOf(scene);
      const stage = selectStageSize(store.getState());
      const fresh = createAvatarClip(
        { id: deps.newId('aiModel'), layer: nextLayerOf(scene), left: 0, top: 0 },
        model,
        estimate ?? FALLBACK_AVATAR_SIZE,
      );
      const scale =
        old?.scaleX ??
        (isEstimatedAvatar(model)
          ? (stage.height * 0.9) / fresh.height
          : Math.min(1, (stage.height * 0.9) / Math.min(fresh.height, stage.height * 2)));
      const clip = old
        ? {
            ...fresh,
            left: old.left,
            top: old.top,
            scaleX: old.scaleX ?? 1,
            scaleY: old.scaleY ?? 1,
          }
        : {
            ...fresh,
            scaleX: scale,
            scaleY: scale,
            left: Math.round((stage.width - fresh.width * scale) / 2),
            top: Math.round(stage.height * 0.12),
          };
      if (commit(placeAvatar(project(), scene.id, clip))) store.setState({ selection: [clip.id] });
    },
    setOutfit: (model: AvatarModel) => commit(setAvatarModel(project(), sceneId(), model)),
    setVoiceOnly: (voiceOnly: boolean) => commit(setVoiceOnly(project(), sceneId(), voiceOnly)),
    applyToAllScenes: () =>
      commit(applyAvatarToAll(project(), sceneId(), (type) => deps.newId(type))),
    fixSync: (targetSceneId = sceneId()) => commit(syncScript(project(), targetSceneId)),
  };
}
