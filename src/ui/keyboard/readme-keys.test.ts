import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keyTableMarkdown, keyTableRows } from './key-table';

/** The rows between `<!-- key-table -->` and `<!-- /key-table -->`, header and rule left out. */
function readmeRows(readme: string): string[][] {
  const block = readme.split('<!-- key-table -->')[1]?.split('<!-- /key-table -->')[0] ?? '';
  return block
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map((line) =>
      line
        .slice(1, -1)
        .split(' | ')
        .map((cell) => cell.trim()),
    );
}

describe('the README’s table of keys', () => {
  it('is the action table: every action with keys, its keys and its label, in order', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readmeRows(readme), `README.md should hold:\n${keyTableMarkdown()}`).toEqual(
      keyTableRows(),
    );
  });
});
