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
