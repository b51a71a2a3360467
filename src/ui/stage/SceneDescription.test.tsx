import { act, cleanup, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import seed from '../../domain/fixtures/seed-000-request.json';
import { plainTextToOrg } from '../../domain/script-edits';
import { renderWithEditor } from '../../testing/render-ui';
import { createTestEditor } from '../../testing/test-editor';
import { SceneDescription } from './SceneDescription';

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await i18next.changeLanguage('en');
});

const description = () => screen.getByTestId('described').textContent ?? '';

function renderDescription() {
  const editor = createTestEditor({ request: seed });
  editor.commands.insert.shape('Circle');
  editor.commands.insert.text('Sale');
  renderWithEditor(
    <div data-testid="described">
      <SceneDescription id="d" />
    </div>,
    { editor },
  );
  return editor;
}

describe('The stage’s scene description', () => {
  it('names the scene’s place and its clips top first, and follows a clip edit', () => {
    const editor = renderDescription();
    expect(description()).toMatch(
      /^Scene 1 of 1\. 3 clips, top first: Text 'Sale'; Shape 'Circle'; /,
    );
    const text = editor.scene().clips.find((c) => c.type === 'textImage')!;
    act(() => editor.commands.clips.remove([text.id]));
    expect(description()).toMatch(/^Scene 1 of 1\. 2 clips, top first: Shape 'Circle'; /);
  });

  it('is not built again for an edit that leaves the scene’s clips alone (a script keystroke)', () => {
    const editor = renderDescription();
    const before = description();
    const translate = vi.spyOn(i18next, 't');
    for (const text of ['H', 'He', 'Hel', 'Hell', 'Hello'])
      act(() => editor.commands.script.setText(plainTextToOrg(text)));
    expect(translate.mock.calls.filter(([key]) => key === 'stage.describe')).toEqual([]);
    expect(description()).toBe(before);
  });

  it('is not said again for a move: the names and their order are what it tells', () => {
    const editor = renderDescription();
    const before = description();
    const translate = vi.spyOn(i18next, 't');
    const circle = editor.scene().clips.find((c) => c.type === 'shape')!;
    act(() => editor.commands.clips.update(circle.id, { left: 10, top: 20 }));
    expect(translate.mock.calls.filter(([key]) => key === 'stage.describe')).toEqual([]);
    expect(description()).toBe(before);
  });

  it('names the top 30 clips of a long scene and counts the rest', () => {
    const editor = createTestEditor({ request: seed });
    for (let i = 0; i < 40; i++) editor.commands.insert.text(`T${i}`);
    renderWithEditor(
      <div data-testid="described">
        <SceneDescription id="d" />
      </div>,
      { editor },
    );
    expect(description()).toContain("41 clips, top first: Text 'T39'; Text 'T38'; ");
    expect(description()).toContain("Text 'T10'; and 11 more.");
    expect(description()).not.toContain("'T9'");
  });

  it('is said again in the language the user switches to', async () => {
    renderDescription();
    await act(() => i18next.changeLanguage('ko'));
    expect(description()).toMatch(/^장면 1 \/ 1. .*, 위에서부터: /);
  });
});
