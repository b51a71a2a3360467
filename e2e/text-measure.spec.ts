import { readFileSync } from 'node:fs';
import { measureTextNode } from '../src/cli/text-measure';
import type { TextClip } from '../src/domain/schema/clips';
import { expect, fixturePath, test } from './fixtures/editor';

/** The CLI's overflow check measures text without a browser; it must agree with the stage. */
test('the command line measures text as the stage lays it out (Latin, Korean, bold, wrapped, a word wider than its box)', async ({
  editor,
  page,
}) => {
  const request = JSON.parse(readFileSync(fixturePath('merge-project.json'), 'utf8')) as {
    scenes: { clips: Record<string, unknown>[] }[];
  };
  const title = request.scenes[0]!.clips.find((c) => c.type === 'textImage')!;
  const cases: Partial<TextClip>[] = [
    { text: 'Welcome, Person 17!' },
    { text: 'Welcome, 김수한무거북이와두루미삼천갑자동방삭!' },
    { text: 'Quarterly results for everyone at the shop', fontWeight: 400 },
    { text: 'Quarterly results\nfor everyone', fontSize: 72, width: 600, fontWeight: 400 },
    { text: '안녕하세요 여러분, 봄 세일이 시작됩니다', fontSize: 36, width: 500 },
  ];
  for (const change of cases) {
    Object.assign(title, change);
    await editor.importText(JSON.stringify(request));
    await expect(page.getByRole('dialog', { name: 'Import a project' })).toBeHidden();
    const id = title.id as string;
    const measured = measureTextNode(title as unknown as TextClip);
    // Korean glyphs arrive as web-font subsets; the stage measures again when they do.
    const gap = async () => {
      const shown = await page.evaluate((clipId) => window.scenewright!.objectSize(clipId)!, id);
      return Math.max(
        Math.abs(measured.width - shown.width),
        Math.abs(measured.height - shown.height),
      );
    };
    await expect.poll(gap, { message: change.text }).toBeLessThanOrEqual(1);
  }
});
