import { useEffect, useState } from 'react';
import { useEditor } from '../../store/editor-context';
import { useStageHandle } from '../stage/stage-context';

/**
 * The stage draws only the active scene, so thumbnails are taken from it after edits settle and
 * kept per scene id; scenes not yet shown fall back to their background colour.
 */
export function useSceneThumbnails(): Record<string, string> {
  const { store } = useEditor();
  const stage = useStageHandle();
  const [thumbs, setThumbs] = useState<Record<string, string>>({});
  useEffect(() => {
    if (!stage) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const take = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const id = store.getState().activeSceneId;
        const url = stage.snapshot(0.1);
        if (url) setThumbs((t) => (t[id] === url ? t : { ...t, [id]: url }));
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
  }, [stage, store]);
  return thumbs;
}
