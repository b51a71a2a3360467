import { act, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import seed from '../../domain/fixtures/seed-000-request.json';
import { renderWithEditor } from '../../testing/render-ui';
import { createTestEditor } from '../../testing/test-editor';
import { clipKind } from './clip-label';
import { LayersPanel } from './LayersPanel';

// clipKind runs once per rendered row: counting its calls counts row renders.
vi.mock('./clip-label', async (actual) => {
  const mod = await actual<typeof import('./clip-label')>();
  return { ...mod, clipKind: vi.fn(mod.clipKind) };
});

const SHAPES = 60;
function editorWithShapes(count = SHAPES) {
  const base = seed.scenes[0]!;
  const shapes = Array.from({ length: count }, (_, i) => ({
    id: `shape-row${i}`,
    type: 'shape',
    shapeName: 'Square',
    layer: i + 2,
    left: i * 10,
    top: 0,
    width: 100,
    height: 100,
    scaleX: 1,
    scaleY: 1,
    angle: 0,
    opacity: 100,
    fill: 'rgb(0,0,0)',
  }));
  return createTestEditor({
    request: { ...seed, scenes: [{ ...base, clips: [...base.clips, ...shapes] }] },
  });
}

/** Renders the panel and waits for the long list's virtualiser (a chunk of its own) to take over. */
async function renderLongList(editor: ReturnType<typeof editorWithShapes>) {
  const view = renderWithEditor(<LayersPanel />, { editor });
  await vi.waitFor(() => expect(view.container.querySelector('ul.layers.virtual')).not.toBeNull());
  return view;
}

// jsdom lays nothing out: the list's scroll box is given the height a browser would give it
// (ten 28 px rows), so the rows mounted are the top of the stack (shape-row59 first) plus the
// virtualiser's overscan.
describe('Layers list renders only the rows that changed', () => {
  const renders = vi.mocked(clipKind);
  beforeEach(() => {
    renders.mockClear();
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (
      this: HTMLElement,
    ) {
      return this.classList.contains('layers-scroll') ? 280 : 0;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('an edit of one clip re-renders that row alone', async () => {
    const editor = editorWithShapes();
    await renderLongList(editor);
    renders.mockClear();
    act(() => editor.commands.clips.update('shape-row58', { left: 500 }));
    expect(renders).toHaveBeenCalledTimes(1);
    expect(renders.mock.calls[0]![0].id).toBe('shape-row58');
  });

  it('selecting a clip re-renders the rows whose selection flipped', async () => {
    const editor = editorWithShapes();
    await renderLongList(editor);
    act(() => editor.commands.clips.select(['shape-row57']));
    renders.mockClear();
    act(() => editor.commands.clips.select(['shape-row56']));
    expect(renders.mock.calls.map(([clip]) => clip.id).sort()).toEqual([
      'shape-row56',
      'shape-row57',
    ]);
  });

  it('mounts the rows in view only, each telling its place in the whole list', async () => {
    const editor = editorWithShapes();
    const { container } = await renderLongList(editor);
    const rows = within(container).getAllByRole('listitem');
    const total = editor.store.getState().project.scenes[0]!.clips.length;
    expect(rows.length).toBe(10 + 6);
    expect(rows[0]!.dataset.clipId).toBe('shape-row59');
    expect(rows.map((row) => row.getAttribute('aria-posinset'))).toEqual(
      Array.from({ length: 16 }, (_, i) => String(i + 1)),
    );
    expect(rows[0]!.getAttribute('aria-setsize')).toBe(String(total));
  });

  it('mounts every row of a short list, without the virtualiser', () => {
    const editor = editorWithShapes(5);
    const { container } = renderWithEditor(<LayersPanel />, { editor });
    const total = editor.store.getState().project.scenes[0]!.clips.length;
    expect(within(container).getAllByRole('listitem')).toHaveLength(total);
    expect(container.querySelector('ul.layers.virtual')).toBeNull();
  });
});
