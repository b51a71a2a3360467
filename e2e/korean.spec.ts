import { expect, fixturePath, seedRequest, test } from './fixtures/editor';
import { englishLeft, IMPORTED } from './fixtures/korean-words';

const CSV = 'name,company,Company\n,Acme,x\nBo,Acme,y\n';

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
    buffer: Buffer.from(CSV),
  });
  await expect(dialog.getByRole('list', { name: '열 점검' })).toContainText(
    '"Company" 열이 머리글에 두 번 있습니다. 하나의 이름을 바꾸세요.',
  );
  expect(await englishLeft(page, dialog, ['people.csv', CSV])).toEqual([]);
  await dialog.getByRole('tab', { name: '점검' }).click();
  await dialog.getByRole('button', { name: '2개 행 점검' }).click();
  await expect(dialog.getByRole('button', { name: '1행, 차단됨' })).toHaveAttribute(
    'title',
    /^1행에 \{\{name\}\} 값이 없고 기본값도 없습니다\. 셀을 채우거나 변수에 기본값을 지정하세요\./,
  );
  const sheet = dialog.getByRole('region', { name: '썸네일 목록' });
  await expect(sheet).toContainText('1 · {{name}} 값 없음');
  expect(await englishLeft(page, dialog, ['people.csv', CSV])).toEqual([]);
});
