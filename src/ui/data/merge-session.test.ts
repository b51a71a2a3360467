import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../../i18n/locales/en.json';
import { designedProject, monospaceMeasure, TITLE_ID } from '../../domain/merge/test-support';
import type { Project } from '../../domain/project';
import type { Job } from '../../domain/schema/job';
import type { EditorProjectRequest } from '../../domain/schema/request';
import type { JobsApi } from '../../merge/jobs-api';
import { RUN_MESSAGES } from '../../merge/run-messages';
import { parseTable } from '../../merge/table';
import { isCheckCurrent } from './merge-check';
import { createMergeSession } from './merge-session';
import { runBelongsTo } from './merge-storage';

/** A server that renders every job at once, at one credit; what was sent is kept. */
function fakeServer() {
  const sent: EditorProjectRequest[] = [];
  const api: JobsApi = {
    submit: async (request) => {
      sent.push(request);
      return { jobId: `job-${sent.length}`, projectId: `p-${sent.length}` };
    },
    job: async (id) =>
      ({ id, kind: 'project', name: '', status: 'done', credit: 1, progress: 100 }) as Job,
    download: async () => new Response(''),
    voices: async () => [],
    list: async () => [],
  };
  return { api, sent };
}

const design = (): Project => ({ ...designedProject(), merge: { variables: [], bindings: [] } });
const withTitleSize = (project: Project, fontSize: number): Project => ({
  ...project,
  scenes: project.scenes.map((s) => ({
    ...s,
    clips: s.clips.map((c) => (c.id === TITLE_ID && c.type === 'textImage' ? { ...c, fontSize } : c)),
  })),
});

function session() {
  const server = fakeServer();
  const made = createMergeSession({
    api: () => server.api,
    measureText: monospaceMeasure,
    loadFonts: async () => undefined,
    // Polls yield to the test's own waits; no time passes.
    wait: () => new Promise((resolve) => setTimeout(resolve, 0)),
  });
  return { session: made, ...server };
}

const settled = (s: ReturnType<typeof session>['session']) =>
  vi.waitFor(() =>
    expect(s.store.getState().run?.rows.every((r) => r.status === 'done')).toBe(true),
  );

afterEach(() => localStorage.clear());

describe('the merge session sends only what was checked', () => {
  it('a change to the design after the check makes it stale: nothing is sent until it is checked again', async () => {
    const { session: s, sent } = session();
    s.showProject('p-1');
    s.setTable(parseTable('name,company\nAnn,A\nBo,B\nCy,C\n'), { kind: 'pasted' });
    const checked = design();
    await s.check(checked);
    expect(s.store.getState().reports!.filter((r) => !r.blocked)).toHaveLength(3);

    const bigTitle = withTitleSize(checked, 200);
    expect(isCheckCurrent(s.store.getState(), bigTitle)).toBe(false);
    expect(s.run(bigTitle, { force: false, concurrency: 2 })).toBe(false);
    expect(sent).toEqual([]);

    // Checked again, the 200 pt title overflows in every row: nothing passes, nothing is sent.
    await s.check(bigTitle);
    expect(isCheckCurrent(s.store.getState(), bigTitle)).toBe(true);
    expect(s.store.getState().reports!.every((r) => r.blocked)).toBe(true);
    s.run(bigTitle, { force: false, concurrency: 2 });
    await vi.waitFor(() => expect(s.store.getState().run?.rows).toEqual([]));
    expect(sent).toEqual([]);
  });

  it('sends each row’s request exactly as the check made it', async () => {
    const { session: s, sent } = session();
    s.setTable(parseTable('name,company\nAnn,A\nBo,B\n'), { kind: 'pasted' });
    const project = design();
    await s.check(project);
    const reports = s.store.getState().reports!;
    expect(s.run({ ...project }, { force: false, concurrency: 2 })).toBe(true);
    await settled(s);
    expect(sent).toHaveLength(2);
    expect(sent).toEqual(reports.map((r) => r.request));
  });

  it('the credit cap holds with several rows at once', async () => {
    const { session: s, sent } = session();
    s.setTable(parseTable('name,company\nAnn,A\nBo,B\nCy,C\n'), { kind: 'pasted' });
    const project = design();
    await s.check(project);
    s.run(project, { force: false, concurrency: 2, creditCap: 1 });
    await vi.waitFor(() => expect(s.store.getState().run?.paused).toBe(true));
    expect(sent).toHaveLength(1);
    expect(s.store.getState().run?.pauseMessage).toEqual({
      code: 'run.creditCap',
      params: { cap: 1 },
    });
    s.cancel();
  });
});

describe('the merge belongs to its project', () => {
  it('another project shows none of its data, and its run is named as another project’s', async () => {
    const { session: s } = session();
    s.showProject('p-a');
    s.setTable(parseTable('name,company\nAnn,A\n'), { kind: 'pasted' });
    const project = design();
    await s.check(project);
    s.run(project, { force: false, concurrency: 1 });
    await settled(s);
    expect(s.store.getState().run?.rows).toHaveLength(1);

    s.showProject('p-b');
    expect(s.store.getState()).toMatchObject({ table: null, reports: null, projectKey: 'p-b' });
    expect(runBelongsTo(s.store.getState().setup, 'p-b')).toBe(false);
    expect(s.store.getState().setup?.project.name).toBe('Welcome {{name}}');

    s.showProject('p-a');
    expect(s.store.getState().table?.rows).toHaveLength(1);
    expect(runBelongsTo(s.store.getState().setup, 'p-a')).toBe(true);

    // After a reload the run's data comes back for its own project only.
    const reloaded = session().session;
    expect(reloaded.store.getState().tableSource).toEqual({ kind: 'last-run' });
    reloaded.showProject('p-b');
    expect(reloaded.store.getState().table).toBeNull();
    reloaded.showProject('p-a');
    expect(reloaded.store.getState().table?.rows).toHaveLength(1);
  });
});

describe('the run’s own messages', () => {
  it('each has the same English in the editor’s catalog as in the CLI', () => {
    const catalog = en as Record<string, string>;
    for (const [code, english] of Object.entries(RUN_MESSAGES))
      expect(catalog[`data.runMessage.${code}`]).toBe(english);
  });
});
