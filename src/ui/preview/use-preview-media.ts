import { useEffect, useRef } from 'react';
import type { Scene } from '../../domain/project';
import type { StageHandle } from '../../canvas/types';

/** Drift beyond which a playing element is put back on the preview clock. */
const DRIFT_S = 0.3;

/**
 * Video and audio clips of the shown scene as media elements at their volume (1–100 in the
 * request), started and stopped with the preview and drawn on the stage (videos) through
 * the stage handle.
 */
export function usePreviewMedia(
  scene: Scene | undefined,
  local: number,
  playing: boolean,
  stage: StageHandle | null,
) {
  const media = useRef(new Map<string, HTMLMediaElement>());

  useEffect(() => {
    const made = new Map<string, HTMLMediaElement>();
    for (const clip of scene?.clips ?? []) {
      if (clip.type !== 'videoImage' && clip.type !== 'audio') continue;
      const url = clip.type === 'videoImage' ? clip.video_url : clip.source_url;
      if (!url) continue;
      const el = document.createElement(clip.type === 'videoImage' ? 'video' : 'audio');
      el.crossOrigin = 'anonymous';
      el.preload = 'auto';
      el.src = url;
      el.volume = Math.min(1, Math.max(0, (clip.volume ?? 100) / 100));
      if (el instanceof HTMLVideoElement) el.playsInline = true;
      made.set(clip.id, el);
    }
    media.current = made;
    stage?.setPlaybackVideos((id) => {
      const el = made.get(id);
      return el instanceof HTMLVideoElement && el.readyState >= 2 ? el : undefined;
    });
    return () => {
      for (const el of made.values()) {
        el.pause();
        el.removeAttribute('src');
        el.load();
      }
      stage?.setPlaybackVideos(() => undefined);
    };
  }, [scene, stage]);

  useEffect(() => {
    for (const el of media.current.values()) {
      if (!playing) {
        el.pause();
        continue;
      }
      if (Math.abs(el.currentTime - local) > DRIFT_S) el.currentTime = local;
      // A source that cannot load (offline, no CORS) leaves the rest of the preview playing.
      if (el.paused) void el.play().catch(() => undefined);
    }
  }, [playing, local]);
}
