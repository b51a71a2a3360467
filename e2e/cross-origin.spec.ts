import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { expect, test, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from './playwright.config';

// A hostile name that resolves to 127.0.0.1, as a rebinding attacker's DNS would make it. Chromium's
// own local-network checks are off: the server must hold without the browser's help.
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      ...CHROMIUM_ARGS,
      '--host-resolver-rules=MAP evil.test 127.0.0.1',
      '--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessSendPreflights,PrivateNetworkAccessRespectPreflightResults',
    ],
  },
});

const GIF = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');
const chroma = {
  language: 'en',
  text: 'Spend my credits',
  model: 'M000004017',
  clothes: 'BG00006160',
};

/** What the attacker's page tries against the server at `target`; every outcome as the page saw it. */
function attack(page: Page, target: string) {
  return page.evaluate(
    async ({ target, chroma, gif }) => {
      const tries: Record<string, string> = {};
      const attempt = async (name: string, run: () => Promise<Response>) => {
        try {
          const res = await run();
          tries[name] = res.type === 'opaque' ? 'opaque' : `${res.status} ${await res.text()}`;
        } catch (error) {
          tries[name] = `refused: ${String(error)}`;
        }
      };
      const body = JSON.stringify(chroma);
      await attempt('export (text/plain, no preflight)', () =>
        fetch(`${target}/api/odin/v3/simple/video`, {
          method: 'POST',
          headers: { 'content-type': 'text/plain' },
          body,
        }),
      );
      await attempt('export (no-cors)', () =>
        fetch(`${target}/api/odin/v3/simple/video`, { method: 'POST', mode: 'no-cors', body }),
      );
      await attempt('export (json)', () =>
        fetch(`${target}/api/odin/v3/simple/video`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        }),
      );
      await attempt('read jobs', () => fetch(`${target}/api/jobs`));
      tries['job events'] = await new Promise<string>((resolve) => {
        const events = new EventSource(`${target}/api/jobs/events`);
        events.onopen = () => (events.close(), resolve('200 open'));
        events.onerror = () => (events.close(), resolve('refused: EventSource error'));
      });
      await attempt('upload', () =>
        fetch(`${target}/api/uploads`, {
          method: 'POST',
          headers: { 'content-type': 'image/gif' },
          body: Uint8Array.from(atob(gif), (c) => c.charCodeAt(0)),
        }),
      );
      await attempt('upload (no-cors)', () =>
        fetch(`${target}/api/uploads`, {
          method: 'POST',
          mode: 'no-cors',
          headers: { 'content-type': 'text/plain' },
          body: atob(gif),
        }),
      );
      return tries;
    },
    { target, chroma, gif: GIF.toString('base64') },
  );
}

let attacker: Server;
let attackerPort = 0;
test.beforeAll(async () => {
  attacker = createServer((_req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end('<!doctype html><title>Win a prize</title><h1>Hello</h1>'),
  );
  await new Promise<void>((r) => attacker.listen(0, '127.0.0.1', r));
  attackerPort = (attacker.address() as { port: number }).port;
});
test.afterAll(() => new Promise<void>((r) => attacker.close(() => r())));

test('pages from other origins cannot export, read jobs or upload; the app on its own origin still can', async ({
  page,
  baseURL,
  request,
}) => {
  const server = new URL(baseURL!);
  const jobsBefore = ((await (await request.get('/api/jobs')).json()) as { data: unknown[] }).data
    .length;
  const statuses: string[] = [];
  page.on('response', (res) => {
    const url = new URL(res.url());
    if (url.port === server.port && url.pathname.startsWith('/api/'))
      statuses.push(`${res.status()} ${res.request().method()} ${res.url()}`);
  });

  // 1. Another port on 127.0.0.1: a cross-origin page.
  await page.goto(`http://127.0.0.1:${attackerPort}/`);
  const crossPort = await attack(page, server.origin);
  for (const [name, outcome] of Object.entries(crossPort))
    expect(outcome, name).toMatch(/^(refused|opaque)/);

  // 2. A hostile name mapped to 127.0.0.1, page on another port of it.
  await page.goto(`http://evil.test:${attackerPort}/`);
  const crossName = await attack(page, `http://evil.test:${server.port}`);
  for (const [name, outcome] of Object.entries(crossName))
    expect(outcome, name).toMatch(/^(refused|opaque)/);

  // 3. DNS rebinding: the attacker's page is served as evil.test:<server port> itself, so its calls
  //    are same-origin for the browser; the server still refuses the name.
  await page.route(`http://evil.test:${server.port}/`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Rebound</title>' }),
  );
  await page.goto(`http://evil.test:${server.port}/`);
  const rebound = await attack(page, `http://evil.test:${server.port}`);
  for (const [name, outcome] of Object.entries(rebound))
    expect(outcome, name).toMatch(/^(403 .*HOST_NOT_ALLOWED|opaque|refused: EventSource)/);

  // Whatever reached the server was answered 403 (preflights that failed never reached a handler).
  expect(statuses.length).toBeGreaterThan(0);
  for (const line of statuses) expect(line).toMatch(/^403 /);
  expect(
    ((await (await request.get('/api/jobs')).json()) as { data: unknown[] }).data,
  ).toHaveLength(jobsBefore);
  const gifName = `${createHash('sha256').update(GIF).digest('hex').slice(0, 32)}.gif`;
  expect((await request.get(`/uploads/${gifName}`)).status()).toBe(404);

  // 4. The app on its own origin (127.0.0.1 and localhost) still exports, reads jobs and uploads.
  await page.unrouteAll();
  for (const own of [server.origin, `http://localhost:${server.port}`]) {
    await page.goto(`${own}/`);
    await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeVisible();
    const mine = await attack(page, own);
    expect(mine['export (json)'], own).toMatch(/^200 .*"jobId"/);
    expect(mine['read jobs'], own).toMatch(/^200 /);
    expect(mine['job events'], own).toBe('200 open');
    expect(mine.upload, own).toMatch(
      new RegExp(`^200 .*${own.replace(/[.:/]/g, '\\$&')}/uploads/${gifName}`),
    );
  }
  await page.screenshot({ path: 'test-results/cross-origin-own-app.png' });
});
