/** Zoom and pan math for the stage viewport, pure. A viewport is [zoom, 0, 0, zoom, x, y]. */

export interface Viewport {
  zoom: number;
  x: number;
  y: number;
}

export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 8;
/** Screen px kept free around the frame when fitting. */
export const FIT_MARGIN = 32;

export const clampZoom = (zoom: number): number => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));

/** The frame centred in the view at the largest zoom that fits it with a margin. */
export function fitViewport(
  view: { width: number; height: number },
  stage: { width: number; height: number },
  margin = FIT_MARGIN,
): Viewport {
  const zoom = clampZoom(
    Math.min(
      Math.max(1, view.width - 2 * margin) / stage.width,
      Math.max(1, view.height - 2 * margin) / stage.height,
    ),
  );
  return {
    zoom,
    x: (view.width - stage.width * zoom) / 2,
    y: (view.height - stage.height * zoom) / 2,
  };
}

/** Zooms to `zoom` keeping the design point under screen point (sx, sy) in place. */
export function zoomAt(vp: Viewport, zoom: number, sx: number, sy: number): Viewport {
  const z = clampZoom(zoom);
  const dx = (sx - vp.x) / vp.zoom;
  const dy = (sy - vp.y) / vp.zoom;
  return { zoom: z, x: sx - dx * z, y: sy - dy * z };
}

/** Ctrl+wheel: exponential so that trackpad pinches and mouse notches both feel even. */
export const wheelZoomFactor = (deltaY: number): number => Math.exp(-deltaY * 0.0015);

export const designToScreen = (vp: Viewport, x: number, y: number) => ({
  x: vp.x + x * vp.zoom,
  y: vp.y + y * vp.zoom,
});
