import { useEffect, useState } from 'react';
import type { Cue } from '../../domain/captions';
import type { Scene } from '../../domain/project';
import { sceneLanguage, voiceFor } from './speech-voice';

/**
 * Speaks the shown scene's script with the browser's speech synthesis, from the sentence showing
 * now, while the preview plays. Returns whether a voice speaks; without one the preview shows a
 * caption line instead.
 */
export function usePreviewSpeech(
  scene: Scene | undefined,
  cues: readonly Cue[],
  time: number,
  playing: boolean,
): boolean {
  const [voices, setVoices] = useState(0);
  useEffect(() => {
    if (typeof speechSynthesis === 'undefined') return;
    const update = () => setVoices(speechSynthesis.getVoices().length);
    update();
    speechSynthesis.addEventListener('voiceschanged', update);
    return () => speechSynthesis.removeEventListener('voiceschanged', update);
  }, []);
  const lang = scene ? sceneLanguage(scene) : 'en';
  const voice = voices > 0 ? voiceFor(lang) : undefined;
  const sceneId = scene?.id;

  // Starts on play and on each scene change; a scrub inside a scene does not restart speech.
  useEffect(() => {
    if (!playing || !voice || !sceneId || typeof speechSynthesis === 'undefined') return;
    const rest = cues.filter((c) => c.sceneId === sceneId && c.end > time);
    speechSynthesis.cancel();
    // One utterance per sentence: Chrome cuts a single long utterance off after about 15 s.
    for (const cue of rest) {
      const utterance = new SpeechSynthesisUtterance(cue.text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      speechSynthesis.speak(utterance);
    }
    return () => speechSynthesis.cancel();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- time is read at the start only
  }, [playing, voice, sceneId, cues]);
  return voice !== undefined;
}
