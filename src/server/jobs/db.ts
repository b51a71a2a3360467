import { mkdirSync } from 'node:fs';
import { PGlite, type PGliteInterface } from '@electric-sql/pglite';
import pg from 'pg';
import { preparedQueries } from './pglite-prepared';

export type Row = Record<string, unknown>;

/** What a query runs on: the database itself or one transaction. */
export interface Queryable {
  query<T = Row>(text: string, params?: unknown[]): Promise<T[]>;
}

/**
 * One Postgres dialect over two engines: PGlite (embedded, a folder under DATA_DIR, one process)
 * or a PostgreSQL server (`DATABASE_URL`, any number of instances).
 */
export interface Database extends Queryable {
  readonly mode: 'embedded' | 'server';
  /** Several statements, no parameters (migrations). */
  exec(text: string): Promise<void>;
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Calls `onPayload` for every NOTIFY on `channel`, from any instance; resolves to an unlisten. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  /** pg-boss's hook for running its SQL on this database. */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: Row[] }>;
  close(): Promise<void>;
}

export async function openEmbedded(dir: string): Promise<Database> {
  if (!dir.startsWith('memory://')) mkdirSync(dir, { recursive: true });
  return wrapPglite(await PGlite.create(dir));
}

export function wrapPglite(db: PGliteInterface): Database {
  const query = preparedQueries(db);
  return {
    mode: 'embedded',
    query,
    exec: async (text) => void (await db.exec(text)),
    transaction: (fn) =>
      db.transaction((tx) =>
        fn({
          query: async <T>(text: string, params?: unknown[]) =>
            (await tx.query<T>(text, params)).rows,
        }),
      ),
    listen: async (channel, onPayload) => {
      const stop = await db.listen(channel, onPayload);
      return async () => {
        if (!db.closed) await stop();
      };
    },
    executeSql: async (text, values) => {
      if (values && values.length > 0) return { rows: (await db.query<Row>(text, values)).rows };
      const results = await db.exec(text);
      return { rows: (results.at(-1)?.rows ?? []) as Row[] };
    },
    close: async () => {
      if (!db.closed) await db.close();
    },
  };
}

export async function openServer(url: string, max = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle client that loses its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  await pool.query('SELECT 1');
  const listeners: pg.PoolClient[] = [];
  const query = async <T>(text: string, params?: unknown[]) =>
    (await pool.query(text, params)).rows as T[];
  return {
    mode: 'server',
    query,
    exec: async (text) => void (await pool.query(text)),
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({
          query: async <T>(text: string, params?: unknown[]) =>
            (await client.query(text, params)).rows as T[],
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    listen: async (channel, onPayload) => {
      const client = await pool.connect();
      listeners.push(client);
      client.on('notification', (n) => {
        if (n.channel === channel) onPayload(n.payload ?? '');
      });
      client.on('error', () => undefined);
      await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      return async () => {
        const at = listeners.indexOf(client);
        if (at < 0) return;
        listeners.splice(at, 1);
        await client.query(`UNLISTEN ${pg.escapeIdentifier(channel)}`).catch(() => undefined);
        client.release();
      };
    },
    executeSql: async (text, values) => ({ rows: (await pool.query(text, values)).rows as Row[] }),
    close: async () => {
      for (const client of listeners.splice(0)) client.release(true);
      await pool.end();
    },
  };
}
