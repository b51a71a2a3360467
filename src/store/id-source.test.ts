import { describe, expect, it } from 'vitest';
import { CLIP_ID_PATTERN, idFromUuid } from '../domain/ids';
import { createIdSource } from './id-source';

describe('createIdSource', () => {
  it('draws every id from the injected randomUUID', () => {
    const uuids = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'];
    const queue = [...uuids];
    const ids = createIdSource(() => queue.shift()!);
    expect([ids('row'), ids('scene')]).toEqual([
      idFromUuid('row', uuids[0]!),
      idFromUuid('scene', uuids[1]!),
    ]);
    expect(queue).toEqual([]);
  });

  it('by default uses crypto.randomUUID: clip-style ids, none repeated over many draws', () => {
    const ids = createIdSource();
    const drawn = Array.from({ length: 2000 }, () => ids('image'));
    expect(new Set(drawn).size).toBe(2000);
    for (const id of drawn.slice(0, 20)) expect(id).toMatch(CLIP_ID_PATTERN);
  });
});
