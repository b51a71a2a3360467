import { describe, expect, it } from 'vitest';
import { runCli } from './program';
import { jobsOn, serversPerTest, workspace } from './test-support';

const { server } = serversPerTest();

/** A ready row, a name too long for the title box (an error that can be sent), an empty name. */
const rows = [
  ['Ann', '', ''],
  ['김수한무거북이와두루미삼천갑자동방삭', '', ''],
  ['', '', 'BG00002320'],
];

const merge = (url: string, ...extra: string[]) => [
  'merge',
  'project.json',
  'rows.csv',
  '--server',
  url,
  '--poll-ms',
  '20',
  '--no-media-check',
  ...extra,
];

const sentNames = async (running: Parameters<typeof jobsOn>[0]) =>
  (await jobsOn(running)).map((j) => j.name).sort();

describe('scenewright merge with rows that have errors', () => {
  it('sends nothing by default, and the hint says what each option would send', async () => {
    const running = await server();
    const { io, lines } = workspace(rows);
    expect(await runCli(merge(running.url), io)).toBe(2);
    expect(lines.at(-1)).toBe(
      'Nothing was sent: 2 rows with errors. Fix the errors above, or pass --ready-only to send only the 1 row without errors, or pass --force to send those and the 1 row with errors that can be sent (their videos keep the errors, and their credits are spent). No option sends the 1 row with an unfilled {{variable}} or no valid request.',
    );
    expect(await jobsOn(running)).toEqual([]);
  });

  it('--ready-only sends only the rows without errors, as the editor’s Run does: exit 1', async () => {
    const running = await server();
    const { io, lines } = workspace(rows);
    expect(await runCli(merge(running.url, '--ready-only'), io), lines.join('\n')).toBe(1);
    expect(await sentNames(running)).toEqual(['Welcome Ann']);
  });

  it('--force also sends the overflowing row, never the one with an unfilled {{variable}}', async () => {
    const running = await server();
    const { io } = workspace(rows);
    expect(await runCli(merge(running.url, '--force'), io)).toBe(1);
    expect(await sentNames(running)).toEqual([
      'Welcome Ann',
      'Welcome 김수한무거북이와두루미삼천갑자동방삭',
    ]);
  });

  it('--ready-only with --force is a usage error, before anything is read or sent', async () => {
    const { io, lines } = workspace(rows);
    expect(await runCli(merge('http://127.0.0.1:9', '--ready-only', '--force'), io)).toBe(2);
    expect(lines.join('\n')).toMatch(/--ready-only.*cannot be used with.*--force/);
  });
});
