import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { problemsFromZod } from '../../domain/parse';
import { validateRequest } from '../../domain/preflight/index';
import { editProjectRequestSchema, updatesOf } from '../../domain/schema/edit-project';
import { fail, ok } from '../../domain/schema/envelope';
import {
  deleteProjectsRequestSchema,
  exportProjectRequestSchema,
  simpleCustomRequestSchema,
  simpleVideoRequestSchema,
} from '../../domain/schema/simple';
import { dropdownModels, findAvatar, modelList, SIM_WORKSPACES } from './catalog';
import { applyUpdates } from './edits';
import { creditFor, objectId, progressOf, type SimProject } from './renders';
import { ensureSampleProject } from './sample-project';
import { parseFaultHeader, type SimWorld } from './world';

type Body = Record<string, unknown>;
/** The origin the caller sees (X-Forwarded-* from our proxy: the browser-facing server). */
const origin = (request: FastifyRequest) => `${request.protocol}://${request.host}`;
/** The simulator's own address, for URLs used without a request (webhooks). */
function selfOrigin(request: FastifyRequest): string {
  const { localAddress, localPort } = request.raw.socket;
  if (!localAddress || !localPort) return origin(request);
  const host = localAddress.replace(/^::ffff:/, '');
  return `http://${host.includes(':') ? `[${host}]` : host}:${localPort}`;
}

function refuse(reply: FastifyReply, msg: string, issues?: unknown) {
  return reply.code(400).send(fail('INVALID_REQUEST', msg, issues ? { issues } : undefined));
}

function parse<T extends z.ZodType>(
  schema: T,
  request: FastifyRequest,
  reply: FastifyReply,
): z.infer<T> | undefined {
  const result = schema.safeParse(request.body);
  if (result.success) return result.data;
  const problems = problemsFromZod(result.error);
  void refuse(
    reply,
    `${problems[0]?.path.join('.') || 'body'}: ${problems[0]?.message ?? 'invalid'}`,
    problems,
  );
  return undefined;
}

function checkCommon(body: Body, reply: FastifyReply): boolean {
  if (
    typeof body.webhookUrl === 'string' &&
    body.webhookUrl !== '' &&
    !/^https?:\/\/[^\s/]+/.test(body.webhookUrl)
  ) {
    void refuse(reply, 'webhookUrl must be an absolute http(s) URL');
    return false;
  }
  if (
    typeof body.workspaceId === 'string' &&
    !SIM_WORKSPACES.some((w) => w.workspaceId === body.workspaceId)
  ) {
    void refuse(reply, `Unknown workspaceId "${body.workspaceId}"`);
    return false;
  }
  return true;
}

