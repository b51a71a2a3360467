// Makes sure Debian's Chromium is there for Playwright: installs it as root on Debian, else says how.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = process.getuid?.() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log(
    `Chromium not found at ${path}; installing Debian's chromium package (about a minute)…`,
  );
  try {
    execSync(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk',
      {
        stdio: 'inherit',
      },
    );
  } catch {
    console.error('Installing chromium failed. Run: apt-get update && apt-get install -y chromium');
    process.exit(1);
  }
  if (existsSync(path)) process.exit(0);
}
console.error(
  `Chromium is needed for the end-to-end tests. Run: sudo apt-get update && sudo apt-get install -y chromium (or set CHROMIUM_PATH).`,
);
process.exit(1);
