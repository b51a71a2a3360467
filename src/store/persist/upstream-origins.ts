import { build } from '../../domain/build';
import type { Project } from '../../domain/project';
import type { EditorProjectRequest } from '../../domain/schema/request';
import { idbDelete, idbGet, idbPut } from './idb';

/**
 * Where a local project came from at AI Studios: its project id and the request as it was when
 * opened, the baseline an edit-and-export is computed against. Kept per local project key.
 */
export interface UpstreamOrigin {
  projectId: string;
  baseline: EditorProjectRequest;
  openedAt: number;
}

interface StoredOrigin extends UpstreamOrigin {
  key: string;
}

const keyOf = (projectKey: string) => `upstream-origin:${projectKey}`;

export const upstreamOrigins = {
  get: (projectKey: string): Promise<UpstreamOrigin | undefined> =>
    idbGet<StoredOrigin>('meta', keyOf(projectKey)).then((r) =>
      r ? { projectId: r.projectId, baseline: r.baseline, openedAt: r.openedAt } : undefined,
    ),
  put: (projectKey: string, origin: UpstreamOrigin) =>
    idbPut<StoredOrigin>('meta', { key: keyOf(projectKey), ...origin }),
  delete: (projectKey: string) => idbDelete('meta', keyOf(projectKey)),
};

/** Records that the local project `projectKey`, as opened (`project`), is AI Studios project `projectId`. */
export const rememberUpstreamOrigin = (projectKey: string, projectId: string, project: Project) =>
  upstreamOrigins.put(projectKey, { projectId, baseline: build(project), openedAt: Date.now() });
