// Preview benchmark in headless Chromium: frame time while the preview plays a scene whose
// clips all animate (300 clips) against a one-clip scene, same run.
import { chromium, type Page } from '@playwright/test';
import { importRequest } from './bench-pages';
import { ANIMATION_TYPES } from '../src/domain/schema/common';
import { CHROMIUM_ARGS } from '../e2e/playwright.config';
import { makeRequest } from './make-request';
import { startServer } from './start-server';

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))] ?? NaN;

/** `makeRequest`'s clips, each with one of the documented animations. */
function animated(clips: number) {
  const request = makeRequest(1, clips);
  request.scenes[0]!.clips = request.scenes[0]!.clips.map((clip, i) =>
    clip.type === 'aiModel'
      ? clip
      : {
          ...clip,
          animation: { type: ANIMATION_TYPES[i % ANIMATION_TYPES.length], delay: 0, duration: 2 },
        },
  ) as (typeof request.scenes)[0]['clips'];
  return request;
}

/** Frame intervals (ms) over 120 frames of the preview playing. */
async function playFrames(page: Page): Promise<number[]> {
  await page.getByRole('button', { name: '▶ Preview' }).click();
  await page.getByRole('button', { name: 'Play preview' }).click();
  // Strings: tsx adds helpers to compiled functions that the page lacks.
  const frames = (await page.evaluate(`new Promise((resolve) => {
    const out = [];
    let last = performance.now();
    const tick = (t) => {
      out.push(t - last);
      last = t;
      if (out.length < 122) requestAnimationFrame(tick);
      else resolve(out.slice(2));
    };
    requestAnimationFrame(tick);
  })`)) as number[];
  await page.getByRole('button', { name: 'Close preview' }).click();
  return frames;
}

const server = await startServer(Number(process.env.BENCH_PORT ?? 5392));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(server.url);
  await page.waitForFunction('Boolean(window.scenewright)');
  await importRequest(page, animated(1));
  const small = await playFrames(page);
  await importRequest(page, animated(300));
  const big = await playFrames(page);
  console.log('Preview frame time while playing (ms):');
  console.log(
    `  1 clip               p50 ${pct(small, 50).toFixed(1)}  p95 ${pct(small, 95).toFixed(1)}`,
  );
  console.log(
    `  300 animated clips   p50 ${pct(big, 50).toFixed(1)}  p95 ${pct(big, 95).toFixed(1)}`,
  );
  console.log(`  ratio 300/1 at p95: ${(pct(big, 95) / pct(small, 95)).toFixed(2)}×`);
} finally {
  await browser.close();
  await server.stop();
}
