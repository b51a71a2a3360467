import { describe, expect, it } from 'vitest';
import { createTestEditor } from '../testing/test-editor';
import { createKoreanFonts } from './fonts';

/** Korean fonts over a chunk the test hands out when it chooses, and a set that records faces. */
function setup() {
  const registeredIn: unknown[] = [];
  const fontSet = { name: 'fonts' } as unknown as FontFaceSet;
  const fetches: { resolve: () => void; reject: (e: Error) => void }[] = [];
  const idle: (() => void)[] = [];
  const fonts = createKoreanFonts({
    fetchFaces: () =>
      new Promise((resolve, reject) =>
        fetches.push({
          resolve: () => resolve({ registerKoreanFaces: (set) => registeredIn.push(set) && 248 }),
          reject,
        }),
      ),
    fontSet: () => fontSet,
    whenIdle: (run) => idle.push(run),
  });
  return { fonts, fetches, registeredIn, fontSet, idle };
}

describe('Korean fonts', () => {
  it('are fetched and registered once when Korean text enters the project, not before', async () => {
    const { fonts, fetches, registeredIn, fontSet } = setup();
    const ed = createTestEditor();
    fonts.watch(ed);
    ed.commands.insert.text('Hello');
    expect(fetches).toHaveLength(0);
    ed.commands.insert.text('안녕하세요');
    expect(fetches).toHaveLength(1);
    fetches[0]!.resolve();
    await fonts.requested();
    expect(registeredIn).toEqual([fontSet]);
    expect(fonts.isRegistered()).toBe(true);
    ed.commands.insert.text('또 한국어');
    await fonts.load();
    expect(fetches).toHaveLength(1);
    expect(registeredIn).toHaveLength(1);
  });

  it('are fetched when Korean appears anywhere, also after edits that changed one clip of many', async () => {
    const { fonts, fetches } = setup();
    const ed = createTestEditor();
    for (let i = 0; i < 30; i++) ed.commands.insert.text(`Line ${i}`);
    fonts.watch(ed);
    const [clip] = ed.scene().clips.filter((c) => c.type === 'textImage');
    ed.commands.clips.transform({ [clip!.id]: { left: 10 } });
    expect(fetches).toHaveLength(0);
    ed.commands.script.setText('오늘의 소식');
    expect(fetches).toHaveLength(1);
  });

  it('a failed fetch keeps the system font and a later load tries again', async () => {
    const { fonts, fetches, registeredIn } = setup();
    const first = fonts.load();
    fetches[0]!.reject(new Error('offline'));
    await first;
    expect(fonts.requested()).toBeUndefined();
    expect(registeredIn).toHaveLength(0);
    const second = fonts.load();
    expect(fetches).toHaveLength(2);
    fetches[1]!.resolve();
    await second;
    expect(registeredIn).toHaveLength(1);
  });

  it('prefetch fetches when idle; a load after it registers at once', async () => {
    const { fonts, fetches, registeredIn, idle } = setup();
    fonts.prefetch();
    expect(fetches).toHaveLength(0);
    idle.shift()!();
    fetches[0]!.resolve();
    await Promise.resolve();
    await Promise.resolve();
    void fonts.load();
    expect(registeredIn).toHaveLength(1);
  });

  it('two instances share nothing: each app (or test) has its own', () => {
    const a = setup();
    const b = setup();
    void a.fonts.load();
    expect(a.fetches).toHaveLength(1);
    expect(b.fetches).toHaveLength(0);
    expect(b.fonts.requested()).toBeUndefined();
  });
});
