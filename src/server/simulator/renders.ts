import { randomBytes } from 'node:crypto';

export type SimState = 'saved' | 'queued' | 'rendering' | 'exported' | 'failed';

/** Per-render fault: fail or freeze when progress reaches the given percent. */
export interface RenderFault {
  failAt?: number;
  stallAt?: number;
}

export interface SimProject {
  _id: string;
  kind: 'project' | 'chromakey' | 'custom';
  taskId?: string;
  backendTaskId: string;
  body: Record<string, unknown>;
  isExport: boolean;
  webhookUrl?: string;
  /** The simulator's own origin: result URLs in webhooks (answers use the caller's origin). */
  assetBase: string;
  createdAt: number;
  updatedAt: number;
  startedAt: number;
  renderMs: number;
  phase: number;
  fault: RenderFault;
  credit: number;
}

export interface ProgressView {
  progress: number;
  state: SimState;
  downloadUrl: string | null;
  credit?: number;
  error?: { code: string; msg: string };
}

export const objectId = () => randomBytes(12).toString('hex');

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Progress at `now`: a float that reaches 100 exactly at `renderMs`, with a smooth wobble
 * (monotonic: the wobble's slope stays far below the linear slope) so it does not look linear.
 */
export function progressOf(p: SimProject, now: number, base = p.assetBase): ProgressView {
  if (!p.isExport) return { progress: 0, state: 'saved', downloadUrl: null };
  const f = p.renderMs <= 0 ? 1 : Math.min(1, Math.max(0, (now - p.startedAt) / p.renderMs));
  let progress =
    f >= 1
      ? 100
      : round2(Math.min(99.99, 100 * f + 6 * Math.sin(2 * Math.PI * f + p.phase) * f * (1 - f)));
  if (p.fault.failAt !== undefined && progress >= p.fault.failAt)
    return {
      progress: round2(p.fault.failAt),
      state: 'failed',
      downloadUrl: null,
      error: {
        code: 'RENDER_FAILED',
        msg: 'The render failed (simulated). Export again to retry.',
      },
    };
  if (p.fault.stallAt !== undefined && progress >= p.fault.stallAt)
    progress = round2(p.fault.stallAt);
  if (progress >= 100)
    return { progress: 100, state: 'exported', downloadUrl: resultUrl(p, base), credit: p.credit };
  return {
    progress: Math.max(0, progress),
    state: progress <= 0 ? 'queued' : 'rendering',
    downloadUrl: null,
  };
}

export const resultUrl = (p: SimProject, base = p.assetBase) =>
  `${base}/sim-assets/renders/${p._id}.mp4`;

/** Credits: one per started minute of speech, guessed at 15 characters a second. */
export function creditFor(body: Record<string, unknown>): number {
  const texts: string[] = [];
  if (typeof body.text === 'string') texts.push(body.text);
  type Speech = { org?: unknown };
  const scenes = Array.isArray(body.scenes)
    ? (body.scenes as { scripts?: Speech[]; clips?: { script?: Speech }[] }[])
    : [];
  // The speech may be on the scene (`scripts`) or, as in the vendor's tutorial, on the avatar clip.
  for (const scene of scenes) {
    const speech =
      scene.scripts ?? (scene.clips ?? []).flatMap((c) => (c.script ? [c.script] : []));
    for (const s of speech)
      if (typeof s.org === 'string') texts.push(s.org.replace(/<[^>]*>/g, ''));
  }
  const seconds = texts.join(' ').length / 15;
  return Math.max(1, Math.ceil(seconds / 60));
}

/** Progress points at which a webhook is sent (besides 100 and a failure). */
export const WEBHOOK_STEPS = [25, 50, 75];
