import { unzipSync } from 'fflate';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { expect, test } from './fixtures/editor';

const LONG_KOREAN_NAME = '김수한무거북이와두루미삼천갑자동방삭';
const ROWS = 50;
const EMPTY_ROW = 9;
const OVERFLOW_ROW = 23;

/** 50 people; row 9 has no name, row 23 a name too long for the title box. */
function rowsCsv(base: string): string {
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const n = i + 1;
    const name = n === EMPTY_ROW ? '' : n === OVERFLOW_ROW ? LONG_KOREAN_NAME : `Person ${n}`;
    return {
      name,
      logo: `${base}/sim-assets/avatars/M000045058_BG0000232${n % 2}_thumb.svg`,
      outfit: `BG0000232${n % 2}`,
    };
  });
  return Papa.unparse(rows);
}

test('data merge: a designed project × 50 rows, 2 flagged, 48 sent, a reload mid-run, a zip and a manifest that match row for row', async ({
  editor,
  page,
  baseURL,
}) => {
  test.setTimeout(240_000);
  await editor.importFile('merge-project.json');
  const titleId = (await editor.project()).scenes[0]!.clips.find((c) => c.type === 'textImage')!.id;

  // Variables: where each is used (a click selects the clip), a default for {{company}}.
  await page.getByRole('button', { name: 'Data', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Data merge' });
  const variables = dialog.getByRole('table', { name: 'Variables used' });
  await expect(variables.getByRole('row')).toHaveCount(3);
  await dialog.getByLabel('Default of company').fill('Scenewright');
  await variables.getByRole('button', { name: 'Text "title", scene 1' }).click();
  await expect(dialog).toBeHidden();
  expect(await editor.selection()).toEqual([titleId]);

  // Bindings: the logo image and the outfit follow columns.
  await page.getByRole('button', { name: 'Data', exact: true }).click();
  await dialog.getByRole('button', { name: '+ Binding' }).click();
  await dialog
    .getByLabel('Binding target')
    .selectOption({ label: 'Scene 1: Image "product-photo"' });
  await dialog.getByLabel('Binding column').fill('logo');
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await dialog.getByRole('button', { name: '+ Binding' }).click();
  await dialog.getByLabel('Binding kind').selectOption('outfit');
  await dialog.getByLabel('Binding column').fill('outfit');
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog.getByRole('list', { name: 'Bindings' }).getByRole('listitem')).toHaveCount(2);

  // Data in.
  await dialog.getByRole('tab', { name: 'Data' }).click();
  await dialog.getByLabel('Data file').setInputFiles({
    name: 'people.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(rowsCsv(baseURL!)),
  });
  await expect(dialog.getByRole('status')).toContainText('people.csv: 50 rows, 3 columns, utf-8');

  // The contact sheet: 50 frames, exactly rows 9 and 23 flagged.
  await dialog.getByRole('tab', { name: 'Check' }).click();
  await dialog.getByRole('button', { name: 'Check 50 rows' }).click();
  await expect(dialog.getByRole('status')).toContainText('50 rows: 48 ready, 2 with errors');
  const sheet = dialog.locator('section[aria-label="Contact sheet"]');
  await expect(sheet.locator('.contact img')).toHaveCount(ROWS, { timeout: 60_000 });
  await expect(sheet.locator('.contact[data-blocked="true"]')).toHaveCount(2);
  await expect(sheet.getByRole('button', { name: `Row ${EMPTY_ROW}, blocked` })).toHaveAttribute(
    'title',
    /\{\{name\}\} has no value in row 9/,
  );
  await expect(sheet.getByRole('button', { name: `Row ${OVERFLOW_ROW}, blocked` })).toHaveAttribute(
    'title',
    /no longer fits its text box/,
  );
  await page.screenshot({ path: 'test-results/merge-contact-sheet.png' });

  // Run the 48, reload mid-run.
  await dialog.getByRole('tab', { name: 'Run' }).click();
  await dialog.getByLabel('Concurrency').fill('16');
  await dialog.getByRole('button', { name: 'Send 48 of 50 rows' }).click();
  const progress = dialog.getByRole('status', { name: 'Run progress' });
  await expect(progress).toContainText(/[1-9]\d* rendering/);
  await page.reload();
  await page.getByRole('button', { name: 'Data', exact: true }).click();
  await expect(progress).toContainText('48 done, 0 failed, 0 rendering, 0 waiting', {
    timeout: 150_000,
  });
  await page.screenshot({ path: 'test-results/merge-run-done.png' });

  // The merge set-up was saved with the project.
  await dialog.getByRole('tab', { name: 'Variables' }).click();
  await expect(dialog.getByRole('list', { name: 'Bindings' }).getByRole('listitem')).toHaveCount(2);
  await expect(dialog.getByLabel('Default of company')).toHaveValue('Scenewright');
  await dialog.getByRole('tab', { name: 'Run' }).click();

  // The server recorded exactly 48 exports: nothing sent twice across the reload.
  const jobs = (await (await page.request.get('/api/jobs')).json()) as {
    data: { id: string; name: string; request: { name: string } }[];
  };
  const people = jobs.data.filter((j) => /^Welcome (Person \d+|김)/.test(j.name));
  expect(people).toHaveLength(48);
  expect(new Set(people.map((j) => j.name)).size).toBe(48);

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download 48 videos (zip)' }).click();
  const zip = unzipSync(
    new Uint8Array(
      await (await import('node:fs/promises')).readFile((await (await download).path())!),
    ),
  );
  const videos = Object.keys(zip).filter((f) => f.endsWith('.mp4'));
  expect(videos).toHaveLength(48);
  const manifest = Papa.parse<Record<string, string>>(
    new TextDecoder().decode(zip['manifest.csv']),
    { header: true, skipEmptyLines: true },
  ).data;
  expect(manifest.map((m) => Number(m.row))).toEqual(Array.from({ length: ROWS }, (_, i) => i + 1));
  expect(manifest.filter((m) => m.status !== 'done').map((m) => m.row)).toEqual([
    String(EMPTY_ROW),
    String(OVERFLOW_ROW),
  ]);

  // Row 17's video is row 17's job, and that job's request carries row 17's name.
  const row17 = manifest[16]!;
  expect(row17.name).toBe('Person 17');
  expect(row17.file).toBe('row-0017-welcome-person-17.mp4');
  expect(
    new TextDecoder('latin1').decode(zip['row-0017-welcome-person-17.mp4']!.subarray(4, 8)),
  ).toBe('ftyp');
  const job17 = jobs.data.find((j) => j.id === row17.jobId)!;
  expect(job17.request.name).toBe('Welcome Person 17');
  expect(JSON.stringify(job17.request)).toContain('BG00002321');
});

test('data from Korean Excel (CP949) reads right in the browser, extension Hangul included', async ({
  editor,
  page,
}) => {
  await editor.importFile('merge-project.json');
  await page.getByRole('button', { name: 'Data', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Data merge' });
  await dialog.getByRole('tab', { name: 'Data' }).click();
  const bytes = iconv.encode('name,메모\n똠얌꿍,뷁 완료\n', 'cp949');
  await dialog
    .getByLabel('Data file')
    .setInputFiles({ name: 'excel.csv', mimeType: 'text/csv', buffer: bytes });
  await expect(dialog.getByRole('status')).toContainText('excel.csv: 1 row, 2 columns, cp949');
  await expect(dialog.getByRole('table', { name: 'Data preview' })).toContainText('똠얌꿍');
  await expect(dialog.getByRole('table', { name: 'Data preview' })).toContainText('뷁 완료');
  await expect(dialog.getByRole('list', { name: 'Column check' })).toContainText(
    'Columns the project does not use: 메모.',
  );
});

test('a second tab follows the run of the first and sends nothing itself', async ({
  editor,
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const dialog = await editor.mergeWithPastedRows('name\nAnn\nBo\nCy\n');
  await dialog.getByRole('tab', { name: 'Check' }).click();
  await dialog.getByRole('button', { name: 'Check 3 rows' }).click();
  await dialog.getByRole('tab', { name: 'Run' }).click();
  await dialog.getByLabel('Concurrency').fill('1');
  await dialog.getByRole('button', { name: 'Send 3 of 3 rows' }).click();

  const other = await context.newPage();
  await other.goto(baseURL!);
  // The project is being edited in the first tab: this one is told, and opens a copy to look on.
  await other
    .getByRole('alertdialog', { name: 'Open in another tab' })
    .getByRole('button', { name: 'Open a copy' })
    .click();
  await other.getByRole('button', { name: 'Data', exact: true }).click();
  const otherDialog = other.getByRole('dialog', { name: 'Data merge' });
  await expect(otherDialog.getByRole('alert')).toContainText('another tab');
  // This tab shows a copy: the run is named as the other project's, not shown as this one's.
  await expect(otherDialog.getByRole('note')).toContainText(
    'A run of another project, “Welcome {{name}}”, is going on.',
  );
  await expect(otherDialog.getByRole('table', { name: 'Run rows' })).toHaveCount(0);
  await expect(otherDialog.getByRole('button', { name: 'Pause' })).toHaveCount(0);
  const done = '3 done, 0 failed, 0 rendering, 0 waiting';
  await expect(dialog.getByRole('status', { name: 'Run progress' })).toContainText(done, {
    timeout: 90_000,
  });
  await expect(otherDialog.getByRole('status', { name: 'Run progress' })).toContainText(done);
  // The server is shared by the specs of this run: count this test's rows only.
  const jobs = (await (await page.request.get('/api/jobs')).json()) as { data: { name: string }[] };
  const mine = jobs.data
    .map((j) => j.name)
    .filter((n) => ['Welcome Ann', 'Welcome Bo', 'Welcome Cy'].includes(n));
  expect(mine.sort()).toEqual(['Welcome Ann', 'Welcome Bo', 'Welcome Cy']);
});

test('a checked row opens in the editor as an editable copy; the design stays as it was', async ({
  editor,
  page,
}) => {
  const dialog = await editor.mergeWithPastedRows('name\nAnn\nBo\n');
  await dialog.getByRole('tab', { name: 'Check' }).click();
  await dialog.getByRole('button', { name: 'Check 2 rows' }).click();
  await dialog.getByRole('button', { name: 'Row 2 · 1 warning', exact: true }).click();
  const detail = dialog.getByRole('region', { name: 'Row 2 in detail' });
  await expect(detail.getByRole('img')).toHaveCount((await editor.project()).scenes.length);
  await page.screenshot({ path: 'test-results/merge-row-detail.png' });
  await detail.getByRole('button', { name: 'Edit row 2 as a copy' }).click();
  await expect(dialog).toBeHidden();

  // Row 2's values are in the editor, which edits it like any project.
  const copy = await editor.request();
  expect(copy.name).toBe('Welcome Bo');
  expect(JSON.stringify(copy)).not.toContain('{{');
  await page.getByLabel('Project name').fill('Welcome Bo, fixed by hand');
  expect((await editor.request()).name).toBe('Welcome Bo, fixed by hand');

  // The design every row is made from is unchanged, placeholders and all.
  await page.getByRole('button', { name: 'Projects', exact: true }).click();
  const projects = page.getByRole('dialog', { name: 'Projects' });
  await expect(projects.getByLabel('Rename Welcome Bo, fixed by hand')).toBeDisabled(); // the open one
  await projects
    .getByRole('row')
    .filter({ has: page.getByLabel('Rename Welcome {{name}}') })
    .getByRole('button', { name: 'Open' })
    .click();
  await expect.poll(async () => (await editor.request()).name).toBe('Welcome {{name}}');
});
