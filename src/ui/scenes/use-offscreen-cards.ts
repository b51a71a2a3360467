import { useCallback, useEffect, useRef } from 'react';
import { renderSceneImage } from '../../canvas/offscreen-scene';
import { stageSizeOf, type Scene } from '../../domain/project';
import type { EditorStore } from '../../store/editor-store';
import { useServices } from '../services';

/** The strip's thumbnails are drawn at a tenth of design size (192×108 landscape). */
export const CARD_SCALE = 0.1;
/** Cards wait for edits to pause this long: typing and dragging never wait for a card. */
const QUIET_MS = 300;

/**
 * Cards of scenes the stage is not showing. Each card in view whose scene has no picture yet, or
 * has changed since its picture was made (an import, a reflow, a voice set for every scene), is
 * drawn off screen with the stage's own objects once edits pause, one card per task.
 * `pictured` holds the scene object each card's picture shows; `show` puts a picture on a card.
 * Returns the ref callback a card registers its element with (cards out of view wait).
 */
export function useOffscreenCards(
  store: EditorStore,
  pictured: Map<string, Scene>,
  show: (sceneId: string, url: string) => void,
) {
  const { images } = useServices();
  const cards = useRef(new Map<string, Element>()).current;
  const inView = useRef(new Set<string>()).current;
  const observer = useRef<IntersectionObserver | null>(null);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let run = 0;
    const outdated = () => {
      const { project, activeSceneId } = store.getState();
      return project.scenes.find(
        (s) => s.id !== activeSceneId && inView.has(s.id) && pictured.get(s.id) !== s,
      );
    };
    const drawAll = async (me: number) => {
      for (let scene = outdated(); scene && me === run; scene = outdated()) {
        const size = stageSizeOf(store.getState().project);
        const { url } = await renderSceneImage(scene, size, CARD_SCALE, images, {
          loadTimeoutMs: 8000,
        });
        // Kept even when unreadable (an image without CORS): a card is not drawn again and again.
        pictured.set(scene.id, scene);
        const now = store.getState().project;
        if (url && now.scenes.includes(scene) && stageSizeOf(now) === size) show(scene.id, url);
        await new Promise((resolve) => setTimeout(resolve, 0)); // input first
      }
    };
    const schedule = () => {
      clearTimeout(timer);
      const me = ++run;
      timer = setTimeout(() => void drawAll(me), QUIET_MS);
    };
    const io = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const id = (entry.target as HTMLElement).dataset.sceneId;
        if (!id) continue;
        if (entry.isIntersecting) inView.add(id);
        else inView.delete(id);
      }
      schedule();
    });
    observer.current = io;
    for (const el of cards.values()) io.observe(el);
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.project !== prev.project || s.activeSceneId !== prev.activeSceneId) schedule();
    });
    return () => {
      run++;
      clearTimeout(timer);
      unsubscribe();
      io.disconnect();
      observer.current = null;
    };
  }, [store, images, pictured, show, cards, inView]);

  return useCallback(
    (el: HTMLElement | null, sceneId: string) => {
      const was = cards.get(sceneId);
      if (was === el) return;
      if (was) observer.current?.unobserve(was);
      if (!el) {
        cards.delete(sceneId);
        inView.delete(sceneId);
        return;
      }
      cards.set(sceneId, el);
      observer.current?.observe(el);
    },
    [cards, inView],
  );
}
