import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import seed from '../../domain/fixtures/seed-000-request.json';
import type { PreflightIssue } from '../../domain/preflight/types';
import { renderWithEditor } from '../../testing/render-ui';
import { createTestEditor } from '../../testing/test-editor';
import { Dialog } from '../common/Dialog';
import { STAGE_FOCUS_ATTR } from '../keyboard/shortcuts';
import { IssueList } from './IssueList';

const AVATAR = 'aiModel-1h4ij5h8e87';

const ISSUES: PreflightIssue[] = [
  {
    severity: 'error',
    code: 'script.empty',
    message: 'The script is empty.',
    path: ['scenes', 0, 'clips', 0],
    sceneIndex: 0,
    clipId: AVATAR,
  },
  { severity: 'warning', code: 'project.nameless', message: 'No name.', path: ['name'] },
];

/** A dialog opened from a toolbar button, as the Export and JSON dialogs are. */
function Opened() {
  const [open, setOpen] = useState(true);
  return open ? (
    <Dialog title="Export" onClose={() => setOpen(false)}>
      <IssueList issues={ISSUES} onPick={() => setOpen(false)} />
    </Dialog>
  ) : null;
}

afterEach(() => {
  cleanup();
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('preflight issues', () => {
  it('that have a place are buttons named by their text, described as showing it on the stage', () => {
    renderWithEditor(<Opened />, { editor: createTestEditor({ request: seed }) });
    const list = screen.getByRole('list', { name: 'Preflight issues' });
    const buttons = Array.from(list.querySelectorAll('button'));
    expect(buttons).toHaveLength(1);
    const [show] = buttons;
    expect(show!.textContent).toMatch(/^Error: /);
    expect(show!.getAttribute('aria-label')).toBeNull();
    const hint = document.getElementById(show!.getAttribute('aria-describedby')!);
    expect(hint?.textContent).toBe('Show on stage');
    // The issue with no place on the stage stays text.
    expect(list.querySelectorAll('li')[1]!.textContent).toMatch(/^Warning: /);
  });

  it('select the clip and leave focus on the stage when the dialog closes', async () => {
    const stage = document.body.appendChild(document.createElement('div'));
    stage.setAttribute(STAGE_FOCUS_ATTR, '');
    stage.tabIndex = 0;
    const opener = document.body.appendChild(document.createElement('button'));
    opener.focus();
    const editor = createTestEditor({ request: seed });
    renderWithEditor(<Opened />, { editor });
    const show = screen.getByRole('button', { name: /^Error: / });
    show.focus();
    fireEvent.click(show);
    expect(editor.store.getState().selection).toEqual([AVATAR]);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(stage));
  });
});
