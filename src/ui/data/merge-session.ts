import { createStore } from 'zustand/vanilla';
import { accessToken } from '../../api/client';
import type { VoiceChoice } from '../../domain/merge/apply';
import {
  createRowChecker,
  estimateCredits,
  mergeRow,
  sendableRows,
  type MeasureText,
  type RowReport,
} from '../../domain/merge/report';
import type { EditorProjectRequest } from '../../domain/schema/request';
import type { Project } from '../../domain/project';
import { httpJobsApi, type JobsApi } from '../../merge/jobs-api';
import { MergeRun, newRunState, wait, type RunOptions, type RunState } from '../../merge/run';
import type { Table } from '../../merge/table';
import { loadFontsFor, measureTextClip } from '../../canvas/measure-text';
import { matchColumns } from '../../domain/merge/columns';
import { isCheckCurrent, NO_DATA, type ProjectData, type TableSource } from './merge-check';
import { MERGE_RUN_KEY } from './lazy-merge-session';
import { forgetRun, loadRun, saveRun, saveSetup, type RunSetup } from './merge-storage';

export interface MergeSessionState extends ProjectData {
  /** The saved project whose data is shown (null until the dialog says which is open). */
  projectKey: string | null;
  checking: boolean;
  /** Rows checked so far while `checking`. */
  checked: number;
  run: RunState | null;
  setup: RunSetup | null;
  /** Another tab of this browser drives the run; this one only shows it. */
  elsewhere: boolean;
}

/** What the session talks to; tests pass their own. */
export interface MergeSessionDeps {
  api?: () => JobsApi;
  measureText?: MeasureText;
  loadFonts?: typeof loadFontsFor;
  wait?: RunOptions['wait'];
}

const LOCK = 'scenewright.merge-run';
const POLL_MS = 1500;
const CHECK_SLICE = 25;

const lastRunData = (setup: RunSetup): ProjectData => ({
  ...NO_DATA,
  table: setup.table,
  tableSource: { kind: 'last-run' },
});
const dataOf = (s: MergeSessionState): ProjectData => ({
  table: s.table,
  tableSource: s.tableSource,
  reports: s.reports,
  checkedProject: s.checkedProject,
  checkedVoices: s.checkedVoices,
});

