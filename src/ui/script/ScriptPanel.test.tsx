import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import seed from '../../domain/fixtures/seed-000-request.json';
import { renderWithEditor } from '../../testing/render-ui';
import { createTestEditor } from '../../testing/test-editor';
import { ScriptPanel } from './ScriptPanel';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const avatar = seed.scenes[0]!.clips[0]!.model;

describe('Script panel', () => {
  it('names a script/avatar mismatch and fixes it through the command, in one undo step', () => {
    const request = structuredClone(seed);
    request.scenes[0]!.scripts[0]!.clothId = 'BG-other';
    const editor = createTestEditor({ request });
    renderWithEditor(<ScriptPanel />, { editor });
    expect(screen.getByRole('alert').textContent).toContain(
      `The script names ${avatar.ai_name}/BG-other but the avatar is ${avatar.ai_name}/${avatar.emotion}.`,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Use the avatar’s ids' }));
    expect(editor.request().scenes[0]!.scripts![0]!.clothId).toBe(avatar.emotion);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(editor.undoDepth()).toBe(1);
  });

  it('shows no alert when the script names the avatar clip', () => {
    renderWithEditor(<ScriptPanel />, { editor: createTestEditor({ request: seed }) });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('writes typed text to the scene script as <p> lines', () => {
    const editor = createTestEditor({ request: seed });
    renderWithEditor(<ScriptPanel />, { editor });
    fireEvent.change(screen.getByLabelText('Script text'), { target: { value: 'Hi <you>\nBye' } });
    expect(editor.request().scenes[0]!.scripts![0]!.org).toBe('<p>Hi &lt;you&gt;</p><p>Bye</p>');
    expect(screen.getByLabelText('Character count').textContent).toBe('12 characters');
  });
});
