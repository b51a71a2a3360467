import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from '../../domain/parse';
import { fixture } from '../../testing/preflight-fixtures';
import { problemText } from './problem-text';

/** The seed request with the first scene's avatar model gone and the name a number. */
function brokenImport() {
  const request = fixture('seed') as unknown as {
    name: unknown;
    scenes: { clips: Record<string, unknown>[] }[];
  };
  request.name = 42;
  delete request.scenes[0]!.clips.find((c) => c.type === 'aiModel')!.model;
  const result = parse(request);
  if (result.ok) throw new Error('the broken request was accepted');
  return result.error.problems;
}

const AVATAR = fixture('seed').scenes[0]!.clips.findIndex((c) => c.type === 'aiModel');

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
});
