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

const SHAPES = 30;
function editorWithShapes() {
  const base = seed.scenes[0]!;
  const shapes = Array.from({ length: SHAPES }, (_, i) => ({
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

// jsdom lays nothing out: the list's scroll box is given the height a browser would give it
// (ten 28 px rows), so the rows mounted are the top of the stack (shape-row29 first) plus the
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

  it('an edit of one clip re-renders that row alone', () => {
    const editor = editorWithShapes();
    renderWithEditor(<LayersPanel />, { editor });
    renders.mockClear();
    act(() => editor.commands.clips.update('shape-row28', { left: 500 }));
    expect(renders).toHaveBeenCalledTimes(1);
    expect(renders.mock.calls[0]![0].id).toBe('shape-row28');
  });

  it('selecting a clip re-renders the rows whose selection flipped', () => {
    const editor = editorWithShapes();
    renderWithEditor(<LayersPanel />, { editor });
    act(() => editor.commands.clips.select(['shape-row27']));
    renders.mockClear();
    act(() => editor.commands.clips.select(['shape-row26']));
    expect(renders.mock.calls.map(([clip]) => clip.id).sort()).toEqual([
      'shape-row26',
      'shape-row27',
    ]);
  });

  it('mounts the rows in view only, each telling its place in the whole list', () => {
    const editor = editorWithShapes();
    const { container } = renderWithEditor(<LayersPanel />, { editor });
    const rows = within(container).getAllByRole('listitem');
    const total = editor.store.getState().project.scenes[0]!.clips.length;
    expect(rows.length).toBe(10 + 6);
    expect(rows[0]!.dataset.clipId).toBe('shape-row29');
    expect(rows.map((row) => row.getAttribute('aria-posinset'))).toEqual(
      Array.from({ length: 16 }, (_, i) => String(i + 1)),
    );
    expect(rows[0]!.getAttribute('aria-setsize')).toBe(String(total));
  });
});
