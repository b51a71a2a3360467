import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { validateRequest } from '../../domain/preflight';
import { SEED_AVATAR_INDEX, seedWithoutAvatarModel } from '../../testing/preflight-fixtures';
import { issueText } from './issue-text';

function brokenRequestFindings() {
  return validateRequest(seedWithoutAvatarModel()).issues;
}

const AVATAR = SEED_AVATAR_INDEX;

describe('a schema finding of preflight', () => {
  afterEach(() => i18next.changeLanguage('en'));

  it('keeps the English sentence for the server and the CLI', () => {
    const [first] = brokenRequestFindings();
    expect(first?.code).toMatch(/^schema\./);
    expect(first?.message).toMatch(/does not match the AI Studios v3 format/);
  });

  it('says in the UI what was expected in plain words, not zod’s sentence', () => {
    expect(brokenRequestFindings().map(issueText).sort()).toEqual([
      'name: The name has the wrong kind of value.',
      `scenes[0].clips[${AVATAR}].model: The avatar is missing. Fill it in.`,
    ]);
  });

  it('says it in Korean when the UI is in Korean', async () => {
    await i18next.changeLanguage('ko');
    const said = brokenRequestFindings().map(issueText);
    expect(said).toContain(`scenes[0].clips[${AVATAR}].model: 아바타가 없습니다. 입력하세요.`);
    expect(said.join(' ')).not.toMatch(/expected|Invalid|format/i);
  });
});
