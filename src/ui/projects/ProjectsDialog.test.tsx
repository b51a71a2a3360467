import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createProjectSession, type ProjectSession } from '../../store/persist/project-session';
import { projectRepository } from '../../store/persist/project-repository';
import { renderWithEditor } from '../../testing/render-ui';
import { createTestEditor } from '../../testing/test-editor';
import { ProjectsDialog } from './ProjectsDialog';

let session: ProjectSession;
let editor: ReturnType<typeof createTestEditor>;

beforeEach(async () => {
  localStorage.clear();
  for (const p of await projectRepository.list()) await projectRepository.delete(p.key);
  let n = 0;
  editor = createTestEditor();
  session = createProjectSession(
    editor,
    () => null,
    (prefix) => `${prefix}-${++n}`,
  );
});

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await session.current()?.flush();
  session.dispose();
});

/** A saved project "Welcome" that is not open, and the dialog showing the list. */
async function openWithSavedProject() {
  const key = await session.createBlank('landscape');
  editor.commands.scenes.setSettings({ name: 'Welcome' });
  await session.createBlank('portrait');
  renderWithEditor(<ProjectsDialog onClose={() => undefined} />, {
    editor,
    services: { session },
  });
  const row = await waitFor(() => {
    const found = document.querySelector<HTMLElement>(`tr[data-project-key="${key}"]`);
    if (!found) throw new Error('row not listed yet');
    return found;
  });
  return { key, row };
}

describe('Projects dialog: dispatches to the project session', () => {
  it('renames a saved project when its name field loses focus', async () => {
    const { key, row } = await openWithSavedProject();
    const name = within(row).getByLabelText('Rename Welcome');
    fireEvent.change(name, { target: { value: 'Welcome, renamed' } });
    fireEvent.blur(name);
    await waitFor(async () =>
      expect((await projectRepository.get(key))?.title).toBe('Welcome, renamed'),
    );
  });

  it('duplicates a project into a new row titled as a copy', async () => {
    const { row } = await openWithSavedProject();
    fireEvent.click(within(row).getByRole('button', { name: 'Duplicate' }));
    expect(await screen.findByDisplayValue('Welcome (copy)')).toBeTruthy();
  });

  it('deletes a project and brings it back with Undo', async () => {
    const { key, row } = await openWithSavedProject();
    fireEvent.click(within(row).getByRole('button', { name: 'Delete' }));
    await screen.findByText('Deleted “Welcome”.', { exact: false });
    expect(await projectRepository.get(key)).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await projectRepository.get(key))?.title).toBe('Welcome'));
  });

  it('cannot rename, open or delete the open project from the list', async () => {
    await openWithSavedProject();
    const open = session.current()!.key;
    const row = document.querySelector<HTMLElement>(`tr[data-project-key="${open}"]`)!;
    expect(within(row).getByRole('button', { name: 'Delete' })).toHaveProperty('disabled', true);
    expect(within(row).getByRole('button', { name: 'Open' })).toHaveProperty('disabled', true);
    expect(within(row).getByRole('textbox')).toHaveProperty('disabled', true);
  });
});
