import { afterEach, describe, expect, it, vi } from 'vitest';
import { koreanThreeScenes } from '../../domain/fixtures/korean-three-scenes';
import { createScene } from '../../domain/project';
import { plainTextToOrg } from '../../domain/script-edits';
import { formatPreviewTime } from './format-time';
import { sceneLanguage, voiceFor } from './speech-voice';

const voice = (lang: string) => ({ lang, name: lang }) as SpeechSynthesisVoice;

describe('the preview’s voice', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads the script’s language from its letters, else from the avatar, else English', () => {
    expect(sceneLanguage(koreanThreeScenes.scenes[0]!)).toBe('ko');
    expect(sceneLanguage(createScene('j', { org: plainTextToOrg('今日はいい天気ですね。') }))).toBe(
      'ja',
    );
    expect(sceneLanguage(createScene('z', { org: plainTextToOrg('你好，谢谢。') }))).toBe('zh');
    const german = createScene('d', { org: plainTextToOrg('Guten Tag.') });
    german.clips = [
      {
        id: 'a',
        type: 'aiModel',
        layer: 0,
        left: 0,
        top: 0,
        width: 1,
        height: 1,
        model: { ai_name: 'M', emotion: 'E', language: 'de' },
      },
    ];
    expect(sceneLanguage(german)).toBe('de');
    expect(sceneLanguage(createScene('e', { org: plainTextToOrg('Hello.') }))).toBe('en');
  });

  it('picks an installed voice of that language, or none', () => {
    vi.stubGlobal('speechSynthesis', { getVoices: () => [voice('en-US'), voice('ko-KR')] });
    expect(voiceFor('ko')?.lang).toBe('ko-KR');
    expect(voiceFor('en')?.lang).toBe('en-US');
    expect(voiceFor('ja')).toBeUndefined();
  });

  it('finds no voice where the browser has no speech synthesis', () => {
    vi.stubGlobal('speechSynthesis', undefined);
    expect(voiceFor('en')).toBeUndefined();
  });
});

describe('the preview clock', () => {
  it('shows minutes, seconds and tenths', () => {
    expect(formatPreviewTime(0)).toBe('0:00.0');
    expect(formatPreviewTime(5.99)).toBe('0:06.0');
    expect(formatPreviewTime(10.4)).toBe('0:10.4');
    expect(formatPreviewTime(75.25)).toBe('1:15.3');
  });
});
