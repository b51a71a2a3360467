/**
 * Image loading for the stage: CORS-anonymous (so `toDataURL` thumbnails stay possible), cached by
 * URL, never throwing. A failed load resolves to null and the clip shows a placeholder.
 */

import type { MessageRef } from '../domain/messages/message';
import { diagnoseImageFailure } from './media-diagnosis';

const pending = new Map<string, Promise<HTMLImageElement | null>>();
const reasons = new Map<string, Promise<MessageRef>>();

/** Told for every media URL the stage shows: the reason it fails, or null once it loads. */
type MediaReporter = (url: string, problem: MessageRef | null) => void;
let reporter: MediaReporter = () => undefined;
export const setMediaReporter = (next: MediaReporter | null) => {
  reporter = next ?? (() => undefined);
};

/** Reports how `url` (as written in the clip) loads; the reason is found once per address. */
export function reportImage(url: string, ok: boolean) {
  const href = resolveUrl(url);
  if (ok) {
    reasons.delete(href);
    reporter(url, null);
    return;
  }
  let reason = reasons.get(href);
  if (!reason) {
    reason = diagnoseImageFailure(href);
    reasons.set(href, reason);
  }
  void reason.then((why) => reporter(url, why));
}
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
