import type { JobStatus } from '../../domain/schema/job';
import { COLUMNS, KEYS, SUMMARY, TYPES, toSql, type StoredJob } from './job-row';

/** The NOTIFY channel of job changes (see JobEvents). */
export const JOB_CHANNEL = 'scenewright_jobs';
/** NOTIFY payloads must stay under 8000 bytes; a bigger one travels as the job's id. */
export const MAX_PAYLOAD = 7900;

export interface Statement {
  sql: string;
  params: unknown[];
}

/**
 * The announcement of a changed row, built in SQL so that the change and its NOTIFY are one
 * statement (and one commit): the job without its request and hook secret, as JobEvents reads it.
 */
const payloadOf = (from: string) =>
  `json_build_object(${KEYS.filter((k) => k !== 'request' && k !== 'hookSecret')
    .map((k) => `'${k}', ${from}.${COLUMNS[k]}`)
    .join(', ')}, 'request', null, 'hookSecret', null)::text`;
const announcement = (from: string) =>
  `SELECT ${from}.*, pg_notify('${JOB_CHANNEL}', CASE WHEN octet_length(p.payload) < ${MAX_PAYLOAD} THEN p.payload ELSE ${from}.id END) AS announced FROM ${from}, LATERAL (SELECT ${payloadOf(from)} AS payload) p`;

/**
 * Inserts `job` and (with `announce`) announces it; with `limit`, only while the account has fewer
 * than that many live submissions (`submitting` with an unexpired lease) at `at`.
 */
export function intentInsert(
  job: StoredJob,
  at: number,
  limit?: number,
  announce = true,
): Statement {
  const values = KEYS.map((k) => toSql(k, job[k]));
  const cells = KEYS.map((k, i) => `$${i + 1}${TYPES[k] ? `::${TYPES[k]}` : ''}`).join(',');
  const n = values.length;
  const guard =
    limit === undefined
      ? ''
      : ` WHERE (SELECT count(*) FROM jobs WHERE account = $${n + 1} AND status = 'submitting' AND lease_until > $${n + 2}) < $${n + 3}`;
  return {
    sql: `WITH written AS (INSERT INTO jobs (${KEYS.map((k) => COLUMNS[k]).join(',')}) SELECT ${cells}${guard} ON CONFLICT (account, client_key) WHERE client_key IS NOT NULL DO NOTHING RETURNING ${SUMMARY}) ${announce ? announcement('written') : 'SELECT id FROM written'}`,
    params: limit === undefined ? values : [...values, job.account, at, limit],
  };
}

/** Inserts a row as is (an import); with `ignoreExisting`, nothing when its id is there. */
export function plainInsert(job: StoredJob, ignoreExisting: boolean): Statement {
  return {
    sql: `INSERT INTO jobs (${KEYS.map((k) => COLUMNS[k]).join(',')}) VALUES (${KEYS.map((_, i) => `$${i + 1}`).join(',')})${ignoreExisting ? ' ON CONFLICT DO NOTHING' : ''} RETURNING id`,
    params: KEYS.map((k) => toSql(k, job[k])),
  };
}

export interface UpdateCondition {
  /** Only while the job is in one of these states. */
  from?: readonly JobStatus[];
  /** Only while the job's progress is still this. */
  progressWas?: number;
  /** Announce the change in the same statement. */
  publish?: boolean;
}

/** A compare-and-set update of one job that returns it without its request. */
export function conditionalUpdate(
  id: string,
  entries: [keyof StoredJob, unknown][],
  when: UpdateCondition,
): Statement {
  const params: unknown[] = [...entries.map(([k, v]) => toSql(k, v)), id];
  let where = `id = $${params.length}`;
  if (when.from) where += ` AND status = ANY($${params.push([...when.from])})`;
  if (when.progressWas !== undefined) where += ` AND progress = $${params.push(when.progressWas)}`;
  const change = `UPDATE jobs SET ${entries.map(([k], i) => `${COLUMNS[k]} = $${i + 1}`).join(', ')} WHERE ${where} RETURNING ${SUMMARY}`;
  return {
    sql: when.publish ? `WITH changed AS (${change}) ${announcement('changed')}` : change,
    params,
  };
}
