// Contact-sheet thumbnails per second in headless Chromium: 200 rows of the e2e merge project,
// each row's first scene drawn off screen with the stage's code; the same run's merge + checks
// (with the stage's text measurement) of those rows is the baseline.
import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import { CHROMIUM_ARGS } from '../e2e/playwright.config';
import { startServer } from './start-server';

const ROWS = 200;
const port = Number(process.env.BENCH_PORT ?? 5392);
const server = await startServer(port);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(server.url);
  await page.waitForFunction('Boolean(window.scenewright)');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByLabel('Import JSON file').setInputFiles('e2e/fixtures/merge-project.json');
  await page.getByRole('dialog', { name: 'Import a project' }).waitFor({ state: 'hidden' });
  await page.getByRole('button', { name: 'Data', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Data merge' });
  await dialog.getByLabel('Default of company').fill('Scenewright');
  const csv = Papa.unparse(Array.from({ length: ROWS }, (_, i) => ({ name: `Person ${i + 1}` })));
  const file = `/tmp/scenewright-bench-rows-${process.pid}.csv`;
  writeFileSync(file, csv);
  await dialog.getByRole('tab', { name: 'Data' }).click();
  await dialog.getByLabel('Data file').setInputFiles(file);
  await dialog.getByRole('tab', { name: 'Check' }).click();
  // Timestamps are taken in the page, as the DOM changes, so Playwright's polling does not blur them.
  await page.evaluate(`(() => {
    window.__marks = {};
    const seen = () => {
      const m = window.__marks;
      if (!m.checked && [...document.querySelectorAll('[role=status]')].some((e) => e.textContent.includes('${ROWS} rows:'))) m.checked = performance.now();
      if (!m.drawn && document.querySelectorAll('.contact img').length >= ${ROWS}) m.drawn = performance.now();
    };
    new MutationObserver(seen).observe(document.body, { subtree: true, childList: true, characterData: true });
  })()`);
  const t0 = (await page.evaluate('performance.now()')) as number;
  await dialog.getByRole('button', { name: `Check ${ROWS} rows` }).click();
  await page.waitForFunction('Boolean(window.__marks.drawn)', undefined, { timeout: 300_000 });
  const marks = (await page.evaluate('window.__marks')) as { checked: number; drawn: number };
  const checkMs = Math.round(marks.checked - t0);
  const drawMs = Math.round(marks.drawn - marks.checked);
  console.log(`Contact sheet of ${ROWS} rows (2-scene project, first scene drawn at 0.1 scale)`);
  console.log(
    `  merge + checks ${checkMs} ms; thumbnails ${drawMs} ms: ${((ROWS * 1000) / drawMs).toFixed(1)} thumbnails/s`,
  );
  console.log(`  ratio drawing / checking: ${(drawMs / Math.max(1, checkMs)).toFixed(2)}×`);
} finally {
  await browser.close();
  await server.stop();
}
