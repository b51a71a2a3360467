import type { ProgressReport } from './progress';

export interface Envelope {
  success?: unknown;
  data?: {
    progress?: unknown;
    state?: unknown;
    downloadUrl?: unknown;
    download_url?: unknown;
    credit?: unknown;
    error?: unknown;
  };
  error?: { code?: unknown; msg?: unknown };
}

/** The result link an answer carries: `downloadUrl` (progress) or `download_url` (project, webhook). */
export function resultLink(answer: {
  downloadUrl?: unknown;
  download_url?: unknown;
}): string | null {
  if (typeof answer.downloadUrl === 'string') return answer.downloadUrl;
  return typeof answer.download_url === 'string' ? answer.download_url : null;
}

/** One progress answer → a report; undefined for a transient failure (5xx, odd body): poll again. */
export function toReport(status: number, body: Envelope | null): ProgressReport | undefined {
  if (body?.success === true && body.data) {
    const d = body.data;
    const err = d.error as { msg?: unknown } | string | undefined;
    return {
      progress: typeof d.progress === 'number' ? d.progress : Number(d.progress),
      state: typeof d.state === 'string' ? d.state : undefined,
      downloadUrl: resultLink(d),
      credit: typeof d.credit === 'number' ? d.credit : undefined,
      error: typeof err === 'string' ? err : typeof err?.msg === 'string' ? err.msg : undefined,
    };
  }
  if (
    body?.success === false &&
    status >= 400 &&
    status < 500 &&
    status !== 401 &&
    status !== 429
  ) {
    const msg =
      typeof body.error?.msg === 'string' ? body.error.msg : `AI Studios answered ${status}`;
    return { failed: true, error: msg };
  }
  return undefined;
}
