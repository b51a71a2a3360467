import { describe, expect, it } from 'vitest';
import { rowKey } from './row-identity';
import { startingState } from './saved-run';

const identities = new Map([
  [1, 'a#0'],
  [2, 'b#0'],
  [3, 'c#0'],
  [4, 'd#0'],
  [5, 'e#0'],
]);

describe('the run a command starts from', () => {
  it('pays for nothing already sent: sent rows are followed, a send in doubt goes again under its key, a failed render is a new export', () => {
    const { state, resumed } = startingState(identities, [
      { identity: 'a#0', rowNumber: 1, status: 'done', key: 'k-a', jobId: 'j-a' },
      { identity: 'b#0', rowNumber: 2, status: 'sending', key: 'k-b' },
      { identity: 'c#0', rowNumber: 3, status: 'failed', key: 'k-c', jobId: 'j-c' },
      { identity: 'gone#0', rowNumber: 4, status: 'done', key: 'k-x', jobId: 'j-x' },
      { identity: 'e#0', rowNumber: 9, status: 'failed', key: 'k-e' },
    ]);
    expect(state.rows).toEqual([
      { rowNumber: 1, status: 'queued', key: 'k-a', jobId: 'j-a' },
      { rowNumber: 2, status: 'waiting', key: 'k-b' },
      { rowNumber: 3, status: 'waiting', key: rowKey('c#0', 'after-j-c') },
      { rowNumber: 4, status: 'waiting', key: rowKey('d#0') },
      { rowNumber: 5, status: 'waiting', key: 'k-e' },
    ]);
    expect(resumed).toBe(4);
  });

  it('--render-again ignores the saved run and derives keys no run used before', () => {
    const saved = [{ identity: 'a#0', rowNumber: 1, status: 'done' as const, jobId: 'j-a' }];
    const again = startingState(identities, saved, true).state.rows;
    expect(again[0]).toEqual({ rowNumber: 1, status: 'waiting', key: again[0]!.key });
    expect(again.map((r) => r.key)).not.toContain(rowKey('a#0'));
    expect(startingState(identities, saved, true).state.rows[0]!.key).not.toBe(again[0]!.key);
  });
});
