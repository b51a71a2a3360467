import { createStore } from 'zustand/vanilla';
import { buildTimeline, locate, type Timeline } from '../domain/playback';
import type { EditorStore } from './editor-store';

/**
 * The preview's state: session only, in a store of its own, so that playing never writes the
 * document, never enters undo history and never wakes autosave.
 */
export interface PlaybackState {
  open: boolean;
  playing: boolean;
  /** Seconds from the start of the timeline. */
  time: number;
  /** Preview one scene (its id) or, when null, the whole project. */
  onlySceneId: string | null;
}

const CLOSED: PlaybackState = { open: false, playing: false, time: 0, onlySceneId: null };

export type PlaybackCommands = ReturnType<typeof createPlaybackCommands>;

export function createPlaybackCommands(editor: EditorStore) {
  const store = createStore<PlaybackState>()(() => CLOSED);
  const set = (patch: Partial<PlaybackState>) => store.setState(patch);

  const timeline = (): Timeline => {
    const { onlySceneId } = store.getState();
    const project = editor.getState().project;
    const only = onlySceneId && project.scenes.some((s) => s.id === onlySceneId);
    return buildTimeline(project, only ? { onlySceneId } : {});
  };
  const current = () => {
    const { time } = store.getState();
    const at = locate(timeline(), time);
    return { time, sceneId: at?.span.sceneId ?? null, local: at?.local ?? 0 };
  };
  const clamp = (t: number) => Math.min(Math.max(0, t), timeline().total);

  const play = () => {
    const s = store.getState();
    if (!s.open) return;
    // Playing from the end starts over.
    set({ playing: true, time: s.time >= timeline().total ? 0 : s.time });
  };
  const pause = () => set({ playing: false });

  return {
    store,
    timeline,
    current,
    /** Opens the preview at the start, for the whole project or one scene. */
    open: (onlySceneId: string | null = null) =>
      store.setState({ open: true, playing: false, time: 0, onlySceneId }),
    close: () => store.setState(CLOSED),
    play,
    pause,
    /** Space: play/pause while the preview is open; false when there is nothing to toggle. */
    toggle: (): boolean => {
      const s = store.getState();
      if (!s.open) return false;
      if (s.playing) pause();
      else play();
      return true;
    },
    seek: (time: number) => set({ time: clamp(time) }),
    /** The driver's clock moved on: the time advances and playing stops at the end. */
    advanceTo: (time: number) => {
      const total = timeline().total;
      if (time >= total) set({ time: total, playing: false });
      else set({ time: Math.max(0, time) });
    },
  };
}
