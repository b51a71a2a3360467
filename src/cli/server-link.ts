import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { httpJobsApi, JobsApiError, type JobsApi } from '../merge/jobs-api';
import { loadSettings } from '../server/settings';
import { startAll } from '../server/start';
import { CliError, type CliIo } from './io';

export interface ServerLink {
  api: JobsApi;
  url: string;
  close: () => Promise<void>;
}

/**
 * `--dry-run`: the Scenewright server on its built-in simulator, in this process, with a data dir
 * of its own that is removed afterwards. Renders take SIM_RENDER_MS (3 s unless set).
 */
async function startDryRun(io: CliIo): Promise<ServerLink> {
  const dataDir = mkdtempSync(join(tmpdir(), 'scenewright-dry-run-'));
  const settings = loadSettings(
    {
      HOST: '127.0.0.1',
      PORT: '0',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      SIM_RENDER_MS: io.env.SIM_RENDER_MS ?? '3000',
      JOB_POLL_MS: '100',
      JOB_POLL_MAX_MS: '500',
    },
    '',
  );
  const running = await startAll(settings);
  return {
    api: httpJobsApi({ baseUrl: running.url }),
    url: running.url,
    close: async () => {
      await running.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function connect(
  options: { server?: string; dryRun?: boolean },
  io: CliIo,
): Promise<ServerLink> {
  if (options.dryRun) return startDryRun(io);
  const url = options.server ?? io.env.SCENEWRIGHT_SERVER;
  if (!url)
    throw new CliError(
      'Name a Scenewright server with --server URL (or SCENEWRIGHT_SERVER), or use --dry-run for the built-in simulator.',
    );
  if (!/^https?:\/\//.test(url))
    throw new CliError(`--server must be an http(s) URL; got "${url}".`);
  const api = httpJobsApi({ baseUrl: url, accessToken: io.env.SCENEWRIGHT_ACCESS_TOKEN });
  await checkReachable(api, url);
  return { api, url, close: async () => undefined };
}

/** Asked once before any row is sent, so a wrong address or token fails the run, not each row. */
async function checkReachable(api: JobsApi, url: string) {
  try {
    await api.voices();
  } catch (e) {
    if (!(e instanceof JobsApiError)) throw e;
    if (e.code === 'network')
      throw new CliError(
        `Nothing was sent: the Scenewright server at ${url} cannot be reached. Start it (npm start), check the address, or use --dry-run for the built-in simulator.`,
      );
    if (e.status === 401 || e.status === 403)
      throw new CliError(
        `Nothing was sent: the Scenewright server at ${url} refused the access token. Set SCENEWRIGHT_ACCESS_TOKEN to the server's ACCESS_TOKEN.`,
      );
    throw new CliError(`Nothing was sent: the Scenewright server at ${url} answered: ${e.message}`);
  }
}
