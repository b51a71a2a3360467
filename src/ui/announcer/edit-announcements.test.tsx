import { act, cleanup, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import four from '../../domain/fixtures/four-clip-landscape-request.json';
import { createTestEditor } from '../../testing/test-editor';
import { installEditorInput } from '../editor/editor-input';
import { parseChord } from '../actions/keys';
import { createAnnouncer } from './announcer';
import { announceEditor } from './editor-announcements';
import { LiveRegion } from './LiveRegion';

let uninstall: () => void = () => undefined;
afterEach(async () => {
  uninstall();
  cleanup();
  await i18next.changeLanguage('en');
});

/** The app's wiring: store news and the keyboard's actions speak through one live region. */
function setup() {
  const ed = createTestEditor({ request: four });
  const announcer = createAnnouncer();
  announceEditor(ed, announcer.announce);
  uninstall = installEditorInput({
    editor: ed,
    open: () => undefined,
    announce: announcer.announce,
  });
  render(<LiveRegion announcer={announcer} />);
  const region = () => screen.getByRole('status');
  const press = (binding: string) => {
    const chord = parseChord(binding);
    const init = { key: chord.key, ctrlKey: chord.mod, shiftKey: chord.shift, altKey: chord.alt };
    act(() => {
      document.body.dispatchEvent(
        new KeyboardEvent('keydown', { ...init, bubbles: true, cancelable: true }),
      );
      document.body.dispatchEvent(new KeyboardEvent('keyup', { ...init, bubbles: true }));
    });
  };
  const byType = (type: string) => ed.scene().clips.find((c) => c.type === type)!;
  return { ed, announcer, region, press, byType };
}

describe('announcements of edits', () => {
  it('a message said twice changes the live region twice', () => {
    const { announcer, region } = setup();
    act(() => announcer.announce('Snap off'));
    const first = region().firstChild;
    act(() => announcer.announce('Snap off'));
    expect(region().textContent).toBe('Snap off');
    expect(region().firstChild).not.toBe(first);
  });

  it('names the clip a Delete removed, and undo says what came back', () => {
    const { ed, region, press, byType } = setup();
    act(() => ed.commands.clips.select([byType('shape').id]));
    press('Delete');
    expect(region().textContent).toBe("Deleted Shape 'Star'");
    press('Mod+Z');
    expect(region().textContent).toBe("Undid: delete. Shape 'Star', 1 of 4 on scene 1");
    act(() => ed.commands.clips.selectAll());
    press('Delete');
    expect(region().textContent).toBe('Deleted 4 clips');
  });

  it('says where undo and redo left a moved or resized clip', () => {
    const { ed, region, press, byType } = setup();
    const shape = byType('shape');
    const top = shape.top ?? 0;
    act(() => ed.commands.clips.select([shape.id]));
    press('ArrowDown');
    expect(region().textContent).toBe(`Moved to ${shape.left}, ${top + 1}`);
    press('Mod+Z');
    expect(region().textContent).toBe(`Undid: move. Moved to ${shape.left}, ${top}`);
    press('Mod+Shift+Z');
    expect(region().textContent).toBe(`Redid: move. Moved to ${shape.left}, ${top + 1}`);
    press('Alt+ArrowRight');
    press('Mod+Z');
    expect(region().textContent).toMatch(/^Undid: resize\. Resized to \d+ × \d+$/);
  });

  it('says a layer move and the snap toggle', () => {
    const { ed, region, press, byType } = setup();
    act(() => ed.commands.clips.select([byType('shape').id]));
    press('[');
    expect(region().textContent).toBe('Moved to layer 2 of 4');
    press(']');
    expect(region().textContent).toBe('Moved to layer 1 of 4');
    press('Mod+Z');
    expect(region().textContent).toBe('Undid: layer order. Moved to layer 2 of 4');
    press('G');
    expect(region().textContent).toBe('Snap off');
    press('G');
    expect(region().textContent).toBe('Snap on');
  });

  it('says a scene added, shown and deleted, and what undo took back', () => {
    const { ed, region, press } = setup();
    act(() => ed.commands.scenes.add());
    expect(region().textContent).toBe('Scene 2 of 2 added');
    act(() => ed.commands.scenes.duplicate());
    expect(region().textContent).toBe('Scene 3 of 3 added');
    const first = ed.project().scenes[0]!.id;
    act(() => ed.commands.scenes.activate(first));
    expect(region().textContent).toBe('Scene 1 of 3, 4 clips');
    act(() => ed.commands.scenes.remove());
    expect(region().textContent).toBe('Scene 1 deleted. Scene 1 of 2, 0 clips');
    press('Mod+Z');
    expect(region().textContent).toMatch(/^Undid: delete scene 1\. Scene 1 of 3, 4 clips/);
    press('Mod+Shift+Z');
    expect(region().textContent).toMatch(/^Redid: delete scene 1\. Scene 1 of 2, 0 clips/);
  });

  it('speaks Korean with the particle each word takes', async () => {
    await i18next.changeLanguage('ko');
    const { ed, region, press, byType } = setup();
    act(() => ed.commands.clips.select([byType('shape').id]));
    press('Delete');
    expect(region().textContent).toBe("도형 '별'을 삭제했습니다");
    act(() => ed.commands.scenes.add());
    expect(region().textContent).toBe('장면 2를 추가했습니다 (전체 2개)');
    act(() => ed.commands.scenes.remove());
    expect(region().textContent).toBe('장면 2를 삭제했습니다. 장면 1 (전체 1개), 클립 3개');
    press('Mod+Z');
    expect(region().textContent).toMatch(/^실행 취소: 장면 2 삭제\. 장면 2 \(전체 2개\), 클립 0개/);
    press('G');
    expect(region().textContent).toBe('스냅 끔');
  });
});
