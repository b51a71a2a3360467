// Edits in the editor under Chromium's 4× CPU throttling (a mid-range laptop), each against a
// baseline measured in the same run: a keystroke in the script box on a 50×30 project vs a 1×30
// one (main-thread time until the edit has settled: autosave and thumbnails included); scene
// switch at 100 clips (the import limit) and undo of one step vs a bare Fabric page doing the same by hand; and, per
// edit, what autosave and the thumbnails cost in counts (IndexedDB puts, journal writes, toDataURL).
import { chromium, type Browser, type Page } from '@playwright/test';
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { CHROMIUM_ARGS } from '../e2e/playwright.config';
import { reportFigure } from './figures';
import { makeRequest } from './make-request';
import { startServer } from './start-server';

const PORT = Number(process.env.BENCH_PORT ?? 5283);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const twoFrames = 'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))';
const settle = async (page: Page) => {
  await page.waitForTimeout(1200); // autosave's and the strip's thumbnail timers (400, 600 ms)
  await page.evaluate('new Promise((r) => requestIdleCallback(r))');
};

/** Counts what the page writes and draws for thumbnails: works on any build of the editor. */
const COUNTERS = `(() => {
  const c = (window.__counts = { puts: 0, journal: 0, dataUrls: 0 });
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (...a) { c.puts++; return put.apply(this, a); };
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (k, v) { if (k === 'scenewright.journal') c.journal++; return setItem.call(this, k, v); };
  const toDataURL = HTMLCanvasElement.prototype.toDataURL;
  HTMLCanvasElement.prototype.toDataURL = function (...a) { c.dataUrls++; return toDataURL.apply(this, a); };
})()`;
type Counts = { puts: number; journal: number; dataUrls: number };

async function servePage(dir: string) {
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

async function throttled(browser: Browser, url: string) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.addInitScript(COUNTERS);
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

async function importRequest(page: Page, request: unknown) {
  const file = join(tmpdir(), `scenewright-bench-${Date.now()}.json`);
  writeFileSync(file, JSON.stringify(request));
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByLabel('Import JSON file').setInputFiles(file);
  await page
    .getByRole('dialog', { name: 'Import a project' })
    .waitFor({ state: 'hidden', timeout: 120_000 });
  await settle(page);
}

const counts = (page: Page) => page.evaluate('({ ...window.__counts })') as Promise<Counts>;

/** Main-thread ms per key for 10 keys typed into the script box, until settled. */
async function keystrokes(page: Page, busy: () => Promise<number>) {
  const script = page.getByLabel('Script text');
  await script.click();
  await script.press('End');
  const t0 = await busy();
  const c0 = await counts(page);
  await script.pressSequentially(' abcdefghi', { delay: 50 });
  await settle(page);
  const c1 = await counts(page);
  return {
    ms: ((await busy()) - t0) / 10,
    counts: {
      puts: c1.puts - c0.puts,
      journal: c1.journal - c0.journal,
      dataUrls: c1.dataUrls - c0.dataUrls,
    },
  };
}

async function timed(page: Page, act: () => Promise<unknown>, rounds = 10) {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = Date.now();
    await act();
    await page.evaluate(twoFrames);
    times.push(Date.now() - t0);
  }
  return median(times);
}

const server = await startServer(PORT);
const bare = await servePage('./bare-fabric');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const editor = await throttled(browser, server.url);
  await editor.page.waitForFunction('Boolean(window.scenewright)');
  const { page } = editor;
  // Imports run unthrottled: only the measured work is on the slow CPU.
  await importRequest(page, makeRequest(1, 30));
  await editor.throttle(4);
  const small = await keystrokes(page, editor.busy);
  await editor.throttle(1);
  await importRequest(page, makeRequest(50, 30));
  await editor.throttle(4);
  const big = await keystrokes(page, editor.busy);
  await editor.throttle(1);

  await importRequest(page, makeRequest(2, 100));
  await editor.throttle(4);
  let scene = 1;
  const sceneSwitch = await timed(page, () =>
    page.getByRole('button', { name: `Scene ${(scene++ % 2) + 1}`, exact: true }).click(),
  );
  // Undo: one inspector-size edit (a move by keyboard) then Ctrl+Z, timed from the key press.
  await page.mouse.click(...(await clipPoint(page)));
  const undos: number[] = [];
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('ArrowRight');
    await page.evaluate(twoFrames);
    undos.push(await timed(page, () => page.keyboard.press('Control+z'), 1));
  }

  const base = await throttled(browser, bare.url);
  await base.page.waitForFunction('Boolean(window.bare)');
  await base.throttle(4);
  const bareSwitch = await timed(base.page, () =>
    base.page.evaluate('window.bare.switchScene(100)'),
  );
  await base.page.evaluate('window.bare.fill(100)');
  const bareSet = await timed(base.page, () => base.page.evaluate('window.bare.setAndRender()'));

  const keyRatio = big.ms / small.ms;
  const switchRatio = sceneSwitch / Math.max(1, bareSwitch);
  const undoRatio = median(undos) / Math.max(1, bareSet);
  console.log('Editor edits, Chromium at 4× CPU throttling');
  console.log(
    `  keystroke in the script box: 50×30 ${big.ms.toFixed(1)} ms/key, 1×30 ${small.ms.toFixed(1)} ms/key (main thread until settled)`,
  );
  console.log(
    `  per 10 keys on 50×30: ${big.counts.puts} IndexedDB puts, ${big.counts.journal} journal writes, ${big.counts.dataUrls} toDataURL`,
  );
  console.log(
    `  scene switch at 100 clips (the import limit) ${sceneSwitch} ms, bare Fabric clear-and-add ${bareSwitch} ms (median of 10, click to 2nd frame)`,
  );
  console.log(
    `  undo one step at 100 clips (the import limit) ${median(undos)} ms, bare Fabric set-and-render ${bareSet} ms`,
  );
  reportFigure({
    figure: 'keystroke in the script box, 50×30 vs 1×30 project (4× CPU)',
    value: `${keyRatio.toFixed(2)}×`,
    goal: '≤ 1.15×',
    met: keyRatio <= 1.15,
  });
  reportFigure({
    figure: 'autosave per 10 keystrokes on 50×30: IndexedDB puts / journal writes / toDataURL',
    value: `${big.counts.puts} / ${big.counts.journal} / ${big.counts.dataUrls}`,
    goal: '≤ 10 / 0 / ≤ 1',
    met: big.counts.puts <= 10 && big.counts.journal === 0 && big.counts.dataUrls <= 1,
  });
  reportFigure({
    figure: 'scene switch at 100 clips (the import limit) vs bare Fabric clear-and-add (4× CPU)',
    value: `${switchRatio.toFixed(2)}×`,
    goal: '≤ 1.5×',
    met: switchRatio <= 1.5,
  });
  reportFigure({
    figure: 'undo one step at 100 clips (the import limit) vs bare Fabric set-and-render (4× CPU)',
    value: `${undoRatio.toFixed(2)}×`,
    goal: '≤ 1.5×',
    met: undoRatio <= 1.5,
  });
} finally {
  await browser.close();
  await bare.close();
  await server.stop();
}

/** Page coordinates of the bench scenes' avatar clip (always in the middle of the frame). */
async function clipPoint(page: Page): Promise<[number, number]> {
  const p = (await page.evaluate('window.scenewright.clientPoint(900, 500)')) as {
    x: number;
    y: number;
  };
  return [p.x, p.y];
}
