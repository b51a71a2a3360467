import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import seed from '../../domain/fixtures/seed-000-request.json';
import type { AiModelClip } from '../../domain/schema/clips';
import { createAvatarLibrary } from '../../store/persist/avatar-library';
import { renderWithEditor } from '../../testing/render-ui';
import { createTestEditor } from '../../testing/test-editor';
import { AvatarFields } from './AvatarFields';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const ETHAN = 'M000045058';
const answers = {
  '/api/odin/v3/dropdown/models': [{ id: ETHAN, label: 'Ethan', avatarType: 'default' }],
  '/api/odin/v3/model': {
    models: [
      {
        id: ETHAN,
        label: { ko: '이선', en: 'Ethan' },
        clothes: [
          {
            id: 'BG00002320',
            label: { ko: '네이비', en: 'Navy suit' },
            thumbnail: 'https://cdn/n.png',
          },
          {
            id: 'BG00002321',
            label: { ko: '회색', en: 'Grey jacket' },
            thumbnail: 'https://cdn/g.png',
          },
        ],
      },
    ],
  },
};

function renderFor(emotion: string) {
  const request = structuredClone(seed);
  request.scenes[0]!.clips[0]!.model.emotion = emotion;
  request.scenes[0]!.scripts[0]!.clothId = emotion;
  const editor = createTestEditor({ request });
  const clip = () => editor.scene().clips[0] as AiModelClip;
  renderWithEditor(<AvatarFields clip={clip()} />, {
    editor,
    answers,
    services: { library: createAvatarLibrary() },
  });
  return { editor, clip };
}

describe('Avatar fields in the inspector', () => {
  it('offers the account’s outfits and switches through the command; the script follows', async () => {
    const { editor, clip } = renderFor('BG00002320');
    await screen.findByRole('option', { name: /Grey jacket/ });
    fireEvent.change(screen.getByLabelText('Outfit'), { target: { value: 'BG00002321' } });
    expect(clip().model.emotion).toBe('BG00002321');
    expect(editor.scene().scripts![0]!.clothId).toBe('BG00002321');
  });

  it('keeps an outfit the account does not list as the first choice, changing nothing', async () => {
    const { clip } = renderFor('BG-unlisted');
    await screen.findByRole('option', { name: /Grey jacket/ });
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options[0]).toBe('BG-unlisted');
    fireEvent.change(screen.getByLabelText('Outfit'), { target: { value: 'BG-unlisted' } });
    expect(clip().model.emotion).toBe('BG-unlisted');
  });
});
