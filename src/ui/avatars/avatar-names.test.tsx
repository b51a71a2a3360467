import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import four from '../../domain/fixtures/four-clip-landscape-request.json';
import type { AvatarChoice } from '../../domain/avatar-catalog';
import { renderWithEditor } from '../../testing/render-ui';
import { createTestEditor } from '../../testing/test-editor';
import { selectionMessage } from '../announcer/editor-announcements';
import { spokenClipName } from '../layers/clip-label';
import { LayersPanel } from '../layers/LayersPanel';
import { SceneDescription } from '../stage/SceneDescription';
import { avatarNames } from './avatar-names';

const ETHAN: AvatarChoice = {
  id: 'M000045058',
  label: 'Ethan',
  outfits: [
    {
      id: 'BG00002320',
      label: 'Navy suit',
      model: { ai_name: 'M000045058', emotion: 'BG00002320' },
      placement: 'estimate',
    },
  ],
};

afterEach(() => {
  cleanup();
  avatarNames.set([]);
});

describe('avatars are named as the picker names them', () => {
  it('by their ids until the catalog loads, then by its names, everywhere they are spoken', () => {
    const editor = createTestEditor({ request: four });
    const avatar = editor.scene().clips.find((c) => c.type === 'aiModel')!;
    act(() => editor.commands.clips.select([avatar.id]));
    renderWithEditor(
      <>
        <LayersPanel />
        <SceneDescription id="description" />
      </>,
      { editor },
    );
    expect(spokenClipName(avatar)).toBe("Avatar 'M000045058 · BG00002320'");
    expect(screen.getByRole('button', { name: 'Lock M000045058 · BG00002320' })).toBeTruthy();

    act(() => avatarNames.set([ETHAN]));
    expect(spokenClipName(avatar)).toBe("Avatar 'Ethan · Navy suit'");
    expect(selectionMessage(editor.store.getState())).toMatch(/^Avatar 'Ethan · Navy suit', /);
    expect(screen.getByRole('button', { name: 'Lock Ethan · Navy suit' })).toBeTruthy();
    expect(document.getElementById('description')!.textContent).toContain(
      "Avatar 'Ethan · Navy suit'",
    );
  });

  it('an outfit the catalog does not list keeps its id beside the avatar’s name', () => {
    avatarNames.set([{ ...ETHAN, outfits: [] }]);
    expect(avatarNames.nameOf({ ai_name: 'M000045058', emotion: 'BG9' })).toBe('Ethan · BG9');
    expect(avatarNames.nameOf({ ai_name: 'M999', emotion: 'BG9' })).toBeUndefined();
  });
});
