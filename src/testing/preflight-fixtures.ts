/** Test-only helpers for the preflight tests: fresh copies of the fixtures and typed clip access. */
import seedJson from '../domain/fixtures/seed-000-request.json';
import imageJson from '../domain/fixtures/clip-image-request.json';
import textJson from '../domain/fixtures/clip-textImage-request.json';
import shapeJson from '../domain/fixtures/clip-shape-request.json';
import videoJson from '../domain/fixtures/clip-videoImage-request.json';
import audioJson from '../domain/fixtures/clip-audio-request.json';
import type { KnownClip } from '../domain/schema/clips';
import type { EditorProjectRequest } from '../domain/schema/request';

export const FIXTURES = {
  seed: seedJson,
  image: imageJson,
  textImage: textJson,
  shape: shapeJson,
  videoImage: videoJson,
  audio: audioJson,
} as const;

export type FixtureName = keyof typeof FIXTURES;

/** The avatar clip of every fixture (scene 0, clip 0). */
export const AVATAR_ID = 'aiModel-1h4ij5h8e87';

/** A deep copy of a fixture, typed as a request (the fixtures are schema-valid). */
export const fixture = (name: FixtureName = 'seed'): EditorProjectRequest =>
  structuredClone(FIXTURES[name]) as unknown as EditorProjectRequest;

/** Clip `clipIndex` of scene `sceneIndex`, checked to be of `type`. */
export function clipAt<T extends KnownClip['type']>(
  request: EditorProjectRequest,
  type: T,
  clipIndex = 1,
  sceneIndex = 0,
): Extract<KnownClip, { type: T }> {
  const clip = request.scenes[sceneIndex]?.clips[clipIndex];
  if (clip?.type !== type)
    throw new Error(`no ${type} clip at scenes[${sceneIndex}].clips[${clipIndex}]`);
  return clip as Extract<KnownClip, { type: T }>;
}

/** The seed request with the first scene's avatar model gone and the name a number. */
export function seedWithoutAvatarModel(): unknown {
  const request = fixture('seed') as unknown as {
    name: unknown;
    scenes: { clips: Record<string, unknown>[] }[];
  };
  request.name = 42;
  delete request.scenes[0]!.clips.find((c) => c.type === 'aiModel')!.model;
  return request;
}

/** Where the seed's first avatar clip sits in its scene. */
export const SEED_AVATAR_INDEX = FIXTURES.seed.scenes[0]!.clips.findIndex(
  (c) => c.type === 'aiModel',
);
