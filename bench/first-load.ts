// Cold first load in Chromium: bytes on the wire and time to interactive of the editor route vs a
// minimal Vite + React + Fabric page (bench/minimal-page) built and served the same way in this run
// (pre-compressed, @fastify/static). Paired rounds alternate which page goes first; medians reported.
import { chromium, type Browser } from '@playwright/test';
import fastifyStatic from '@fastify/static';
import react from '@vitejs/plugin-react';
import Fastify from 'fastify';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { CHROMIUM_ARGS } from '../e2e/playwright.config';
import { medianRound, reportFigure } from './figures';
import { startServer } from './start-server';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const PORT = Number(process.env.BENCH_PORT ?? 5282);

async function serveMinimal(): Promise<{ url: string; close: () => Promise<void> }> {
  const outDir = mkdtempSync(join(tmpdir(), 'sw-minimal-'));
  await build({
    root: new URL('./minimal-page', import.meta.url).pathname,
    logLevel: 'silent',
    plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'] })],
    build: { outDir, emptyOutDir: true },
  });
  const app = Fastify();
  await app.register(fastifyStatic, { root: outDir, preCompressed: true });
  return { url: await app.listen({ host: '127.0.0.1', port: 0 }), close: () => app.close() };
}

interface Load {
  kib: number;
  ms: number;
}

/** A cold load in a fresh context: bytes received (encoded) until interactive, and the time to it. */
async function coldLoad(browser: Browser, url: string, ready: string): Promise<Load> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(ready, undefined, { polling: 'raf', timeout: 60_000 });
  // Interactive: the page is up and the main thread has gone idle once.
  const ms = (await page.evaluate(
    'new Promise((r) => requestIdleCallback(() => r(performance.now())))',
  )) as number;
  const kib = bytes / 1024;
  await context.close();
  return { kib, ms };
}

const server = await startServer(PORT);
const minimal = await serveMinimal();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const editor = () =>
    coldLoad(
      browser,
      `${server.url}/`,
      'Boolean(window.scenewright) && document.querySelector("canvas") !== null',
    );
  const baseline = () => coldLoad(browser, `${minimal.url}/`, 'window.benchReady === true');
  await editor();
  await baseline(); // warm-up: the server's first answers, Chromium's first context
  const rounds: { editor: Load; baseline: Load }[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    if (i % 2 === 0) rounds.push({ editor: await editor(), baseline: await baseline() });
    else {
      const b = await baseline();
      rounds.push({ editor: await editor(), baseline: b });
    }
  }
  if (process.env.BENCH_VERBOSE) console.log(rounds);
  const tti = medianRound(rounds, (r) => r.editor.ms / r.baseline.ms);
  const kib = medianRound(rounds, (r) => r.editor.kib).median;
  const baseKib = medianRound(rounds, (r) => r.baseline.kib).median;
  console.log(`Cold first load in Chromium, ${ROUNDS} paired rounds, cache off, loopback`);
  console.log(
    `  editor route:  ${kib.toFixed(0)} KiB on the wire until interactive, ${tti.round.editor.ms.toFixed(0)} ms to interactive (median round)`,
  );
  console.log(
    `  minimal page:  ${baseKib.toFixed(0)} KiB, ${tti.round.baseline.ms.toFixed(0)} ms (Vite + React + Fabric, built and served the same way)`,
  );
  console.log(
    `  time to interactive editor/minimal: ${tti.median.toFixed(2)} median (rounds ${tti.ratios.map((r) => r.toFixed(2)).join(', ')}; goal ≤ 1.30)`,
  );
  reportFigure({
    figure: 'first-load bytes on the wire, editor route',
    value: `${kib.toFixed(0)} KiB (minimal ${baseKib.toFixed(0)} KiB)`,
    goal: '≤ 300 KiB',
    met: kib <= 300,
  });
  reportFigure({
    figure: 'first-load time to interactive vs minimal page',
    value: `${tti.median.toFixed(2)}×`,
    goal: '≤ 1.30×',
    met: tti.median <= 1.3,
  });
} finally {
  await browser.close();
  await minimal.close();
  await server.stop();
}
