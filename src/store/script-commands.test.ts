import { describe, expect, it } from 'vitest';
import { readJsonText } from '../api/read-json-text';
import { createTestEditor } from '../testing/test-editor';
import { VENDOR_REQUESTS } from '../testing/vendor-samples';

const tutorial = (() => {
  const read = readJsonText(VENDOR_REQUESTS['docs-1.6.x-json-template-tutorial']);
  if (!read.ok) throw new Error('the tutorial sample reads');
  return read.value;
})();

describe('script commands on a project whose speech is on the avatar clip', () => {
  it('typing, a voice, undo and a new scene keep every place in step', () => {
    const ed = createTestEditor({ request: tutorial });
    ed.commands.script.setText('<p>One</p>');
    ed.tick();
    ed.commands.script.setVoice({ voice: 'en-1' });
    const scene = ed.request().scenes[0]!;
    expect(scene.scripts).toBeUndefined();
    expect(scene.clips[0]).toMatchObject({ script: { org: '<p>One</p>', tts: { voice: 'en-1' } } });
    ed.commands.undo();
    expect(ed.request().scenes[0]!.clips[0]).toMatchObject({
      script: { org: '<p>One</p>', tts: null },
    });
    ed.commands.undo();
    expect(ed.request()).toStrictEqual(tutorial);
    // An outfit change re-syncs ids only where they exist: the clip form gains no scenes[].scripts.
    ed.commands.script.fixSync();
    expect(ed.request()).toStrictEqual(tutorial);
    ed.commands.scenes.add(); // after the active scene
    ed.commands.script.setText('<p>New scene</p>');
    expect(ed.request().scenes[1]!.scripts![0]).toMatchObject({ org: '<p>New scene</p>' });
    expect(ed.request().scenes.map((s) => s.sceneIdx)).toStrictEqual([0, 1, 2]);
  });
});
