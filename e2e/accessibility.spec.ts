import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/editor';

/** Serious and critical WCAG 2.2 A/AA findings, as "rule: target" lines for a readable failure. */
async function violations(page: Page, include?: string) {
  let builder = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'wcag22aa',
  ]);
  if (include) builder = builder.include(include);
  const result = await builder.analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary}`));
}

const DIALOGS: [button: string, title: RegExp][] = [
  ['Projects', /^Projects$/],
  ['Import', /^Import a project$/],
  ['AI Studios', /^AI Studios projects$/],
  ['JSON', /^Request JSON/],
  ['Data', /^Data merge$/],
  ['Batch', /^Batch chroma-key/],
  ['Custom avatar', /^Custom avatar export/],
  ['Jobs', /^Jobs$/],
  ['Export', /^Export video$/],
  ['Keyboard shortcuts', /^Keyboard shortcuts$/],
];

test('the editor with clips selected has no serious or critical accessibility violation', async ({
  editor,
  page,
}) => {
  await editor.importFile('four-clip-landscape-request.json');
  await page.getByRole('list', { name: 'Layers' }).locator('li').nth(1).click();
  expect(await violations(page)).toEqual([]);
});

for (const [button, title] of DIALOGS) {
  test(`the ${button} dialog has no serious or critical accessibility violation, keeps focus and gives it back`, async ({
    editor,
    page,
  }) => {
    void editor;
    const opener = page.getByRole('button', { name: button, exact: true });
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: title });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator(':focus')).toHaveCount(1);
    expect(await violations(page, '[role="dialog"]')).toEqual([]);
    // Focus stays inside however often Tab is pressed.
    for (let i = 0; i < 30; i++) await page.keyboard.press('Tab');
    await expect(dialog.locator(':focus')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
  });
}

test('the job centre with an export in it has no serious or critical accessibility violation', async ({
  editor,
  page,
}) => {
  void editor;
  await page
    .getByRole('button', { name: /^Place avatar/ })
    .first()
    .click();
  await page.getByLabel('Script text').fill('Hello from the job centre.');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export video' });
  await exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
  const jobs = page.getByRole('dialog', { name: 'Jobs' });
  await expect(jobs.locator('tr[data-job-id]')).toHaveCount(1);
  expect(await violations(page, '[role="dialog"]')).toEqual([]);
});

test('the orientation dialog has no serious or critical accessibility violation', async ({
  editor,
  page,
}) => {
  await editor.importFile('four-clip-landscape-request.json');
  await page.getByLabel('Orientation').selectOption('portrait');
  const dialog = page.getByRole('dialog', { name: 'Switch orientation' });
  await expect(dialog).toBeVisible();
  expect(await violations(page, '[role="dialog"]')).toEqual([]);
});

test('asked for reduced motion, nothing transitions', async ({ editor, page }) => {
  void editor;
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const durations = await page.evaluate(
    () =>
      [...document.querySelectorAll('*')]
        .map((el) => getComputedStyle(el))
        .filter((s) => parseFloat(s.transitionDuration) > 0 || parseFloat(s.animationDuration) > 0)
        .length,
  );
  expect(durations).toBe(0);
});
