import i18next from 'i18next';
import type { Editor } from '../store/editor-context';

// Latin faces come with the first screen (main.tsx); the Korean ones only when Korean is in use.
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7ff]/;

type Faces = typeof import('./korean-font-faces');
let module: Faces | undefined;
let fetching: Promise<Faces> | undefined;
let registered = false;
let requested: Promise<void> | undefined;

const fetchFaces = () => (fetching ??= import('./korean-font-faces').then((m) => (module = m)));

function registerNow(faces: Faces) {
  if (registered) return;
  registered = true;
  faces.registerKoreanFaces(document.fonts);
}

/** Registers the Korean faces: at once when their chunk is here, else as soon as it arrives. */
export function loadKoreanFonts(): Promise<void> {
  if (module) registerNow(module);
  // A failed fetch leaves the system font (and a later call may try again).
  return (requested ??= fetchFaces().then(registerNow, () => {
    requested = fetching = undefined;
  }));
}

/** The registration under way since Korean text was seen, if it was. */
export const koreanFontsRequested = () => requested;

export const uiIsKorean = () => i18next.resolvedLanguage === 'ko';

/**
 * Registers the Korean faces the moment Korean text enters the project, before the stage measures it
 * (this listener is added before the stage's). Only scenes not seen before are looked at, so an edit
 * costs its scene. The chunk is normally here already (prefetchKoreanFonts); if Korean arrives
 * before it, the faces are registered when it does.
 */
export function watchForKorean(editor: Editor): void {
  const seen = new WeakSet<object>();
  const check = () => {
    if (registered) return unsubscribe();
    for (const scene of editor.store.getState().project.scenes) {
      if (seen.has(scene)) continue;
      seen.add(scene);
      if (HANGUL.test(JSON.stringify(scene))) return void loadKoreanFonts();
    }
  };
  const unsubscribe = editor.store.subscribe(
    (state, prev) => state.project !== prev.project && check(),
  );
  check();
}

/** Fetches the Korean faces' chunk once the browser is idle (call it when the editor is up). */
export function prefetchKoreanFonts(): void {
  const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 2000));
  idle(() => void fetchFaces().catch(() => (fetching = undefined)));
}
