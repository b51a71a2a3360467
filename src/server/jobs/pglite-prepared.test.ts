import { PGlite } from '@electric-sql/pglite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { preparedQueries } from './pglite-prepared';

let db: PGlite;
beforeEach(async () => {
  db = await PGlite.create('memory://');
  await db.exec(
    'CREATE TABLE t (id TEXT PRIMARY KEY, n DOUBLE PRECISION, tags TEXT[], body JSONB, ok BOOLEAN, at INTEGER)',
  );
});
afterEach(() => db.close());

describe('prepared queries on PGlite', () => {
  it('answers exactly as PGlite query() does, for every type the ledger uses', async () => {
    const query = preparedQueries(db);
    const insert =
      'INSERT INTO t VALUES ($1, $2, $3, $4::jsonb, $5, $6) RETURNING id, n, tags, body, ok, at';
    const params = ['a', 1.5, ['x', "it's"], JSON.stringify({ k: [1, null] }), true, null];
    const ours = await query(insert, params);
    const select = 'SELECT * FROM t WHERE id = $1 AND tags && $2';
    expect(ours).toEqual((await db.query(select, ['a', ['x']])).rows);
    expect(ours[0]).toEqual({
      id: 'a',
      n: 1.5,
      tags: ['x', "it's"],
      body: { k: [1, null] },
      ok: true,
      at: null,
    });
    expect(await query(select, ['a', ['nothing']])).toEqual([]);
  });

  it('runs one statement many times with other values, and fails like query() does', async () => {
    const query = preparedQueries(db);
    const insert = 'INSERT INTO t (id, n) VALUES ($1, $2) RETURNING n';
    for (let i = 0; i < 5; i++) expect(await query(insert, [`id${i}`, i])).toEqual([{ n: i }]);
    await expect(query(insert, ['id1', 9])).rejects.toMatchObject({ code: '23505' });
    await expect(query('SELECT nope FROM t')).rejects.toMatchObject({ code: '42703' });
    // The connection is usable after both failures.
    expect(await query('SELECT count(*)::int AS c FROM t')).toEqual([{ c: 5 }]);
  });

  it('never runs inside a transaction that is under way', async () => {
    const query = preparedQueries(db);
    let release!: () => void;
    let inserted!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const rowWritten = new Promise<void>((r) => (inserted = r));
    const transaction = db.transaction(async (tx) => {
      await tx.query("INSERT INTO t (id) VALUES ('in-tx')");
      inserted();
      await held;
      await tx.rollback();
    });
    await rowWritten;
    const outside = query('SELECT count(*)::int AS c FROM t');
    await Promise.resolve();
    release();
    await transaction;
    // Run inside the transaction, it would have counted the row the rollback removed.
    expect(await outside).toEqual([{ c: 0 }]);
  });

  it('keeps at most maxStatements prepared, closing the oldest', async () => {
    const query = preparedQueries(db, 2);
    const texts = ['SELECT 1 AS v', 'SELECT 2 AS v', 'SELECT 3 AS v'];
    for (const text of texts) await query(text);
    const open = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM pg_prepared_statements',
    );
    expect(open.rows[0]!.n).toBe(2);
    expect(await query(texts[0]!)).toEqual([{ v: 1 }]);
  });
});
