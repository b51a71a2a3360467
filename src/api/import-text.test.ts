import { describe, expect, it } from 'vitest';
import { build } from '../domain/build';
import { describeProblem } from '../domain/parse';
import { filledIn, VENDOR_REQUESTS } from '../testing/vendor-samples';
import { importText } from './import-text';
import fc from 'fast-check';
import { parse as parseJsonc } from 'jsonc-parser';
import { findPlaceholders, readJsonText } from './read-json-text';

const createProject = VENDOR_REQUESTS['docs-1.6.x-create-project'];

describe('importing text as people paste it', () => {
  it('seed-000 exactly as printed names the placeholder to fill in, with its line', () => {
    const result = importText(createProject);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const line = createProject.split('\n').findIndex((l) => l.includes('${webhook')) + 1;
    expect(result.error.problems).toHaveLength(1);
    expect(describeProblem(result.error.problems[0]!)).toBe(
      `Line ${line}, column 21: \${webhook_delivery_address} is a placeholder from the docs' sample. ` +
        'Replace it with your webhook URL in quotes ("https://…"), or delete the whole "webhookUrl" line.',
    );
  });

  it('with the placeholder filled in, its trailing commas are accepted and it opens', () => {
    const result = importText(filledIn(createProject));
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(build(result.project).webhookUrl).toBe('https://hooks.example.com/aistudios');
  });

  it('comments are accepted', () => {
    const result = readJsonText('{\n  // the name\n  "name": "x", /* done */\n}');
    expect(result).toStrictEqual({ ok: true, value: { name: 'x' } });
  });

  it('a syntax error has a line, a column and a hint', () => {
    const result = readJsonText('{\n  "name": "x"\n  "orientation": "landscape"\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(describeProblem(result.problems[0]!)).toBe(
      'Line 3, column 3: Not valid JSON: a comma is missing between two values.',
    );
  });

  it('a placeholder inside a string is also named (it would be sent as text)', () => {
    const found = findPlaceholders('{\n "webhookUrl": "${ClientWebhookUrl}"\n}');
    expect(found).toStrictEqual([
      { name: 'ClientWebhookUrl', offset: 18, inString: true, line: 2, column: 17 },
    ]);
    const result = importText('{\n "webhookUrl": "${ClientWebhookUrl}"\n}');
    expect(result.ok).toBe(false);
  });

  it('empty text says so', () => {
    const result = readJsonText('  ');
    expect(result.ok).toBe(false);
  });
});

describe('strict JSON takes the fast path with the same outcome', () => {
  it('any JSON text reads to the value jsonc-parser gives', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value, null, 2);
        fc.pre(!text.includes('${') && !text.includes('__proto__'));
        expect(readJsonText(text)).toStrictEqual({ ok: true, value: parseJsonc(text) });
      }),
    );
  });

  it('a placeholder inside a string of valid JSON is still named', () => {
    const result = readJsonText('{"webhookUrl": "${webhook_url}"}');
    expect(result.ok).toBe(false);
  });
});
