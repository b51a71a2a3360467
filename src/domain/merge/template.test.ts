import { describe, expect, it } from 'vitest';
import { build } from '../build';
import { readProjectFile, templateOf } from './template';
import { designedProject, designedSpec } from './test-support';

describe('merge template file', () => {
  it('round-trips request and set-up; bindings name scenes by index', () => {
    const project = designedProject();
    project.scenes = project.scenes.map((s, i) => ({ ...s, id: `sc-${i}-x` }));
    const spec = designedSpec();
    project.merge = {
      ...spec,
      bindings: spec.bindings.map((b) => (b.kind === 'media' ? { ...b, sceneId: 'sc-0-x' } : b)),
    };
    const file = JSON.parse(JSON.stringify(templateOf(project))) as unknown;
    const read = readProjectFile(file);
    expect(read.ok && read.spec).toEqual(spec);
    expect(read.ok && build(read.project)).toEqual(build(project));
  });

  it('a plain request is a project without bindings; bad files are named', () => {
    const read = readProjectFile(build(designedProject()));
    expect(read.ok && read.spec).toEqual({ variables: [], bindings: [] });
    expect(readProjectFile({ scenes: [] })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^The project is not a valid/),
    });
    expect(
      readProjectFile({ scenewrightMerge: 1, request: {}, merge: { bindings: [{ kind: 'x' }] } }),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/merge\.bindings\[0\]/) });
  });

  it('says what is wrong with a file in words, at the place to look in it', () => {
    const request = build(designedProject()) as unknown as { scenes: Record<string, unknown>[] };
    delete request.scenes[0]!.sceneIdx;
    request.scenes[1]!.sceneIdx = 'two';
    const read = readProjectFile(request);
    expect(read.ok ? '' : read.message).toBe(
      'The project is not a valid AI Studios project: scenes[0].sceneIdx is missing (it should be a number). scenes[1].sceneIdx should be a number, not a string. Fix the file, or export it again from the editor.',
    );
    expect(read.ok ? '' : read.message).not.toMatch(/Invalid input|expected|received/);
  });
});
