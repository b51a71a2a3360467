import type { VoiceChoice } from '../../domain/merge/apply';
import type { MergeSpec } from '../../domain/merge/spec';
import type { Project } from '../../domain/project';
import type { RunState } from '../../merge/run';
import type { Table } from '../../merge/table';
import { MERGE_RUN_KEY } from './lazy-merge-session';

/** What a run needs to rebuild any row's request after a reload: the design as it was checked. */
export interface RunSetup {
  /** The saved project (its key in the project list) the run belongs to; absent in older runs. */
  projectKey?: string;
  project: Project;
  spec: MergeSpec;
  table: Table;
  voices?: VoiceChoice[];
  concurrency: number;
  creditCap?: number;
  /** Rows with errors were sent too (the user forced it); otherwise a row with errors never is. */
  force?: boolean;
  /** Each row's estimated credits, by row number, held against the credit cap. */
  costs?: Record<number, number>;
}

/** One run per browser (one tab drives it); its set-up names the project it belongs to. */
const SETUP_KEY = 'scenewright.merge-setup';

export function loadRun(): { run: RunState | null; setup: RunSetup | null } {
  try {
    const run = JSON.parse(localStorage.getItem(MERGE_RUN_KEY) ?? 'null') as RunState | null;
    const setup = JSON.parse(localStorage.getItem(SETUP_KEY) ?? 'null') as RunSetup | null;
    return run && setup ? { run, setup } : { run: null, setup: null };
  } catch {
    return { run: null, setup: null };
  }
}

export const saveRun = (run: RunState | null) =>
  localStorage.setItem(MERGE_RUN_KEY, JSON.stringify(run));
export const saveSetup = (setup: RunSetup) =>
  localStorage.setItem(SETUP_KEY, JSON.stringify(setup));
export function forgetRun() {
  localStorage.removeItem(MERGE_RUN_KEY);
  localStorage.removeItem(SETUP_KEY);
}

/** A run belongs here unless it names another project (older runs name none). */
export const runBelongsTo = (setup: RunSetup | null, projectKey: string | null) =>
  !setup?.projectKey || projectKey === null || setup.projectKey === projectKey;
