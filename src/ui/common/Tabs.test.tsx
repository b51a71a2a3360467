import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import seed from '../../domain/fixtures/seed-000-request.json';
import { renderWithEditor } from '../../testing/render-ui';
import { createTestEditor } from '../../testing/test-editor';
import { DataDialog } from '../data/DataDialog';
import { createStore } from 'zustand/vanilla';
import { InsertPanel } from '../insert/InsertPanel';

// The panels' content is not what is tested here (and some need the server): stand-ins name them.
vi.mock('../avatars/AvatarPanel', () => ({ AvatarPanel: () => <p>avatars</p> }));
vi.mock('../insert/MediaPanel', () => ({ MediaPanel: () => <p>media</p> }));
vi.mock('../data/VariablesSection', () => ({ VariablesSection: () => <p>variables</p> }));
vi.mock('../data/DataSection', () => ({ DataSection: () => <p>data</p> }));
vi.mock('../data/ContactSheet', () => ({ ContactSheet: () => <p>check</p> }));
vi.mock('../data/RunSection', () => ({ RunSection: () => <p>run</p> }));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const selectedTab = (list: HTMLElement) =>
  within(list)
    .getAllByRole('tab')
    .find((tab) => tab.getAttribute('aria-selected') === 'true')!;

/** The WAI-ARIA tabs pattern, walked with the keys a user has. */
function expectTabsPattern(list: HTMLElement, names: string[]) {
  const tabs = within(list).getAllByRole('tab');
  expect(tabs.map((tab) => tab.textContent)).toEqual(names);
  const check = () => {
    const on = selectedTab(list);
    // One Tab stop: the selected tab.
    expect(tabs.map((tab) => tab.tabIndex)).toEqual(tabs.map((tab) => (tab === on ? 0 : -1)));
    expect(document.activeElement).toBe(on);
    const panel = document.getElementById(on.getAttribute('aria-controls')!);
    expect(panel?.getAttribute('role')).toBe('tabpanel');
    expect(panel?.getAttribute('aria-labelledby')).toBe(on.id);
    return on.textContent;
  };
  act(() => selectedTab(list).focus());
  fireEvent.keyDown(selectedTab(list), { key: 'End' });
  expect(check()).toBe(names.at(-1));
  fireEvent.keyDown(selectedTab(list), { key: 'ArrowRight' });
  expect(check()).toBe(names[0]);
  fireEvent.keyDown(selectedTab(list), { key: 'ArrowRight' });
  expect(check()).toBe(names[1]);
  fireEvent.keyDown(selectedTab(list), { key: 'ArrowLeft' });
  expect(check()).toBe(names[0]);
  fireEvent.keyDown(selectedTab(list), { key: 'ArrowLeft' });
  expect(check()).toBe(names.at(-1));
  fireEvent.keyDown(selectedTab(list), { key: 'Home' });
  expect(check()).toBe(names[0]);
}

describe('tabs', () => {
  it('“Add to scene”: a named list, one Tab stop, arrows, Home and End, each panel a tabpanel', () => {
    renderWithEditor(<InsertPanel />, { editor: createTestEditor({ request: seed }) });
    const list = screen.getByRole('tablist', { name: 'What to add' });
    expectTabsPattern(list, ['Avatars', 'Text', 'Shapes', 'Media']);
    fireEvent.keyDown(selectedTab(list), { key: 'ArrowRight' });
    expect(screen.getByRole('tabpanel', { name: 'Text' })).toBeTruthy();
  });

  it('Data merge: the same pattern over its four steps', async () => {
    const session = Promise.resolve({
      store: createStore(() => ({ run: null, setup: null })),
      showProject: () => undefined,
    } as never);
    const projects = { subscribe: () => () => undefined, openKey: () => 'p1' };
    // The dialog suspends on its session: rendered inside act, it has resolved when act does.
    await act(async () => {
      renderWithEditor(
        <Suspense>
          <DataDialog session={session} onClose={() => {}} />
        </Suspense>,
        { editor: createTestEditor({ request: seed }), services: { session: projects as never } },
      );
    });
    const list = screen.getByRole('tablist', { name: 'Data merge steps' });
    expectTabsPattern(list, ['Variables', 'Data', 'Check', 'Run']);
  });
});
