import { describe, expect, it } from 'vitest';
import type { MessageRef } from '../domain/messages/message';
import { createImageCache } from './image-cache';

/** A real 3×2 PNG, made here so no file or server is needed. */
function pngUrl(): string {
  const el = document.createElement('canvas');
  el.width = 3;
  el.height = 2;
  el.getContext('2d')!.fillRect(0, 0, 3, 2);
  return el.toDataURL('image/png');
}
const MISSING = '/no-such-image-here.png';

function setup() {
  const diagnosed: string[] = [];
  const reported: [string, MessageRef | null][] = [];
  const images = createImageCache({
    diagnose: async (href) => {
      diagnosed.push(href);
      return { key: 'media.notFound' } as unknown as MessageRef;
    },
  });
  images.setReporter((url, problem) => reported.push([url, problem]));
  return { images, diagnosed, reported };
}

describe('image cache', () => {
  it('loads a URL once: later loads share it and peek answers without waiting', async () => {
    const { images } = setup();
    const url = pngUrl();
    expect(images.peek(url)).toBeUndefined();
    const first = images.load(url);
    expect(images.load(url)).toBe(first);
    const img = await first;
    expect(img?.naturalWidth).toBe(3);
    expect(images.peek(url)).toBe(img);
  });

  it('a failed load settles to null, and a later load asks again', async () => {
    const { images } = setup();
    const first = images.load(MISSING);
    expect(await first).toBeNull();
    expect(images.peek(MISSING)).toBeNull();
    const second = images.load(MISSING);
    expect(second).not.toBe(first);
    expect(await second).toBeNull();
  });

  it('reports problems to the stage, diagnosing each address once, and a success clears it', async () => {
    const { images, diagnosed, reported } = setup();
    images.report(MISSING, false);
    images.report(MISSING, false);
    await Promise.resolve();
    await Promise.resolve();
    expect(diagnosed).toEqual([new URL(MISSING, location.href).href]);
    expect(reported).toEqual([
      [MISSING, { key: 'media.notFound' }],
      [MISSING, { key: 'media.notFound' }],
    ]);
    images.report(MISSING, true);
    expect(reported.at(-1)).toEqual([MISSING, null]);
    images.setReporter(null);
    images.report(MISSING, true);
    expect(reported).toHaveLength(3);
  });

  it('two caches share nothing: each app (or test) has its own', async () => {
    const a = setup();
    const b = setup();
    const url = pngUrl();
    await a.images.load(url);
    expect(a.images.peek(url)).not.toBeUndefined();
    expect(b.images.peek(url)).toBeUndefined();
    a.images.report(MISSING, false);
    expect(b.diagnosed).toEqual([]);
  });
});
