/**
 * The vendor's "Response parameters" tables (src/domain/fixtures/vendor/answers/) read as data:
 * rows of `path` (e.g. `models[].clothes[].id`) and documented `type`. Tests build a value of each
 * documented type from them, and check real answers (the simulator's) against them.
 */
import createProject from '../domain/fixtures/vendor/answers/create-project.md?raw';
import deleteProjects from '../domain/fixtures/vendor/answers/delete-projects.md?raw';
import exportProject from '../domain/fixtures/vendor/answers/export-project.md?raw';
import getProject from '../domain/fixtures/vendor/answers/get-project.md?raw';
import getProjects from '../domain/fixtures/vendor/answers/get-projects.md?raw';
import modelList from '../domain/fixtures/vendor/answers/model-list.md?raw';
import models from '../domain/fixtures/vendor/answers/models.md?raw';
import progress from '../domain/fixtures/vendor/answers/progress.md?raw';
import webhook from '../domain/fixtures/vendor/answers/webhook.md?raw';
import workspaces from '../domain/fixtures/vendor/answers/workspaces.md?raw';

export const ANSWER_TABLES = {
  'create-project': createProject,
  'delete-projects': deleteProjects,
  'export-project': exportProject,
  'get-project': getProject,
  'get-projects': getProjects,
  'model-list': modelList,
  models,
  progress,
  webhook,
  workspaces,
} as const;
export type AnswerPage = keyof typeof ANSWER_TABLES;

/** Pages whose rows describe the items of a list (the data is an array). */
export const LIST_PAGES: ReadonlySet<AnswerPage> = new Set([
  'get-projects',
  'models',
  'workspaces',
]);

export interface Row {
  path: string;
  type: string;
}

export function rowsOf(table: string): Row[] {
  return table
    .split('\n')
    .slice(2)
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .filter((cells) => cells.length >= 4 && cells[1])
    .map((cells) => ({ path: cells[1]!, type: cells[cells.length - 2]! }));
}

const EXAMPLES: Record<string, unknown> = {
  String: 'text',
  Float: 42.5,
  Int: 42,
  Boolean: true,
  Date: '2024-03-20T05:00:00.000Z',
  Json: {},
  'Array(json)': [],
};

/** A value holding every documented key with an example of its documented type. */
export function sampleOf(rows: readonly Row[]): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const { path, type } of rows) {
    let node: Record<string, unknown> = root;
    const parts = path.split('.');
    parts.forEach((part, i) => {
      const list = part.endsWith('[]');
      const key = list ? part.slice(0, -2) : part;
      if (i === parts.length - 1) {
        node[key] ??= structuredClone(EXAMPLES[type] ?? null);
        return;
      }
      if (list) {
        const items = (node[key] ??= [{}]) as Record<string, unknown>[];
        if (items.length === 0) items.push({});
        node = items[0]!;
      } else node = (node[key] ??= {}) as Record<string, unknown>;
    });
  }
  return root;
}

const TYPE_CHECKS: Record<string, (v: unknown) => boolean> = {
  String: (v) => typeof v === 'string',
  Float: (v) => typeof v === 'number' && Number.isFinite(v),
  Int: (v) => Number.isInteger(v),
  Boolean: (v) => typeof v === 'boolean',
  Date: (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)),
  Json: (v) => typeof v === 'object',
  'Array(json)': (v) => Array.isArray(v),
};

const squash = (key: string) => key.replace(/[_-]/g, '').toLowerCase();

/**
 * What in `value` disagrees with the table: a documented key of another type (null and absent
 * are allowed), or a key spelled differently from the documented one (`downloadUrl` where the
 * page says `download_url`).
 */
export function mismatches(value: unknown, rows: readonly Row[]): string[] {
  const out: string[] = [];
  const visit = (node: unknown, parts: string[], where: string, type: string) => {
    if (node === null || typeof node !== 'object') return;
    const [part, ...rest] = parts;
    if (part === undefined) return;
    const list = part.endsWith('[]');
    const key = list ? part.slice(0, -2) : part;
    const record = node as Record<string, unknown>;
    for (const other of Object.keys(record))
      if (other !== key && squash(other) === squash(key))
        out.push(`${where}${other}: documented as "${key}"`);
    const child = record[key];
    if (rest.length === 0) {
      if (child !== undefined && child !== null && !TYPE_CHECKS[type]?.(child))
        out.push(`${where}${key}: ${JSON.stringify(child)} is not ${type}`);
      return;
    }
    if (list && Array.isArray(child))
      child.forEach((item, i) => visit(item, rest, `${where}${key}[${i}].`, type));
    else if (!list) visit(child, rest, `${where}${key}.`, type);
  };
  for (const { path, type } of rows) visit(value, path.split('.'), '', type);
  return [...new Set(out)];
}
