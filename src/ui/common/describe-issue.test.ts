import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeIssue } from './describe-issue';

const firstIssue = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? undefined : r.error.issues[0];
};

describe('schema findings as sentences', () => {
  it('an empty text is "empty", not a schema path and zod wording', () => {
    const issue = firstIssue(z.object({ text: z.string().min(1) }), { text: '' });
    expect(describeIssue(issue)).toBe('The script text is empty. Fill it in.');
  });
  it('a missing field says so, with the row', () => {
    const issue = firstIssue(z.object({ webhookUrl: z.string() }), {});
    expect(describeIssue(issue, 3)).toBe('The webhook URL in row 3 is missing. Fill it in.');
  });
});
