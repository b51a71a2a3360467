import { anyString } from '../any-string';
import { spokenOrgs } from '../speech-forms';
import type { Project } from '../project';
import { columnKey } from './spec';

/** `{{ name }}`: any characters but braces, blanks around the name ignored (`{{이름}}` works). */
const VARIABLE = /\{\{\s*([^{}]+?)\s*\}\}/g;

export type VariableSite =
  | { kind: 'name' }
  | { kind: 'webhook' }
  | { kind: 'text'; sceneId: string; sceneIndex: number; clipId: string }
  | { kind: 'script'; sceneId: string; sceneIndex: number };

export interface VariableUse {
  name: string;
  site: VariableSite;
}

export function variablesIn(text: string | undefined): string[] {
  if (!text) return [];
  return [...text.matchAll(VARIABLE)].map((m) => (m[1] ?? '').trim());
}

/** Anything that still looks like a placeholder; a request containing one is never sent. */
export const hasPlaceholder = (text: string) => /\{\{[^{}]*\}\}/.test(text);

/** Whether any string anywhere in `value` (keys included) holds a placeholder; stops at the first. */
export const containsPlaceholder = (value: unknown): boolean =>
  anyString(value, (text) => text.includes('{{') && hasPlaceholder(text));

/** Every place a variable is written, in document order (name, webhook, then scene by scene). */
export function findVariableUses(project: Project): VariableUse[] {
  const out: VariableUse[] = [];
  const add = (text: string | undefined, site: VariableSite) => {
    for (const name of variablesIn(text)) out.push({ name, site });
  };
  add(project.name, { kind: 'name' });
  add(project.webhookUrl, { kind: 'webhook' });
  for (const [sceneIndex, scene] of project.scenes.entries()) {
    for (const org of spokenOrgs(scene))
      add(org, { kind: 'script', sceneId: scene.id, sceneIndex });
    for (const clip of scene.clips)
      if (clip.type === 'textImage')
        add(clip.text, { kind: 'text', sceneId: scene.id, sceneIndex, clipId: clip.id });
  }
  return out;
}

/** Distinct variable names (first spelling wins; names compare like columns). */
export function variableNames(project: Project): string[] {
  const seen = new Map<string, string>();
  for (const use of findVariableUses(project))
    if (!seen.has(columnKey(use.name))) seen.set(columnKey(use.name), use.name);
  return [...seen.values()];
}

/**
 * Replaces each `{{name}}` whose value `lookup` knows; unknown ones stay as written (the caller
 * reports them). `escape` is applied to inserted values only (HTML for scripts).
 */
export function fillText(
  text: string,
  lookup: (name: string) => string | undefined,
  escape: (value: string) => string = (v) => v,
): string {
  return text.replace(VARIABLE, (whole, name: string) => {
    const value = lookup(name.trim());
    return value === undefined ? whole : escape(value);
  });
}
