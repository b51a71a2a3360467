import { useEffect } from 'react';
import type { PlaybackCommands } from '../../store/playback-store';

/**
 * Advances the preview while it plays, one animation frame at a time, by the wall-clock time
 * since the previous frame (so a scrub while playing simply moves on from where it landed).
 */
export function usePlaybackClock(playback: PlaybackCommands, playing: boolean) {
  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    let frame = requestAnimationFrame(function tick() {
      const now = performance.now();
      const { time, playing: still } = playback.store.getState();
      if (!still) return;
      playback.advanceTo(time + (now - last) / 1000);
      last = now;
      frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [playback, playing]);
}
