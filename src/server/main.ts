import { loadSettings, SettingsError, type Settings } from './settings';
import { startAll } from './start';

/** `npm start` / `npm run dev`: validate settings, start (simulator,) server, close on signals. */
async function main() {
  let settings: Settings;
  try {
    settings = loadSettings();
  } catch (error) {
    if (error instanceof SettingsError) {
      console.error(`Scenewright: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const running = await startAll(settings, { serveSpa: true }).catch((error: unknown) => {
    const e = error as { code?: string; message?: string };
    console.error(
      `Scenewright: cannot start: ${e.code === 'EADDRINUSE' ? `port ${settings.port} is already in use (set PORT)` : (e.message ?? String(error))}`,
    );
    process.exit(1);
  });
  const upstream = running.simulator
    ? 'the built-in AI Studios simulator'
    : settings.upstreamBaseUrl;
  console.log(`Scenewright is running at ${running.url} (upstream: ${upstream})`);
  let closing = false;
  const stop = (signal: string) => {
    if (closing) return;
    closing = true;
    running.app.log.info({ signal }, 'closing');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

void main();
