import { describe, expect, it } from 'vitest';
import { estimatedAvatarModel } from '../domain/avatar-catalog';
import { createProject } from '../domain/project';
import { createTestEditor } from '../testing/test-editor';

const avatarOf = (ed: ReturnType<typeof createTestEditor>) =>
  ed.scene().clips.find((c) => c.type === 'aiModel')!;

describe('placing an avatar without documented geometry', () => {
  it('takes the thumbnail’s size, scaled to 90 % of the stage height, bottom-centred, and the script follows', () => {
    const ed = createTestEditor({ project: createProject('s1') });
    ed.commands.script.placeAvatar(estimatedAvatarModel('M1', 'C1', 'https://cdn/c1.png'), {
      width: 200,
      height: 600,
    });
    const avatar = avatarOf(ed);
    expect([avatar.width, avatar.height]).toEqual([200, 600]);
    expect(avatar.scaleX).toBeCloseTo((1080 * 0.9) / 600, 10);
    expect(avatar.left + (avatar.width * avatar.scaleX!) / 2).toBeCloseTo(960, 0);
    expect(ed.scene().scripts?.[0]).toMatchObject({ modelId: 'M1', clothId: 'C1' });
  });

  it('falls back to a known avatar box when even the thumbnail cannot be measured', () => {
    const ed = createTestEditor({ project: createProject('s1') });
    ed.commands.script.placeAvatar(estimatedAvatarModel('M1', 'C1'), null);
    expect([avatarOf(ed).width, avatarOf(ed).height]).toEqual([679, 2229]);
  });

  it('another estimated outfit keeps the placed box; an outfit with geometry takes its own', () => {
    const ed = createTestEditor({ project: createProject('s1') });
    ed.commands.script.placeAvatar(estimatedAvatarModel('M1', 'C1'), { width: 200, height: 600 });
    ed.commands.script.setOutfit(estimatedAvatarModel('M1', 'C2', 'https://cdn/c2.png'));
    expect(avatarOf(ed)).toMatchObject({ width: 200, height: 600, model: { emotion: 'C2' } });
    ed.commands.script.setOutfit({
      ai_name: 'M1',
      emotion: 'C3',
      deploySize: { org_width: 1000, org_height: 2000, edit_width: 500, edit_height: 1800 },
    });
    expect(avatarOf(ed)).toMatchObject({ width: 500, height: 1800 });
    expect(ed.scene().scripts?.[0]?.clothId).toBe('C3');
  });
});
