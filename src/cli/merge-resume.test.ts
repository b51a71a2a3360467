import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { waitFor } from '../server/test-support';
import { runCli } from './program';
import { RUN_FILE } from './saved-run';
import { jobsOn, serversPerTest, workspace } from './test-support';

const { server } = serversPerTest();

const merge = (url: string, ...extra: string[]) => [
  'merge',
  'project.json',
  'rows.csv',
  '--server',
  url,
  '--out',
  'out',
  '--poll-ms',
  '20',
  '--no-media-check',
  ...extra,
];

const manifestOf = (dir: string) =>
  Papa.parse<Record<string, string>>(readFileSync(join(dir, 'out', 'manifest.csv'), 'utf8'), {
    header: true,
  }).data;

describe('scenewright merge run again', () => {
  it('stopped (Ctrl-C) while its rows are being sent, the same command again pays for no row twice', async () => {
    const running = await server(5000);
    const { dir, io, lines } = workspace([
      ['Ann', '', ''],
      ['Bo', '', ''],
    ]);
    const ctrlC = new AbortController();
    const first = runCli(merge(running.url), { ...io, signal: ctrlC.signal });
    await waitFor(async () => (await jobsOn(running)).length === 2 || undefined);
    ctrlC.abort();
    await first;
    expect(existsSync(join(dir, 'out', RUN_FILE))).toBe(true);

    expect(await runCli(merge(running.url), io), lines.join('\n')).toBe(0);
    const jobs = await jobsOn(running);
    expect(jobs.map((j) => j.status)).toEqual(['done', 'done']);
    expect(manifestOf(dir).map((m) => [m.status, jobs.some((j) => j.id === m.jobId)])).toEqual([
      ['done', true],
      ['done', true],
    ]);
  });

  it('keys come from what is sent: without the saved run a rerun still follows the first jobs; a changed row is a new export; --render-again renders anew', async () => {
    const running = await server();
    const { dir, io, lines, writeRows } = workspace([
      ['Ann', '', ''],
      ['Bo', '', ''],
    ]);
    expect(await runCli(merge(running.url), io)).toBe(0);
    const firstJobs = (await jobsOn(running)).map((j) => j.id).sort();

    rmSync(join(dir, 'out', RUN_FILE));
    expect(await runCli(merge(running.url), io), lines.join('\n')).toBe(0);
    expect((await jobsOn(running)).map((j) => j.id).sort()).toEqual(firstJobs);
    expect(manifestOf(dir).map((m) => firstJobs.includes(m.jobId!))).toEqual([true, true]);

    // A row inserted above and a changed row: Ann is followed, only Cy and Bob are new exports.
    writeRows([
      ['Cy', '', ''],
      ['Ann', '', ''],
      ['Bob', '', ''],
    ]);
    expect(await runCli(merge(running.url), io)).toBe(0);
    expect((await jobsOn(running)).map((j) => j.name).sort()).toEqual([
      'Welcome Ann',
      'Welcome Bo',
      'Welcome Bob',
      'Welcome Cy',
    ]);

    expect(await runCli(merge(running.url, '--render-again'), io)).toBe(0);
    expect(await jobsOn(running)).toHaveLength(7);
  });

  it('one merge at a time per output folder: a second one is refused before sending; a lock left by a dead process is taken over', async () => {
    const running = await server();
    const { dir, io, lines } = workspace([['Ann', '', '']]);
    const lock = join(dir, 'out', '.scenewright-run.lock');
    expect(await runCli(merge(running.url), io)).toBe(0);
    // Another live Node process (the test runner's), as another merge would be.
    writeFileSync(lock, String(process.ppid));
    expect(await runCli(merge(running.url, '--render-again'), io)).toBe(2);
    expect(lines.at(-1)).toBe(
      `Nothing was sent: another scenewright merge (process ${process.ppid}) is using ${join(dir, 'out')}. Wait for it to end, or use another --out folder.`,
    );
    expect(await jobsOn(running)).toHaveLength(1);

    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(lock, String(dead));
    expect(await runCli(merge(running.url), io)).toBe(0);
    expect(existsSync(lock)).toBe(false);
    expect(await jobsOn(running)).toHaveLength(1);
  });

  it('a dry run neither follows nor rewrites the saved run of a real server in its folder', async () => {
    const { dir, io, lines } = workspace([['Ann', '', '']]);
    const savedRun = join(dir, 'out', RUN_FILE);
    mkdirSync(join(dir, 'out'));
    const saved = JSON.stringify({ version: 1, server: 'http://sw.example.com', rows: [] });
    writeFileSync(savedRun, saved);
    const dryRun = ['merge', 'project.json', 'rows.csv', '--dry-run', '--out', 'out'];
    const env = { SIM_RENDER_MS: '200' };
    expect(await runCli([...dryRun, '--poll-ms', '20'], { ...io, env }), lines.join('\n')).toBe(0);
    expect(readFileSync(savedRun, 'utf8')).toBe(saved);
  });
});
