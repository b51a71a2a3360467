import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { CHROMIUM_ARGS } from '../e2e/playwright.config';
import { startServer } from './start-server';
const dist = process.env.DIST ?? '/tmp/prof/dist-plain';
const server = await startServer(5396, { DIST_DIR: dist });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  for (let round = 0; round < 3; round++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const reqs: string[] = [];
    page.on('requestfinished', (r) => reqs.push(r.url()));
    if (round === 2)
      await browser.startTracing(page, {
        path: '/tmp/prof/start-trace.json',
        categories: [
          'devtools.timeline',
          'toplevel',
          'v8.execute',
          'v8',
          'loading',
          'netlog',
          'disabled-by-default-devtools.timeline',
        ],
      });
    await page.goto(server.url, { waitUntil: 'commit' });
    await page.waitForFunction(
      'Boolean(window.scenewright) && document.querySelector("canvas") !== null',
      undefined,
      { polling: 'raf' },
    );
    const ready = await page.evaluate('performance.now()');
    const ms = await page.evaluate(
      'new Promise((r) => requestIdleCallback(() => r(performance.now())))',
    );
    if (round === 2) await browser.stopTracing();
    console.log('ready', ready, 'tti', ms);
    if (round === 2) console.log(reqs.join('\n'));
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
