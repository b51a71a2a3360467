import type { AiModelClip, TextClip } from '../src/domain/schema/clips';
import { expect, test } from './fixtures/editor';

/**
 * The paths a real account takes, against the simulator answering exactly as the docs show:
 * avatars from dropdown/models + model (no geometry), and edits of a project made in AI Studios'
 * editor exported with POST editor/project/{id}.
 */
test('places an avatar from the account lists, changes its outfit and exports it', async ({
  editor,
  page,
}) => {
  test.setTimeout(90_000);
  const tile = page.getByRole('button', { name: 'Place avatar Ethan · Navy suit' });
  await expect(tile).toContainText('estimated size');
  await tile.click();
  await expect(page.getByRole('note', { name: 'Avatar size estimate' })).toContainText(
    'M000045058 · BG00002320',
  );
  let request = await editor.request();
  let avatar = request.scenes[0]!.clips.find((c) => c.type === 'aiModel') as AiModelClip;
  // Only what the docs require, plus the outfit thumbnail; sized from that thumbnail (170 × 557).
  expect(avatar.model).toEqual({
    ai_name: 'M000045058',
    emotion: 'BG00002320',
    deployImage: { themb_src: expect.stringMatching(/M000045058_BG00002320_preview\.svg$/) },
  });
  expect([avatar.width, avatar.height]).toEqual([170, 557]);
  expect(avatar.height * avatar.scaleY!).toBeCloseTo(1080 * 0.9, 5);

  await page.getByLabel('Outfit').selectOption({ label: 'Grey jacket (estimated size)' });
  await page.getByLabel('Script text').fill('Hello from a real account.');
  request = await editor.request();
  avatar = request.scenes[0]!.clips.find((c) => c.type === 'aiModel') as AiModelClip;
  expect(avatar.model.emotion).toBe('BG00002321');
  expect(request.scenes[0]!.scripts?.[0]).toMatchObject({
    modelId: 'M000045058',
    clothId: 'BG00002321',
  });
  await page.screenshot({ path: 'test-results/aistudios-estimated-avatar.png' });

  await page.getByRole('button', { name: 'JSON' }).click();
  await expect(page.getByRole('list', { name: 'Preflight issues' })).toContainText(
    'is an estimate',
  );
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export video' });
  await dialog.getByLabel('Export name').fill('Estimated avatar');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const row = page
    .getByRole('dialog', { name: 'Jobs' })
    .locator('tr[data-job-id]')
    .filter({ hasText: 'Estimated avatar' });
  await expect(row).toHaveAttribute('data-status', 'done', { timeout: 45_000 });
  await expect(row.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
});

test('opens a project from the AI Studios panel, edits text and script, exports the edit and downloads it', async ({
  editor,
  page,
}) => {
  test.setTimeout(90_000);
  await page.getByRole('button', { name: 'AI Studios', exact: true }).click();
  const panel = page.getByRole('dialog', { name: 'AI Studios projects' });
  const row = panel.getByRole('row').filter({ hasText: 'Product tour' });
  const upstreamId = await row.getAttribute('data-upstream-id');
  await row.getByRole('button', { name: 'Open' }).click();
  await expect(panel).toBeHidden();
  expect((await editor.request()).scenes).toHaveLength(2);
  await page.screenshot({ path: 'test-results/aistudios-opened.png' });

  // The avatar met in that project is now placeable at its real size.
  await expect(page.getByRole('button', { name: 'Place avatar Ethan · Navy suit' })).toContainText(
    'size from a project',
  );

  await page
    .getByRole('list', { name: 'Layers' })
    .locator('li')
    .filter({ hasText: /parrot-text/ })
    .first()
    .click();
  await page.getByRole('textbox', { name: 'Text', exact: true }).fill('Product tour 2026');
  await page.getByLabel('Script text').fill('Welcome to the new tour.');
  const request = await editor.request();
  expect((request.scenes[0]!.clips[1] as TextClip).text).toBe('Product tour 2026');

  await page.getByRole('button', { name: 'AI Studios', exact: true }).click();
  const edits = panel.getByRole('region', { name: 'Export edits' });
  await expect(edits.getByRole('list', { name: 'Updates' }).getByRole('listitem')).toHaveText([
    'Scene 1: text (height, text)',
    'Scene 1: avatar script (script)',
    // Measured when the project opened: the stored height did not match its text.
    'Scene 2: text (height)',
  ]);
  await edits.getByText('Request body').click();
  expect(JSON.parse((await edits.getByLabel('Edit request body').textContent())!)).toEqual({
    updates: {
      value: [
        {
          sceneIdx: 0,
          type: 'textImage',
          values: { text: 'Product tour 2026', height: expect.any(Number) },
        },
        { sceneIdx: 0, type: 'aiModel', values: { script: 'Welcome to the new tour.' } },
        { sceneIdx: 1, type: 'textImage', values: { height: expect.any(Number) } },
      ],
    },
  });
  // The 1.4.x "Template-based Export" form carries the same entries as a bare list.
  await edits.getByLabel('Updates form').selectOption('1.4.x');
  const bare = JSON.parse((await edits.getByLabel('Edit request body').textContent())!) as {
    updates: unknown[];
  };
  expect(bare.updates).toHaveLength(3);
  await edits.getByLabel('Updates form').selectOption('1.6.x');
  await page.screenshot({ path: 'test-results/aistudios-edit-export.png' });
  await edits.getByRole('button', { name: 'Export edits' }).click();

  const job = page
    .getByRole('dialog', { name: 'Jobs' })
    .locator('tr[data-job-id]')
    .filter({ hasText: `Edit of ${upstreamId}` });
  await expect(job).toContainText('edit');
  await expect(job).toHaveAttribute('data-status', 'done', { timeout: 45_000 });
  await expect(job.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
  const download = page.waitForEvent('download');
  await job.getByRole('link', { name: 'Download', exact: true }).click();
  expect(await (await download).failure()).toBeNull();
});

test('deletes an AI Studios project only after confirmation', async ({ editor, page }) => {
  void editor;
  await page.getByRole('button', { name: 'AI Studios', exact: true }).click();
  const panel = page.getByRole('dialog', { name: 'AI Studios projects' });
  const first = panel.locator('tr[data-upstream-id]').filter({ hasText: 'Product tour' }).first();
  const row = panel.locator(
    `tr[data-upstream-id="${await first.getAttribute('data-upstream-id')}"]`,
  );
  await row.getByRole('button', { name: 'Delete' }).click();
  const confirm = panel.getByRole('alertdialog', { name: 'Confirm delete' });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: 'Delete' }).click();
  await confirm.getByRole('button', { name: 'Delete at AI Studios' }).click();
  await expect(row).toBeHidden();
});
