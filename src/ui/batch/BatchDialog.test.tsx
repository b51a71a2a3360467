import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Job } from '../../domain/schema/job';
import { createBatchStore, type BatchRow } from '../../store/batch-store';
import { createAvatarLibrary } from '../../store/persist/avatar-library';
import { memoryStorage } from '../../testing/memory-storage';
import { renderWithEditor } from '../../testing/render-ui';
import { BatchDialog } from './BatchDialog';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** `language,text,model,clothes` / `ko,안녕하세요 여러분,M1,C1` as Korean Excel saves it (CP949). */
const CP949_CSV = new Uint8Array([
  ...new TextEncoder().encode('language,text,model,clothes\nko,'),
  ...[0xbe, 0xc8, 0xb3, 0xe7, 0xc7, 0xcf, 0xbc, 0xbc, 0xbf, 0xe4], // 안녕하세요
  0x20,
  ...[0xbf, 0xa9, 0xb7, 0xaf, 0xba, 0xd0], // 여러분
  ...new TextEncoder().encode(',M1,C1\n'),
]);

function open(rows: Partial<BatchRow>[], jobs: Job[] = []) {
  const batch = createBatchStore({
    newId: (p) => `${p}-${Math.random()}`,
    storage: memoryStorage(),
  });
  batch.replaceRows(rows);
  renderWithEditor(<BatchDialog batch={batch} jobs={jobs} onClose={() => undefined} />, {
    services: { library: createAvatarLibrary() },
  });
  const importFile = (bytes: Uint8Array<ArrayBuffer>) =>
    fireEvent.change(screen.getByLabelText('Import CSV'), {
      target: { files: [new File([bytes], 'rows.csv', { type: 'text/csv' })] },
    });
  return { batch, importFile };
}

describe('Batch dialog: Import CSV', () => {
  it('reads a CSV saved by Korean Excel (CP949) as Korean, not mojibake', async () => {
    const { batch, importFile } = open([{ text: '' }]);
    importFile(CP949_CSV);
    expect(await screen.findByText('1 row imported.')).toBeTruthy();
    expect(batch.store.getState().rows.map((r) => [r.language, r.text, r.model])).toEqual([
      ['ko', '안녕하세요 여러분', 'M1'],
    ]);
  });

  it('during a run keeps the rows already sent, and says so', async () => {
    const rendering: Job = {
      id: 'j1',
      kind: 'chromakey',
      status: 'rendering',
      createdAt: 1,
      updatedAt: 2,
    };
    const { batch, importFile } = open(
      [
        { text: 'Sent', state: 'submitted', jobId: 'j1' },
        { text: 'Not yet', state: 'queued' },
      ],
      [rendering],
    );
    batch.store.setState({ running: true });
    importFile(new TextEncoder().encode('language,text,model,clothes\nen,Fresh,M1,C1\n'));
    expect(
      await screen.findByText(
        '1 row imported. Rows already sent were kept (1): they are paid for, and their videos stay in Download all.',
      ),
    ).toBeTruthy();
    expect(batch.store.getState().rows.map((r) => [r.text, r.jobId])).toEqual([
      ['Sent', 'j1'],
      ['Fresh', undefined],
    ]);
  });
});
