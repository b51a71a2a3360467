import { describe, expect, it } from 'vitest';
import { build } from '../build';
import type { AiModelClip, AudioClip, ImageClip, TextClip, VideoClip } from '../schema/clips';
import { matchColumns } from './columns';
import { mergeRow, mergeRows, summarise } from './report';
import type { MergeSpec } from './spec';
import {
  designedProject,
  designedSpec,
  LOGO_ID,
  monospaceMeasure,
  row,
  TITLE_ID,
} from './test-support';
import { findVariableUses, variableNames } from './variables';

const LOGO = 'https://cdn.example.com/logos/acme.png';
const good = row(1, { name: 'Ann', logo: LOGO, avatar: 'M000045058', outfit: 'BG00002320' });
const clip = <T>(report: ReturnType<typeof mergeRow>, scene: number, id: string) =>
  report.project.scenes[scene]!.clips.find((c) => c.id === id) as T;
const codes = (report: ReturnType<typeof mergeRow>) => report.issues.map((i) => i.code);

describe('variables', () => {
  it('finds every site: project name, webhook, scripts and text clips, with where they are', () => {
    const uses = findVariableUses(designedProject());
    expect(uses.map((u) => [u.name, u.site.kind])).toEqual([
      ['name', 'name'],
      ['name', 'webhook'],
      ['name', 'script'],
      ['company', 'script'],
      ['name', 'text'],
      ['name', 'script'],
    ]);
    expect(uses.find((u) => u.site.kind === 'text')?.site).toMatchObject({
      sceneId: 'scene-0',
      clipId: TITLE_ID,
    });
    expect(variableNames(designedProject())).toEqual(['name', 'company']);
  });

  it('fills every site; script values are HTML-escaped, webhook values URL-encoded', () => {
    const r = mergeRow(
      designedProject(),
      designedSpec(),
      row(1, { ...good.values, name: 'Ann & <Bo>' }),
    );
    expect(r.request?.name).toBe('Welcome Ann & <Bo>');
    expect(r.request?.webhookUrl).toBe('https://hooks.example.com/done?who=Ann%20%26%20%3CBo%3E');
    expect(r.request?.scenes[0]!.scripts![0]!.org).toBe(
      '<p>Hello Ann &amp; &lt;Bo&gt;, welcome to Scenewright.</p>',
    );
    expect(r.request?.scenes[1]!.scripts![0]!.org).toBe(
      '<p>See you soon, Ann &amp; &lt;Bo&gt;.</p>',
    );
    expect(clip<TextClip>(r, 0, TITLE_ID).text).toBe('Welcome, Ann & <Bo>!');
    expect(JSON.stringify(r.request)).not.toContain('{{');
  });

  it('the variable is the whole webhook URL: the value is used as written', () => {
    const project = { ...designedProject(), webhookUrl: '{{hook}}' };
    const r = mergeRow(
      project,
      designedSpec(),
      row(1, { ...good.values, hook: 'https://h.example.com/x?a=1' }),
    );
    expect(r.request?.webhookUrl).toBe('https://h.example.com/x?a=1');
  });

  it('a column, else the default; column names ignore case and blanks; a declared column renames', () => {
    const spec: MergeSpec = {
      ...designedSpec(),
      variables: [
        { name: 'company', column: 'Firm' },
        { name: 'name', default: 'friend' },
      ],
    };
    const r = mergeRow(designedProject(), spec, row(1, { ' FIRM ': 'Acme', logo: LOGO }));
    expect(r.request?.scenes[0]!.scripts![0]!.org).toBe('<p>Hello friend, welcome to Acme.</p>');
    expect(r.blocked).toBe(false);
  });

  it('an unfilled variable blocks the row, and nothing with {{…}} is sendable even when forced', () => {
    const r = mergeRow(designedProject(), designedSpec(), row(4, { name: '  ', logo: LOGO }));
    expect(codes(r)).toContain('merge.unfilled');
    expect(r.issues.find((i) => i.code === 'merge.unfilled')?.message).toMatch(
      /\{\{name\}\} has no value in row 4/,
    );
    expect(r.blocked && r.unsendable).toBe(true);
    expect(summarise([r], true).sendable).toBe(0);
  });

  it('an unknown variable (no column, no default) is named at the header and blocks every row', () => {
    const project = designedProject();
    (project.scenes[0]!.clips.find((c) => c.id === TITLE_ID) as TextClip).text = 'Hi {{nickname}}';
    const match = matchColumns(project, designedSpec(), ['name', 'logo', 'colour']);
    expect(match.missing).toEqual([
      { column: 'company', for: '{{company}}', blocking: false },
      { column: 'nickname', for: '{{nickname}}', blocking: true },
      { column: 'avatar', for: 'the avatar', blocking: false, binding: 'avatar' },
      { column: 'outfit', for: 'the outfit', blocking: false, binding: 'outfit' },
    ]);
    expect(match.unknown).toEqual(['colour']);
    expect(match.used).toEqual(['name', 'logo']);
    expect(
      mergeRow(project, designedSpec(), good)
        .issues.filter((i) => i.code === 'merge.unfilled')
        .map((i) => i.column),
    ).toEqual(['nickname']);
  });

  it('a value that itself holds {{…}} is not sent', () => {
    const r = mergeRow(
      designedProject(),
      designedSpec(),
      row(2, { ...good.values, name: '{{x}}' }),
    );
    expect(codes(r)).toContain('merge.placeholder');
    expect(r.unsendable).toBe(true);
    const inMedia = mergeRow(
      designedProject(),
      designedSpec(),
      row(3, { ...good.values, logo: 'https://x.example.com/{{id}}.png' }),
    );
    expect(inMedia.unsendable).toBe(true);
  });
});

