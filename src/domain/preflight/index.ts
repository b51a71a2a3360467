import { checkLimits } from '../limits';
import { STAGE_SIZE } from '../schema/common';
import { parseRequest } from '../schema/parse-request';
import type { EditorProjectRequest } from '../schema/request';
import { issue, type Rule, type RuleContext } from './issue';
import { avatarRules } from './rules/avatar';
import { avatarEstimateRule } from './rules/avatar-estimate';
import { animationTimingRule, faceCoverRule } from './rules/avatar-face';
import { clipFieldRules, uniqueIdRule } from './rules/clips';
import { effectRules } from './rules/effects';
import { frameRules } from './rules/frame';
import { mediaRules } from './rules/media';
import { sceneIndexRule } from './rules/scenes';
import { mediaLoadRule } from './rules/media-load';
import { sanityRules } from './rules/sanity';
import { scriptRules } from './rules/scripts';
import { schemaIssues, unreadableIssue } from './schema-issues';
import type { PreflightIssue, PreflightOptions } from './types';

export type { PreflightIssue, PreflightOptions } from './types';
export { webhookIssues } from './rules/media';

/** In this order: a scene's words and avatar first, then clips, media, and placement last. */
export const RULES: readonly Rule[] = [
  sceneIndexRule,
  scriptRules,
  avatarRules,
  uniqueIdRule,
  clipFieldRules,
  effectRules,
  mediaRules,
  mediaLoadRule,
  frameRules,
  faceCoverRule,
  animationTimingRule,
  avatarEstimateRule,
  sanityRules,
];

/**
 * The semantic checks on a schema-valid request: what AI Studios would reject or render wrongly,
 * found before credits are spent. Pure; returns [] for a request that is ready to send.
 */
export function preflight(
  request: EditorProjectRequest,
  options: PreflightOptions = {},
): PreflightIssue[] {
  const ctx: RuleContext = { options, stage: STAGE_SIZE[request.orientation ?? 'landscape'] };
  return RULES.flatMap((rule) => rule(request, ctx));
}

/** Checks any input: schema problems (`schema.*` errors) first; the semantic rules only on a valid request. */
export function validateRequest(
  input: unknown,
  options: PreflightOptions = {},
): { request?: EditorProjectRequest; issues: PreflightIssue[] } {
  try {
    const tally = { values: 0 };
    const limit = checkLimits(input, 'project', tally);
    if (limit) return { issues: [issue('error', limit.code, limit.params, limit.path)] };
    const result = parseRequest(input, undefined, tally.values);
    if (!result.success) return { issues: schemaIssues(result.error, input) };
    return { request: result.data, issues: preflight(result.data, options) };
  } catch (cause) {
    return { issues: [unreadableIssue(cause)] };
  }
}

export const hasErrors = (issues: readonly PreflightIssue[]): boolean =>
  issues.some((i) => i.severity === 'error');
