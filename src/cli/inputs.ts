import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import iconv from 'iconv-lite';
import type { Project } from '../domain/project';
import type { MergeSpec } from '../domain/merge/spec';
import { readProjectFile } from '../domain/merge/template';
import { readTable, type Table } from '../merge/table';
import { CliError, type CliIo } from './io';

function readBytes(path: string, io: CliIo, what: string): Buffer {
  try {
    return readFileSync(resolve(io.cwd, path));
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new CliError(
      `Cannot read the ${what} "${path}"${code === 'ENOENT' ? ': there is no such file' : `: ${(e as Error).message}`}.`,
    );
  }
}

export function loadProject(path: string, io: CliIo): { project: Project; spec: MergeSpec } {
  let json: unknown;
  try {
    json = JSON.parse(
      readBytes(path, io, 'project')
        .toString('utf8')
        .replace(/^\ufeff/, ''),
    );
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`The project "${path}" is not JSON: ${(e as Error).message}`);
  }
  const read = readProjectFile(json);
  if (!read.ok) throw new CliError(`${path}: ${read.message}`);
  return read;
}

/** Node's own euc-kr decoder is strict EUC-KR; iconv-lite decodes all of CP949. */
export const loadRows = (path: string, io: CliIo): Table =>
  readTable(new Uint8Array(readBytes(path, io, 'data file')), (bytes) =>
    iconv.decode(Buffer.from(bytes), 'cp949'),
  );
