import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { validateRequest } from '../../domain/preflight';
import { fixture } from '../../testing/preflight-fixtures';
import { issueText } from './issue-text';

/** Checking the seed request with the first scene's avatar model gone and the name a number. */
function brokenRequestFindings() {
  const request = fixture('seed') as unknown as {
    name: unknown;
    scenes: { clips: Record<string, unknown>[] }[];
  };
  request.name = 42;
  delete request.scenes[0]!.clips.find((c) => c.type === 'aiModel')!.model;
  return validateRequest(request).issues;
}

const AVATAR = fixture('seed').scenes[0]!.clips.findIndex((c) => c.type === 'aiModel');

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
