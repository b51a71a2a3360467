import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../e2e/playwright.config';
import { servePage } from './bench-pages';
const bare = await servePage('./bare-fabric');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.addInitScript(() => {
  (window as any).__fills = 0;
  const f = CanvasRenderingContext2D.prototype.fill;
  CanvasRenderingContext2D.prototype.fill = function (...a: any[]) {
    (window as any).__fills++;
    return (f as any).apply(this, a);
  };
});
await page.goto(bare.url);
await page.waitForFunction('Boolean(window.bare)');
for (const n of [50, 250, 500]) {
  await page.evaluate(`window.bare.fill(${n})`);
  await page.evaluate(`window.bare.view({"width":890,"height":728,"zoom":0.43,"x":32,"y":131})`);
  for (let r = 0; r < 3; r++) {
    const at = (await page.evaluate('window.bare.topmostCenter()')) as { x: number; y: number };
    await page.evaluate('window.__fills = 0');
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    for (let i = 1; i <= 30; i++) {
      await page.mouse.move(at.x + 4 + i * 8, at.y + 2 + i * 3);
      await page.evaluate('new Promise((r) => requestAnimationFrame(r))');
    }
    await page.mouse.up();
    console.log(n, r, at, await page.evaluate('window.__fills'));
  }
}
await browser.close();
await bare.close();
