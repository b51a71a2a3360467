import type { Commands } from '../store/commands';
import type { EditorStore } from '../store/editor-store';
import type { ImageCache } from './image-cache';

export interface MountCanvasOptions {
  store: EditorStore;
  commands: Commands;
  /** The app's image cache (one per app, made in the composition root). */
  images: ImageCache;
}

/** What the UI may ask of the stage. Fabric never leaks out of src/canvas. */
export interface StageHandle {
  dispose: () => void;
  zoomToFit: () => void;
  zoomTo: (zoom: number) => void;
  getZoom: () => number;
  /** Subscribe to zoom changes (for the toolbar's zoom label). */
  onZoom: (listener: (zoom: number) => void) => () => void;
  /** A PNG data URL of the active scene at `scale` of design size, for thumbnails. */
  snapshot: (scale: number) => string | null;
  /**
   * Shows the stage's settled frames of scene `sceneId` in `canvas` too, drawn in the stage's own
   * frame (src/canvas/card-mirror.ts): hidden until it first holds a picture of the scene, then
   * keeping its last one; `data-current` says whether that is the scene's current picture. One
   * canvas at a time; null stops showing `sceneId`.
   */
  showFrameIn: (canvas: HTMLCanvasElement | null, sceneId: string) => void;
  /** Page (client) coordinates of a design-space point, for tests and overlays. */
  designToClient: (x: number, y: number) => { x: number; y: number };
  /** The drawn opacity (0–1) of a clip's stage object, for the preview's test handle. */
  clipOpacity: (clipId: string) => number | null;
  /** Where the preview finds playing video elements to draw on the stage. */
  setPlaybackVideos: (lookup: (clipId: string) => HTMLVideoElement | undefined) => void;
  /** The unscaled size the stage lays a clip out at (text: its rendered lines), for tests. */
  objectSize: (clipId: string) => { width: number; height: number } | null;
  /** Work done so far, counted (renders per edit in tests and the bench). */
  stats: () => StageStats;
}

export interface StageStats {
  /** Store changes that reached the reconciler. */
  syncs: number;
  /** Stage renders (Fabric `after:render`), thumbnails included. */
  renders: number;
  /** Thumbnails taken (copied from the frame drawn, or drawn in full); a repeated request for an
   * unchanged scene takes none. */
  snapshots: number;
  /** Stage objects built for clips (a scene shown again reuses its objects while kept). */
  built: number;
  /** Pictures still loading; each one draws again (and dates thumbnails) when it arrives. */
  loading: number;
  /** Stage objects kept: the shown scene's and those of scenes left recently (still in the
   * document), for a quick return. */
  held: number;
}
