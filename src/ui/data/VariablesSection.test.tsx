import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { designedProject, TITLE_ID } from '../../domain/merge/test-support';
import { renderWithEditor } from '../../testing/render-ui';
import { createTestEditor } from '../../testing/test-editor';
import { VariablesSection } from './VariablesSection';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('Variables: where each variable is used', () => {
  it('names a text without a tag by its own words, never by its internal id', () => {
    const project = designedProject();
    project.scenes[0]!.clips = project.scenes[0]!.clips.map((c) =>
      c.id === TITLE_ID && c.type === 'textImage'
        ? { ...c, tag: undefined, text: 'Welcome, {{name}}! We are glad you are here.' }
        : c,
    );
    renderWithEditor(<VariablesSection onClose={() => undefined} />, {
      editor: createTestEditor({ project }),
    });
    expect(
      screen.getByRole('button', { name: 'Text "Welcome, {{name}}! We ar", scene 1' }),
    ).toBeTruthy();
    expect(screen.queryByText(new RegExp(TITLE_ID))).toBeNull();
  });
});
