import { avatarClipOf, scriptAvatarMismatches } from '../../domain/avatar-edits';
import type { Scene } from '../../domain/project';
import { orgToPlainText } from '../../domain/script-edits';
import { speechFormOf, speechOrg, speechVoice } from '../../domain/speech-forms';
import type { EditorState } from '../../store/editor-store';
import { perObject } from '../../domain/per-object';
import { selectActiveScene, selectActiveSceneIndex } from '../../store/selectors';

/**
 * What the script panel shows of the active scene, as plain values and references into the scene
 * (compared shallowly): moving or restyling a clip, the avatar included, leaves every field as it
 * was, so the panel does not re-render on such an edit or its undo.
 */
export interface ScriptView {
  index: number;
  script: NonNullable<Scene['scripts']>[number] | undefined;
  hasAvatar: boolean;
  form: ReturnType<typeof speechFormOf>;
  text: string;
  voice: ReturnType<typeof speechVoice>;
  mismatchScript: string | undefined;
  mismatchAvatar: string | undefined;
}

// Per scene object (immutable): the selector runs on every store change, the work once per scene.
const viewOf = perObject((scene: Scene): Omit<ScriptView, 'index'> => {
  const [mismatch] = scriptAvatarMismatches(scene);
  return {
    script: scene.scripts?.[0],
    hasAvatar: avatarClipOf(scene) !== undefined,
    form: speechFormOf(scene),
    text: orgToPlainText(speechOrg(scene)),
    voice: speechVoice(scene),
    mismatchScript: mismatch && `${mismatch.script.modelId}/${mismatch.script.clothId}`,
    mismatchAvatar: mismatch && `${mismatch.avatar.modelId}/${mismatch.avatar.clothId}`,
  };
});

export const selectScriptView = (s: EditorState): ScriptView | undefined => {
  const scene = selectActiveScene(s);
  return scene && { index: selectActiveSceneIndex(s), ...viewOf(scene) };
};
