// Test-only helpers for src/cli/*.test.ts: a real server on its simulator, a folder with a project and rows.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach } from 'vitest';
import { templateOf } from '../domain/merge/template';
import { designedProject, designedSpec } from '../domain/merge/test-support';
import { startAll, type Running } from '../server/start';
import { testSettings } from '../server/test-support';
import type { CliIo } from './io';

/** Servers started by a test are closed after it; `stop` closes one early (a server gone). */
export function serversPerTest() {
  const open: Running[] = [];
  afterEach(async () => {
    while (open.length) await open.pop()!.close();
  });
  const server = async (renderMs = 300) => {
    const running = await startAll(
      testSettings({
        PORT: '0',
        LOG_LEVEL: 'silent',
        SIM_RENDER_MS: String(renderMs),
        JOB_POLL_MS: '30',
        JOB_POLL_MAX_MS: '60',
      }),
    );
    open.push(running);
    return running;
  };
  const stop = async (running: Running) => {
    open.splice(open.indexOf(running), 1);
    await running.close();
  };
  return { server, stop };
}

export function workspace(
  rows: string[][],
  header = ['name', 'logo', 'outfit'],
  spec = designedSpec(),
) {
  const dir = mkdtempSync(join(tmpdir(), 'sw-cli-'));
  writeFileSync(
    join(dir, 'project.json'),
    JSON.stringify(templateOf({ ...designedProject(), merge: spec })),
  );
  const writeRows = (next: string[][]) =>
    writeFileSync(join(dir, 'rows.csv'), Papa.unparse([header, ...next]));
  writeRows(rows);
  const lines: string[] = [];
  const io: CliIo = { out: (l) => lines.push(l), err: (l) => lines.push(l), env: {}, cwd: dir };
  return { dir, io, lines, writeRows };
}

export interface ServerJob {
  name: string;
  id: string;
  status: string;
  request: { name: string };
}

export const jobsOn = async (running: Running) =>
  ((await (await fetch(`${running.url}/api/jobs`)).json()) as { data: ServerJob[] }).data;