describe('bindings', () => {
  it('image, video, audio and background media follow their columns; an empty cell keeps the design', () => {
    const spec: MergeSpec = {
      variables: [],
      bindings: [
        { kind: 'media', column: 'logo', sceneId: 'scene-0', clipId: LOGO_ID },
        {
          kind: 'media',
          column: 'clip',
          sceneId: 'scene-1',
          clipId: designedProject().scenes[1]!.clips[1]!.id,
        },
        {
          kind: 'media',
          column: 'music',
          sceneId: 'scene-1',
          clipId: designedProject().scenes[1]!.clips[2]!.id,
        },
        { kind: 'media', column: 'bg', sceneId: 'scene-1' },
      ],
    };
    const values = {
      name: 'Ann',
      logo: LOGO,
      clip: 'https://cdn.example.com/v.mp4',
      music: 'https://cdn.example.com/m.mp3',
      bg: 'https://cdn.example.com/bg.png',
    };
    const r = mergeRow(designedProject(), spec, row(1, values));
    expect(clip<ImageClip>(r, 0, LOGO_ID).source_url).toBe(LOGO);
    const [, video, audio] = r.project.scenes[1]!.clips as [AiModelClip, VideoClip, AudioClip];
    expect([video.video_url, audio.source_url, r.project.scenes[1]!.background.source_url]).toEqual(
      [values.clip, values.music, values.bg],
    );
    expect(r.project.scenes[0]!.background.source_url).toBe(
      designedProject().scenes[0]!.background.source_url,
    );
    const kept = mergeRow(designedProject(), spec, row(2, { name: 'Bo' }));
    expect(clip<ImageClip>(kept, 0, LOGO_ID).source_url).toBe(
      clip<ImageClip>(
        mergeRow(designedProject(), { variables: [], bindings: [] }, row(2, { name: 'Bo' })),
        0,
        LOGO_ID,
      ).source_url,
    );
  });

  it('a bound media value that preflight refuses blocks the row with preflight’s own finding', () => {
    const r = mergeRow(
      designedProject(),
      designedSpec(),
      row(3, { ...good.values, logo: 'logo.png' }),
    );
    expect(r.issues.find((i) => i.code === 'media.url-unreachable')).toMatchObject({
      severity: 'error',
      clipId: LOGO_ID,
    });
    expect(r.blocked).toBe(true);
  });

  it('avatar and outfit change the avatar clip and its script together, in every scene', () => {
    const r = mergeRow(
      designedProject(),
      designedSpec(),
      row(1, { ...good.values, avatar: 'M1', outfit: 'C9' }),
    );
    for (const scene of r.request!.scenes) {
      const avatar = scene.clips[0] as AiModelClip;
      expect([
        avatar.model.ai_name,
        avatar.model.emotion,
        scene.scripts![0]!.modelId,
        scene.scripts![0]!.clothId,
      ]).toEqual(['M1', 'C9', 'M1', 'C9']);
    }
    expect(r.issues.filter((i) => i.code.startsWith('avatar'))).toEqual([]);
    expect((r.request!.scenes[0]!.clips[0] as AiModelClip).model.source_url).toBe(
      'https://cdn.aistudios.com/ai/ai_mov_thm/tight_ai_mov_thm_M1_C9.png',
    );
  });

  it('voice by id from the catalogue, "avatar", or TTS JSON; an unknown id blocks the row', () => {
    const spec: MergeSpec = {
      variables: [{ name: 'company', default: '' }],
      bindings: [{ kind: 'voice', column: 'voice', sceneId: 'scene-1' }],
    };
    const voices = [{ id: 'ko-f1', tts: { voice: 'ko-KR-1' } }];
    const merged = (voice: string) =>
      mergeRow(designedProject(), spec, row(1, { name: 'A', voice }), { voices });
    expect(
      merged('ko-f1').request!.scenes.map((s) => [s.scripts![0]!.isTTS, s.scripts![0]!.tts]),
    ).toEqual([
      [false, null],
      [true, { voice: 'ko-KR-1' }],
    ]);
    expect(merged('{"voice":"x"}').request!.scenes[1]!.scripts![0]!.tts).toEqual({ voice: 'x' });
    expect(merged('avatar').request!.scenes[1]!.scripts![0]).toMatchObject({
      isTTS: false,
      tts: null,
    });
    expect(merged('nobody').issues[0]).toMatchObject({ code: 'merge.binding', column: 'voice' });
    expect(merged('nobody').blocked).toBe(true);
  });
});

