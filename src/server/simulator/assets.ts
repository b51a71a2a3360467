import { createReadStream, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { SIM_AVATARS, type AssetVariant, type SimAvatar } from './catalog';

/** The one rendered result: 3 s of H.264 + AAC, 640×360, faststart (made once with ffmpeg). */
export const RENDER_FILE = fileURLToPath(new URL('./assets/render.mp4', import.meta.url));

type Variant = AssetVariant;

/** A person silhouette drawn in the avatar's tight-box coordinates (head where `editor` says). */
function person(avatar: SimAvatar, colour: string): string {
  const { tight, head } = avatar.frame;
  const hx = head.cx - tight.x;
  const hy = head.cy - tight.y;
  const rx = head.w / 2;
  const ry = head.h / 2;
  const neckTop = hy + ry * 0.8;
  const shoulder = hy + ry * 1.55;
  const l = tight.w * 0.04;
  const r = tight.w * 0.96;
  const body = [
    `M ${hx - rx * 0.45} ${neckTop}`,
    `L ${hx - rx * 0.45} ${shoulder - ry * 0.2}`,
    `C ${l + tight.w * 0.12} ${shoulder - ry * 0.1}, ${l} ${shoulder + ry * 0.2}, ${l} ${shoulder + ry * 1.2}`,
    `L ${l + tight.w * 0.06} ${tight.h}`,
    `L ${r - tight.w * 0.06} ${tight.h}`,
    `L ${r} ${shoulder + ry * 1.2}`,
    `C ${r} ${shoulder + ry * 0.2}, ${r - tight.w * 0.12} ${shoulder - ry * 0.1}, ${hx + rx * 0.45} ${shoulder - ry * 0.2}`,
    `L ${hx + rx * 0.45} ${neckTop} Z`,
  ].join(' ');
  return [
    `<path d="${body}" fill="${colour}"/>`,
    `<rect x="${hx - rx * 0.4}" y="${neckTop}" width="${rx * 0.8}" height="${shoulder - neckTop}" fill="${avatar.skin}"/>`,
    `<ellipse cx="${hx}" cy="${hy}" rx="${rx}" ry="${ry}" fill="${avatar.skin}"/>`,
    `<path d="M ${hx - rx} ${hy} A ${rx} ${ry} 0 0 1 ${hx + rx} ${hy} Q ${hx} ${hy - ry * 0.5} ${hx - rx} ${hy} Z" fill="#3b2a20"/>`,
  ].join('');
}

export function avatarSvg(
  avatar: SimAvatar,
  clothId: string,
  variant: Variant,
): string | undefined {
  const cloth = avatar.clothes.find((c) => c.id === clothId);
  if (!cloth) return undefined;
  const { tight, head, origin } = avatar.frame;
  const drawing = person(avatar, cloth.colour);
  const open = (w: number, h: number, viewBox: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="${viewBox}" preserveAspectRatio="xMidYMin slice">`;
  if (variant === 'tight')
    return `${open(tight.w, tight.h, `0 0 ${tight.w} ${tight.h}`)}${drawing}</svg>`;
  if (variant === 'org')
    return `${open(origin.width, origin.height, `0 0 ${origin.width} ${origin.height}`)}<g transform="translate(${tight.x} ${tight.y})">${drawing}</g></svg>`;
  // A small full-length picture, like the outfit thumbnails of `GET model`.
  if (variant === 'preview')
    return `${open(Math.round(tight.w / 4), Math.round(tight.h / 4), `0 0 ${tight.w} ${tight.h}`)}${drawing}</svg>`;
  const vh = head.h * 3.2;
  const vw = vh * 1.6;
  const vx = head.cx - tight.x - vw / 2;
  const vy = head.cy - tight.y - head.h * 0.9;
  return `${open(384, 240, `${vx} ${vy} ${vw} ${vh}`)}<rect x="${vx}" y="${vy}" width="${vw}" height="${vh}" fill="#eef2f7"/>${drawing}</svg>`;
}

const NAME = /^(M\w+?)_(BG\w+?)(?:_(org|thumb|preview))?\.svg$/;

/** Images of the account's sample project (sample-project.ts): a parrot, as the tutorial's. */
const SAMPLE_IMAGES: Record<string, string> = {
  'parrot.svg':
    '<svg xmlns="http://www.w3.org/2000/svg" width="480" height="320" viewBox="0 0 480 320">' +
    '<rect width="480" height="320" fill="#fef3c7"/>' +
    '<path d="M150 300 L205 190 L245 200 L200 300 Z" fill="#1d4ed8"/>' +
    '<ellipse cx="240" cy="175" rx="70" ry="95" fill="#dc2626"/>' +
    '<path d="M250 120 Q330 150 300 250 Q270 200 230 190 Z" fill="#16a34a"/>' +
    '<circle cx="255" cy="100" r="48" fill="#dc2626"/>' +
    '<circle cx="270" cy="90" r="9" fill="#fff"/><circle cx="272" cy="90" r="4" fill="#111"/>' +
    '<path d="M295 95 Q335 105 310 140 Q300 120 290 118 Z" fill="#f59e0b"/>' +
    '<rect x="120" y="262" width="250" height="12" rx="6" fill="#78350f"/></svg>',
};

/** An SVG as a CDN serves it (public, cached, CORS-open), or a 404 envelope naming what is missing. */
const svgAnswer = (reply: FastifyReply, svg: string | undefined, missing: string) =>
  svg
    ? reply
        .header('content-type', 'image/svg+xml')
        .header('cache-control', 'public, max-age=86400')
        .header('access-control-allow-origin', '*')
        .send(svg)
    : reply.code(404).send({ success: false, error: { code: 'NOT_FOUND', msg: missing } });

/**
 * `/sim-assets/avatars/<ai>_<cloth>[_org|_thumb|_preview].svg`, `/sim-assets/images/<name>.svg` and
 * `/sim-assets/renders/<id>.mp4`, public
 * like a CDN and CORS-open so the editor's canvas can draw them. Served by the simulator and by
 * the browser-facing server alike.
 */
export function registerSimAssets(app: FastifyInstance): void {
  app.get<{ Params: { name: string } }>('/sim-assets/avatars/:name', async (request, reply) => {
    const m = NAME.exec(request.params.name);
    const avatar = m && SIM_AVATARS.find((a) => a.id === m[1]);
    const svg =
      avatar && m ? avatarSvg(avatar, m[2]!, (m[3] as Variant | undefined) ?? 'tight') : undefined;
    return svgAnswer(reply, svg, 'No such avatar image');
  });
  app.get<{ Params: { name: string } }>('/sim-assets/images/:name', async (request, reply) => {
    const { name } = request.params;
    return svgAnswer(
      reply,
      Object.hasOwn(SAMPLE_IMAGES, name) ? SAMPLE_IMAGES[name] : undefined,
      'No such image',
    );
  });
  app.get<{ Params: { name: string } }>('/sim-assets/renders/:name', async (request, reply) => {
    if (!/^[\w-]+\.mp4$/.test(request.params.name))
      return reply
        .code(404)
        .send({ success: false, error: { code: 'NOT_FOUND', msg: 'No such file' } });
    return reply
      .header('content-type', 'video/mp4')
      .header('content-length', statSync(RENDER_FILE).size)
      .header('access-control-allow-origin', '*')
      .header('content-disposition', `attachment; filename="${request.params.name}"`)
      .send(createReadStream(RENDER_FILE));
  });
}
