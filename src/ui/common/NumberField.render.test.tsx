import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NumberField } from './NumberField';

afterEach(cleanup);

function field(value: number, onChange = vi.fn()) {
  let commits = 0;
  const ui = (v: number) => (
    <Profiler id="field" onRender={() => commits++}>
      <NumberField label="Left" value={v} onChange={onChange} />
    </Profiler>
  );
  const view = render(ui(value));
  return {
    input: () => screen.getByLabelText('Left') as HTMLInputElement,
    show: (v: number) => view.rerender(ui(v)),
    commits: () => commits,
  };
}

describe('a number field follows the store', () => {
  it('shows a new value in the render that brought it: one commit, no second frame', () => {
    const f = field(10);
    const before = f.commits();
    f.show(20);
    expect(f.input().value).toBe('20');
    expect(f.commits() - before).toBe(1);
  });

  it('keeps what the user types while focused, and shows the store again on blur', () => {
    const onChange = vi.fn();
    const f = field(10, onChange);
    fireEvent.focus(f.input());
    fireEvent.change(f.input(), { target: { value: '15' } });
    expect(onChange).toHaveBeenCalledWith(15);
    f.show(99); // the store moved on (another edit); the typing is not overwritten
    expect(f.input().value).toBe('15');
    fireEvent.blur(f.input());
    expect(f.input().value).toBe('99');
  });
});
