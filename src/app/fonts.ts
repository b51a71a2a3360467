import i18next from 'i18next';
import { anyString } from '../domain/any-string';
import type { Editor } from '../store/editor-context';

// Latin faces come with the first screen (main.tsx); the Korean ones only when Korean is in use.
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7ff]/;
const isKorean = (text: string) => HANGUL.test(text);

interface Faces {
  registerKoreanFaces: (fonts: FontFaceSet) => number;
}

interface KoreanFontDeps {
  /** The faces' chunk (a dynamic import in the app, a stand-in chunk in tests). */
  fetchFaces: () => Promise<Faces>;
  /** Where the faces are registered: `document.fonts` in the app. */
  fontSet: () => FontFaceSet;
  /** Runs work once start-up is over and the browser is idle. */
  whenIdle: (run: () => void) => void;
}

const appDeps = (): KoreanFontDeps => ({
  fetchFaces: () => import('./korean-font-faces'),
  fontSet: () => document.fonts,
  // A prefetch is not part of the first load: it waits a second past start-up, then for idle time.
  whenIdle: (run) =>
    setTimeout(() => (globalThis.requestIdleCallback ?? ((r) => setTimeout(r, 0)))(run), 1000),
});

/**
 * The Korean web fonts: fetched once, registered once. Made in the composition root; each test
 * makes its own.
 */
export function createKoreanFonts(deps: KoreanFontDeps = appDeps()) {
  let faces: Faces | undefined;
  let fetching: Promise<Faces> | undefined;
  let registered = false;
  let requested: Promise<void> | undefined;

  const fetchFaces = () => (fetching ??= deps.fetchFaces().then((m) => (faces = m)));
  const registerNow = (chunk: Faces) => {
    if (registered) return;
    registered = true;
    chunk.registerKoreanFaces(deps.fontSet());
  };

  /** Registers the Korean faces: at once when their chunk is here, else as soon as it arrives. */
  const load = (): Promise<void> => {
    if (faces) registerNow(faces);
    // A failed fetch leaves the system font (and a later call may try again).
    return (requested ??= fetchFaces().then(registerNow, () => {
      requested = fetching = undefined;
    }));
  };

  return {
    load,
    /** The registration under way since Korean text was seen, if it was. */
    requested: () => requested,
    isRegistered: () => registered,
    /**
     * Registers the faces the moment Korean text enters the project, before the stage measures it
     * (this listener is added before the stage's). Only objects not seen before are looked at: the
     * store never changes an object in place (an edit replaces each object on its path), so an
     * edit costs the clip it changed. The chunk is normally here already (prefetch); if Korean
     * arrives before it, the faces are registered when it does.
     */
    watch: (editor: Editor): (() => void) => {
      const seen = new WeakSet<object>();
      const check = () => {
        if (registered) return unsubscribe();
        if (anyString(editor.store.getState().project.scenes, isKorean, seen)) void load();
      };
      const unsubscribe = editor.store.subscribe(
        (state, prev) => state.project !== prev.project && check(),
      );
      check();
      return unsubscribe;
    },
    /** Fetches the faces' chunk once the browser is idle (call it when the editor is up). */
    prefetch: () => deps.whenIdle(() => void fetchFaces().catch(() => (fetching = undefined))),
  };
}

export const uiIsKorean = () => i18next.resolvedLanguage === 'ko';
