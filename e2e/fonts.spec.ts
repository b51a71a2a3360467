import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures/editor';

const textRequest = readFileSync(
  new URL('../src/domain/fixtures/clip-textImage-request.json', import.meta.url),
  'utf8',
);
const KOREAN = '안녕하세요, 에이아이 스튜디오입니다';

const notoFaces = (status: string) =>
  [...document.fonts].filter(
    (face) =>
      face.family.replace(/"/g, '') === 'Noto Sans KR' &&
      (status === 'any' || face.status === status),
  ).length;

test('Latin faces only at start; Korean text registers the Korean faces before the stage measures it', async ({
  editor,
  page,
}) => {
  const fontFiles: string[] = [];
  page.on('request', (request) => {
    if (/noto-sans-kr-\d+-\d+-normal/.test(request.url())) fontFiles.push(request.url());
  });
  // The first screen: Latin 400 and 700, nothing Korean fetched.
  expect(await page.evaluate(notoFaces, 'any')).toBe(2);
  await editor.importText(textRequest.replace('Hello, AI Studios', KOREAN));
  await expect.poll(() => page.evaluate(notoFaces, 'any')).toBeGreaterThan(200);
  // The stage asked for the slices its text needs (and only those): more than the two Latin faces.
  await page.evaluate(() => document.fonts.ready);
  await expect.poll(() => page.evaluate(notoFaces, 'loaded')).toBeGreaterThan(2);
  expect(await page.evaluate(notoFaces, 'loaded')).toBeLessThan(20);
  expect(fontFiles.length).toBeGreaterThan(0);

  // Measured in the Korean font from the start: the same text drawn by a stage object made after
  // every font is in (switching scenes away and back rebuilds them) looks exactly the same.
  const stage = page.getByTestId('stage');
  await page.waitForLoadState('networkidle'); // the avatar's (failing) picture has settled too
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  const first = await stage.screenshot();
  await page.getByRole('button', { name: '+ Scene' }).click();
  await page.getByRole('button', { name: 'Scene 1', exact: true }).click();
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  expect(await stage.screenshot()).toEqual(first);
});

test('the first screen downloads no web font; a text on the stage loads its face and is measured in it', async ({
  editor,
  page,
}) => {
  const notoDownloads = () =>
    page.evaluate(
      () =>
        performance.getEntriesByType('resource').filter((e) => /noto-sans-kr/.test(e.name)).length,
    );
  // The interface is set in the system's own face: nothing to fetch for it.
  await page.evaluate(() => document.fonts.ready);
  expect(await notoDownloads()).toBe(0);

  await page.getByRole('tab', { name: 'Text' }).click();
  await page.getByRole('button', { name: 'Add text' }).click();
  // The stage asks for the Latin face its text is drawn in, and measures again once it is here.
  await expect.poll(() => page.evaluate(notoFaces, 'loaded')).toBeGreaterThanOrEqual(1);
  expect(await notoDownloads()).toBeGreaterThanOrEqual(1);
  const text = (await editor.request()).scenes[0]!.clips.find((c) => c.type === 'textImage')!;
  await expect
    .poll(async () => {
      const stored = (await editor.request()).scenes[0]!.clips.find((c) => c.id === text.id)!;
      const shown = await page.evaluate(
        (id) => window.scenewright!.objectSize(id)!.height,
        text.id,
      );
      return Math.abs((stored as { height: number }).height - shown);
    })
    .toBeLessThanOrEqual(1);
});
