import type { Locator, Page } from '@playwright/test';
import { expect, fixturePath, seedRequest, test } from './fixtures/editor';

/**
 * Names that stay as they are in Korean: the product, the vendor, formats, protocols, API fields
 * and environment variables the user types or reads in the vendor's docs.
 */
const ALLOWED = new Set(
  [
    'AI Studios',
    'Scenewright',
    'JSON',
    'CSV',
    'TSV',
    'URL',
    'ID',
    'SRT',
    'WebVTT',
    'TTS',
    'pt',
    'px',
    'zip',
    'https',
    'http',
    'POST',
    'Space',
    'Shift',
    'Tab',
    'Esc',
    'Ctrl',
    'PUBLIC_URL',
    'VOICES_FILE',
    'AISTUDIOS_APP_ID',
    'AISTUDIOS_USER_KEY',
    'English', // the switch names each language in itself
  ]
    .flatMap((name) => name.split(/[^A-Za-z_]+/))
    .map((word) => word.toLowerCase()),
);

/** Every word of Latin letters the user can see or hear in `root`: text, labels, titles, placeholders. */
async function latinWords(root: Locator): Promise<string[]> {
  const texts = await root.evaluate((element) => {
    const out = [(element as HTMLElement).innerText];
    for (const node of [element, ...element.querySelectorAll('*')]) {
      const el = node as HTMLElement;
      if (el.closest('[aria-hidden="true"]') || el.closest('code, kbd, pre')) continue;
      if (el.getClientRects().length === 0) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'aria-roledescription'])
        out.push(el.getAttribute(name) ?? '');
    }
    for (const code of element.querySelectorAll('code, kbd, pre'))
      out[0] = out[0]!.replace((code as HTMLElement).innerText, ' ');
    return out;
  });
  // Paths and URLs ("/api/odin/v3/…", "https://…") are addresses; tokens with digits are ids and sizes ("65fa6b07dca2…", "1080p"), not words.
  return texts
    .flatMap((text) => text.replace(/\S*\/\S*/g, ' ').match(/[A-Za-z0-9_]+/g) ?? [])
    .filter((token) => /^[A-Za-z_]{2,}$/.test(token));
}

/**
 * Words of the user's own content (clip ids, texts, names) and of the account's avatar catalog
 * voices, workspaces, account projects and jobs (names and upstream errors, as the server lists them) are not UI strings, nor is the name of
 * the file the project came from.
 */
const IMPORTED = 'seed-000-request.json';
async function englishLeft(page: Page, root: Locator): Promise<string[]> {
  const content = await page.evaluate(async () => {
    const lists = [
      '/api/odin/v3/model',
      '/api/odin/v3/dropdown/models',
      '/api/voices',
      '/api/odin/v3/dropdown/workspaces',
      '/api/odin/v3/editor/project',
      '/api/jobs',
    ].map((url) => fetch(url).then((r) => r.text()));
    const project = JSON.stringify(window.scenewright!.getProject());
    return [project, ...(await Promise.all(lists))].join();
  });
  const words = await latinWords(root);
  const own = `${content},${IMPORTED}`;
  return [...new Set(words.filter((w) => !ALLOWED.has(w.toLowerCase()) && !own.includes(w)))];
}

const DIALOGS = [
  '프로젝트',
  '가져오기',
  'JSON',
  '작업',
  '일괄 처리',
  '커스텀 아바타',
  '데이터',
  'AI Studios',
  '내보내기',
  '단축키',
];

test('switched to Korean, the editor and every dialog show no English, and the choice survives a reload', async ({
  editor,
  page,
}) => {
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  const toolbar = page.getByRole('toolbar', { name: '편집기 툴바' });
  await expect(toolbar).toBeVisible();
  await toolbar.getByRole('button', { name: '가져오기', exact: true }).click();
  await page.getByLabel('JSON 파일 가져오기').setInputFiles(fixturePath(IMPORTED));
  await expect(page.getByRole('dialog')).toBeHidden();
  expect(await editor.request()).toEqual(seedRequest);
  // A clip selected, so the inspector shows its fields too.
  await page.getByRole('list', { name: '레이어' }).getByRole('listitem').first().click();
  await expect(page.getByRole('complementary').first()).toBeVisible();
  expect(await englishLeft(page, page.locator('body'))).toEqual([]);

  for (const name of DIALOGS) {
    await toolbar.getByRole('button', { name, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(page.locator('.dialog-loading')).toHaveCount(0); // its code has loaded
    expect({ name, english: await englishLeft(page, dialog) }).toEqual({ name, english: [] });
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }

  await page.reload();
  await expect(page.getByRole('toolbar', { name: '편집기 툴바' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('combobox', { name: '언어' })).toHaveValue('ko');
});

test('a Korean browser opens in Korean; English is one switch away', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ko-KR' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('toolbar', { name: '편집기 툴바' })).toBeVisible();
  await page.getByRole('combobox', { name: '언어' }).selectOption('en');
  await expect(page.getByRole('toolbar', { name: 'Editor toolbar' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await context.close();
});

test('what the editor finds in the user’s work is said in Korean: an image that 404s, a data-merge row', async ({
  editor,
  page,
  baseURL,
}) => {
  await editor.importFile('merge-project.json');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');

  await page.getByRole('tab', { name: '미디어' }).click();
  await page
    .getByLabel('이미지 URL', { exact: true })
    .fill(`${baseURL}/uploads/no-such-picture.png`);
  await page.getByRole('button', { name: '추가', exact: true }).first().click();
  // The project's own product photo is on a host the test cannot reach: that reason is Korean too.
  const layers = page.getByRole('list', { name: '레이어' });
  for (const description of [
    '서버가 404로 응답했습니다: 이 주소에 파일이 없습니다',
    '이 브라우저에서 접근할 수 없습니다 (호스트가 꺼져 있거나, 오프라인이거나, 교차 출처 요청을 거부함)',
  ])
    await expect(layers.getByRole('img', { name: '불러오지 못함', description })).toBeVisible();

  await page
    .getByRole('toolbar', { name: '편집기 툴바' })
    .getByRole('button', { name: '데이터', exact: true })
    .click();
  const dialog = page.getByRole('dialog', { name: '데이터 병합' });
  await dialog.getByRole('tab', { name: '데이터' }).click();
  await dialog.getByLabel('데이터 파일').setInputFiles({
    name: 'people.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('name,company,Company\n,Acme,x\nBo,Acme,y\n'),
  });
  await expect(dialog.getByRole('list', { name: '열 점검' })).toContainText(
    '"Company" 열이 머리글에 두 번 있습니다. 하나의 이름을 바꾸세요.',
  );
  await dialog.getByRole('tab', { name: '점검' }).click();
  await dialog.getByRole('button', { name: '2개 행 점검' }).click();
  await expect(dialog.getByRole('button', { name: '1행, 차단됨' })).toHaveAttribute(
    'title',
    /^1행에 \{\{name\}\} 값이 없고 기본값도 없습니다\. 셀을 채우거나 변수에 기본값을 지정하세요\./,
  );
});
