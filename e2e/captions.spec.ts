import type { Download, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseSync, type NodeCue } from 'subtitle';
import { build } from '../src/domain/build';
import { koreanThreeScenes } from '../src/domain/fixtures/korean-three-scenes';
import { projectCues } from '../src/domain/captions';
import { expect, test } from './fixtures/editor';

const cuesIn = async (download: Download) =>
  parseSync(readFileSync((await download.path())!, 'utf8'))
    .filter((n): n is NodeCue => n.type === 'cue')
    .map((n) => ({ start: n.data.start / 1000, end: n.data.end / 1000, text: n.data.text }));

async function save(page: Page, button: ReturnType<Page['getByRole']>) {
  const download = page.waitForEvent('download');
  await button.click();
  return download;
}

test('the export dialog downloads SRT and WebVTT captions of a Korean three-scene project', async ({
  editor,
  page,
}) => {
  await editor.importText(JSON.stringify(build(koreanThreeScenes)));
  await expect(page.getByRole('dialog', { name: 'Import a project' })).toBeHidden();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export video' });
  await expect(dialog.getByLabel('Captions')).toContainText('timing estimated');
  const expected = projectCues(koreanThreeScenes);

  const srt = await save(page, dialog.getByRole('button', { name: 'Download SRT' }));
  expect(srt.suggestedFilename()).toBe('한국어 소개.estimated.srt');
  const vtt = await save(page, dialog.getByRole('button', { name: 'Download WebVTT' }));
  expect(vtt.suggestedFilename()).toBe('한국어 소개.estimated.vtt');
  for (const cues of [await cuesIn(srt), await cuesIn(vtt)]) {
    expect(cues.map((c) => c.text)).toEqual(expected.map((c) => c.text));
    cues.forEach((c, i) => {
      expect(c.start).toBeCloseTo(expected[i]!.start, 2);
      expect(c.end).toBeCloseTo(expected[i]!.end, 2);
    });
  }
});

test('the job centre offers captions re-timed to the rendered video’s real length', async ({
  editor,
  page,
}) => {
  test.setTimeout(90_000);
  await editor.importFile('seed-000-request.json');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export video' });
  await dialog.getByLabel('Export name').fill('Captioned');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const row = page
    .getByRole('dialog', { name: 'Jobs' })
    .locator('tr[data-job-id]')
    .filter({ hasText: 'Captioned' });
  await expect(row.getByRole('button', { name: 'Captions (estimated)' })).toBeVisible();
  await expect(row).toHaveAttribute('data-status', 'done', { timeout: 45_000 });
  const retimed = row.getByRole('button', { name: 'Captions (re-timed to video)' });
  await expect(retimed).toBeVisible();
  const seconds = Number(/([\d.]+) s/.exec((await retimed.getAttribute('title')) ?? '')?.[1]);
  expect(seconds).toBeGreaterThan(0);

  const file = await save(page, retimed);
  expect(file.suggestedFilename()).toBe('Captioned.retimed.srt');
  const cues = await cuesIn(file);
  expect(cues.map((c) => c.text)).toEqual(['Hello, this is test video.']);
  expect(cues[0]!.start).toBe(0);
  expect(cues[cues.length - 1]!.end).toBeCloseTo(seconds, 0);
});
