import { z } from 'zod';
import { envelopeSchema } from './envelope';

/**
 * The answers of AI Studios v3 as its docs describe them (the "Response parameters" tables of the
 * 1.6.x reference, copied in src/domain/fixtures/vendor/answers/). Field names and types are the
 * documented ones (`Int` → integer, `Float` → number, `Date` → ISO text); a value may be `null`
 * where the upstream has nothing to say (a project without a template or download yet). Unknown
 * fields are kept. The server and the API layer parse upstream answers with these.
 */
const int = z.number().int();
const text = z.string();
const maybe = <T extends z.ZodType>(schema: T) => schema.nullish();

/** `POST editor/project`, `POST editor/project/export`: the project that renders. */
export const projectIdAnswerSchema = z.looseObject({ projectId: text });

/** `GET editor/progress/{key}`: progress a float 0–100; `downloadUrl` (camelCase) once done. */
export const progressAnswerSchema = z.looseObject({
  progress: z.number().min(0).max(100),
  downloadUrl: maybe(text),
});

/** The webhook body: progress an integer; `credit` and `download_url` (snake_case) at 100. */
export const webhookAnswerSchema = z.looseObject({
  progress: int.min(0).max(100),
  credit: maybe(int),
  backendTaskId: maybe(text),
  download_url: maybe(text),
});

/** `GET editor/project/{key}`: the stored project; `download_url` (snake_case), progress an int. */
export const storedProjectSchema = z.looseObject({
  _id: text,
  name: maybe(text),
  orientation: maybe(text),
  scenes: z.array(z.unknown()),
  userId: maybe(text),
  templateId: maybe(text),
  state: maybe(text),
  thumbnailUrl: maybe(text),
  baseInfoId: maybe(text),
  dictionary: maybe(z.unknown()),
  backendTaskId: maybe(text),
  exportType: maybe(text),
  progress: maybe(int),
  creditSubstracted: maybe(z.boolean()),
  createdAt: maybe(text),
  updatedAt: maybe(text),
  download_url: maybe(text),
});
export const projectAnswerSchema = z.looseObject({ project: storedProjectSchema });

/** `GET editor/project`: exported projects; `state` is "exported" when ready to download. */
export const projectListItemSchema = z.looseObject({
  id: text,
  name: maybe(text),
  state: maybe(text),
  download_url: maybe(text),
});
export const projectListAnswerSchema = z.array(projectListItemSchema);

/** `DELETE editor/project`. */
export const deleteAnswerSchema = z.looseObject({ deletedCount: int });

/** `GET dropdown/models`: ids and labels only — no outfits, no geometry. */
export const dropdownModelSchema = z.looseObject({
  id: text,
  label: text,
  avatarType: maybe(text),
});
export const dropdownModelsAnswerSchema = z.array(dropdownModelSchema);

/** A label per language (`{ko, en}`) as `GET model` gives it. */
export const localizedLabelSchema = z.looseObject({ ko: maybe(text), en: maybe(text) });

/** `GET model`: avatars with their outfits (`clothes[]`), labels and thumbnails. */
export const outfitSchema = z.looseObject({
  id: text,
  label: maybe(localizedLabelSchema),
  thumbnail: maybe(text),
});
export const modelSchema = z.looseObject({
  id: text,
  label: maybe(localizedLabelSchema),
  thumbnail: maybe(text),
  clothes: z.array(outfitSchema),
});
export const modelListAnswerSchema = z.looseObject({ models: z.array(modelSchema) });

/** `GET dropdown/workspaces`. */
export const workspacesAnswerSchema = z.array(
  z.looseObject({ workspaceId: text, workspaceName: text }),
);

/** Each answer inside the `{success, data}` envelope, by the page that documents it. */
export const ANSWERS = {
  'create-project': envelopeSchema(projectIdAnswerSchema),
  'export-project': envelopeSchema(projectIdAnswerSchema),
  progress: envelopeSchema(progressAnswerSchema),
  'get-project': envelopeSchema(projectAnswerSchema),
  'get-projects': envelopeSchema(projectListAnswerSchema),
  'delete-projects': envelopeSchema(deleteAnswerSchema),
  models: envelopeSchema(dropdownModelsAnswerSchema),
  'model-list': envelopeSchema(modelListAnswerSchema),
  workspaces: envelopeSchema(workspacesAnswerSchema),
} as const;

/** @public Response contract, not yet read by the server or api (issue 14, item 4). */
export type ProgressAnswer = z.infer<typeof progressAnswerSchema>;
/** @public Response contract, not yet read by the server or api (issue 14, item 4). */
export type WebhookAnswer = z.infer<typeof webhookAnswerSchema>;
/** @public Response contract, not yet read by the server or api (issue 14, item 4). */
export type StoredProject = z.infer<typeof storedProjectSchema>;
/** @public Response contract, not yet read by the server or api (issue 14, item 4). */
export type ProjectListItem = z.infer<typeof projectListItemSchema>;
/** @public Response contract, not yet read by the server or api (issue 14, item 4). */
export type DropdownModel = z.infer<typeof dropdownModelSchema>;
/** @public Response contract, not yet read by the server or api (issue 14, item 4). */
export type ModelListEntry = z.infer<typeof modelSchema>;
/** @public Response contract, not yet read by the server or api (issue 14, item 4). */
export type Outfit = z.infer<typeof outfitSchema>;
