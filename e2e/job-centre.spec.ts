import { expect, test } from './fixtures/editor';
import { sendChromaKeyJob } from './fixtures/jobs';

// The job centre explains a stalled render (the server's JOB_STALL_MS, set short in the e2e
// config) and offers to send it again only after a confirmation, since that may be charged twice.
test('a render stuck at 30 % shows as stalled with what to do; sending it again needs a confirmation', async ({
  editor,
  page,
}) => {
  void editor;
  test.setTimeout(90_000);
  const jobId = await sendChromaKeyJob(page, { text: 'Stuck at thirty', fault: 'stall@30' });
  await page.getByRole('button', { name: 'Jobs' }).click();
  const row = page.getByRole('dialog', { name: 'Jobs' }).locator(`tr[data-job-id="${jobId}"]`);
  await expect(row).toHaveAttribute('data-status', 'stalled', { timeout: 45_000 });
  await expect(row.getByRole('note')).toContainText('AI Studios may still finish it');
  await expect(row.getByRole('button', { name: 'Retry' })).toHaveCount(0);
  await row.screenshot({ path: test.info().outputPath('stalled-row.png') });

  let asked = '';
  page.once('dialog', (dialog) => {
    asked = dialog.message();
    void dialog.accept();
  });
  await row.getByRole('button', { name: 'Send again…' }).click();
  await expect(row).not.toHaveAttribute('data-status', 'stalled', { timeout: 15_000 });
  expect(asked).toContain('may be charged again');
});
