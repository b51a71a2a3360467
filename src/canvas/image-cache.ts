/**
 * Image loading for the stage: CORS-anonymous (so `toDataURL` thumbnails stay possible), cached by
 * URL, never throwing. A failed load resolves to null and the clip shows a placeholder. One cache
 * is made by the composition root and handed to every drawing of the app; tests make their own.
 */

import type { MessageRef } from '../domain/messages/message';
import { diagnoseImageFailure } from './media-diagnosis';

/** Told for every media URL the stage shows: the reason it fails, or null once it loads. */
type MediaReporter = (url: string, problem: MessageRef | null) => void;

/** Root-relative paths like `/images/background/x.png` resolve against the page. */
function resolveUrl(url: string): string {
  try {
    return new URL(url, window.location.href).href;
  } catch {
    return url;
  }
}

function fetchImage(href: string): Promise<HTMLImageElement | null> {
  return new Promise((resolve) => {
    const img = new Image();
    img.crossOrigin = 'anonymous';
    img.decoding = 'async';
    img.onload = () => resolve(img.naturalWidth > 0 ? img : null);
    img.onerror = () => resolve(null);
    img.src = href;
  });
}

export function createImageCache(deps: { diagnose?: (href: string) => Promise<MessageRef> } = {}) {
  const diagnose = deps.diagnose ?? diagnoseImageFailure;
  const pending = new Map<string, Promise<HTMLImageElement | null>>();
  const reasons = new Map<string, Promise<MessageRef>>();
  const settled = new Map<string, HTMLImageElement | null>();
  let reporter: MediaReporter = () => undefined;
  let inFlight = 0;

  return {
    /** Who hears about media problems (the mounted stage); null to stop telling. */
    setReporter: (next: MediaReporter | null) => {
      reporter = next ?? (() => undefined);
    },

    /** Reports how `url` (as written in the clip) loads; the reason is found once per address. */
    report: (url: string, ok: boolean) => {
      const href = resolveUrl(url);
      if (ok) {
        reasons.delete(href);
        reporter(url, null);
        return;
      }
      let reason = reasons.get(href);
      if (!reason) {
        reason = diagnose(href);
        reasons.set(href, reason);
      }
      void reason.then((why) => reporter(url, why));
    },

    /** How many loads have not settled yet. */
    loading: () => inFlight,

    /** The settled result for `url` (image or null) or undefined while unknown or loading. */
    peek: (url: string): HTMLImageElement | null | undefined => settled.get(resolveUrl(url)),

    load: (url: string): Promise<HTMLImageElement | null> => {
      const href = resolveUrl(url);
      const known = pending.get(href);
      if (known) return known;
      inFlight++;
      const promise = fetchImage(href).then((img) => {
        inFlight--;
        settled.set(href, img);
        // Forget failures so that a later mount retries (the URL may become reachable).
        if (!img) pending.delete(href);
        return img;
      });
      pending.set(href, promise);
      return promise;
    },
  };
}

export type ImageCache = ReturnType<typeof createImageCache>;
