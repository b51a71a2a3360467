import { z } from 'zod';

/**
 * Account-level answers of the v3 API as the 1.6.x reference documents them: the avatar lists
 * (`dropdown/models`, `model`) and the project list. Labels are `{ko, en}` objects in `model`
 * and a string in `dropdown/models`; both are accepted everywhere.
 */
export const labelSchema = z.union([z.string(), z.record(z.string(), z.string())]);
export type Label = z.infer<typeof labelSchema>;

/** `GET dropdown/models`: `{id, label, avatarType}` per avatar, nothing more. */
export const dropdownModelSchema = z.looseObject({
  id: z.string().min(1),
  label: labelSchema,
  avatarType: z.string().optional(),
});
export type DropdownModel = z.infer<typeof dropdownModelSchema>;

/** `GET model`: `models[].clothes[]` with labels and thumbnails. */
export const modelClothSchema = z.looseObject({
  id: z.string().min(1),
  label: labelSchema.optional(),
  thumbnail: z.string().optional(),
});
export const modelEntrySchema = z.looseObject({
  id: z.string().min(1),
  label: labelSchema.optional(),
  thumbnail: z.string().optional(),
  clothes: z.array(modelClothSchema).optional(),
});
export const modelListSchema = z.looseObject({ models: z.array(modelEntrySchema) });
export type ModelEntry = z.infer<typeof modelEntrySchema>;

/** `GET editor/project`: one row per project of the account. */
export const projectListItemSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string().nullish(),
  state: z.string().nullish(),
  download_url: z.string().nullish(),
});
export type ProjectListItem = z.infer<typeof projectListItemSchema>;

/** A label in the user's language, else English, else any, else the fallback. */
export function labelText(label: Label | undefined, fallback: string, language = 'en'): string {
  if (typeof label === 'string') return label || fallback;
  if (!label) return fallback;
  return label[language] ?? label.en ?? Object.values(label)[0] ?? fallback;
}
