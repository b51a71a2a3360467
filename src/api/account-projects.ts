import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { projectListItemSchema } from '../domain/schema/account';
import { listOf } from './catalog';
import { call } from './client';

const created = z.looseObject({
  projectId: z.string(),
  jobId: z.union([z.string(), z.number()]).transform(String).optional(),
});
const path = (id: string) => `/api/odin/v3/editor/project/${encodeURIComponent(id)}`;

/** The account's projects at AI Studios (`GET editor/project`), through our server. */
export const accountProjectsQuery = () =>
  queryOptions({
    queryKey: ['account-projects'],
    queryFn: ({ signal }) =>
      call('/api/odin/v3/editor/project', listOf(projectListItemSchema), { signal }),
  });

/** `GET editor/project/{id}`: the project as AI Studios stores it (opened with importProject). */
export const fetchAccountProject = (id: string) => call(path(id), z.unknown());

export const deleteAccountProjects = (ids: string[]) =>
  call('/api/odin/v3/editor/project', z.looseObject({ deletedCount: z.number() }), {
    method: 'DELETE',
    body: { ids },
  });

/** `POST editor/project/export`: render a project as it is stored. */
export const exportAccountProject = (projectId: string) =>
  call('/api/odin/v3/editor/project/export', created, { body: { projectId } });

/** `POST editor/project/{id}`: apply `updates` and render (an `edit` job). */
export const editAndExportProject = (projectId: string, body: Record<string, unknown>) =>
  call(path(projectId), created, { body });
