import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { importText } from '../../api/import-text';
import { LIMITS } from '../../domain/limits';
import { parse } from '../../domain/parse';
import { SEED_AVATAR_INDEX, seedWithoutAvatarModel } from '../../testing/preflight-fixtures';
import { problemText } from './problem-text';

function brokenImport() {
  const result = parse(seedWithoutAvatarModel());
  if (result.ok) throw new Error('the broken request was accepted');
  return result.error.problems;
}

const AVATAR = SEED_AVATAR_INDEX;

describe('an import that is not a valid project', () => {
  afterEach(() => i18next.changeLanguage('en'));

  it('names the path and what was expected in plain words, not zod’s sentence', () => {
    expect(brokenImport().map(problemText).sort()).toEqual([
      'name: The name has the wrong kind of value.',
      `scenes[0].clips[${AVATAR}].model: The avatar is missing. Fill it in.`,
    ]);
  });

  it('says it in Korean when the UI is in Korean', async () => {
    await i18next.changeLanguage('ko');
    expect(brokenImport().map(problemText)).toContain(
      `scenes[0].clips[${AVATAR}].model: 아바타가 없습니다. 입력하세요.`,
    );
  });

  it('a problem in the text itself names its line', () => {
    expect(
      problemText({ path: [], code: 'syntax', message: 'Unexpected token', line: 3, column: 7 }),
    ).toBe('Line 3, column 7: Unexpected token');
  });

  it('a limit passed and JSON that cannot be read are said in the UI’s language, from the same templates', async () => {
    const tooMany = {
      scenes: [{ clips: Array.from({ length: LIMITS.clipsPerScene + 1 }, () => ({})) }],
    };
    const broken = '{\n  "name": "Promo"\n  "scenes": []\n}';
    const placeholder = '{"webhookUrl": ${WEBHOOK}}';
    const problems = (result: ReturnType<typeof parse>) => (result.ok ? [] : result.error.problems);
    const said = () =>
      [parse(tooMany), importText(broken), importText(placeholder)]
        .flatMap(problems)
        .map(problemText);
    expect(said()).toEqual([
      'scenes[0].clips has 5,001 entries; at most 5,000 clips per scene are accepted.',
      'Line 3, column 3: Not valid JSON: a comma is missing between two values.',
      'Line 1, column 16: ${WEBHOOK} is a placeholder from the docs\' sample. Replace it with your webhook URL in quotes ("https://…"), or delete the whole "webhookUrl" line.',
    ]);
    await i18next.changeLanguage('ko');
    expect(said()).toEqual([
      'scenes[0].clips에 항목이 5,001개 있습니다. 장면 하나에 클립은 최대 5,000개까지 받습니다.',
      '3번째 줄 3번째 글자: 올바른 JSON이 아닙니다: 두 값 사이에 쉼표가 빠졌습니다.',
      '1번째 줄 16번째 글자: ${WEBHOOK}는 문서 예시에 있던 자리표시자입니다. 따옴표 안에 웹훅 URL("https://…")을 넣거나 "webhookUrl" 줄을 통째로 지우세요.',
    ]);
  });
});
