import { describe, expect, it } from 'vitest';
import seed from './fixtures/seed-000-request.json';
import { diffProjectUpdates, editOptionsOf, sameJson, type RequestLike } from './project-updates';
import { editProjectRequestSchema, editRequest, updatesOf } from './schema/edit-project';

const text = (id: string, words: string) => ({
  id,
  type: 'textImage',
  text: words,
  fontSize: 48,
  left: 0,
  top: 0,
  width: 100,
  height: 40,
  layer: 2,
});
const base = (): RequestLike => {
  const request = structuredClone(seed) as unknown as RequestLike & {
    scenes: { clips: Record<string, unknown>[] }[];
  };
  request.scenes[0]!.clips.push(text('title', 'Hello'));
  return request;
};

describe('diffProjectUpdates', () => {
  it('finds nothing in an unchanged project, whatever the key order', () => {
    const before = base();
    const reversed = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reversed)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([k, x]) => [k, reversed(x)]),
            )
          : v;
    const after = reversed(before) as RequestLike;
    expect(Object.keys(after)).toEqual(Object.keys(before).reverse());
    expect(diffProjectUpdates(before, after)).toEqual({ updates: [], inexpressible: [] });
  });

  it('expresses a text change and a script change as the documented entries', () => {
    const before = base();
    const after = structuredClone(before) as typeof before & {
      scenes: { clips: Record<string, unknown>[]; scripts: { org: string }[] }[];
    };
    after.scenes[0]!.clips[1]!.text = 'Changed & new';
    after.scenes[0]!.clips[1]!.fontSize = 100;
    after.scenes[0]!.scripts[0]!.org = '<p>changed &amp; script</p><p>line two</p>';
    const diff = diffProjectUpdates(before, after);
    expect(diff.inexpressible).toEqual([]);
    expect(diff.updates).toEqual([
      { sceneIdx: 0, type: 'textImage', values: { text: 'Changed & new', fontSize: 100 } },
      { sceneIdx: 0, type: 'aiModel', values: { script: 'changed & script\nline two' } },
    ]);
  });

  it('reads the speech from the avatar clip when the scene has no scripts (the tutorial form)', () => {
    const before = base() as unknown as {
      scenes: { scripts?: unknown; clips: Record<string, unknown>[] }[];
    };
    delete before.scenes[0]!.scripts;
    before.scenes[0]!.clips[0]!.script = { org: 'Old words', tts: null };
    const after = structuredClone(before);
    (after.scenes[0]!.clips[0]!.script as { org: string }).org = 'New words';
    const diff = diffProjectUpdates(
      before as unknown as RequestLike,
      after as unknown as RequestLike,
    );
    expect(diff).toEqual({
      updates: [{ sceneIdx: 0, type: 'aiModel', values: { script: 'New words' } }],
      inexpressible: [],
    });
  });

  it('background changes become a background entry', () => {
    const before = base();
    const after = structuredClone(before) as unknown as {
      scenes: { background: Record<string, unknown> }[];
    };
    after.scenes[0]!.background.source_color = 'rgb(0,0,0)';
    expect(diffProjectUpdates(before, after as unknown as RequestLike).updates).toEqual([
      { sceneIdx: 0, type: 'background', values: { source_color: 'rgb(0,0,0)' } },
    ]);
  });

  it('says why when a change cannot be named by scene index and type', () => {
    const before = base() as RequestLike & { scenes: { clips: Record<string, unknown>[] }[] };
    before.scenes[0]!.clips.push(text('subtitle', 'Second'));
    const after = structuredClone(before);
    after.scenes[0]!.clips[2]!.text = 'Other';
    after.scenes[0]!.clips.push(text('fresh', 'New clip'));
    const diff = diffProjectUpdates(before, after);
    expect(diff.updates).toEqual([]);
    expect(diff.inexpressible).toEqual([
      'Scene 1: clips added (fresh); an update can only change existing clips.',
      expect.stringContaining('the scene has 2 textImage clips'),
    ]);
  });

  it('refuses added scenes, a changed voice and a renamed project', () => {
    const before = base() as RequestLike & { scenes: { scripts: Record<string, unknown>[] }[] };
    const renamed = { ...structuredClone(before), name: 'Other' };
    renamed.scenes[0]!.scripts[0]!.isTTS = true;
    const diff = diffProjectUpdates(before, renamed);
    expect(diff.inexpressible[0]).toMatch(/Project settings changed \(name\)/);
    expect(diff.inexpressible[1]).toMatch(/voice or avatar ids/);
    const more = { ...structuredClone(before), scenes: [...before.scenes, before.scenes[0]!] };
    expect(diffProjectUpdates(before, more).inexpressible).toEqual([
      expect.stringContaining('1 → 2'),
    ]);
  });

  it('edit options are not content changes, and are carried into the request', () => {
    const before = base();
    const after = {
      ...structuredClone(before),
      webhookUrl: 'https://example.com/hook',
      resolution: '720',
    };
    expect(diffProjectUpdates(before, after)).toEqual({ updates: [], inexpressible: [] });
    expect(editOptionsOf(after)).toEqual({
      webhookUrl: 'https://example.com/hook',
      resolution: '720',
    });
  });
});

describe('edit request forms', () => {
  const updates = [{ sceneIdx: 0, type: 'aiModel' as const, values: { script: 'changed script' } }];
  it('builds the 1.6.x and 1.4.x forms, both valid and carrying the same updates', () => {
    const v16 = editRequest(updates, '1.6.x', { isExport: true });
    const v14 = editRequest(updates, '1.4.x');
    expect(v16).toEqual({ updates: { value: updates }, isExport: true });
    expect(v14).toEqual({ updates });
    for (const body of [v16, v14])
      expect(updatesOf(editProjectRequestSchema.parse(body))).toEqual(updates);
  });
  it('refuses an empty list and an unknown type', () => {
    expect(editProjectRequestSchema.safeParse({ updates: { value: [] } }).success).toBe(false);
    expect(
      editProjectRequestSchema.safeParse({
        updates: [{ sceneIdx: 0, type: 'sticker', values: {} }],
      }).success,
    ).toBe(false);
  });
  it('sameJson ignores key order only', () => {
    expect(sameJson({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson({ a: undefined }, {})).toBe(false);
  });
});
