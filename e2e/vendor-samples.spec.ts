import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EditorProjectRequest } from '../src/domain/schema/request';
import { expect, seedRequest, test } from './fixtures/editor';

/** The vendor's request samples, verbatim (src/domain/fixtures/vendor/README.md). */
const SAMPLES = [
  'docs-1.6.x-getting-started',
  'docs-1.6.x-create-project',
  'docs-1.6.x-json-template-tutorial',
  'docs-1.4.x-export-project',
  'sample-nodejs-export-from-json-template',
] as const;
const verbatim = (name: string) =>
  readFileSync(
    fileURLToPath(new URL(`../src/domain/fixtures/vendor/requests/${name}.txt`, import.meta.url)),
    'utf8',
  );
const WEBHOOK = 'https://hooks.example.com/aistudios';
const filledIn = (text: string) =>
  text.replace(/\$\{webhook_delivery_address\}/g, JSON.stringify(WEBHOOK));
/** The sample as a value: trailing commas dropped, so Node's own JSON.parse reads it. */
const valueOf = (text: string) =>
  JSON.parse(filledIn(text).replace(/,(\s*[\]}])/g, '$1')) as EditorProjectRequest;

type Json = Record<string, unknown>;
/** Every place a scene carries its speech: scenes[].scripts[0].org and avatar clips' script.org. */
function speechOf(request: EditorProjectRequest, s: number): { holder: Json; org: unknown }[] {
  const scene = request.scenes[s]!;
  const places: { holder: Json; org: unknown }[] = [];
  const first = scene.scripts?.[0] as Json | undefined;
  if (first) places.push({ holder: first, org: first.org });
  for (const clip of scene.clips as Json[]) {
    const script = clip.script as Json | undefined;
    if (clip.type === 'aiModel' && script) places.push({ holder: script, org: script.org });
  }
  return places;
}

for (const name of SAMPLES) {
  test(`vendor sample ${name}: opens unchanged, and a script edit reaches every place`, async ({
    editor,
    page,
  }) => {
    const text = verbatim(name);
    if (text.includes('${')) {
      await editor.importText(text);
      await expect(page.getByRole('alert')).toContainText(
        /Line \d+, column \d+: \$\{webhook_delivery_address\} is a placeholder/,
      );
      await page.getByLabel('Paste JSON').fill(filledIn(text));
      await page.getByRole('button', { name: 'Import pasted JSON' }).click();
    } else {
      await editor.importText(text);
    }
    await expect(page.getByRole('dialog', { name: 'Import a project' })).toBeHidden();
    const expected = valueOf(text);
    expect(await editor.request()).toEqual(expected);

    const said = 'Edited in Scenewright.';
    await page.getByLabel('Script text').fill(said);
    const edited = await editor.request();
    const places = speechOf(edited, 0);
    expect(places.length).toBe(speechOf(expected, 0).length);
    expect(places.length).toBeGreaterThan(0);
    for (const place of places) expect(place.org).toBe(`<p>${said}</p>`);
    // Nothing else changed: put the old text back in those places and it is the sample again.
    const before = speechOf(expected, 0);
    places.forEach((place, i) => (place.holder.org = before[i]!.org));
    expect(edited).toEqual(expected);
    if (name === 'docs-1.6.x-json-template-tutorial') {
      await page.screenshot({ path: 'test-results/vendor-tutorial.png' });
      // Preflight names the pages that disagree, and only warns.
      await page.getByRole('button', { name: 'JSON', exact: true }).click();
      const issues = page.getByRole('list', { name: 'Preflight issues' });
      await expect(issues).toContainText('1.6.x "Create project and export"');
      await expect(issues).toContainText('repeats sceneIdx 0');
      await expect(issues.locator('li.error')).toHaveCount(0);
      await page.screenshot({ path: 'test-results/vendor-tutorial-preflight.png' });
    }
  });
}

test('a clip of an unknown type is shown, listed and sent back unchanged', async ({
  editor,
  page,
}) => {
  const sticker = {
    id: 'sticker-1',
    type: 'sticker',
    left: 100,
    top: 100,
    width: 400,
    height: 240,
    layer: 3,
    pack: { frames: [1, 2] },
  };
  const request = structuredClone(seedRequest);
  (request.scenes[0]!.clips as unknown[]).push(sticker);
  await editor.importText(JSON.stringify(request));
  await expect(page.getByRole('dialog', { name: 'Import a project' })).toBeHidden();
  await expect(page.getByRole('list', { name: 'Layers' })).toContainText('sticker (kept as is)');
  expect(await editor.request()).toEqual(request);
  await page.getByRole('list', { name: 'Layers' }).getByText('sticker (kept as is)').click();
  await expect(page.getByLabel('Unknown clip type')).toContainText('“sticker”');
  await page.keyboard.press('ArrowRight');
  const moved = structuredClone(request);
  (moved.scenes[0]!.clips[1] as { left: number }).left += 1;
  expect(await editor.request()).toEqual(moved);
  await page.screenshot({ path: 'test-results/opaque-clip.png' });
});

test('a project in the clip form, with an unknown clip, survives a reload as it came', async ({
  editor,
  page,
}) => {
  const sample = valueOf(verbatim('docs-1.6.x-json-template-tutorial'));
  const sticker = {
    id: 'sticker-1',
    type: 'sticker',
    left: 0,
    top: 0,
    width: 10,
    height: 10,
    layer: 9,
  };
  (sample.scenes[1]!.clips as unknown[]).push(sticker);
  await editor.importText(JSON.stringify(sample));
  await expect(page.getByRole('dialog', { name: 'Import a project' })).toBeHidden();
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
  await page.reload();
  await page.waitForFunction(() => Boolean(window.scenewright));
  expect(await editor.request()).toEqual(sample);
});
