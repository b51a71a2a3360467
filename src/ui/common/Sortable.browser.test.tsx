import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../testing/i18n-setup';
import { SortableList, useSortableItem } from './Sortable';

afterEach(cleanup);

function Row({ id }: { id: string }) {
  const { item, handle } = useSortableItem(id);
  return (
    <li {...item}>
      <button {...handle}>{id}</button>
    </li>
  );
}

function list(onMove = vi.fn()) {
  const ids = ['a', 'b', 'c'];
  render(
    <SortableList ids={ids} nameOf={(id) => id} onMove={onMove} direction="vertical">
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {ids.map((id) => (
          <Row key={id} id={id} />
        ))}
      </ul>
    </SortableList>,
  );
  return onMove;
}

const key = (target: EventTarget, code: string) =>
  target.dispatchEvent(
    new KeyboardEvent('keydown', {
      code,
      key: code === 'Space' ? ' ' : code,
      bubbles: true,
      cancelable: true,
    }),
  );

/** After React's own microtask (a discrete event's render), before any timer task. */
const afterRender = () => new Promise<void>((done) => queueMicrotask(done));
/** dnd-kit speaks each step; the next key waits for it, as the end-to-end tests do. */
const spoken = (text: string) => screen.findByText(text);

describe('reordering with the keyboard', () => {
  it('takes an arrow pressed before any timer has run since the pick-up', async () => {
    const onMove = list();
    const first = screen.getByRole('button', { name: 'a' });
    first.focus();
    key(first, 'Space');
    await afterRender();
    key(first, 'ArrowDown');
    await spoken('a moved to position 2 of 3.');
    key(first, 'Space');
    expect(onMove).toHaveBeenCalledWith('a', 1);
  });

  it('does not take the Space that picked the item up for its drop', async () => {
    const onMove = list();
    const first = screen.getByRole('button', { name: 'a' });
    first.focus();
    key(first, 'Space');
    await spoken('Picked up a, position 1 of 3.');
    // Still held: the Space that picked it up did not also drop it.
    expect(first.getAttribute('aria-pressed')).toBe('true');
    key(first, 'ArrowDown');
    await spoken('a moved to position 2 of 3.');
    key(first, 'Space');
    expect(onMove).toHaveBeenCalledWith('a', 1);
  });
});
