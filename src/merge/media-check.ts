import type { RowIssue, RowReport } from '../domain/merge/report';
import { cellsOf } from '../domain/merge/apply';
import { columnKey, type MergeSpec } from '../domain/merge/spec';

export type MediaAnswer = { ok: true } | { ok: false; status: number; message: string };

/**
 * Asks each distinct URL once (HEAD, then a one-byte GET for hosts that refuse HEAD), a few at a
 * time. Only absolute http(s) URLs: preflight already names the others.
 */
export async function checkUrls(
  urls: readonly string[],
  options: { fetch?: typeof fetch; timeoutMs?: number; parallel?: number } = {},
): Promise<Map<string, MediaAnswer>> {
  const doFetch = options.fetch ?? ((...a: Parameters<typeof fetch>) => fetch(...a));
  const answers = new Map<string, MediaAnswer>();
  const queue = [...new Set(urls.filter((u) => /^https?:\/\//i.test(u)))];
  const ask = async (url: string): Promise<MediaAnswer> => {
    const signal = AbortSignal.timeout(options.timeoutMs ?? 8000);
    try {
      let response = await doFetch(url, { method: 'HEAD', signal, redirect: 'follow' });
      if (response.status === 405 || response.status === 501)
        response = await doFetch(url, {
          headers: { range: 'bytes=0-0' },
          signal,
          redirect: 'follow',
        });
      await response.body?.cancel();
      return response.ok
        ? { ok: true }
        : { ok: false, status: response.status, message: `answers ${response.status}` };
    } catch (e) {
      return {
        ok: false,
        status: 0,
        message:
          e instanceof Error && e.name === 'TimeoutError'
            ? 'does not answer'
            : 'cannot be reached from here',
      };
    }
  };
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift())
      answers.set(url, await ask(url));
  };
  await Promise.all(Array.from({ length: options.parallel ?? 6 }, worker));
  return answers;
}

/**
 * Adds to each row what its bound media answered: a refusal (4xx/5xx) is an error (AI Studios
 * could not fetch it either), no answer at all a warning (the network here may be the cause).
 */
export async function addMediaChecks(
  reports: RowReport[],
  spec: MergeSpec,
  options?: Parameters<typeof checkUrls>[1],
): Promise<void> {
  const media = spec.bindings.filter((b) => b.kind === 'media');
  if (media.length === 0) return;
  const urlsOf = (report: RowReport) => {
    const cells = cellsOf(report.row);
    return media.flatMap((b) => {
      const url = cells.get(columnKey(b.column));
      return url ? [{ column: b.column, url }] : [];
    });
  };
  const answers = await checkUrls(
    reports.flatMap((r) => urlsOf(r).map((u) => u.url)),
    options,
  );
  for (const report of reports) {
    for (const { column, url } of urlsOf(report)) {
      const answer = answers.get(url);
      if (!answer || answer.ok) continue;
      const issue: RowIssue = {
        severity: answer.status >= 400 ? 'error' : 'warning',
        code: 'media.unreachable',
        message: `Column "${column}": ${url} ${answer.message}.`,
        path: [],
        column,
      };
      report.issues.push(issue);
      if (issue.severity === 'error') report.blocked = true;
    }
  }
}
