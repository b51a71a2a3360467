import { unzipSync } from 'fflate';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from './fixtures/editor';

/** Asks Chromium itself whether the file at `url` plays: metadata loads and it has a duration. */
const playableSeconds = (page: import('@playwright/test').Page, url: string) =>
  page.evaluate(
    (src) =>
      new Promise<number>((resolve, reject) => {
        const video = document.createElement('video');
        video.muted = true;
        video.onloadedmetadata = () => resolve(video.duration);
        video.onerror = () => reject(new Error(`video error ${video.error?.code}`));
        video.src = src;
      }),
    url,
  );

test('a two-scene project exports, reaches 100 %, survives a reload and downloads a playable video', async ({
  editor,
  page,
}) => {
  test.setTimeout(90_000);
  const estimate = page.getByRole('note', { name: 'Avatar size estimate' });
  await page
    .getByRole('button', { name: /^Place avatar/ })
    .first()
    .click();
  await expect(estimate).toBeVisible();
  await page.getByLabel('Script text').fill('Hello from the first scene.');
  await page.getByRole('button', { name: '+ Scene' }).click();
  await expect(estimate).toBeHidden();
  await page
    .getByRole('button', { name: /^Place avatar/ })
    .first()
    .click();
  await expect(estimate).toBeVisible();
  await page.getByLabel('Script text').fill('And goodbye from the second.');
  expect((await editor.request()).scenes).toHaveLength(2);

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export video' });
  await dialog.getByLabel('Export name').fill('Two scenes');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const jobs = page.getByRole('dialog', { name: 'Jobs' });
  const row = jobs.locator('tr[data-job-id]').filter({ hasText: 'Two scenes' });
  await expect(row).toBeVisible();
  await expect(row.getByRole('progressbar')).not.toHaveAttribute('aria-valuenow', '0', {
    timeout: 15_000,
  });

  await page.reload();
  await page.getByRole('button', { name: 'Jobs' }).click();
  const again = page
    .getByRole('dialog', { name: 'Jobs' })
    .locator('tr[data-job-id]')
    .filter({ hasText: 'Two scenes' });
  await expect(again).toHaveAttribute('data-status', 'done', { timeout: 45_000 });
  await expect(again.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');

  const jobId = await again.getAttribute('data-job-id');
  const downloadLink = again.getByRole('link', { name: 'Download', exact: true });
  // one control, one tab stop: no button nested in the link
  await expect(downloadLink.locator('button')).toHaveCount(0);
  const download = page.waitForEvent('download');
  await downloadLink.click();
  const file = await (await download).path();
  expect(readFileSync(file).subarray(4, 8).toString('latin1')).toBe('ftyp');
  expect(await playableSeconds(page, `/api/jobs/${jobId}/download`)).toBeGreaterThan(0.5);
});

test('custom-avatar export shows its projectId and taskId and joins the jobs', async ({
  editor,
  page,
}) => {
  void editor;
  await page.getByRole('button', { name: 'Custom avatar' }).click();
  await page.getByLabel('Custom avatar id').fill('67da28f034b05ae2e4385a2b');
  await page.getByLabel('Custom script').fill('Sample Script');
  await page.getByRole('dialog').getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByTestId('custom-project-id')).toHaveText(/\S+/);
  await expect(page.getByTestId('custom-task-id')).toHaveText(/\S+/);
  const projectId = await page.getByTestId('custom-project-id').textContent();
  await page.getByRole('button', { name: 'Open jobs' }).click();
  await expect(
    page
      .getByRole('dialog', { name: 'Jobs' })
      .locator('tr[data-job-id]')
      .filter({ hasText: projectId! }),
  ).toBeVisible();
});

test('a three-row CSV batch runs to the end; a failed row retries; the zip holds three videos', async ({
  editor,
  page,
}) => {
  void editor; // opens the app
  test.setTimeout(120_000);
  // Fault injection: the simulator fails the first job sent with this header (see README).
  let failedOnce = false;
  await page.route('**/api/odin/v3/simple/video', async (route) => {
    const headers = { ...route.request().headers() };
    if (!failedOnce) {
      failedOnce = true;
      headers['x-sim-fault'] = 'fail';
    }
    await route.continue({ headers });
  });
  const csv =
    'language,text,model,clothes\nko,Hello this is my first work.,M000004017,BG00006160\nko,Hello this is my second work.,M000004017,BG00001004\nko,Hello this is my third work.,M000004017,BG00006160\n';
  const csvPath = test.info().outputPath('batch.csv');
  writeFileSync(csvPath, csv);
  await page.getByRole('button', { name: 'Batch' }).click();
  const dialog = page.getByRole('dialog', { name: /Batch chroma-key/ });
  await dialog.getByLabel('Import CSV').setInputFiles(csvPath);
  await expect(dialog.getByRole('status')).toHaveText('3 rows imported.');
  await dialog.getByRole('button', { name: 'Run' }).click();
  await expect(dialog.locator('tr[data-row-state="failed"]')).toHaveCount(1, { timeout: 45_000 });
  await expect(dialog.locator('tr[data-row-state="done"]')).toHaveCount(2, { timeout: 45_000 });
  await dialog
    .locator('tr[data-row-state="failed"]')
    .getByRole('button', { name: 'Retry' })
    .click();
  await expect(dialog.locator('tr[data-row-state="done"]')).toHaveCount(3, { timeout: 45_000 });

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: /Download all \(3\) as zip/ }).click();
  const zip = unzipSync(readFileSync(await (await download).path()));
  const names = Object.keys(zip);
  expect(names).toHaveLength(3);
  for (const name of names)
    expect(Buffer.from(zip[name]!.subarray(4, 8)).toString('latin1')).toBe('ftyp');
});
