import { projectSeconds, sceneSeconds } from '../../domain/speech';
import { spokenOrgs } from '../../domain/speech-forms';
import { spokenText } from '../../domain/preflight/html';
import type { Scene } from '../../domain/project';
import type { EditorState } from '../../store/editor-store';
import { perObject } from '../../domain/per-object';

// Per scene object: the store is immutable, so an edit recomputes only the scene it changed, and
// the strip's selectors (run on every store change) cost a lookup per scene.
const cachedSeconds = perObject(sceneSeconds);
const speaks = perObject((scene: Scene) =>
  spokenOrgs(scene).some((org) => spokenText(org).trim() !== ''),
);

const sceneById = (s: EditorState, id: string) => s.project.scenes.find((x) => x.id === id);

export const selectSceneIds = (s: EditorState): string[] => s.project.scenes.map((x) => x.id);

/** What one card shows of its scene, as plain values (unchanged by an edit of a clip's place). */
export const selectSceneCard = (id: string) => (s: EditorState) => {
  const scene = sceneById(s, id);
  return {
    color: scene?.background.source_color,
    seconds: scene ? cachedSeconds(scene) : 0,
  };
};

/** The project's spoken length in seconds, or null while no scene has words to say. */
export const selectSpokenTotal = (s: EditorState): number | null =>
  s.project.scenes.some(speaks) ? projectSeconds(s.project, cachedSeconds) : null;
