import i18next from 'i18next';
import { createStore } from 'zustand/vanilla';
import { accessToken } from '../../api/client';
import type { VoiceChoice } from '../../domain/merge/apply';
import { createRowChecker, mergeRow, type RowReport } from '../../domain/merge/report';
import type { MergeSpec } from '../../domain/merge/spec';
import type { Project } from '../../domain/project';
import { httpJobsApi } from '../../merge/jobs-api';
import { MergeRun, newRunState, wait, type RunState } from '../../merge/run';
import type { Table } from '../../merge/table';
import { loadFontsFor, measureTextClip } from '../../canvas/measure-text';
import { matchColumns } from '../../domain/merge/columns';
import { MERGE_RUN_KEY } from './lazy-merge-session';

/** What a run needs to rebuild any row's request after a reload: the design as it was at the start. */
export interface RunSetup {
  project: Project;
  spec: MergeSpec;
  table: Table;
  voices?: VoiceChoice[];
  concurrency: number;
  creditCap?: number;
}

export interface MergeSessionState {
  table: Table | null;
  tableSource: string;
  reports: RowReport[] | null;
  checking: boolean;
  /** Rows checked so far while `checking`. */
  checked: number;
  run: RunState | null;
  setup: RunSetup | null;
  /** Another tab of this browser drives the run; this one only shows it. */
  elsewhere: boolean;
}

const RUN_KEY = MERGE_RUN_KEY;
const SETUP_KEY = 'scenewright.merge-setup';
const LOCK = 'scenewright.merge-run';
const POLL_MS = 1500;
const CHECK_SLICE = 25;

function load(): Pick<MergeSessionState, 'run' | 'setup'> {
  try {
    const run = JSON.parse(localStorage.getItem(RUN_KEY) ?? 'null') as RunState | null;
    const setup = JSON.parse(localStorage.getItem(SETUP_KEY) ?? 'null') as RunSetup | null;
    return run && setup ? { run, setup } : { run: null, setup: null };
  } catch {
    return { run: null, setup: null };
  }
}

/** The data merge of the open project: data, checks, and the run (kept across reloads). */
export function createMergeSession() {
  const saved = load();
  // After a reload the last run's data is back too, so its rows can be checked and re-run.
  const store = createStore<MergeSessionState>()(() => ({
    table: saved.setup?.table ?? null,
    tableSource: saved.setup ? i18next.t('data.lastRunData') : '',
    reports: null,
    checking: false,
    checked: 0,
    elsewhere: false,
    ...saved,
  }));
  let active: MergeRun | null = null;
  // The run is saved on every change (a reload must not lose a job id); the setup once per run.
  // While the page unloads, requests in flight fail with it: those failures are not the row's, so
  // they are not saved, and the next page finds such rows still 'sending' and looks them up.
  let unloading = false;
  for (const event of ['beforeunload', 'pagehide'] as const)
    globalThis.addEventListener?.(event, () => (unloading = true));
  globalThis.addEventListener?.('pageshow', () => (unloading = false));
  const saveRun = () => {
    if (!unloading) localStorage.setItem(RUN_KEY, JSON.stringify(store.getState().run));
  };

  const start = (initial: RunState, setup: RunSetup) => {
    const requests = new Map<number, RowReport['request']>();
    const requestOf = (n: number) => {
      if (!requests.has(n)) {
        const row = setup.table.rows.find((r) => r.number === n);
        const merged = row
          ? mergeRow(setup.project, setup.spec, row, { voices: setup.voices })
          : undefined;
        // Never a request with a placeholder left in it, whatever was saved.
        requests.set(n, merged && !merged.unsendable ? merged.request : undefined);
      }
      return requests.get(n);
    };
    const run = new MergeRun(initial, {
      api: httpJobsApi({ accessToken: accessToken() }),
      requestOf,
      concurrency: setup.concurrency,
      creditCap: setup.creditCap,
      pollMs: POLL_MS,
      wait,
      onChange: (state) => {
        store.setState({ run: state });
        saveRun();
      },
    });
    const go = () => {
      active = run;
      store.setState({ run: run.snapshot(), setup, elsewhere: false });
      localStorage.setItem(SETUP_KEY, JSON.stringify(setup));
      saveRun();
      return run.run().finally(() => {
        if (active === run) active = null;
      });
    };
    // One tab drives a run (two would send every row twice); the others follow it from storage.
    const locks = globalThis.navigator?.locks;
    if (!locks) return void go();
    void locks.request(LOCK, { ifAvailable: true }, async (lock) => {
      if (lock) await go();
      else store.setState({ elsewhere: true });
    });
  };
  globalThis.addEventListener?.('storage', (e: StorageEvent) => {
    if (e.key !== RUN_KEY || active) return;
    try {
      store.setState({ run: JSON.parse(e.newValue ?? 'null') as RunState | null });
    } catch {
      // Another tab wrote something unreadable: keep what is shown.
    }
  });

  return {
    store,
    setTable: (table: Table | null, source = '') =>
      store.setState({ table, tableSource: source, reports: null }),
    /** Every row merged and checked, with the stage's text measurement (fonts loaded first). */
    async check(project: Project, voices: VoiceChoice[] = []) {
      const { table } = store.getState();
      if (!table) return;
      store.setState({ checking: true });
      try {
        const spec = project.merge ?? { variables: [], bindings: [] };
        const cells = table.rows.flatMap((r) => Object.values(r.values)).join('');
        const texts = project.scenes.flatMap((s) =>
          s.clips.flatMap((c) => (c.type === 'textImage' ? [{ ...c, text: c.text + cells }] : [])),
        );
        await loadFontsFor(texts);
        const used = matchColumns(project, spec, table.header).used;
        const checkRow = createRowChecker(
          project,
          spec,
          { measureText: measureTextClip, voices },
          used,
        );
        // A slice at a time, so the page stays responsive and shows how far the check is.
        const reports: RowReport[] = [];
        for (let at = 0; at < table.rows.length; at += CHECK_SLICE) {
          reports.push(...table.rows.slice(at, at + CHECK_SLICE).map(checkRow));
          store.setState({ checked: reports.length });
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
        store.setState({ reports });
      } finally {
        store.setState({ checking: false, checked: 0 });
      }
    },
    /** Sends the rows that pass (or, forced, every row that can be sent at all). */
    run(
      project: Project,
      options: { force: boolean; concurrency: number; creditCap?: number; voices?: VoiceChoice[] },
    ) {
      const { table, reports } = store.getState();
      if (!table || !reports) return;
      const rows = reports
        .filter((r) => (options.force ? r.request && !r.unsendable : !r.blocked))
        .map((r) => r.row.number);
      start(newRunState(rows), {
        project,
        spec: project.merge ?? { variables: [], bindings: [] },
        table,
        voices: options.voices,
        concurrency: options.concurrency,
        creditCap: options.creditCap,
      });
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
      start(run, setup);
    },
    pause: () => active?.pause(),
    resumeRun: () => active?.resume(),
    cancel: () => active?.cancel(),
    retryFailed() {
      const { run, setup } = store.getState();
      if (active) return active.retryFailed();
      if (!run || !setup) return;
      start(
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
      store.setState({ run: null, setup: null });
      localStorage.removeItem(RUN_KEY);
      localStorage.removeItem(SETUP_KEY);
    },
  };
}

export type MergeSession = ReturnType<typeof createMergeSession>;
