// `npm start`: build the SPA when dist/ is missing or older than its sources, then run the server
// (API + SPA on one port) with tsx, forwarding signals so it closes gracefully.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const SPA_SOURCES = [
  'index.html',
  'vite.config.ts',
  'public',
  'src/app',
  'src/ui',
  'src/store',
  'src/canvas',
  'src/api',
  'src/i18n',
  'src/merge',
  'src/domain',
];

/** Newest modification time under a file or folder (0 when missing). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  const names = readdirSync(path).filter((name) => !/\.test\.tsx?$/.test(name));
  return names.reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

if (process.env.E2E_FRESH_DATA === '1' && process.env.DATA_DIR) {
  const dataDir = resolve(root, process.env.DATA_DIR);
  if (dataDir !== root && dataDir !== '/' && !root.startsWith(dataDir))
    rmSync(dataDir, { recursive: true, force: true });
}

const distIndex = join(resolve(root, process.env.DIST_DIR ?? 'dist'), 'index.html');
if (!existsSync(join(root, 'index.html'))) {
  console.log('Scenewright: no index.html yet, serving the API only.');
} else if (newest(distIndex) < Math.max(...SPA_SOURCES.map((p) => newest(join(root, p))))) {
  console.log('Scenewright: building the app (vite build)…');
  const build = spawnSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    { cwd: root, stdio: 'inherit' },
  );
  if (build.status !== 0) {
    console.error(
      'Scenewright: the app build failed (see above); fix it or run `npx vite build` to see why.',
    );
    process.exit(build.status ?? 1);
  }
}

const server = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/server/main.ts')], {
  cwd: root,
  stdio: 'inherit',
  env: process.env,
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
