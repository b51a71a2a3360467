import { describe, expect, it } from 'vitest';
import { build } from './build';
import { parse } from './parse';
import type { Project } from './project';
import { setScriptText, setVoice } from './script-edits';
import { speechFormOf, speechOrg } from './speech-forms';
import { fixture } from '../testing/preflight-fixtures';
import type { EditorProjectRequest } from './schema/request';
import { validateRequest } from './preflight';

/** The seed with its speech moved to the avatar clip, kept in scenes[].scripts, or both. */
function seedIn(form: 'scene-scripts' | 'clip-script' | 'both'): EditorProjectRequest {
  const r = fixture();
  const scene = r.scenes[0]!;
  const org = scene.scripts![0]!.org;
  if (form !== 'scene-scripts') Object.assign(scene.clips[0]!, { script: { org, tts: null } });
  if (form === 'clip-script') delete scene.scripts;
  return r;
}

const open = (r: EditorProjectRequest): Project => {
  const result = parse(r);
  if (!result.ok) throw result.error;
  return result.project;
};

describe('a scene speaks from scenes[].scripts, the avatar clip, or both', () => {
  it.each(['scene-scripts', 'clip-script', 'both'] as const)('%s: kept as it came', (form) => {
    const r = seedIn(form);
    const project = open(r);
    expect(speechFormOf(project.scenes[0]!)).toBe(form);
    expect(build(project)).toStrictEqual(r);
  });

  it('clip-script: an edit changes the clip script and adds no scenes[].scripts', () => {
    const project = open(seedIn('clip-script'));
    const built = build(setScriptText(project, project.scenes[0]!.id, '<p>New</p>'));
    expect(built.scenes[0]!.scripts).toBeUndefined();
    expect(built.scenes[0]!.clips[0]).toMatchObject({ script: { org: '<p>New</p>', tts: null } });
  });

  it('both: an edit changes both places; a voice goes to both', () => {
    const project = open(seedIn('both'));
    const id = project.scenes[0]!.id;
    const voice = { id: 'v1' };
    const built = build(setVoice(setScriptText(project, id, '<p>New</p>'), id, voice));
    expect(built.scenes[0]!.scripts![0]).toMatchObject({
      org: '<p>New</p>',
      isTTS: true,
      tts: voice,
    });
    expect(built.scenes[0]!.clips[0]).toMatchObject({ script: { org: '<p>New</p>', tts: voice } });
  });

  it('both, texts differ: the scene script is shown, and preflight warns', () => {
    const r = seedIn('both');
    (r.scenes[0]!.clips[0] as { script: { org: string } }).script.org = '<p>Other</p>';
    expect(speechOrg(open(r).scenes[0]!)).toBe(r.scenes[0]!.scripts![0]!.org);
    const codes = validateRequest(r).issues.map((i) => `${i.severity} ${i.code}`);
    expect(codes).toStrictEqual(['warning script.forms-differ']);
  });

  it('clip-script: preflight warns and names the pages; no speech anywhere is an error', () => {
    const issues = validateRequest(seedIn('clip-script')).issues;
    expect(issues.map((i) => `${i.severity} ${i.code}`)).toStrictEqual([
      'warning script.clip-form',
    ]);
    expect(issues[0]!.message).toContain('1.6.x "Create project and export"');
    const none = seedIn('scene-scripts');
    delete none.scenes[0]!.scripts;
    const codes = validateRequest(none).issues.map((i) => `${i.severity} ${i.code}`);
    expect(codes).toContain('error script.count');
  });

  it('a scene without speech gets the documented scenes[].scripts, naming its avatar', () => {
    const r = seedIn('scene-scripts');
    delete r.scenes[0]!.scripts;
    const project = open(r);
    const built = build(setScriptText(project, project.scenes[0]!.id, '<p>Hi</p>'));
    expect(built.scenes[0]!.scripts).toStrictEqual([
      { org: '<p>Hi</p>', isTTS: false, tts: null, modelId: 'M000045058', clothId: 'BG00002320' },
    ]);
  });

  it('a repeated sceneIdx (the tutorial sends 0, 0) is a warning, kept as it came', () => {
    const r = fixture();
    r.scenes.push({ ...structuredClone(r.scenes[0]!), sceneIdx: 0 });
    const issues = validateRequest(r).issues.map(
      (i) => `${i.severity} ${i.code} ${i.path.join('.')}`,
    );
    expect(issues).toStrictEqual(['warning scene.index-order scenes.1.sceneIdx']);
    expect(build(open(r)).scenes.map((s) => s.sceneIdx)).toStrictEqual([0, 0]);
  });
});
