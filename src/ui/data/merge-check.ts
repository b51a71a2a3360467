import type { VoiceChoice } from '../../domain/merge/apply';
import type { RowReport } from '../../domain/merge/report';
import { deepSame } from '../../domain/preflight/deep-same';
import type { Project } from '../../domain/project';
import type { Table } from '../../merge/table';

/** Where the rows came from, said in the user's language when shown. */
export type TableSource = { kind: 'file'; name: string } | { kind: 'pasted' } | { kind: 'last-run' };
export const fileSource = (name: string): TableSource => ({ kind: 'file', name });

/** One project's data and its check: what the Data, Check and Run tabs show for that project. */
export interface ProjectData {
  table: Table | null;
  tableSource: TableSource | null;
  reports: RowReport[] | null;
  /** The design the reports were made from; a run sends only requests of this design. */
  checkedProject: Project | null;
  checkedVoices: VoiceChoice[];
}

export const NO_DATA: ProjectData = {
  table: null,
  tableSource: null,
  reports: null,
  checkedProject: null,
  checkedVoices: [],
};

/**
 * Whether the reports were made from this very design. Any change to the project (its merge
 * set-up included) makes them stale; a new table clears them.
 */
export const isCheckCurrent = (data: ProjectData, project: Project) =>
  data.reports !== null &&
  data.checkedProject !== null &&
  (data.checkedProject === project || deepSame(data.checkedProject, project));
