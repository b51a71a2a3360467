import { cleanup, fireEvent, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import seed from '../../domain/fixtures/seed-000-request.json';
import { renderWithEditor } from '../../testing/render-ui';
import { createTestEditor } from '../../testing/test-editor';
import { BackgroundFields } from './BackgroundFields';

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await i18next.changeLanguage('en');
});

/** Each button's visible text and accessible name. */
const buttonNames = () =>
  screen.getAllByRole('button').map((b) => [b.textContent, b.getAttribute('aria-label')]);

describe('The scene background presets', () => {
  it('are named in English, and a pick writes the preset’s URL', () => {
    const editor = createTestEditor({ request: seed });
    renderWithEditor(<BackgroundFields />, { editor });
    expect(buttonNames()).toEqual(
      expect.arrayContaining([
        ['Blue gradient', 'Background Blue gradient'],
        ['Warm gradient', 'Background Warm gradient'],
        ['Studio grey', 'Background Studio grey'],
        ['Mint', 'Background Mint'],
      ]),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Background Studio grey' }));
    expect(editor.scene().background?.source_url).toBe('/images/background/bg_studio_grey.png');
  });

  it('are named in Korean in the Korean UI, writing the same URL', async () => {
    const editor = createTestEditor({ request: seed });
    await i18next.changeLanguage('ko');
    renderWithEditor(<BackgroundFields />, { editor });
    expect(buttonNames()).toEqual(
      expect.arrayContaining([
        ['파란 그라데이션', '배경 파란 그라데이션'],
        ['따뜻한 그라데이션', '배경 따뜻한 그라데이션'],
        ['스튜디오 회색', '배경 스튜디오 회색'],
        ['민트', '배경 민트'],
      ]),
    );
    expect(screen.queryByText(/Blue gradient|Warm gradient|Studio grey|Mint/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '배경 스튜디오 회색' }));
    expect(editor.scene().background?.source_url).toBe('/images/background/bg_studio_grey.png');
  });
});
