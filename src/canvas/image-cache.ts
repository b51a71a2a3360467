/**
 * Image loading for the stage: CORS-anonymous (so `toDataURL` thumbnails stay possible), cached by
 * URL, never throwing. A failed load resolves to null and the clip shows a placeholder.
 */

const pending = new Map<string, Promise<HTMLImageElement | null>>();
const settled = new Map<string, HTMLImageElement | null>();

/** Root-relative paths like `/images/background/x.png` resolve against the page. */
export function resolveUrl(url: string): string {
  try {
    return new URL(url, window.location.href).href;
  } catch {
    return url;
  }
}

/** The settled result for `url` (image or null) or undefined while unknown or loading. */
export const peekImage = (url: string): HTMLImageElement | null | undefined =>
  settled.get(resolveUrl(url));

export function loadImage(url: string): Promise<HTMLImageElement | null> {
  const href = resolveUrl(url);
  const known = pending.get(href);
  if (known) return known;
  const promise = new Promise<HTMLImageElement | null>((resolve) => {
    const img = new Image();
    img.crossOrigin = 'anonymous';
    img.decoding = 'async';
    img.onload = () => resolve(img.naturalWidth > 0 ? img : null);
    img.onerror = () => resolve(null);
    img.src = href;
  }).then((img) => {
    settled.set(href, img);
    // Forget failures so that a later mount retries (the URL may become reachable).
    if (!img) pending.delete(href);
    return img;
  });
  pending.set(href, promise);
  return promise;
}
