import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../e2e/playwright.config';
import { startServer } from './start-server';
const server = await startServer(5397);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto(server.url);
await page.waitForFunction('Boolean(window.scenewright)');
console.log(
  await page.evaluate(() =>
    [...document.querySelectorAll('canvas')].map((c) => ({
      cls: c.className,
      w: c.width,
      h: c.height,
      r: JSON.stringify(c.getBoundingClientRect()),
    })),
  ),
);
console.log(
  await page.evaluate(
    '[window.scenewright.clientPoint(0,0), window.scenewright.clientPoint(1000,0)]',
  ),
);
await browser.close();
await server.stop();
