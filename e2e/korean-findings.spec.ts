import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { LIMITS } from '../src/domain/limits';
import { expect, fixturePath, test } from './fixtures/editor';
import { englishLeft } from './fixtures/korean-words';
import { sendChromaKeyJob } from './fixtures/jobs';

/** How the Korean UI names each clip kind (clip.kind.* and preflight.kind.*). */
const KINDS = ['아바타', '이미지', '텍스트', '도형', '동영상', '오디오'];
const AUDIO_SECTION = '장면 오디오';

/**
 * Every clip kind, each with something preflight names it for: media on this machine (AI Studios
 * cannot fetch it) for the avatar, image, video and audio; text and shape outside the frame.
 */
function everyKindProject(): string {
  const request = JSON.parse(readFileSync(fixturePath('merge-project.json'), 'utf8')) as {
    scenes: { clips: Record<string, unknown>[] }[];
  };
  const local = (file: string) => `http://127.0.0.1:1/${file}`;
  const [first, second] = request.scenes;
  for (const clip of [...first!.clips, ...second!.clips]) {
    if (clip.type === 'aiModel')
      (clip.model as Record<string, unknown>).source_url = local('a.png');
    if (clip.type === 'image') clip.source_url = local('photo.png');
    if (clip.type === 'videoImage') clip.video_url = local('clip.mp4');
    if (clip.type === 'audio') clip.source_url = local('music.mp3');
    if (clip.type === 'textImage') clip.left = 5000;
  }
  const shapes = JSON.parse(
    readFileSync(fixturePath('four-clip-landscape-request.json'), 'utf8'),
  ) as typeof request;
  const shape = shapes.scenes[0]!.clips.find((c) => c.type === 'shape')!;
  second!.clips.push({ ...shape, left: 5000 });
  return JSON.stringify(request);
}

async function importInKorean(page: Page, text: string) {
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
  const toolbar = page.getByRole('toolbar', { name: '편집기 툴바' });
  await toolbar.getByRole('button', { name: '가져오기', exact: true }).click();
  await page.getByLabel('JSON 붙여넣기').fill(text);
  await page.getByRole('button', { name: '붙여넣은 JSON 가져오기' }).click();
  return toolbar;
}

test('in Korean, preflight, Layers and the inspector name every clip kind in Korean', async ({
  editor,
  page,
}) => {
  void editor;
  const toolbar = await importInKorean(page, everyKindProject());
  await expect(page.getByRole('dialog')).toBeHidden();

  await toolbar.getByRole('button', { name: '내보내기', exact: true }).click();
  const dialog = page.getByRole('dialog');
  const findings = dialog.getByRole('list', { name: '사전 점검 결과' });
  for (const kind of KINDS) await expect(findings).toContainText(`${kind} 클립`);
  await expect(findings).not.toContainText('(가)');
  await expect(findings).not.toContainText('(를)');
  await dialog.screenshot({ path: test.info().outputPath('export-findings-ko.png') });
  expect(await englishLeft(page, dialog)).toEqual([]);
  await page.keyboard.press('Escape');

  const headings = new Set<string>();
  const layers = page.getByRole('list', { name: '레이어' });
  const inspector = page.getByLabel('속성 패널', { exact: true });
  for (const scene of [1, 2]) {
    await page.getByRole('button', { name: `장면 ${scene}`, exact: true }).click();
    const rows = layers.getByRole('listitem');
    for (let i = 0; i < (await rows.count()); i++) {
      await rows.nth(i).click();
      const heading = (
        await inspector.getByRole('heading', { level: 2 }).first().innerText()
      ).trim();
      headings.add(heading);
      await inspector.screenshot({ path: test.info().outputPath(`inspector-${scene}-${i}.png`) });
      expect({ heading, english: await englishLeft(page, page.locator('body')) }).toEqual({
        heading,
        english: [],
      });
    }
  }
  // Audio has no place on the stage: it is edited in the Media tab's list, not the inspector.
  expect([...headings].sort()).toEqual(KINDS.filter((k) => k !== '오디오').sort());
  await page.getByRole('tab', { name: '미디어' }).click();
  const audio = page.getByRole('region', { name: AUDIO_SECTION });
  await expect(audio).toBeVisible();
  expect(await englishLeft(page, audio)).toEqual([]);
});

test('in Korean, the Import dialog says why JSON cannot be read and which limit a file passes', async ({
  editor,
  page,
}) => {
  void editor;
  await importInKorean(page, '{\n  "name": "Promo"\n  "scenes": []\n}');
  const dialog = page.getByRole('dialog', { name: '프로젝트 가져오기' });
  await expect(dialog.getByRole('alert')).toContainText(
    '3번째 줄 3번째 글자: 올바른 JSON이 아닙니다: 두 값 사이에 쉼표가 빠졌습니다.',
  );
  expect(await englishLeft(page, dialog)).toEqual([]);

  const clips = Array.from({ length: LIMITS.clipsPerScene + 1 }, (_, i) => ({ id: `c${i}` }));
  await dialog.getByLabel('JSON 파일 가져오기').setInputFiles({
    name: 'huge.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ scenes: [{ clips }] })),
  });
  await expect(dialog.getByRole('alert')).toContainText(
    'scenes[0].clips에 항목이 5,001개 있습니다. 장면 하나에 클립은 최대 5,000개까지 받습니다.',
  );
  await dialog.screenshot({ path: test.info().outputPath('import-problems-ko.png') });
  expect(await englishLeft(page, dialog)).toEqual([]);
});

test('in Korean, a finished job in the job centre shows its kind, state and elapsed time in Korean', async ({
  editor,
  page,
}) => {
  void editor;
  test.setTimeout(90_000);
  const jobId = await sendChromaKeyJob(page, { text: '안녕하세요' });
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
  await page.getByRole('button', { name: '작업', exact: true }).click();
  const dialog = page.getByRole('dialog');
  const row = dialog.locator(`tr[data-job-id="${jobId}"]`);
  await expect(row).toHaveAttribute('data-status', 'done', { timeout: 45_000 });
  await expect(row).toContainText('완료');
  await expect(row.locator('td').nth(2)).toHaveText(/^(\d+분 )?\d+초$/);
  await row.screenshot({ path: test.info().outputPath('finished-job-ko.png') });
  expect(await englishLeft(page, dialog)).toEqual([]);
});
