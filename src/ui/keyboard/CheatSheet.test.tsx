import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ACTIONS } from '../actions/action-table';
import { formatChord } from '../actions/keys';
import { CheatSheet } from './CheatSheet';

afterEach(cleanup);

describe('the cheat sheet', () => {
  it('lists every action that has keys, with each of its bindings', () => {
    render(<CheatSheet onClose={() => undefined} />);
    const table = screen.getByRole('table', { name: 'Keyboard shortcuts' });
    const keyed = ACTIONS.filter((a) => a.keys?.length);
    expect(within(table).getAllByRole('row')).toHaveLength(keyed.length);
    for (const action of keyed) {
      const row = table.querySelector(`[data-action="${action.id}"]`) as HTMLElement;
      expect(row, action.id).not.toBeNull();
      expect(row.textContent).toContain(action.label);
      const kbds = [...row.querySelectorAll('kbd')].map((k) => k.textContent);
      expect(kbds).toEqual(action.keys!.map(formatChord));
    }
  });

  it('is a dialog named by its title and described by its hint', () => {
    render(<CheatSheet onClose={() => undefined} />);
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(dialog.getAttribute('aria-describedby')!)?.textContent).toMatch(
      /off while you type/,
    );
  });
});
