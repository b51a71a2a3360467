// Measures the window in which killing the whole browser (SIGKILL, no unload) loses an edit:
// for each delay, edit the project name, wait that long, kill Chromium, start it again on the same
// profile and look whether the edit came back. Usage: a running app at APP_URL (default
// http://127.0.0.1:5250), then `node scripts/measure-kill-window.mjs [delays ms, comma-separated]`.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const APP_URL = process.env.APP_URL ?? 'http://127.0.0.1:5250/';
const CDP_PORT = Number(process.env.CDP_PORT ?? 5252);
const delays = (process.argv[2] ?? '0,10,25,50,100,250,500,1000,2000').split(',').map(Number);
const rounds = Number(process.env.ROUNDS ?? 3);

function launch(profile) {
  const child = spawn(
    process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${profile}`,
      `--remote-debugging-port=${CDP_PORT}`,
      'about:blank',
    ],
    { stdio: 'ignore', detached: true },
  );
  return child;
}

async function connect() {
  for (let i = 0; i < 100; i++) {
    try {
      return await chromium.connectOverCDP(`http://127.0.0.1:${CDP_PORT}`);
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error('Chromium did not start');
}

async function openEditor(browser) {
  const context = browser.contexts()[0];
  // Only this tab may hold the project (a restored tab would make it read-only).
  const page = await context.newPage();
  for (const other of context.pages()) if (other !== page) await other.close();
  await page.goto(APP_URL);
  await page.waitForFunction(() => Boolean(window.scenewright));
  return page;
}

/** The whole browser at once (its own process group: the browser, renderers, GPU, storage). */
/** This trial's Chromium processes (the zygotes and their children leave the process group). */
const pidsOf = (profile) =>
  spawnSync('pgrep', ['-f', `user-data-dir=${profile}`], { encoding: 'utf8' })
    .stdout.split('\n')
    .filter(Boolean)
    .map(Number);

const killed = async (child, profile) => {
  if (child.exitCode === null && child.signalCode === null)
    await new Promise((resolve) => {
      child.once('exit', resolve);
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        resolve();
      }
    });
  // Every process of this browser, by id, until none is left (they hold the profile's files).
  for (let pids = pidsOf(profile); pids.length; pids = pidsOf(profile)) {
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    await new Promise((r) => setTimeout(r, 20));
  }
};

async function trial(delay, round) {
  const profile = mkdtempSync(join(tmpdir(), 'kill-window-'));
  try {
    let child = launch(profile);
    let browser = await connect();
    let page = await openEditor(browser);
    // Settle first, as a user's profile would be: the project exists, is saved, and the browser
    // has been closed normally once (so the databases exist on disk) before the edit under test.
    await page
      .waitForSelector('[data-save-state="saved"]', { state: 'attached' })
      .catch(async (e) => {
        console.log(
          await page.evaluate(() => document.body.innerText.slice(0, 1500).replace(/\n/g, ' | ')),
        );
        throw e;
      });
    const cdp = await browser.newBrowserCDPSession();
    await cdp.send('Browser.close').catch(() => undefined);
    await Promise.race([
      new Promise((resolve) => child.once('exit', resolve)),
      new Promise((resolve) => setTimeout(resolve, 5000)),
    ]);
    await killed(child, profile);
    child = launch(profile);
    browser = await connect();
    page = await openEditor(browser);
    await page.waitForSelector('[data-save-state="saved"]', { state: 'attached' });
    const name = `edit-${delay}-${round}`;
    await page.getByLabel('Project name').fill(name);
    await page.waitForTimeout(delay);
    await killed(child, profile);
    child = launch(profile);
    browser = await connect();
    page = await openEditor(browser);
    // The hook exists before the last project is restored (IndexedDB can take a moment to open
    // right after a crash): read only once the editor shows it, else the empty start-up project
    // is read and a kept edit counts as lost.
    await page.waitForSelector('[data-save-state]', { state: 'attached' });
    const kept = await page.evaluate(() => window.scenewright.getProject().name);
    if (process.env.DEBUG)
      console.log(
        delay,
        kept,
        await page.evaluate(
          () =>
            new Promise((res) => {
              const r = indexedDB.open('scenewright');
              r.onsuccess = () => {
                const db = r.result;
                const tx = db.transaction(['projects', 'meta']);
                const a = tx.objectStore('projects').getAll();
                const b = tx.objectStore('meta').getAll();
                tx.oncomplete = () =>
                  res(
                    JSON.stringify([
                      a.result.map((p) => [
                        p.key,
                        p.title,
                        p.updatedAt,
                        p.project.name,
                        JSON.parse(localStorage.getItem('scenewright.journal') ?? '{}').updatedAt,
                        document.querySelector('[role=alertdialog]')?.textContent?.slice(0, 40),
                      ]),
                      b.result,
                    ]),
                  );
              };
            }),
        ),
      );
    await browser.close().catch(() => undefined);
    await killed(child, profile);
    return kept === name;
  } finally {
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
}

for (const delay of delays) {
  const results = [];
  for (let round = 0; round < rounds; round++) results.push(await trial(delay, round));
  console.log(
    `kill ${String(delay).padStart(5)} ms after the edit: kept ${results.filter(Boolean).length}/${rounds}`,
  );
}
