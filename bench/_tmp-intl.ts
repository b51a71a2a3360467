import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../e2e/playwright.config';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
for (const variant of ['nf-en', 'nf-percent', 'plural', 'tolocale', 'nf-then-percent', 'ko']) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('data:text/html,<p>x</p>');
  const r = await page.evaluate((v) => {
    const t = performance.now();
    let out = '';
    if (v === 'nf-en') out = new Intl.NumberFormat('en').format(12.5);
    if (v === 'nf-percent')
      out = new Intl.NumberFormat('en', { style: 'percent', minimumFractionDigits: 1 }).format(
        0.125,
      );
    if (v === 'plural') out = new Intl.PluralRules('en').select(2);
    if (v === 'tolocale') out = (12.5).toLocaleString('en');
    const t1 = performance.now();
    if (v === 'nf-then-percent') {
      new Intl.NumberFormat('en').format(1);
    }
    const t2 = performance.now();
    if (v === 'nf-then-percent')
      out = new Intl.NumberFormat('en', { style: 'percent' }).format(0.5);
    if (v === 'ko') out = new Intl.NumberFormat('ko').format(12.5);
    return [out, t1 - t, t2 - t1, performance.now() - t2];
  }, variant);
  console.log(variant, r);
  await context.close();
}
await browser.close();
