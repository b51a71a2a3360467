import type { IssuePath, ProblemDetail } from '../parse';
import type { MessageParams, MessageRef } from '../messages/message';

export type Severity = 'error' | 'warning';

/** One finding of preflight. `path` is the JSON path in the request; the rest locates it for the UI. */
export interface PreflightIssue {
  severity: Severity;
  code: string;
  /** English, for the server, CLI and logs; the UI translates `code` with `params` instead. */
  message: string;
  /** The template's values (see PREFLIGHT_MESSAGES); absent for schema and limit findings. */
  params?: MessageParams;
  /** For schema findings: what zod expected, so the UI can say it in plain words. */
  detail?: ProblemDetail;
  path: IssuePath;
  sceneIndex?: number;
  clipId?: string;
  field?: string;
}

export interface PreflightOptions {
  /**
   * Hosts the upstream can reach. A media URL on loopback/private hosts (our own uploads) is a
   * warning: it works once the server is public (PUBLIC_URL), not before.
   */
  publicOrigin?: string;
  /** Media URLs the editor could not load, with the reason (a `reason.*` message, see rules/media-load). */
  mediaProblems?: Readonly<Record<string, MessageRef>>;
}
