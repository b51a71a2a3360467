// Stage work under Chromium's 4× CPU throttling (a mid-range laptop), each against a baseline in
// the same run: main-thread work per pointer move while dragging a clip at 50, 250 and 500 clips vs
// a bare Fabric page dragging one of the same objects (caching off); the work from pointer-up to
// idle in stage frames' worth and an inspector edit until idle vs bare set-and-render, at 250.
// Work is Chromium's TaskDuration (script, style, layout, paint), not the rAF interval, which a
// 60 Hz clock rounds to 16.7 ms whatever the frame costs.
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../e2e/playwright.config';
import {
  importRequest,
  matchStageView,
  servePage,
  settle,
  throttled,
  twoFrames,
} from './bench-pages';
import { median, reportFigure } from './figures';
import { makeRequest } from './make-request';
import { startServer } from './start-server';

type Point = { x: number; y: number };
const MOVES = 30;
/** Rounds per figure: single rounds on a 2-core machine spread by ±30 %; the median of 5 holds. */
const ROUNDS = 5;
/** The scene size of the pointer-up and inspector-edit figures. */
const MID = 250;

/** Drags from `from` by MOVES steps of 8 px: work per move during the drag, then up to idle. */
async function drag(
  page: Page,
  busy: () => Promise<number>,
  from: Point,
  after: (page: Page) => Promise<unknown>,
) {
  await page.bringToFront(); // a page behind another draws no frames
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 4, from.y + 2); // the gesture starts: Fabric picks the object
  const t0 = await busy();
  for (let i = 1; i <= MOVES; i++) {
    await page.mouse.move(from.x + 4 + i * 8, from.y + 2 + i * 3);
    await page.evaluate('new Promise((r) => requestAnimationFrame(r))');
  }
  const t1 = await busy();
  await page.mouse.up();
  await after(page);
  return { perMove: (t1 - t0) / MOVES, afterUp: (await busy()) - t1 };
}

/** Undoes the drag just made (unmeasured), so the same point grabs the same clip again: a round
 * that missed it would draw a marquee instead. */
async function undoDrag(page: Page) {
  const depth = (await page.evaluate('window.scenewright.undoDepth()')) as number;
  await page.keyboard.press('Control+z');
  await settle(page);
  if ((await page.evaluate('window.scenewright.undoDepth()')) !== depth - 1)
    throw new Error('the drag was not undone');
}

type Throttled = Awaited<ReturnType<typeof throttled>>;

/** One character typed into the selected clip's Left field, until idle, against the bare page's
 * set-and-render of one object; medians of ROUNDS alternating rounds. */
async function inspectorEdits(editor: Throttled, base: Throttled) {
  const { page } = editor;
  const left = page.getByRole('spinbutton', { name: 'Left', exact: true });
  const edits: number[] = [];
  const sets: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    await page.bringToFront();
    await left.click();
    await left.press('Control+a'); // the typed digit replaces the value: the clip stays in view
    const renders = (await page.evaluate('window.scenewright.stageStats().renders')) as number;
    await editor.throttle(4);
    const t0 = await editor.busy();
    // The field has focus: a key press through the keyboard, not the locator, whose element
    // query (Playwright's selector engine, ~4 ms at 4×) would run in the page and count as work.
    await page.keyboard.press(String(r + 1));
    await settle(page);
    edits.push((await editor.busy()) - t0);
    if ((await page.evaluate('window.scenewright.stageStats().renders')) === renders)
      throw new Error('the inspector edit drew nothing');
    await editor.throttle(1);
    await base.page.bringToFront();
    await base.throttle(4);
    const t1 = await base.busy();
    await base.page.evaluate('window.bare.setAndRender()');
    await twoFrames(base.page);
    sets.push((await base.busy()) - t1);
    await base.throttle(1);
  }
  return { editor: median(edits), bare: median(sets) };
}

const server = await startServer(Number(process.env.BENCH_PORT ?? 5391));
const bare = await servePage('./bare-fabric');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const editor = await throttled(browser, server.url);
  editor.page.setDefaultTimeout(60_000);
  const base = await throttled(browser, bare.url);
  await editor.page.waitForFunction('Boolean(window.scenewright)');
  await base.page.waitForFunction('Boolean(window.bare)');
  const rows: { clips: number; editor: number; bare: number; afterUp: number }[] = [];
  let edit = { editor: 0, bare: 0 };
  for (const clips of [50, MID, 500]) {
    await importRequest(editor.page, makeRequest(1, clips));
    await base.page.evaluate(`window.bare.fill(${clips})`);
    await matchStageView(editor.page, base.page);
    const grab = (await editor.page.evaluate('window.scenewright.clientPoint(900, 500)')) as Point;
    const runs: { editor: number; bare: number; afterUp: number }[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      await editor.throttle(4);
      const e = await drag(editor.page, editor.busy, grab, settle);
      await editor.throttle(1);
      await undoDrag(editor.page); // the next round grabs the clip where this one did
      const at = (await base.page.evaluate('window.bare.topmostCenter()')) as Point;
      const moved = (await base.page.evaluate('window.bare.moves()')) as number;
      await base.throttle(4);
      const b = await drag(base.page, base.busy, at, twoFrames);
      await base.throttle(1);
      if ((await base.page.evaluate('window.bare.moves()')) === moved)
        throw new Error(`the bare drag moved nothing (${clips} clips, round ${r})`);
      runs.push({ editor: e.perMove, bare: b.perMove, afterUp: e.afterUp / e.perMove });
    }
    rows.push({
      clips,
      editor: median(runs.map((r) => r.editor)),
      bare: median(runs.map((r) => r.bare)),
      afterUp: median(runs.map((r) => r.afterUp)),
    });
    if (clips === MID) edit = await inspectorEdits(editor, base);
  }
  if (process.env.BENCH_VERBOSE) console.log(rows, edit);
  const mid = rows.find((row) => row.clips === MID)!;
  const editRatio = edit.editor / Math.max(0.1, edit.bare);
  console.log(`Stage work, Chromium at 4× CPU throttling, medians of ${ROUNDS} (main-thread ms)`);
  for (const row of rows)
    console.log(
      `  drag at ${row.clips} clips: ${row.editor.toFixed(1)} per move, bare Fabric ${row.bare.toFixed(1)}; pointer-up to idle ${row.afterUp.toFixed(1)} moves' worth`,
    );
  console.log(
    `  inspector edit at ${MID} clips: ${edit.editor.toFixed(0)} until idle, bare Fabric set-and-render ${edit.bare.toFixed(0)}`,
  );
  for (const row of rows)
    reportFigure({
      figure: `drag frame work at ${row.clips} clips vs bare Fabric, caching off (4× CPU)`,
      value: `${(row.editor / row.bare).toFixed(2)}×`,
      goal: '≤ 1.2×',
      met: row.editor / row.bare <= 1.2,
    });
  reportFigure({
    figure: `pointer-up → idle after a drag at ${MID} clips, in drag frames’ worth`,
    value: mid.afterUp.toFixed(1),
    goal: '≤ 3',
    met: mid.afterUp <= 3,
  });
  reportFigure({
    figure: `inspector edit at ${MID} clips, main thread until idle, vs bare Fabric set-and-render`,
    value: `${editRatio.toFixed(2)}×`,
    goal: '≤ 2×',
    met: editRatio <= 2,
  });
} finally {
  await browser.close();
  await bare.close();
  await server.stop();
}
