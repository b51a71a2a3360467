import { createStore } from 'zustand/vanilla';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';

export type RowState = 'draft' | 'queued' | 'submitting' | 'submitted' | 'error' | 'cancelled';

export interface BatchRow {
  id: string;
  language: string;
  text: string;
  model: string;
  clothes: string;
  state: RowState;
  jobId?: string;
  error?: string;
  /**
   * The Idempotency-Key of this row's send, saved before the request leaves and kept while the
   * send may have arrived unanswered: sent again under it, the row cannot make a second render.
   */
  key?: string;
  /** The request `key` was sent with. */
  keyedBody?: string;
}

export interface BatchState {
  rows: BatchRow[];
  concurrency: number;
  running: boolean;
}

export interface BatchStoreOptions {
  newId: (prefix: string) => string;
  storageKey?: string;
  /** Where the batch is kept; localStorage in the browser, memory in tests and the bench. */
  storage?: StateStorage;
}

/** The chroma-key batch, kept in localStorage so that a batch in progress goes on after a reload. */
export function createBatchStore({
  newId,
  storageKey = 'scenewright.batch',
  storage,
}: BatchStoreOptions) {
  const emptyRow = (patch: Partial<BatchRow> = {}): BatchRow => ({
    id: newId('row'),
    language: 'en',
    text: '',
    model: '',
    clothes: '',
    state: 'draft',
    ...patch,
  });
  const store = createStore<BatchState>()(
    persist((): BatchState => ({ rows: [emptyRow()], concurrency: 3, running: false }), {
      name: storageKey,
      version: 1,
      ...(storage ? { storage: createJSONStorage(() => storage) } : {}),
    }),
  );
  const patchRow = (id: string, patch: Partial<BatchRow>) =>
    store.setState((s) => ({ rows: s.rows.map((r) => (r.id === id ? { ...r, ...patch } : r)) }));
  return {
    store,
    patchRow,
    addRow: (row: Partial<BatchRow> = {}) =>
      store.setState((s) => ({ rows: [...s.rows, emptyRow(row)] })),
    removeRow: (id: string) => store.setState((s) => ({ rows: s.rows.filter((r) => r.id !== id) })),
    /** New rows in place of the batch's, after the rows in `keep` (see batch-import.ts). */
    replaceRows: (rows: Partial<BatchRow>[], keep: readonly BatchRow[] = []) =>
      store.setState({ rows: [...keep, ...rows.map((r) => emptyRow(r))] }),
    setConcurrency: (n: number) =>
      store.setState({ concurrency: Math.max(1, Math.min(16, Math.round(n))) }),
    /** Queues every draft, failed or cancelled row and starts the runner. */
    run: () =>
      store.setState((s) => ({
        running: true,
        rows: s.rows.map((r) =>
          r.state === 'draft' || r.state === 'error' || r.state === 'cancelled'
            ? { ...r, state: 'queued', error: undefined }
            : r,
        ),
      })),
    retryRow: (id: string) => {
      patchRow(id, { state: 'queued', error: undefined, jobId: undefined });
      store.setState({ running: true });
    },
    /** Rows not yet sent go back to waiting; sent ones keep rendering at AI Studios. */
    cancelPending: () =>
      store.setState((s) => ({
        running: false,
        rows: s.rows.map((r) => (r.state === 'queued' ? { ...r, state: 'cancelled' } : r)),
      })),
  };
}

export type BatchStore = ReturnType<typeof createBatchStore>;