/** Projects and renders. Failure is reported by progress as `state: 'failed'` with `success: true`. */
export function registerSimRoutes(app: FastifyInstance, world: SimWorld, prefix: string): void {
  // isExport defaults to true except on simple/video, whose reference says false.
  const start = (
    request: FastifyRequest,
    kind: SimProject['kind'],
    body: Body,
    extra: Partial<SimProject> = {},
  ) =>
    world.create({
      kind,
      body,
      isExport: typeof body.isExport === 'boolean' ? body.isExport : kind !== 'chromakey',
      webhookUrl:
        typeof body.webhookUrl === 'string' && body.webhookUrl ? body.webhookUrl : undefined,
      assetBase: selfOrigin(request),
      fault: world.pickFault(parseFaultHeader(request.headers['x-sim-fault']).fault),
      credit: creditFor(body),
      ...extra,
    });

  app.post(`${prefix}/editor/project`, async (request, reply) => {
    const { request: valid, issues } = validateRequest(request.body);
    const errors = issues.filter((i) => i.severity === 'error');
    if (!valid || errors.length > 0)
      return refuse(reply, errors[0]?.message ?? 'Invalid project', errors);
    if (!checkCommon(valid, reply)) return;
    return ok({ projectId: start(request, 'project', valid)._id });
  });

  app.post(`${prefix}/simple/video`, async (request, reply) => {
    const body = parse(simpleVideoRequestSchema, request, reply);
    if (!body || !checkCommon(body, reply)) return;
    const avatar = findAvatar(body.model);
    if (!avatar) return refuse(reply, `Unknown model "${body.model}"`);
    if (!avatar.clothes.some((c) => c.id === body.clothes))
      return refuse(reply, `Model ${body.model} has no clothes "${body.clothes}"`);
    return ok({ projectId: start(request, 'chromakey', body)._id });
  });

  app.post(`${prefix}/simple/custom`, async (request, reply) => {
    const body = parse(simpleCustomRequestSchema, request, reply);
    if (!body || !checkCommon(body, reply)) return;
    const project = start(request, 'custom', body, { taskId: objectId() });
    return ok({ projectId: project._id, taskId: project.taskId });
  });

  app.post(`${prefix}/editor/project/export`, async (request, reply) => {
    const body = parse(exportProjectRequestSchema, request, reply);
    if (!body || !checkCommon(body, reply)) return;
    const project = world.projects.get(body.projectId);
    if (!project) return reply.code(404).send(fail('NOT_FOUND', `No project ${body.projectId}`));
    const requested = parseFaultHeader(request.headers['x-sim-fault']);
    world.restart(project, {
      webhookUrl: body.webhookUrl || project.webhookUrl,
      assetBase: selfOrigin(request),
      fault: world.pickFault(requested.fault),
    });
    if (requested.lateMs) await new Promise((r) => setTimeout(r, requested.lateMs));
    return ok({ projectId: project._id });
  });

  app.post<{ Params: { id: string } }>(`${prefix}/editor/project/:id`, async (request, reply) => {
    const body = parse(editProjectRequestSchema, request, reply);
    if (!body || !checkCommon(body, reply)) return;
    ensureSampleProject(world, origin(request));
    const source = world.projects.get(request.params.id);
    if (!source) return reply.code(404).send(fail('NOT_FOUND', `No project ${request.params.id}`));
    const edited = applyUpdates(source.body, updatesOf(body));
    if ('error' in edited) return refuse(reply, edited.error);
    const { request: valid, issues } = validateRequest({
      ...edited.body,
      isExport: body.isExport,
      webhookUrl: body.webhookUrl,
    });
    const errors = issues.filter((i) => i.severity === 'error');
    if (!valid || errors.length > 0)
      return refuse(
        reply,
        `The edited project is invalid: ${errors[0]?.message ?? 'invalid'}`,
        errors,
      );
    const { updates: _updates, ...options } = body;
    return ok({ projectId: start(request, 'project', { ...edited.body, ...options })._id });
  });

  app.get<{ Params: { id: string } }>(`${prefix}/editor/progress/:id`, async (request, reply) => {
    const project = world.projects.get(request.params.id);
    if (!project) return reply.code(404).send(fail('NOT_FOUND', `No project ${request.params.id}`));
    world.progressAnswered++;
    return ok(progressOf(project, world.now(), origin(request)));
  });

  app.get<{ Params: { id: string } }>(`${prefix}/editor/project/:id`, async (request, reply) => {
    ensureSampleProject(world, origin(request));
    const p = world.projects.get(request.params.id);
    if (!p) return reply.code(404).send(fail('NOT_FOUND', `No project ${request.params.id}`));
    const view = progressOf(p, world.now(), origin(request));
    // Only the fields get-project documents: not the create options sent with the body
    // (`isExport`, `webhookUrl`, `resolution`, `workspaceId`), which a re-sent copy would carry.
    return ok({
      project: {
        _id: p._id,
        name: typeof p.body.name === 'string' ? p.body.name : 'Default Template',
        orientation: p.body.orientation ?? 'landscape',
        scenes: p.body.scenes ?? [],
        userId: 'sim-user',
        templateId: null,
        state: view.state,
        thumbnailUrl: null,
        baseInfoId: p._id,
        dictionary: p.body.dictionary ?? null,
        backendTaskId: p.backendTaskId,
        exportType: p.kind === 'chromakey' ? 'chromakey' : 'video',
        progress: Math.floor(view.progress),
        creditSubstracted: view.state === 'exported',
        createdAt: new Date(p.createdAt).toISOString(),
        updatedAt: new Date(Math.max(p.updatedAt, p.startedAt)).toISOString(),
        download_url: view.downloadUrl,
      },
    });
  });

  app.get(`${prefix}/editor/project`, async (request) => {
    ensureSampleProject(world, origin(request));
    const now = world.now();
    // get-projects: "the list of video projects … that have been already exported" (a render
    // asked for: rendering, exported or failed), not the ones only saved.
    return ok(
      [...world.projects.values()]
        .filter((p) => p.isExport)
        .map((p) => {
          const view = progressOf(p, now, origin(request));
          return {
            id: p._id,
            name: typeof p.body.name === 'string' ? p.body.name : 'Default Template',
            state: view.state,
            download_url: view.downloadUrl,
          };
        }),
    );
  });

  app.delete(`${prefix}/editor/project`, async (request, reply) => {
    const body = parse(deleteProjectsRequestSchema, request, reply);
    if (!body) return;
    return ok({ deletedCount: body.ids.filter((id) => world.delete(id)).length });
  });

  if (world.options.exposeAccounting)
    app.get('/sim-test/accounting', async () => ({
      accepted: world.accepted,
      progressAnswered: world.progressAnswered,
    }));

  app.get(`${prefix}/dropdown/models`, async () => ok(dropdownModels()));
  app.get(`${prefix}/model`, async (request) => ok(modelList(origin(request))));
  app.get(`${prefix}/dropdown/workspaces`, async () => ok(SIM_WORKSPACES));
}
