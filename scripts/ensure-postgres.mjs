// Part of `npm test`: the multi-instance tests start a throwaway PostgreSQL from the Debian
// `postgresql` package's binaries. Installs it when missing and running as root (as
// ensure-chromium does for Chromium); otherwise prints the one command to run.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const ROOT = '/usr/lib/postgresql';
const found = () =>
  existsSync(ROOT) &&
  readdirSync(ROOT).some(
    (v) => existsSync(`${ROOT}/${v}/bin/initdb`) && existsSync(`${ROOT}/${v}/bin/pg_ctl`),
  );

if (found()) process.exit(0);
if (process.getuid?.() === 0) {
  console.log('Installing PostgreSQL (apt-get install postgresql) for the multi-instance tests…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
  const install = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'postgresql'], {
    stdio: 'inherit',
    env,
  });
  if (install.status === 0 && found()) process.exit(0);
  console.error('Scenewright: installing PostgreSQL failed.');
  process.exit(1);
}
console.error(
  'Scenewright: the multi-instance tests need PostgreSQL server binaries. Run:\n  sudo apt-get install -y postgresql',
);
process.exit(1);
