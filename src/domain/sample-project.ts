import seed from './fixtures/seed-000-request.json';
import { parse } from './parse';
import type { Project } from './project';

/** "New from the sample": the vendor's getting-started request, with fresh scene ids. */
export function sampleProject(newId: (prefix: string) => string): Project {
  const result = parse(seed, { sceneId: () => newId('scene') });
  if (!result.ok) throw result.error;
  return { ...result.project, name: 'Sample: Hello, this is test video' };
}
