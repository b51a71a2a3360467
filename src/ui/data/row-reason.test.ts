import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { mergeIssue, placeholderOf } from '../../domain/merge/messages';
import { rowReason } from './row-reason';

const unfilled = mergeIssue('error', 'merge.unfilled', { variable: placeholderOf('name'), row: 3 });
const tall = mergeIssue('error', 'merge.overflow', {
  row: 3,
  scene: 2,
  text: 'A very long company name',
  size: 240,
  box: 120,
  context: 'tall',
});

describe('the reason on a contact-sheet thumbnail', () => {
  afterEach(() => i18next.changeLanguage('en'));

  it('is a short phrase without the row (the label shows its number), in the UI’s language', async () => {
    expect([unfilled, tall].map(rowReason)).toEqual([
      'no value for {{name}}',
      'text overflows in scene 2',
    ]);
    await i18next.changeLanguage('ko');
    expect([unfilled, tall].map(rowReason)).toEqual(['{{name}} 값 없음', '장면 2에서 텍스트 넘침']);
  });
});
