import { EventEmitter } from 'node:events';
import type { Database } from './db';
import type { StoredJob } from './job-row';
import { JOB_CHANNEL as CHANNEL, MAX_PAYLOAD } from './job-sql';
import type { JobStore } from './store';

/**
 * Job changes for the Server-Sent Events streams of every instance: a change is announced with
 * NOTIFY and each instance tells its own listeners (embedded, the store tells this one directly).
 * Older states never overtake newer ones.
 */
export class JobEvents {
  private readonly emitter = new EventEmitter();
  private readonly seen = new Map<string, number>();
  private readonly pending = new Set<Promise<void>>();
  private unlisten?: () => Promise<void>;
  private stopped = false;

  constructor(
    private readonly db: Database,
    private readonly store: JobStore,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {
    this.emitter.setMaxListeners(0);
  }

  async start(): Promise<void> {
    // Embedded: this process is the only instance; changes come straight from the store.
    if (this.db.mode === 'embedded')
      return this.store.announceLocally((job) => {
        // Told inside the write's call: a listener's failure must not fail a committed write.
        try {
          this.show(job);
        } catch (error) {
          this.onError(error);
        }
      });
    this.unlisten = await this.db.listen(CHANNEL, (id) => this.deliver(id));
  }

  /**
   * Announces a change to every instance (this one included). The job travels in the payload
   * without its request and hook secret; one too big for NOTIFY travels as its id and is read back.
   * (A write that can announce itself does so in its own statement: `JobStore.update`'s `publish`.)
   */
  async publish(job: StoredJob): Promise<void> {
    if (this.stopped) return;
    if (this.db.mode === 'embedded') return this.show({ ...job, request: null, hookSecret: null });
    const payload = JSON.stringify({ ...job, request: null, hookSecret: null });
    await this.db.query('SELECT pg_notify($1, $2)', [
      CHANNEL,
      Buffer.byteLength(payload) < MAX_PAYLOAD ? payload : job.id,
    ]);
  }

  subscribe(listener: (job: StoredJob) => void): () => void {
    this.emitter.on('job', listener);
    return () => this.emitter.off('job', listener);
  }

  get listenerCount(): number {
    return this.emitter.listenerCount('job');
  }

  private show(job: StoredJob) {
    if (this.stopped || (this.seen.get(job.id) ?? -1) > job.updatedAt) return;
    this.seen.set(job.id, job.updatedAt);
    if (this.seen.size > 10_000) this.seen.delete(this.seen.keys().next().value!);
    this.emitLocal(job);
  }

  /** Tells this instance's listeners only (what a NOTIFY leads to; tests use it directly). */
  emitLocal(job: StoredJob): void {
    this.emitter.emit('job', job);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.unlisten?.();
    await Promise.all(this.pending);
    this.emitter.removeAllListeners();
  }

  private deliver(payload: string) {
    if (this.stopped) return;
    if (payload.startsWith('{')) return this.show(JSON.parse(payload) as StoredJob);
    const read = this.store.get(payload).then(
      (job) => {
        if (job) this.show(job);
      },
      (error: unknown) => this.onError(error),
    );
    this.pending.add(read);
    void read.finally(() => this.pending.delete(read));
  }
}
