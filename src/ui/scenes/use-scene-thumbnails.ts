import { useCallback, useEffect, useRef, useState } from 'react';
import type { Scene } from '../../domain/project';
import { useEditor } from '../../store/editor-context';
import { useStageHandle } from '../stage/stage-context';
import { CARD_SCALE, useOffscreenCards } from './use-offscreen-cards';

/** The shown scene's card canvas, which the stage draws its settled frames into (LiveFrame). */
export interface LiveFrames {
  /** Set by the shown scene's card while it shows the stage's copy of its picture. */
  current: { canvas: HTMLCanvasElement; sceneId: string } | null;
  /** Keeps the picture a card showed as its scene's thumbnail once the scene is left. */
  keep: (sceneId: string, url: string) => void;
}

/**
 * The stage draws only the active scene: its card shows the stage's own copy of each settled
 * frame (LiveFrame), and a scene left keeps the last picture its card showed. When the stage has
 * no copy of the current picture (the frame not wholly in view, say), the scene is drawn in full
 * once edits settle, which brings its card up to date. Scenes not shown are drawn off screen
 * (use-offscreen-cards.ts); `watch` is the ref callback each card registers with.
 */
export function useSceneThumbnails(): {
  thumbs: Record<string, string>;
  live: LiveFrames;
  watch: (el: HTMLElement | null, sceneId: string) => void;
} {
  const { store } = useEditor();
  const stage = useStageHandle();
  const [thumbs, setThumbs] = useState<Record<string, string>>({});
  /** The scene object each kept picture shows: one changed since is drawn again. */
  const pictured = useRef(new Map<string, Scene>()).current;
  const show = useCallback(
    (sceneId: string, url: string) =>
      setThumbs((t) => (t[sceneId] === url ? t : { ...t, [sceneId]: url })),
    [],
  );
  const keep = useCallback(
    (sceneId: string, url: string) => {
      const scene = store.getState().project.scenes.find((s) => s.id === sceneId);
      if (scene) pictured.set(sceneId, scene);
      show(sceneId, url);
    },
    [store, pictured, show],
  );
  const watch = useOffscreenCards(store, pictured, show);
  const live = useRef<LiveFrames>({ current: null, keep }).current;
  useEffect(() => {
    if (!stage) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const take = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const id = store.getState().activeSceneId;
        const card = live.current?.sceneId === id ? live.current.canvas : null;
        if (card?.dataset.current === 'true') return; // it shows the current picture already
        // Drawn in full when the stage holds no copy, which also brings the card up to date: the
        // picture is kept as the scene's thumbnail when the card goes.
        const url = stage.snapshot(CARD_SCALE);
        if (url && !card) keep(id, url);
      }, 600);
    };
    take();
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.project !== prev.project || s.activeSceneId !== prev.activeSceneId) take();
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [stage, store, live, keep]);
  return { thumbs, live, watch };
}