describe('rows', () => {
  it('a long Korean name overflows the title box; a short one fits', () => {
    const options = { measureText: monospaceMeasure };
    const long = mergeRow(
      designedProject(),
      designedSpec(),
      row(7, { ...good.values, name: '김수한무거북이와두루미삼천갑자동방삭' }),
      options,
    );
    expect(long.issues.find((i) => i.code === 'merge.overflow')).toMatchObject({
      severity: 'error',
      clipId: TITLE_ID,
      sceneIndex: 0,
    });
    expect(long.issues.find((i) => i.code === 'merge.overflow')?.message).toMatch(
      /^Row 7, scene 1: .* no longer fits/,
    );
    expect(long.blocked).toBe(true);
    expect(
      mergeRow(
        designedProject(),
        designedSpec(),
        row(8, { ...good.values, name: '김민지' }),
        options,
      ).issues,
    ).toEqual([]);
  });

  it('script length gives the estimated duration', () => {
    const short = mergeRow(designedProject(), designedSpec(), good).seconds;
    const long = mergeRow(
      designedProject(),
      designedSpec(),
      row(2, { ...good.values, name: 'Ann '.repeat(60) }),
    ).seconds;
    expect(long - short).toBeGreaterThan(40);
  });

  it('flags a duplicate row on the later one, naming the first', () => {
    const reports = mergeRows(
      designedProject(),
      designedSpec(),
      [good, row(2, { ...good.values, name: 'Bo' }), row(3, { ...good.values, extra: 'x' })],
      {},
      ['name', 'logo'],
    );
    expect(
      reports.map((r) =>
        r.issues.filter((i) => i.code === 'merge.duplicate').map((i) => i.message),
      ),
    ).toEqual([[], [], ['Row 3 repeats row 1: the same video would be made twice.']]);
  });

  it('1,000 rows: each request carries its own row’s values, the bad ones are blocked, the project is untouched', () => {
    const project = designedProject();
    const before = JSON.stringify(build(project));
    // A third of the rows keep the designed avatar (empty cells), a third another avatar with its
    // outfit, a third the designed avatar in one of two outfits.
    const avatarOf = (i: number) => ['', 'M000004017', 'M000045058'][i % 3]!;
    const outfitOf = (i: number) => ['', 'BG00001004', `BG0000232${i % 2}`][i % 3]!;
    const rows = Array.from({ length: 1000 }, (_, i) =>
      row(i + 1, {
        name: i % 250 === 99 ? '' : `Person ${i + 1}`,
        logo: `https://cdn.example.com/${i + 1}.png`,
        avatar: avatarOf(i),
        outfit: outfitOf(i),
      }),
    );
    const reports = mergeRows(project, designedSpec(), rows, { measureText: monospaceMeasure });
    const designed = project.scenes[0]!.clips.find((c) => c.type === 'aiModel') as AiModelClip;
    // Every row's avatar clip and every script of every scene name that row's avatar and outfit.
    const wearing = reports.map((r) =>
      r.request!.scenes.flatMap((scene) => [
        ...scene.clips
          .filter((c): c is AiModelClip => c.type === 'aiModel')
          .map((c) => `${c.model.ai_name}/${c.model.emotion}`),
        ...(scene.scripts ?? []).map((s) => `${s.modelId}/${s.clothId}`),
      ]),
    );
    const want = (i: number) =>
      `${avatarOf(i) || designed.model.ai_name}/${outfitOf(i) || designed.model.emotion}`;
    const wrong = wearing.flatMap((ids, i) =>
      ids.length >= 4 && ids.every((id) => id === want(i)) ? [] : [{ row: i + 1, ids }],
    );
    expect(wrong).toEqual([]);
    expect(reports).toHaveLength(1000);
    expect(reports.filter((r) => r.blocked).map((r) => r.row.number)).toEqual([100, 350, 600, 850]);
    // The editor's picture of the avatar follows too, so the contact sheet shows who is wearing what.
    const second = reports[1]!.request!.scenes[0]!.clips.find(
      (c) => c.type === 'aiModel',
    ) as AiModelClip;
    expect(second.model.source_url).toContain('M000004017');
    expect(second.model.source_url).toContain('BG00001004');
    expect(reports[16]!.request!.name).toBe('Welcome Person 17');
    expect(
      (reports[16]!.request!.scenes[0]!.clips.find((c) => c.id === LOGO_ID) as ImageClip)
        .source_url,
    ).toBe('https://cdn.example.com/17.png');
    expect(summarise(reports)).toMatchObject({ rows: 1000, sendable: 996, blocked: 4 });
    expect(JSON.stringify(build(project))).toBe(before);
  }, 20_000); // 1,000 merges with preflight: ~2-3 s alone, more beside the rest of the suite

  it('the merge set-up never reaches the request', () => {
    const project = { ...designedProject(), merge: designedSpec() };
    expect(JSON.stringify(build(project))).not.toContain('bindings');
  });
});
