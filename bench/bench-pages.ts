import fastifyStatic from '@fastify/static';
import type { Browser, Page } from '@playwright/test';
import Fastify from 'fastify';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

/** Builds a baseline page of bench/ (bare-fabric, …) and serves it on a port of its own. */
export async function servePage(dir: string) {
  const outDir = mkdtempSync(join(tmpdir(), 'sw-bare-'));
  await build({
    root: new URL(dir, import.meta.url).pathname,
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true },
  });
  const app = Fastify();
  await app.register(fastifyStatic, { root: outDir });
  return { url: await app.listen({ host: '127.0.0.1', port: 0 }), close: () => app.close() };
}

/**
 * A 1440×900 page with CPU throttling on demand and its main-thread busy time (ms, all tasks:
 * script, style, layout, paint), from Chromium's own TaskDuration metric.
 */
export async function throttled(browser: Browser, url: string, initScript?: string) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  if (initScript) await page.addInitScript(initScript);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  const throttle = (rate: number) => cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const busy = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  };
  return { page, busy, throttle };
}

/** Until two frames have been drawn: the bare page's whole edit (no timers, no idle work). */
export const twoFrames = (page: Page) =>
  page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');

/**
 * Until the editor has settled after an edit: past its last deferred work (autosave within 1 s at
 * the latest, thumbnails at 400 and 600 ms) and its last save, then two frames. Not "until an
 * idle callback": this headless Chromium grants none any idle time (each fires on its timeout,
 * `timedOut: true`), so the wait ran 2 s longer, and in some rounds V8's memory reducer
 * (gc_reason "memory reducer": a full GC that V8 starts because the page has gone idle) landed in
 * that time and in others not.
 */
export async function settle(page: Page) {
  await page.waitForTimeout(1200);
  await page.evaluate(SAVED);
  await twoFrames(page);
}

/**
 * Until the last save has been written: a save waits for the one before it to commit, so on a
 * busy disk it can start after 1.2 s. Watched by a MutationObserver, which costs nothing until
 * the attribute changes (a polling wait would add work of its own to the figure).
 */
const SAVED = `new Promise((resolve) => {
  const shown = document.querySelector('[data-save-state]');
  const settled = () => !shown || !['pending', 'saving'].includes(shown.dataset.saveState);
  if (settled()) return resolve();
  const watch = new MutationObserver(() => settled() && (watch.disconnect(), resolve()));
  watch.observe(shown, { attributes: true, attributeFilter: ['data-save-state'] });
})`;

/** Imports `request` into the editor through its Import dialog, as a user would, then settles. */
export async function importRequest(page: Page, request: unknown) {
  const file = join(tmpdir(), `scenewright-bench-${Date.now()}.json`);
  writeFileSync(file, JSON.stringify(request));
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByLabel('Import JSON file').setInputFiles(file);
  await page
    .getByRole('dialog', { name: 'Import a project' })
    .waitFor({ state: 'hidden', timeout: 120_000 });
  await settle(page);
}

/** The editor stage's canvas size and design-to-canvas transform, which the bare page copies. */
interface StageView {
  width: number;
  height: number;
  zoom: number;
  x: number;
  y: number;
}

/**
 * Gives the bare page the editor stage's view (canvas size, zoom and offset), so that both draw
 * the same pixels: the baseline once drew on a 1440×810 canvas at 0.75 while the editor's stage
 * was 890×728 at 0.43, three times the fill per object.
 */
export async function matchStageView(editor: Page, bare: Page) {
  const view = (await editor.evaluate(`(() => {
    const box = document.querySelector('canvas.lower-canvas').getBoundingClientRect();
    const origin = window.scenewright.clientPoint(0, 0);
    const far = window.scenewright.clientPoint(1000, 0);
    return { width: box.width, height: box.height, zoom: (far.x - origin.x) / 1000,
      x: origin.x - box.left, y: origin.y - box.top };
  })()`)) as StageView;
  await bare.evaluate(`window.bare.view(${JSON.stringify(view)})`);
}
