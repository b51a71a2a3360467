import PgBoss from 'pg-boss';
import type { Database } from './db';

export interface QueueOptions {
  /** How long one follow step may hold its lease before another instance may take it (s). */
  leaseSeconds: number;
  /** How often pg-boss looks for expired leases (s). */
  maintenanceSeconds: number;
}

export const FOLLOW_QUEUE = 'follow-job';
export const SWEEP_QUEUE = 'sweep-submissions';

/**
 * pg-boss on the ledger's own database (PGlite or PostgreSQL) through its `db.executeSql` hook.
 * Both queues are `stately`: per job at most one step waiting and one running, on any instance.
 */
export async function startQueue(
  db: Database,
  options: QueueOptions,
  onError: (error: unknown) => void,
): Promise<PgBoss> {
  const boss = new PgBoss({
    db: { executeSql: (text, values) => db.executeSql(text, values) },
    schema: 'pgboss',
    schedule: false,
    supervise: true,
    migrate: true,
    maintenanceIntervalSeconds: options.maintenanceSeconds,
    monitorStateIntervalSeconds: Math.max(1, options.maintenanceSeconds),
    // Each follow step is a finished pg-boss job within seconds: do not keep them for the default 12 h.
    archiveCompletedAfterSeconds: 300,
    deleteAfterSeconds: 3600,
  });
  boss.on('error', onError);
  await boss.start();
  for (const name of [FOLLOW_QUEUE, SWEEP_QUEUE]) {
    await boss.createQueue(name, {
      name,
      policy: 'stately',
      expireInSeconds: options.leaseSeconds,
      retryLimit: 1000,
      retryDelay: 1,
    });
  }
  return boss;
}
