import { parse, type ParseError, type ParseOptions, type ParseResult } from './parse';

/** Metadata the upstream adds to a stored project; not part of a create request. */
const UPSTREAM_PROJECT_METADATA = [
  '_id',
  'userId',
  'templateId',
  'state',
  'baseInfoId',
  'backendTaskId',
  'exportType',
  'progress',
  'creditSubstracted',
  'createdAt',
  'updatedAt',
  'download_url',
  'thumbnailUrl',
  '__v',
];

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export type ImportShape = 'request' | 'scenes' | 'upstream-project';

/**
 * Accepts what people bring: a full request, a bare `scenes` array, or a project as
 * `GET editor/project/:id` returns it (the envelope, `{project}`, or the project itself).
 */
export function unwrapImport(input: unknown): { shape: ImportShape; request: unknown } {
  if (Array.isArray(input)) return { shape: 'scenes', request: { scenes: input } };
  if (!isRecord(input)) return { shape: 'request', request: input };
  const data = isRecord(input.data) ? input.data : input;
  const project = isRecord(data.project) ? data.project : data;
  if (project === input && !('_id' in input)) return { shape: 'request', request: input };
  const request: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(project))
    if (!UPSTREAM_PROJECT_METADATA.includes(key))
      Object.defineProperty(request, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  return { shape: 'upstream-project', request };
}

export type ImportResult =
  (ParseResult & { ok: true; shape: ImportShape }) | { ok: false; error: ParseError };

/** A value (text is read by the caller, see src/api/import-text.ts) -> project. */
export function importProject(value: unknown, options: ParseOptions = {}): ImportResult {
  let unwrapped: { shape: ImportShape; request: unknown };
  try {
    unwrapped = unwrapImport(value);
  } catch {
    unwrapped = { shape: 'request', request: value };
  }
  const result = parse(unwrapped.request, options);
  if (!result.ok) return result;
  return { ...result, shape: unwrapped.shape };
}
