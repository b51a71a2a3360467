import { projectSeconds, sceneSeconds } from '../../domain/speech';
import { spokenOrgs } from '../../domain/speech-forms';
import { spokenText } from '../../domain/preflight/html';
import type { Scene } from '../../domain/project';
import type { EditorState } from '../../store/editor-store';

// Per scene object: the store is immutable, so an edit recomputes only the scene it changed, and
// the strip's selectors (run on every store change) cost a lookup per scene.
const secondsOf = new WeakMap<Scene, number>();
const speaksOf = new WeakMap<Scene, boolean>();

function cachedSeconds(scene: Scene): number {
  let seconds = secondsOf.get(scene);
  if (seconds === undefined) {
    seconds = sceneSeconds(scene);
    secondsOf.set(scene, seconds);
  }
  return seconds;
}

function speaks(scene: Scene): boolean {
  let said = speaksOf.get(scene);
  if (said === undefined) {
    said = spokenOrgs(scene).some((org) => spokenText(org).trim() !== '');
    speaksOf.set(scene, said);
  }
  return said;
}

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
