import { describe, expect, it } from 'vitest';
import seed from './fixtures/seed-000-request.json';
import { harvestAvatars } from './avatar-harvest';
import {
  estimatedAvatarModel,
  isEstimatedAvatar,
  mergeAvatarChoices,
  needsThumbnailSize,
  outfitMenuFor,
  outfitModel,
} from './avatar-catalog';
import { parse } from './parse';

const dropdown = [
  { id: 'M000045058', label: 'Ethan', avatarType: 'default' },
  { id: 'M1', label: 'Only listed' },
];
const models = [
  {
    id: 'M000045058',
    label: { ko: '이선', en: 'Ethan' },
    thumbnail: 'https://cdn/ethan.png',
    clothes: [
      {
        id: 'BG00002320',
        label: { ko: '네이비 정장', en: 'Navy suit' },
        thumbnail: 'https://cdn/navy.png',
      },
      {
        id: 'BG00002321',
        label: { ko: '회색 재킷', en: 'Grey jacket' },
        thumbnail: 'https://cdn/grey.png',
      },
    ],
  },
];

const seedLibrary = () => {
  const result = parse(seed, { sceneId: () => 's' });
  if (!result.ok) throw result.error;
  return harvestAvatars(result.project, 'Imported file seed.json', 1);
};

describe('mergeAvatarChoices', () => {
  it('builds outfits from `model` alone, each an estimate carrying only the documented ids and its thumbnail', () => {
    const [ethan, listed] = mergeAvatarChoices(dropdown, models, []);
    expect(ethan).toMatchObject({
      id: 'M000045058',
      label: 'Ethan',
      avatarType: 'default',
      thumbnail: 'https://cdn/ethan.png',
    });
    expect(ethan!.outfits.map((o) => [o.label, o.placement])).toEqual([
      ['Navy suit', 'estimate'],
      ['Grey jacket', 'estimate'],
    ]);
    expect(ethan!.outfits[0]!.model).toEqual({
      ai_name: 'M000045058',
      emotion: 'BG00002320',
      deployImage: { themb_src: 'https://cdn/navy.png' },
    });
    expect(isEstimatedAvatar(ethan!.outfits[0]!.model)).toBe(true);
    expect(listed).toEqual({ id: 'M1', label: 'Only listed', outfits: [] });
  });

  it('uses geometry harvested from a project that used the same avatar and outfit', () => {
    const library = seedLibrary();
    const [ethan] = mergeAvatarChoices(dropdown, models, library);
    const navy = ethan!.outfits[0]!;
    expect(navy.placement).toBe('harvested');
    expect(navy.source).toBe('Imported file seed.json');
    expect(navy.model).toEqual(seed.scenes[0]!.clips[0]!.model);
    expect(ethan!.outfits[1]!.placement).toBe('estimate');
  });

  it('keeps library outfits the account lists do not name, and Korean labels on request', () => {
    const choices = mergeAvatarChoices([], [], seedLibrary());
    expect(choices).toHaveLength(1);
    expect(choices[0]!.outfits[0]!.placement).toBe('harvested');
    expect(mergeAvatarChoices([], models, [], 'ko')[0]!.outfits[0]!.label).toBe('네이비 정장');
  });

  it('an outfit without a thumbnail is still placeable by its ids', () => {
    expect(estimatedAvatarModel('M', 'C')).toEqual({ ai_name: 'M', emotion: 'C' });
  });
});

describe('preflight on an estimated avatar', () => {
  it('warns (never errors) once per estimated avatar, naming it; harvested geometry is silent', async () => {
    const { validateRequest } = await import('./preflight/index');
    const request = structuredClone(seed) as unknown as {
      scenes: { clips: { model: unknown }[] }[];
    };
    expect(
      validateRequest(request).issues.filter((i) => i.code === 'avatar.estimated-size'),
    ).toEqual([]);
    request.scenes[0]!.clips[0]!.model = estimatedAvatarModel(
      'M000045058',
      'BG00002321',
      'https://cdn/grey.png',
    );
    const found = validateRequest(request).issues.filter((i) => i.code === 'avatar.estimated-size');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', sceneIndex: 0 });
    expect(found[0]!.message).toContain('M000045058 in outfit BG00002321 is an estimate');
  });
});

describe('outfitMenuFor: what the placed avatar can switch to', () => {
  const choices = mergeAvatarChoices(dropdown, models, seedLibrary());

  it('offers the account outfits of the clip’s avatar and finds the model for a picked id', () => {
    const clip = { ai_name: 'M000045058', emotion: 'BG00002320' };
    const menu = outfitMenuFor(choices, clip);
    expect(menu.avatar?.label).toBe('Ethan');
    expect(menu.outfits.map((o) => o.id)).toEqual(['BG00002320', 'BG00002321']);
    expect(menu.currentUnlisted).toBe(false);
    expect(outfitModel(menu, 'BG00002321')).toEqual(menu.outfits[1]!.model);
  });

  it('keeps an outfit the account does not list, which switches to nothing', () => {
    const menu = outfitMenuFor(choices, { ai_name: 'M000045058', emotion: 'BG-gone' });
    expect(menu.currentUnlisted).toBe(true);
    expect(outfitModel(menu, 'BG-gone')).toBeUndefined();
  });

  it('has no outfits for an avatar the account does not have', () => {
    const menu = outfitMenuFor(choices, { ai_name: 'M-unknown', emotion: 'C' });
    expect(menu).toEqual({ outfits: [], currentUnlisted: true });
  });

  it('asks for the thumbnail size only for an estimated outfit', () => {
    const [ethan] = choices;
    expect(ethan!.outfits.map(needsThumbnailSize)).toEqual([false, true]);
  });
});
