import { cleanup, fireEvent, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import seed from '../../domain/fixtures/seed-000-request.json';
import type { Table } from '../../merge/table';
import { renderWithEditor } from '../../testing/render-ui';
import { createTestEditor } from '../../testing/test-editor';
import { DataSection } from './DataSection';
import type { MergeSession } from './merge-session';

/** Only what the section reads and writes of a session: its table and where it came from. */
function fakeSession() {
  const store = createStore(() => ({ table: null as Table | null, tableSource: '' }));
  const setTable = (table: Table, tableSource: string) => store.setState({ table, tableSource });
  return { store, setTable } as unknown as MergeSession;
}

function pasteSummary(cells: string) {
  renderWithEditor(<DataSection session={fakeSession()} />, {
    editor: createTestEditor({ request: seed }),
  });
  const field = screen.getByRole('textbox');
  fireEvent.change(field, { target: { value: cells } });
  fireEvent.click(screen.getAllByRole('button').at(-1)!);
  return screen.getByRole('status').textContent;
}

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await i18next.changeLanguage('en');
});

describe('the summary of pasted rows', () => {
  it('is a sentence with plurals, and names the delimiter', () => {
    expect(pasteSummary('name\nAnn\n')).toBe('Pasted cells: 1 row, 1 column, comma-separated.');
    cleanup();
    expect(pasteSummary('name\tnote\nAnn\ta\nBo\tb\n')).toBe(
      'Pasted cells: 2 rows, 2 columns, tab-separated.',
    );
  });

  it('reads naturally in Korean', async () => {
    await i18next.changeLanguage('ko');
    expect(pasteSummary('name\nAnn\nBo\nCy\n')).toBe('붙여넣은 셀: 3개 행, 1개 열, 쉼표로 구분.');
    cleanup();
    expect(pasteSummary('name;note\nAnn;a\n')).toBe('붙여넣은 셀: 1개 행, 2개 열, 세미콜론으로 구분.');
  });
});
