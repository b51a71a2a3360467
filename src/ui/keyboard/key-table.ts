import { ACTIONS } from '../actions/action-table';
import { formatChord } from '../actions/keys';

/** The README's key table, as the action table (and so the cheat sheet) has it: [keys, action]. */
export const keyTableRows = (): string[][] =>
  ACTIONS.filter((a) => a.keys?.length).map((a) => [a.keys!.map(formatChord).join(' / '), a.label]);

/** The table as Markdown (Prettier aligns its columns in the README). */
export const keyTableMarkdown = (): string =>
  ['| Keys | Action |', '| --- | --- |', ...keyTableRows().map(([k, a]) => `| ${k} | ${a} |`)].join(
    '\n',
  );
