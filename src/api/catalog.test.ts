import { describe, expect, it } from 'vitest';
import { dropdownModelSchema } from '../domain/schema/account';
import { listOf } from './catalog';

const good = { id: 'M000045058', label: 'Ethan', avatarType: 'default' };
const noId = { label: 'no id' };
const emptyId = { id: '', label: 'empty id' };

describe('listOf: the upstream’s lists, bare or wrapped', () => {
  it('keeps the entries that fit from a bare array and leaves out the rest', () => {
    expect(listOf(dropdownModelSchema).parse([good, noId, emptyId])).toEqual([good]);
  });

  it('does the same for a list wrapped in an object', () => {
    expect(listOf(dropdownModelSchema).parse({ list: [noId, good] })).toEqual([good]);
  });

  it('reads an object without a list as no entries, and refuses what is neither', () => {
    expect(listOf(dropdownModelSchema).parse({ total: 0 })).toEqual([]);
    expect(listOf(dropdownModelSchema).safeParse('models').success).toBe(false);
  });
});
