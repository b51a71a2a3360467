import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { SingleBar } from 'cli-progress';
import type { EditorProjectRequest } from '../domain/schema/request';
import type { JobsApi } from '../merge/jobs-api';
import { MergeRun, wait, type RunRow, type RunState } from '../merge/run';
import type { CliIo } from './io';

export interface RunItem {
  rowNumber: number;
  request: EditorProjectRequest;
  file: string;
  /** Estimated credits (from the row's check), held against the credit cap (1 when not given). */
  credits?: number;
}

export interface DriveOptions {
  api: JobsApi;
  items: readonly RunItem[];
  /** Every row with its key; rows resumed from a saved run carry their jobs. */
  initial: RunState;
  /** Keeps the state before each send (and at each change of a row's status, key or job). */
  save?: (state: RunState) => void;
  outDir: string;
  concurrency: number;
  pollMs: number;
  creditCap?: number;
  io: CliIo;
}

const counts = (rows: readonly RunRow[]) => ({
  done: rows.filter((r) => r.status === 'done').length,
  failed: rows.filter((r) => r.status === 'failed').length,
  rendering: rows.filter(
    (r) => r.status === 'queued' || r.status === 'rendering' || r.status === 'sending',
  ).length,
});

/** Sends the items, shows progress, downloads each finished video into `outDir` as it finishes. */
export async function driveRun(
  options: DriveOptions,
): Promise<{ state: RunState; downloaded: Map<number, string> }> {
  const { io, items } = options;
  const byRow = new Map(items.map((i) => [i.rowNumber, i]));
  mkdirSync(options.outDir, { recursive: true });
  const progress = io.progressStream?.isTTY
    ? new SingleBar({
        stream: io.progressStream,
        format: ' {bar} {value}/{total} rows | {done} done, {failed} failed, {rendering} rendering',
        hideCursor: true,
      })
    : undefined;
  progress?.start(items.length, 0, { done: 0, failed: 0, rendering: 0 });
  const reported = new Map<number, string>();
  const downloads: Promise<void>[] = [];
  const downloaded = new Map<number, string>();
  const fetchVideo = async (row: RunRow) => {
    const item = byRow.get(row.rowNumber)!;
    try {
      const response = await options.api.download(row.jobId!);
      await pipeline(
        Readable.fromWeb(response.body as unknown as WebReadableStream<Uint8Array>),
        createWriteStream(join(options.outDir, item.file)),
      );
      downloaded.set(row.rowNumber, item.file);
    } catch (e) {
      io.err(
        `Row ${row.rowNumber}: rendered (job ${row.jobId}) but the download failed: ${(e as Error).message}`,
      );
    }
  };
  let capReached = false;
  const onChange = (state: RunState) => {
    options.save?.(state);
    // A script cannot answer "resume?": at the credit cap the run stops sending and ends.
    if (state.pauseMessage?.code === 'run.creditCap' && !capReached) {
      capReached = true;
      io.err(
        `The credit cap (${options.creditCap}) would be passed by the next row: no more rows are sent.`,
      );
      queueMicrotask(() => run.cancel());
    }
    const c = counts(state.rows);
    progress?.update(c.done + c.failed, c);
    for (const row of state.rows) {
      if (
        (row.status !== 'done' && row.status !== 'failed') ||
        reported.get(row.rowNumber) === row.status
      )
        continue;
      reported.set(row.rowNumber, row.status);
      if (row.status === 'done') downloads.push(fetchVideo(row));
      if (!progress)
        io.out(
          row.status === 'done'
            ? `Row ${row.rowNumber}: done (job ${row.jobId})`
            : `Row ${row.rowNumber}: failed: ${row.error}`,
        );
    }
  };
  const run: MergeRun = new MergeRun(options.initial, {
    api: options.api,
    requestOf: (n) => byRow.get(n)?.request,
    concurrency: options.concurrency,
    pollMs: options.pollMs,
    wait,
    creditCap: options.creditCap,
    costOf: (n) => byRow.get(n)?.credits ?? 1,
    onChange,
  });
  const stop = () => run.cancel();
  io.signal?.addEventListener('abort', stop, { once: true });
  const state = await run.run();
  io.signal?.removeEventListener('abort', stop);
  progress?.stop();
  await Promise.all(downloads);
  return { state, downloaded };
}
