import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { dropdownModelSchema, modelEntrySchema } from '../domain/schema/account';
import { voiceSchema, workspaceSchema } from '../domain/schema/envelope';
import { call } from './client';

/**
 * The upstream's list wrapping is not documented: accept a bare array or an object holding one.
 * Each entry is checked on its own and one that does not fit is left out, however the list is
 * wrapped: an avatar the schema does not know must not empty the whole panel.
 */
export const listOf = <T extends z.ZodType>(item: T) =>
  z
    .union([z.array(z.unknown()), z.record(z.string(), z.unknown())])
    .transform((value): z.infer<T>[] => {
      const list = Array.isArray(value) ? value : Object.values(value).find(Array.isArray);
      return (list ?? []).flatMap((entry: unknown) => {
        const parsed = item.safeParse(entry);
        return parsed.success ? [parsed.data] : [];
      });
    });

/** `GET dropdown/models`: the account's avatars, `{id, label, avatarType}`. */
export const dropdownModelsQuery = () =>
  queryOptions({
    queryKey: ['dropdown-models'],
    queryFn: ({ signal }) =>
      call('/api/odin/v3/dropdown/models', listOf(dropdownModelSchema), { signal }),
    staleTime: 10 * 60_000,
  });

/** `GET model`: every avatar's outfits (`models[].clothes[]`) with labels and thumbnails. */
export const modelListQuery = () =>
  queryOptions({
    queryKey: ['model-list'],
    queryFn: ({ signal }) => call('/api/odin/v3/model', listOf(modelEntrySchema), { signal }),
    staleTime: 10 * 60_000,
  });

export const voicesQuery = () =>
  queryOptions({
    queryKey: ['voices'],
    queryFn: ({ signal }) => call('/api/voices', listOf(voiceSchema), { signal }),
    staleTime: 10 * 60_000,
  });

export const workspacesQuery = () =>
  queryOptions({
    queryKey: ['workspaces'],
    queryFn: ({ signal }) =>
      call('/api/odin/v3/dropdown/workspaces', listOf(workspaceSchema), { signal }),
    staleTime: 10 * 60_000,
  });

/** What the server says about itself (no secrets): simulator or not, and its public URL if any. */
export const configQuery = () =>
  queryOptions({
    queryKey: ['config'],
    queryFn: ({ signal }) =>
      call(
        '/api/config',
        z.looseObject({ simulator: z.boolean(), publicUrl: z.string().optional() }),
        {
          signal,
        },
      ),
    staleTime: Infinity,
  });
