import { envelopeSchema, errorEnvelopeSchema } from '../../domain/schema/envelope';
import { progressAnswerSchema } from '../../domain/schema/responses';
import type { ProgressReport } from './progress';

const progressEnvelope = envelopeSchema(progressAnswerSchema);

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * One answer of `GET editor/progress/{key}` → a report, read with the domain's contract; undefined
 * for a transient failure (5xx, 401, 429, a body that is not the documented answer): poll again.
 */
export function toReport(status: number, body: unknown): ProgressReport | undefined {
  const answer = progressEnvelope.safeParse(body);
  if (answer.success && answer.data.success) {
    // Beyond the documented fields: a `state`, a snake_case `download_url` or an `error` some
    // answers carry (the loose schema keeps them).
    const d = answer.data.data as typeof answer.data.data & Record<string, unknown>;
    const err = d.error as { msg?: unknown } | string | undefined;
    return {
      progress: d.progress,
      state: text(d.state),
      downloadUrl: d.downloadUrl ?? text(d.download_url) ?? null,
      credit: typeof d.credit === 'number' ? d.credit : undefined,
      error: typeof err === 'string' ? err : text(err?.msg),
    };
  }
  const refusal = status >= 400 && status < 500 && status !== 401 && status !== 429;
  if (refusal && (body as { success?: unknown } | null)?.success === false) {
    const failure = errorEnvelopeSchema.safeParse(body);
    const msg = failure.success ? failure.data.error.msg : `AI Studios answered ${status}`;
    return { failed: true, error: msg };
  }
  return undefined;
}
