import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { designedProject } from '../domain/merge/test-support';
import { runCli } from './program';
import { jobsOn, serversPerTest, workspace } from './test-support';

const { server, stop } = serversPerTest();

describe('scenewright merge', () => {
  it('renders every row on the simulator: exit 0, one video per row, a manifest that traces each row to its job', async () => {
    const running = await server();
    const { dir, io, lines } = workspace([
      ['Ann', 'https://cdn.example.com/a.png', 'BG00002320'],
      ['김민지', 'https://cdn.example.com/b.png', ''],
      ['Cy', '', 'BG00002320'],
    ]);
    const code = await runCli(
      [
        'merge',
        'project.json',
        'rows.csv',
        '--server',
        running.url,
        '--out',
        'out',
        '--poll-ms',
        '20',
      ],
      io,
    );
    expect(code, lines.join('\n')).toBe(0);
    const manifest = Papa.parse<Record<string, string>>(
      readFileSync(join(dir, 'out', 'manifest.csv'), 'utf8'),
      { header: true },
    ).data;
    expect(manifest.map((m) => [m.row, m.name, m.status])).toEqual([
      ['1', 'Ann', 'done'],
      ['2', '김민지', 'done'],
      ['3', 'Cy', 'done'],
    ]);
    const jobs = await jobsOn(running);
    expect(jobs).toHaveLength(3);
    for (const m of manifest) {
      const job = jobs.find((j) => j.id === m.jobId)!;
      expect(job.request.name).toBe(`Welcome ${m.name}`);
      expect(statSync(join(dir, 'out', m.file!)).size).toBeGreaterThan(1000);
    }
    expect(readdirSync(join(dir, 'out')).sort()).toEqual([
      '.scenewright-run.json', // what a second run of this command follows instead of paying again
      'manifest.csv',
      'row-0001-welcome-ann.mp4',
      'row-0002-welcome-김민지.mp4',
      'row-0003-welcome-cy.mp4',
    ]);
  }, 20_000); // a server boot, three renders and downloads: ~4-5 s alone, more under a full run

  it('a bad row without --force: exit 2, the row named, and nothing reaches the server', async () => {
    const running = await server();
    const { io, lines } = workspace([
      ['Ann', 'https://cdn.example.com/a.png', ''],
      ['', 'https://cdn.example.com/b.png', ''],
    ]);
    const code = await runCli(['merge', 'project.json', 'rows.csv', '--server', running.url], io);
    expect(code).toBe(2);
    expect(lines).toContain(
      'ERROR   {{name}} has no value in row 2 and no default. Fill the cell, or give the variable a default.'.replace(
        'ERROR   ',
        'ERROR   Row 2: ',
      ),
    );
    expect(lines.at(-1)).toMatch(/^Nothing was sent/);
    expect(await jobsOn(running)).toEqual([]);
  });

  it('a name too long for the title box blocks its row, measured as the stage would: exit 2, nothing sent', async () => {
    const running = await server();
    const { io, lines } = workspace([
      ['Person 17', '', ''],
      ['김수한무거북이와두루미삼천갑자동방삭', '', ''],
    ]);
    const code = await runCli(['merge', 'project.json', 'rows.csv', '--server', running.url], io);
    expect(code).toBe(2);
    const overflow = lines.filter((l) => l.includes('no longer fits its text box'));
    expect(overflow).toHaveLength(1);
    expect(overflow[0]).toMatch(/^ERROR {3}Row 2, scene 1: "Welcome, 김수한무/);
    expect(await jobsOn(running)).toEqual([]);
  });

  it('a server that cannot be reached fails the run before any row, in words: exit 2', async () => {
    const gone = await server();
    await stop(gone);
    const { io, lines } = workspace([['Ann', '', '']]);
    const code = await runCli(
      ['merge', 'project.json', 'rows.csv', '--server', gone.url, '--no-media-check'],
      io,
    );
    expect(code).toBe(2);
    expect(lines.at(-1)).toBe(
      `Nothing was sent: the Scenewright server at ${gone.url} cannot be reached. Start it (npm start), check the address, or use --dry-run for the built-in simulator.`,
    );
    expect(lines.some((l) => l.startsWith('Row 1:'))).toBe(false);
  });

  it('with --force the good rows go and the unfillable one is skipped: exit 1', async () => {
    const running = await server();
    const { dir, io } = workspace([
      ['Ann', '', ''],
      ['', '', 'BG00002320'],
    ]);
    expect(
      await runCli(
        [
          'merge',
          'project.json',
          'rows.csv',
          '--server',
          running.url,
          '--force',
          '--out',
          'o',
          '--poll-ms',
          '20',
        ],
        io,
      ),
    ).toBe(1);
    const manifest = Papa.parse<Record<string, string>>(
      readFileSync(join(dir, 'o', 'manifest.csv'), 'utf8'),
      { header: true },
    ).data;
    expect(manifest.map((m) => m.status)).toEqual(['done', 'skipped']);
    expect(await jobsOn(running)).toHaveLength(1);
  });

  it('a bound logo the host answers 404 for blocks the run before anything is sent', async () => {
    const running = await server();
    const { io, lines } = workspace([
      ['Ann', `${running.url}/sim-assets/avatars/M000045058_BG00002320_thumb.svg`, ''],
      ['Bo', `${running.url}/no-such-logo.png`, ''],
    ]);
    expect(await runCli(['merge', 'project.json', 'rows.csv', '--server', running.url], io)).toBe(
      2,
    );
    expect(lines).toContain(
      `ERROR   Row 2: Column "logo": ${running.url}/no-such-logo.png answers 404.`,
    );
    expect(lines.some((l) => l.includes('Row 1: Column "logo"'))).toBe(false);
    expect(await jobsOn(running)).toEqual([]);
  });

  it('a voice per row by the server’s voice ids', async () => {
    const running = await server();
    const spec = {
      variables: [{ name: 'company', default: 'Acme' }],
      bindings: [{ kind: 'voice' as const, column: 'voice' }],
    };
    const { io, lines } = workspace(
      [
        ['Ann', 'sim-ko-seoyeon'],
        ['Bo', 'nobody'],
      ],
      ['name', 'voice'],
      spec,
    );
    // Forced: row 2 goes with the designed voice.
    expect(
      await runCli(
        [
          'merge',
          'project.json',
          'rows.csv',
          '--server',
          running.url,
          '--force',
          '--out',
          'o',
          '--poll-ms',
          '20',
        ],
        io,
      ),
    ).toBe(0);
    expect(lines).toContain(
      'ERROR   Row 2: Column "voice": "nobody" is not a known voice id (nor "avatar", nor a TTS JSON object).',
    );
    const jobs = await jobsOn(running);
    expect(
      jobs.map((j) => [j.request.name, JSON.stringify(j.request).includes('ko-KR-Seoyeon')]).sort(),
    ).toEqual([
      ['Welcome Ann', true],
      ['Welcome Bo', false],
    ]);
  });

  it(
    '--credit-cap holds with several rows at once: no row is sent that could pass it',
    async () => {
      const running = await server();
      const { io, lines } = workspace([
        ['Ann', '', ''],
        ['Bo', '', ''],
        ['Cy', '', ''],
      ]);
      const code = await runCli(
        [
          'merge',
          'project.json',
          'rows.csv',
          '--server',
          running.url,
          '--concurrency',
          '2',
          '--credit-cap',
          '1',
          '--out',
          'o',
          '--poll-ms',
          '20',
        ],
        io,
      );
      expect(code, lines.join('\n')).not.toBe(0);
      expect((await jobsOn(running)).map((j) => j.request.name)).toEqual(['Welcome Ann']);
      expect(lines).toContain(
        'The credit cap (1) would be passed by the next row: no more rows are sent.',
      );
    },
    40_000 /* a server boot and a render; slow on a loaded machine */,
  );

  it('usage errors and missing files exit 2 in words', async () => {
    const { io, lines } = workspace([]);
    expect(await runCli(['merge', 'nope.json', 'rows.csv', '--dry-run'], io)).toBe(2);
    expect(lines.at(-1)).toBe('Cannot read the project "nope.json": there is no such file.');
    expect(await runCli(['merge', 'project.json', 'rows.csv'], io)).toBe(2);
    expect(await runCli(['frobnicate'], io)).toBe(2);
  });
});

describe('scenewright render', () => {
  it('exports one project and downloads its video: exit 0; a project with variables is refused: exit 2', async () => {
    const running = await server();
    const { dir, io, lines } = workspace([]);
    const { build } = await import('../domain/build');
    const plain = build({ ...designedProject(), name: 'Plain' });
    const json = JSON.stringify(plain).replace(/\{\{\s*\w+\s*\}\}/g, 'Ann');
    writeFileSync(join(dir, 'plain.json'), json);
    expect(
      await runCli(
        ['render', 'plain.json', '--server', running.url, '--out', 'v', '--poll-ms', '20'],
        io,
      ),
      lines.join('\n'),
    ).toBe(0);
    expect(readdirSync(join(dir, 'v')).sort()).toEqual([
      '.scenewright-run.json',
      'row-0001-plain.mp4',
    ]);
    expect(await runCli(['render', 'project.json', '--server', running.url], io)).toBe(2);
    expect(lines.at(-1)).toMatch(/uses \{\{name\}\}, \{\{company\}\}/);
    expect(await jobsOn(running)).toHaveLength(1);
  });
});
