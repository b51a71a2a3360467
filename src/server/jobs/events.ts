import { EventEmitter } from 'node:events';
import type { StoredJob } from './store';

/** Fan-out of job changes to the Server-Sent Events streams. */
export class JobEvents {
  private readonly emitter = new EventEmitter();
  constructor() {
    this.emitter.setMaxListeners(0);
  }
  emit(job: StoredJob): void {
    this.emitter.emit('job', job);
  }
  subscribe(listener: (job: StoredJob) => void): () => void {
    this.emitter.on('job', listener);
    return () => this.emitter.off('job', listener);
  }
  get listenerCount(): number {
    return this.emitter.listenerCount('job');
  }
}
