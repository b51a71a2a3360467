import type { EditorStore } from '../store/editor-store';
import type { ImageCache } from './image-cache';

/** Pictures that fail to load (or load again) are noted in the store, keyed by URL, for preflight
 * and the inspector; an unchanged finding leaves the store alone. Returns the stop. */
export function reportMediaProblems(images: ImageCache, store: EditorStore): () => void {
  images.setReporter((url, problem) => {
    const { mediaProblems } = store.getState();
    if (JSON.stringify(mediaProblems[url] ?? null) === JSON.stringify(problem)) return;
    const next = { ...mediaProblems };
    if (problem === null) delete next[url];
    else next[url] = problem;
    store.setState({ mediaProblems: next });
  });
  return () => images.setReporter(null);
}
