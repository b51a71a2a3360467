import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
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

describe('Layers list renders only the rows that changed', () => {
  const renders = vi.mocked(clipKind);
  beforeEach(() => {
    renders.mockClear();
  });

  it('an edit of one clip re-renders that row alone', () => {
    const editor = editorWithShapes();
    renderWithEditor(<LayersPanel />, { editor });
    expect(screen.getAllByRole('listitem').length).toBeGreaterThanOrEqual(SHAPES);
    renders.mockClear();
    act(() => editor.commands.clips.update('shape-row7', { left: 500 }));
    expect(renders).toHaveBeenCalledTimes(1);
    expect(renders.mock.calls[0]![0].id).toBe('shape-row7');
  });

  it('selecting a clip re-renders the rows whose selection flipped', () => {
    const editor = editorWithShapes();
    renderWithEditor(<LayersPanel />, { editor });
    act(() => editor.commands.clips.select(['shape-row3']));
    renders.mockClear();
    act(() => editor.commands.clips.select(['shape-row4']));
    expect(renders.mock.calls.map(([clip]) => clip.id).sort()).toEqual([
      'shape-row3',
      'shape-row4',
    ]);
  });
});
