import type { Project } from './project';
import { buildTimeline } from './playback';
import { orgToPlainText } from './script-edits';
import { spokenOrgs } from './speech-forms';
import { estimateSpeechSeconds } from './speech';

export interface Cue {
  start: number;
  end: number;
  text: string;
  sceneId: string;
}

const TERMINATORS = new Set(['.', '!', '?', '…', '。', '！', '？', '｡']);
const CLOSERS = new Set(['"', "'", '”', '’', '」', '』', ')', '）', ']']);

/**
 * Sentences of a script: a sentence ends after . ! ? … or the full-width 。！？ (Korean uses the
 * Latin marks; Japanese and Chinese the full-width ones, which need no space after them), with
 * any closing quotes or brackets, and at a line break. A point between digits (3.5) does not end
 * one.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  const chars = [...text];
  let current = '';
  const flush = () => {
    const sentence = current.trim();
    if (sentence) out.push(sentence);
    current = '';
  };
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === '\n') {
      flush();
      continue;
    }
    current += ch;
    if (!TERMINATORS.has(ch)) continue;
    if (ch === '.' && /\d/.test(chars[i - 1] ?? '') && /\d/.test(chars[i + 1] ?? '')) continue;
    while (i + 1 < chars.length && (TERMINATORS.has(chars[i + 1]!) || CLOSERS.has(chars[i + 1]!)))
      current += chars[++i];
    flush();
  }
  flush();
  return out;
}

/**
 * Cues for a whole project: each scene's sentences share its span of the preview timeline in
 * proportion to their own speech estimate. Timing is therefore estimated, not heard.
 */
export function projectCues(
  project: Pick<Project, 'scenes'>,
  known?: Record<string, number>,
): Cue[] {
  const timeline = buildTimeline(project, known ? { known } : {});
  const cues: Cue[] = [];
  for (const span of timeline.spans) {
    const scene = project.scenes[span.index]!;
    const text = spokenOrgs(scene).map(orgToPlainText).join('\n');
    const sentences = splitSentences(text);
    const weights = sentences.map((s) => Math.max(0.1, estimateSpeechSeconds(s)));
    const sum = weights.reduce((a, b) => a + b, 0);
    let at = span.start;
    for (const [i, sentence] of sentences.entries()) {
      const end =
        i === sentences.length - 1 ? span.end : at + ((span.end - span.start) * weights[i]!) / sum;
      cues.push({ start: at, end, text: sentence, sceneId: span.sceneId });
      at = end;
    }
  }
  return cues;
}

/** The same cues stretched to a rendered video's real length (the estimate drifts with the voice). */
export function retimeCues(cues: readonly Cue[], realSeconds: number): Cue[] {
  const total = cues.length ? cues[cues.length - 1]!.end : 0;
  if (total <= 0 || !(realSeconds > 0)) return cues.map((c) => ({ ...c }));
  const k = realSeconds / total;
  return cues.map((c) => ({ ...c, start: c.start * k, end: c.end * k }));
}

/** The cue showing at `time`, for the preview's caption line. */
export const cueAt = (cues: readonly Cue[], time: number): Cue | undefined =>
  cues.find((c) => time >= c.start && time < c.end);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function timestamp(seconds: number, separator: ',' | '.'): string {
  const ms = Math.max(0, Math.round(seconds * 1000));
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  return `${pad(h)}:${pad(m)}:${pad(s)}${separator}${pad(ms % 1000, 3)}`;
}

/** A cue's text never holds a blank line (it would end the cue early) nor "-->". */
const cueText = (text: string) => text.replace(/-->/g, '→').replace(/\n\s*\n/g, '\n');

const VTT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * WebVTT cue text is markup: a raw `<` opens a tag (a player drops "<new>" as an unknown one) and
 * a raw `&` a character reference, so both are escaped, and `>` with them. A cue's text is the
 * already decoded spoken text (`orgToPlainText`), so an entity in the script is escaped once, not
 * twice. SRT has no such escaping and keeps the plain text.
 */
const vttCueText = (text: string) => cueText(text).replace(/[&<>]/g, (c) => VTT_ESCAPES[c]!);

export function toSrt(cues: readonly Cue[]): string {
  return cues
    .map(
      (c, i) =>
        `${i + 1}\n${timestamp(c.start, ',')} --> ${timestamp(c.end, ',')}\n${cueText(c.text)}\n`,
    )
    .join('\n');
}

export const ESTIMATED_NOTE =
  'Timing is estimated from the script (about 150 words a minute, 7 Hangul syllables a second), not measured from the rendered voice.';
export const RETIMED_NOTE =
  'Timing is estimated from the script and stretched to the rendered video\u2019s real length.';

export function toVtt(cues: readonly Cue[], note: string = ESTIMATED_NOTE): string {
  const body = cues.map(
    (c, i) =>
      `${i + 1}\n${timestamp(c.start, '.')} --> ${timestamp(c.end, '.')}\n${vttCueText(c.text)}\n`,
  );
  return [`WEBVTT\n`, `NOTE ${note.replace(/-->/g, '→')}\n`, ...body].join('\n');
}
