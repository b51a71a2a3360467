import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { CHROMIUM_ARGS } from '../e2e/playwright.config';
import { startServer } from './start-server';
const server = await startServer(5396, { DIST_DIR: process.env.DIST ?? '/tmp/prof/dist-plain' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  for (let round = 0; round < 2; round++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(server.url, { waitUntil: 'commit' });
    await page.waitForFunction(
      'Boolean(window.scenewright) && document.querySelector("canvas") !== null',
      undefined,
      { polling: 'raf' },
    );
    const ms = await page.evaluate(
      'new Promise((r) => requestIdleCallback(() => r(performance.now())))',
    );
    const { profile } = await cdp.send('Profiler.stop');
    console.log('tti', ms);
    if (round === 1) writeFileSync('/tmp/prof/start.cpuprofile', JSON.stringify(profile));
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
