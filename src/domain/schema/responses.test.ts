import { describe, expect, it } from 'vitest';
import {
  ANSWER_TABLES,
  LIST_PAGES,
  mismatches,
  rowsOf,
  sampleOf,
  type AnswerPage,
} from '../../testing/doc-tables';
import { ANSWERS, progressAnswerSchema, webhookAnswerSchema } from './responses';

const pages = Object.keys(ANSWERS) as (keyof typeof ANSWERS)[];

describe('the domain response schemas read every documented answer', () => {
  it.each(pages)('%s', (page) => {
    const rows = rowsOf(ANSWER_TABLES[page as AnswerPage]);
    expect(rows.length).toBeGreaterThan(0);
    const sample = sampleOf(rows);
    const data = LIST_PAGES.has(page as AnswerPage) ? [sample] : sample;
    expect(mismatches(data, rows)).toStrictEqual([]);
    const parsed = ANSWERS[page].safeParse({ success: true, data });
    expect(parsed.error?.issues ?? []).toStrictEqual([]);
  });

  it('webhook', () => {
    const rows = rowsOf(ANSWER_TABLES.webhook);
    expect(webhookAnswerSchema.safeParse(sampleOf(rows)).success).toBe(true);
  });

  it('types are the documented ones: progress a float 0–100, webhook progress an integer', () => {
    expect(progressAnswerSchema.safeParse({ progress: 37.25 }).success).toBe(true);
    expect(progressAnswerSchema.safeParse({ progress: '37' }).success).toBe(false);
    expect(progressAnswerSchema.safeParse({ progress: 120 }).success).toBe(false);
    expect(webhookAnswerSchema.safeParse({ progress: 37.25 }).success).toBe(false);
    expect(
      webhookAnswerSchema.safeParse({ progress: 100, download_url: 'u', credit: 3 }).success,
    ).toBe(true);
  });

  it('a wrong spelling of a documented key is found', () => {
    const rows = rowsOf(ANSWER_TABLES.webhook);
    expect(mismatches({ progress: 100, downloadUrl: 'u' }, rows)).toStrictEqual([
      'downloadUrl: documented as "download_url"',
    ]);
    expect(mismatches({ progress: 'x' }, rows)).toStrictEqual(['progress: "x" is not Int']);
  });
});
