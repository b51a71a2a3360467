import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from './app';
import { claimDataDir, openLedger } from './jobs/ledger';
import { startOf } from './pid-claim';
import { buildSimulator } from './simulator/app';
import { SIM_VOICES } from './simulator/catalog';
import { APP_ID, logCapture, testSettings, USER_KEY, waitFor } from './test-support';
import { UpstreamClient } from './upstream/client';

const open: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!();
});

type Listed = { id: string; status: string; progress: number; name: string };

describe('restart', () => {
  it('keeps jobs in the embedded Postgres under DATA_DIR; after a restart the follower resumes them and they finish', async () => {
    const settings = testSettings({ SIM_RENDER_MS: '1500' });
    const sim = buildSimulator({ ...settings.sim, appId: APP_ID, userKey: USER_KEY });
    const simUrl = await sim.app.listen({ host: '127.0.0.1', port: 0 });
    open.push(() => sim.app.close());
    const boot = async () => {
      const client = new UpstreamClient({
        baseUrl: simUrl,
        appId: APP_ID,
        userKey: USER_KEY,
        timeoutMs: 2000,
      });
      return buildApp({
        settings,
        client,
        ledger: await openLedger(settings),
        simulator: true,
        voices: SIM_VOICES,
        logStream: logCapture().stream,
      });
    };

    const first = await boot();
    await first.ready();
    const ids: string[] = [];
    for (const text of ['one', 'two', 'three']) {
      const res = await first.inject({
        method: 'POST',
        url: '/api/odin/v3/simple/video',
        payload: {
          language: 'ko',
          text,
          model: 'M000004017',
          clothes: 'BG00001004',
          isExport: true,
        },
      });
      ids.push(res.json().data.jobId as string);
    }
    await first.close();
    expect(existsSync(join(settings.dataDir, 'ledger'))).toBe(true);

    const second = await boot();
    open.push(() => second.close());
    await second.ready();
    const listed = (await second.inject('/api/jobs')).json().data as Listed[];
    expect(listed.map((j) => j.id).sort()).toEqual([...ids].sort());
    // Nobody polls through the proxy now: only the resumed follower can finish them.
    const done = await waitFor(async () => {
      const jobs = (await second.inject('/api/jobs')).json().data as Listed[];
      return jobs.every((j) => j.status === 'done') ? jobs : undefined;
    }, 20_000);
    expect(done.map((j) => j.progress)).toEqual([100, 100, 100]);
    expect(sim.world.accepted).toHaveLength(3);
  });

  it('imports an old DATA_DIR/jobs.sqlite once (even with its stale lock directory left by a kill -9)', async () => {
    const settings = testSettings();
    mkdirSync(settings.dataDir, { recursive: true });
    const file = join(settings.dataDir, 'jobs.sqlite');
    const { Database } = createRequire(import.meta.url)(
      'node-sqlite3-wasm',
    ) as typeof import('node-sqlite3-wasm');
    const old = new Database(file);
    old.exec(`CREATE TABLE jobs (id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT, endpoint TEXT NOT NULL, request TEXT, status TEXT NOT NULL,
      progress REAL NOT NULL DEFAULT 0, project_id TEXT, task_id TEXT, upstream_download_url TEXT, credit REAL, error TEXT, hook_secret TEXT UNIQUE,
      attempts INTEGER NOT NULL DEFAULT 1, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, last_progress_at INTEGER)`);
    old.run(
      'INSERT INTO jobs (id, kind, name, endpoint, request, status, progress, project_id, credit, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)',
      [
        'old-1',
        'chromakey',
        'M000004017: hello',
        '/api/odin/v3/simple/video',
        '{"text":"hello"}',
        'done',
        100,
        'p-old',
        2,
        1000,
        2000,
      ],
    );
    old.close();
    mkdirSync(`${file}.lock`);

    const first = await openLedger(settings);
    expect(first.imported).toBe(1);
    expect(await first.store.get('old-1')).toMatchObject({
      status: 'done',
      projectId: 'p-old',
      credit: 2,
      request: { text: 'hello' },
      createdAt: 1000,
    });
    await first.db.close();
    const second = await openLedger(settings);
    open.push(() => second.db.close());
    expect(second.imported).toBeUndefined();
    expect(await second.store.list()).toHaveLength(1);
  });
});

describe('one process per embedded DATA_DIR', () => {
  it('refuses a second live server on the same DATA_DIR, but not a pid file left by a dead one', () => {
    const dir = testSettings().dataDir;
    claimDataDir(dir, process.pid);
    expect(() => claimDataDir(dir, process.pid + 1)).toThrow(
      /another Scenewright server \(pid \d+\) is using DATA_DIR/,
    );
    writeFileSync(join(dir, 'ledger.pid'), '2147483646');
    expect(() => claimDataDir(dir, process.pid)).not.toThrow();
  });

  it('is not held by a pid file whose pid now names another live process (a reboot, a new container)', () => {
    const dir = testSettings().dataDir;
    const live = process.ppid; // alive, and not a Scenewright server of this DATA_DIR
    const started = startOf(live);
    if (!started) return; // no /proc: the pid alone is the claim, as before
    writeFileSync(join(dir, 'ledger.pid'), `${live} ${started}`);
    expect(() => claimDataDir(dir, process.pid)).toThrow(/another Scenewright server/);
    writeFileSync(join(dir, 'ledger.pid'), `${live} ${started.replace(/@\d+$/, '@1')}`);
    expect(() => claimDataDir(dir, process.pid)).not.toThrow();
    expect(readFileSync(join(dir, 'ledger.pid'), 'utf8')).toBe(
      `${process.pid} ${startOf(process.pid)}`,
    );
  });
});