/** The data merge of the open project: data, checks, and the run (kept across reloads). */
export function createMergeSession(deps: MergeSessionDeps = {}) {
  const saved = loadRun();
  // After a reload the last run's data is back too (for its project), so its rows can be checked and re-run.
  const store = createStore<MergeSessionState>()(() => ({
    ...(saved.setup ? lastRunData(saved.setup) : NO_DATA),
    projectKey: saved.setup?.projectKey ?? null,
    checking: false,
    checked: 0,
    elsewhere: false,
    ...saved,
  }));
  // Each project's data while another project is open, so that switching back finds it.
  const byProject = new Map<string, ProjectData>();
  let active: MergeRun | null = null;
  // The requests the check made, by row, for the run started from them.
  let checkedRequests: Map<number, EditorProjectRequest> | undefined;
  // The run is saved on every change (a reload must not lose a job id); the setup once per run.
  // While the page unloads, requests in flight fail with it: those failures are not the row's, so
  // they are not saved, and the next page finds such rows still 'sending' and looks them up.
  let unloading = false;
  for (const event of ['beforeunload', 'pagehide'] as const)
    globalThis.addEventListener?.(event, () => (unloading = true));
  globalThis.addEventListener?.('pageshow', () => (unloading = false));
  const save = () => {
    if (!unloading) saveRun(store.getState().run);
  };

  const rebuiltRequest = (setup: RunSetup, n: number) => {
    const row = setup.table.rows.find((r) => r.number === n);
    const merged = row && mergeRow(setup.project, setup.spec, row, { voices: setup.voices });
    // Never a request with a placeholder left in it, nor (unforced) one with errors, whatever was saved.
    return merged && !merged.unsendable && (setup.force || !merged.blocked)
      ? merged.request
      : undefined;
  };

  const start = (initial: RunState, setup: RunSetup) => {
    const requests = new Map<number, EditorProjectRequest | undefined>();
    const checked = checkedRequests;
    const requestOf = (n: number) => {
      if (checked) return checked.get(n);
      if (!requests.has(n)) requests.set(n, rebuiltRequest(setup, n));
      return requests.get(n);
    };
    const run = new MergeRun(initial, {
      api: deps.api?.() ?? httpJobsApi({ accessToken: accessToken() }),
      requestOf,
      concurrency: setup.concurrency,
      creditCap: setup.creditCap,
      costOf: (n) => setup.costs?.[n] ?? 1,
      pollMs: POLL_MS,
      wait: deps.wait ?? wait,
      onChange: (state) => {
        store.setState({ run: state });
        save();
      },
    });
    const go = () => {
      active = run;
      store.setState({ run: run.snapshot(), setup, elsewhere: false });
      saveSetup(setup);
      save();
      return run.run().finally(() => {
        if (active === run) active = null;
      });
    };
    // One tab drives a run (two would send every row twice); the others follow it from storage.
    const locks = globalThis.navigator?.locks;
    if (!locks) return go();
    return locks.request(LOCK, { ifAvailable: true }, async (lock) => {
      if (lock) await go();
      else store.setState({ elsewhere: true });
    });
  };
  globalThis.addEventListener?.('storage', (e: StorageEvent) => {
    if (e.key !== MERGE_RUN_KEY || active) return;
    try {
      store.setState({ run: JSON.parse(e.newValue ?? 'null') as RunState | null });
    } catch {
      // Another tab wrote something unreadable: keep what is shown.
    }
  });

  return {
    store,
    /** The open project changed: show its data (the run stays, and says whose it is). */
    showProject(key: string | null) {
      const state = store.getState();
      if (key === state.projectKey) return;
      // Data loaded before any project was named (an older run's) stays with the first one shown.
      if (state.projectKey === null) return store.setState({ projectKey: key });
      byProject.set(state.projectKey, dataOf(state));
      const mine = key === null ? undefined : byProject.get(key);
      const lastRun = state.setup && key !== null && state.setup.projectKey === key;
      store.setState({
        projectKey: key,
        ...(mine ?? (lastRun ? lastRunData(state.setup!) : NO_DATA)),
      });
    },
    setTable: (table: Table | null, source: TableSource | null = null) =>
      store.setState({ table, tableSource: source, reports: null, checkedProject: null }),
    /** Every row merged and checked, with the stage's text measurement (fonts loaded first). */
    async check(project: Project, voices: VoiceChoice[] = []) {
      const { table } = store.getState();
      if (!table) return;
      store.setState({ checking: true, reports: null, checkedProject: null });
      try {
        const spec = project.merge ?? { variables: [], bindings: [] };
        const cells = table.rows.flatMap((r) => Object.values(r.values)).join('');
        const texts = project.scenes.flatMap((s) =>
          s.clips.flatMap((c) => (c.type === 'textImage' ? [{ ...c, text: c.text + cells }] : [])),
        );
        await (deps.loadFonts ?? loadFontsFor)(texts);
        const used = matchColumns(project, spec, table.header).used;
        const measureText = deps.measureText ?? measureTextClip;
        const checkRow = createRowChecker(project, spec, { measureText, voices }, used);
        // A slice at a time, so the page stays responsive and shows how far the check is.
        const reports: RowReport[] = [];
        for (let at = 0; at < table.rows.length; at += CHECK_SLICE) {
          reports.push(...table.rows.slice(at, at + CHECK_SLICE).map(checkRow));
          store.setState({ checked: reports.length });
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
        // A table swapped in meanwhile is not what was checked.
        if (store.getState().table === table)
          store.setState({ reports, checkedProject: project, checkedVoices: voices });
      } finally {
        store.setState({ checking: false, checked: 0 });
      }
    },
    /**
     * Sends the rows that passed (or, forced, every row that can be sent at all), each exactly as
     * checked. Sends nothing (false) when the project changed since the check: check again first.
     */
    run(
      project: Project,
      options: { force: boolean; concurrency: number; creditCap?: number; projectKey?: string },
    ): boolean {
      const state = store.getState();
      const { table, reports, checkedProject } = state;
      if (!table || !reports || !checkedProject || !isCheckCurrent(state, project)) return false;
      const chosen = sendableRows(reports, options.force);
      checkedRequests = new Map(chosen.map((r) => [r.row.number, r.request!]));
      void start(newRunState(chosen.map((r) => r.row.number)), {
        projectKey: options.projectKey ?? state.projectKey ?? undefined,
        project: checkedProject,
        spec: checkedProject.merge ?? { variables: [], bindings: [] },
        table,
        voices: state.checkedVoices,
        concurrency: options.concurrency,
        creditCap: options.creditCap,
        force: options.force,
        costs: Object.fromEntries(chosen.map((r) => [r.row.number, estimateCredits(r.seconds)])),
      });
      return true;
    },
    /** After a reload: follow what was sent, send what was not (never resend a row caught mid-send). */
    resume() {
      const { run, setup } = store.getState();
      if (active || !run || !setup || run.cancelled) return;
      if (
        run.rows.every(
          (r) => r.status === 'done' || r.status === 'failed' || r.status === 'cancelled',
        )
      )
        return;
      checkedRequests = undefined;
      void start(run, setup);
    },
    pause: () => active?.pause(),
    resumeRun: () => active?.resume(),
    cancel: () => active?.cancel(),
    retryFailed() {
      const { run, setup } = store.getState();
      if (active) return active.retryFailed();
      if (!run || !setup) return;
      void start(
        {
          ...run,
          cancelled: false,
          rows: run.rows.map((r) =>
            r.status === 'failed' ? { rowNumber: r.rowNumber, status: 'waiting' as const } : r,
          ),
        },
        setup,
      );
    },
    clearRun() {
      active?.cancel();
      active = null;
      checkedRequests = undefined;
      store.setState({ run: null, setup: null });
      forgetRun();
    },
  };
}

export type MergeSession = ReturnType<typeof createMergeSession>;
