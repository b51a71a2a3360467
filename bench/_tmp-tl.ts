import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../e2e/playwright.config';
import { startServer } from './start-server';
const dist = process.env.DIST ?? '/work/main/dist';
const server = await startServer(5396, { DIST_DIR: dist });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  for (let round = 0; round < 4; round++) {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      (window as any).__lt = [];
      new PerformanceObserver((l) => {
        for (const e of l.getEntries())
          (window as any).__lt.push([Math.round(e.startTime), Math.round(e.duration)]);
      }).observe({ type: 'longtask', buffered: true });
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
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
    const info = await page.evaluate(() => ({
      lt: (window as any).__lt,
      res: performance
        .getEntriesByType('resource')
        .filter((e: any) => !/preview.svg|webp/.test(e.name))
        .map((e: any) => [
          e.name.replace(/^.*\//, ''),
          Math.round(e.startTime),
          Math.round(e.requestStart),
          Math.round(e.responseStart),
          Math.round(e.responseEnd),
          e.encodedBodySize,
        ]),
      nav: (({ requestStart, responseStart, responseEnd, domInteractive }: any) => ({
        requestStart,
        responseStart,
        responseEnd,
        domInteractive,
      }))(performance.getEntriesByType('navigation')[0]),
      marks: performance.getEntriesByType('mark').map((e) => [e.name, Math.round(e.startTime)]),
      paint: performance.getEntriesByType('paint').map((e) => [e.name, Math.round(e.startTime)]),
    }));
    console.log(
      'round',
      round,
      'ready',
      Math.round(ready as number),
      'tti',
      Math.round(ms as number),
    );
    if (round >= 2) console.log(JSON.stringify(info));
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
