import { config, type Canvas, type TMat2D } from 'fabric';
import {
  designToScreen,
  fitViewport,
  wheelZoomFactor,
  zoomAt,
  type Viewport,
} from './viewport-math';

/**
 * Zoom, fit and the element size for the stage. "Fit" is sticky: while the user has not zoomed
 * or panned, a resize or an orientation switch fits the frame again.
 */
export function createViewport(
  canvas: Canvas,
  host: HTMLElement,
  stageSize: () => { width: number; height: number },
) {
  let fitted = true;
  const listeners = new Set<(zoom: number) => void>();
  let dpr = window.devicePixelRatio;

  const current = (): Viewport => {
    const v = canvas.viewportTransform;
    return { zoom: v[0], x: v[4], y: v[5] };
  };

  const set = (vp: Viewport) => {
    const before = canvas.viewportTransform[0];
    const m: TMat2D = [vp.zoom, 0, 0, vp.zoom, vp.x, vp.y];
    canvas.setViewportTransform(m);
    canvas.requestRenderAll();
    if (before !== vp.zoom) for (const l of listeners) l(vp.zoom);
  };

  const viewSize = () => ({ width: canvas.width, height: canvas.height });

  const zoomToFit = () => {
    fitted = true;
    set(fitViewport(viewSize(), stageSize()));
  };

  /** Zooms about the view's centre. */
  const zoomTo = (zoom: number) => {
    fitted = false;
    const { width, height } = viewSize();
    set(zoomAt(current(), zoom, width / 2, height / 2));
  };

  const zoomAtScreen = (factor: number, sx: number, sy: number) => {
    fitted = false;
    const vp = current();
    set(zoomAt(vp, vp.zoom * factor, sx, sy));
  };

  const panBy = (dx: number, dy: number) => {
    fitted = false;
    const vp = current();
    set({ zoom: vp.zoom, x: vp.x + dx, y: vp.y + dy });
  };

  /** Matches the canvas to its host element (and re-reads the device pixel ratio). */
  const resize = () => {
    const width = Math.max(1, Math.floor(host.clientWidth));
    const height = Math.max(1, Math.floor(host.clientHeight));
    // Fabric reads the ratio once at load; tell it the current one before sizing the backing store.
    if (config.devicePixelRatio !== window.devicePixelRatio)
      config.configure({ devicePixelRatio: window.devicePixelRatio });
    canvas.setDimensions({ width, height });
    canvas.calcOffset();
    if (fitted) zoomToFit();
    else canvas.requestRenderAll();
  };

  const onWheel = (e: WheelEvent) => {
    e.preventDefault();
    const rect = canvas.upperCanvasEl.getBoundingClientRect();
    if (e.ctrlKey || e.metaKey) {
      zoomAtScreen(wheelZoomFactor(e.deltaY), e.clientX - rect.left, e.clientY - rect.top);
    } else if (e.shiftKey && e.deltaX === 0) {
      panBy(-e.deltaY, 0);
    } else {
      panBy(-e.deltaX, -e.deltaY);
    }
  };
  host.addEventListener('wheel', onWheel, { passive: false });

  // device-pixel-content-box also reports a pixel-ratio change (where supported).
  const observer = new ResizeObserver(() => {
    dpr = window.devicePixelRatio;
    resize();
  });
  try {
    observer.observe(host, { box: 'device-pixel-content-box' });
  } catch {
    observer.observe(host);
  }

  // A devicePixelRatio change (browser zoom, another screen) re-initialises the backing store so
  // the stage stays sharp. matchMedia is the documented signal; window resize (browser zoom) and
  // a per-render check cover browsers and emulators that do not fire it.
  let dprQuery: MediaQueryList | null = null;
  const checkDpr = () => {
    if (window.devicePixelRatio === dpr) return;
    dpr = window.devicePixelRatio;
    resize();
    watchDpr();
  };
  const watchDpr = () => {
    dprQuery?.removeEventListener('change', checkDpr);
    dprQuery = window.matchMedia(`(resolution: ${dpr}dppx)`);
    dprQuery.addEventListener('change', checkDpr);
  };
  watchDpr();
  window.addEventListener('resize', checkDpr);
  const offRender = canvas.on('after:render', () => {
    if (window.devicePixelRatio !== dpr) setTimeout(checkDpr, 0);
  });

  return {
    zoomToFit,
    zoomTo,
    panBy,
    resize,
    getZoom: () => canvas.viewportTransform[0],
    isFitted: () => fitted,
    onZoom: (listener: (zoom: number) => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    designToClient: (x: number, y: number) => {
      const rect = canvas.upperCanvasEl.getBoundingClientRect();
      const p = designToScreen(current(), x, y);
      return { x: rect.left + p.x, y: rect.top + p.y };
    },
    dispose: () => {
      host.removeEventListener('wheel', onWheel);
      observer.disconnect();
      dprQuery?.removeEventListener('change', checkDpr);
      window.removeEventListener('resize', checkDpr);
      offRender();
      listeners.clear();
    },
  };
}
