import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { voiceSchema, type Voice } from '../domain/schema/envelope';
import { SettingsError } from './settings';
import { SIM_VOICES } from './simulator/catalog';

const fileSchema = z.union([
  z.array(voiceSchema),
  z.object({ voices: z.array(voiceSchema) }).transform((v) => v.voices),
]);

/**
 * Voices from VOICES_FILE (a JSON array of `{id,label,language,tts}`). Without it the simulator
 * offers its few invented ones; real mode offers none, since the `tts` format is not public and a
 * made-up one cannot be vouched for (the avatar's own voice needs no entry).
 */
export function loadVoices(file: string | undefined, simulator = false): Voice[] {
  if (!file) return simulator ? SIM_VOICES : [];
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new SettingsError(
      `Bad settings: VOICES_FILE ${file} cannot be read as JSON (${(cause as Error).message}).`,
    );
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SettingsError(
      `Bad settings: VOICES_FILE ${file}: ${issue?.path.join('.') || '(root)'} ${issue?.message}.`,
    );
  }
  return parsed.data;
}
