import type { Page } from '@playwright/test';
import { build } from '../src/domain/build';
import { koreanThreeScenes } from '../src/domain/fixtures/korean-three-scenes';
import { readFileSync } from 'node:fs';
import { expect, fixturePath, test } from './fixtures/editor';
import { screenshotPath } from './fixtures/screenshot-path';

/**
 * Preview playback under Playwright's clock. The fixture's scripts are 10, 10 and 6 words: at the
 * estimate's 150 words a minute the scenes last 4 s, 4 s and 2.4 s.
 */
const SCENE_1_END = 4;
const SCENE_2_END = 8;

const playback = (page: Page) =>
  page.evaluate(() => {
    const p = window.scenewright!.getPlayback();
    return {
      ...p,
      one: p.clipOpacity('shape-one'),
      two: p.clipOpacity('shape-two'),
      fade: p.clipOpacity('text-fade'),
    };
  });

/** Page time stands still except when the test runs it (a busy machine cannot move it on). */
async function installPausedClock(page: Page) {
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 5000);
}

/** Runs the page clock until the preview time reaches `seconds`. */
async function playTo(page: Page, seconds: number) {
  const { time } = await playback(page);
  await page.clock.runFor(Math.round((seconds - time) * 1000));
}

test('plays a three-scene project: scene timing, a fade-in, Space pauses, nothing changes', async ({
  editor,
  page,
}) => {
  await installPausedClock(page);
  await editor.importFile('three-scenes-request.json');
  const ids = (await editor.project()).scenes.map((s) => s.id);
  const before = await editor.request();
  const couldUndo = await page.evaluate(() => window.scenewright!.canUndo());

  await page.getByRole('button', { name: '▶ Preview' }).click();
  await expect(page.getByRole('region', { name: 'Preview' })).toBeVisible();
  await expect(page.getByLabel('Preview clock')).toHaveText('0:00.0 / 0:10.4');
  await page.getByRole('button', { name: 'Play preview' }).click();

  await playTo(page, SCENE_1_END - 0.1);
  let p = await playback(page);
  expect(p).toMatchObject({ playing: true, sceneId: ids[0] });
  // The stage holds scene 1's objects only.
  expect(p.one).toBe(1);
  expect(p.two).toBeNull();

  await playTo(page, SCENE_1_END + 0.1);
  p = await playback(page);
  expect(p.sceneId).toBe(ids[1]);
  expect(p.one).toBeNull();
  expect(p.two).toBe(1);
  // Before its 1 s delay the fade-in clip is not drawn.
  expect(p.fade).toBe(0);

  // Two seconds into scene 2: delay 1 s + half of its 2 s duration.
  await playTo(page, SCENE_1_END + 2);
  p = await playback(page);
  expect(p.time).toBeCloseTo(SCENE_1_END + 2, 1);
  expect(p.fade).toBeGreaterThan(0.45);
  expect(p.fade).toBeLessThan(0.55);
  await page.screenshot({ path: screenshotPath('preview-playing.png') });

  await playTo(page, SCENE_2_END - 0.1);
  expect((await playback(page)).sceneId).toBe(ids[1]);
  await playTo(page, SCENE_2_END + 0.1);
  p = await playback(page);
  expect(p.sceneId).toBe(ids[2]);
  expect(p.two).toBeNull();

  await page.keyboard.press('Space');
  p = await playback(page);
  expect(p.playing).toBe(false);
  const pausedAt = p.time;
  await page.clock.runFor(2000);
  expect((await playback(page)).time).toBe(pausedAt);
  await expect(page.getByRole('button', { name: 'Play preview' })).toBeVisible();

  // Space plays on, and the preview stops at the end.
  await page.keyboard.press('Space');
  await page.clock.runFor(5000);
  p = await playback(page);
  expect(p).toMatchObject({ playing: false, time: p.total });

  // Scrubbing moves the stage to the scene at that time.
  await page.getByLabel('Preview time').fill('5');
  p = await playback(page);
  expect(p.sceneId).toBe(ids[1]);

  await page.getByRole('button', { name: 'Close preview' }).click();
  expect(await editor.request()).toEqual(before);
  expect(await page.evaluate(() => window.scenewright!.canUndo())).toBe(couldUndo);
  // The stage is back to the editable scene, each clip as placed.
  expect(
    await page.evaluate(() => window.scenewright!.getPlayback().clipOpacity('shape-one')),
  ).toBe(1);

  // One scene on its own: the active scene's 4 s from zero.
  await page.getByRole('button', { name: '▶ This scene' }).click();
  await expect(page.getByLabel('Preview clock')).toHaveText('0:00.0 / 0:04.0');
  expect((await playback(page)).sceneId).toBe(ids[0]);
});

test('without a browser voice the script shows as a caption line', async ({ editor, page }) => {
  await installPausedClock(page);
  await editor.importFile('three-scenes-request.json');
  await page.evaluate(() => {
    Object.defineProperty(speechSynthesis, 'getVoices', { value: () => [] });
  });
  await page.getByRole('button', { name: '▶ Preview' }).click();
  await page.getByRole('button', { name: 'Play preview' }).click();
  await page.clock.runFor(500);
  await expect(page.getByRole('status', { name: 'Caption' })).toContainText(
    'One two three four five six seven eight nine ten.',
  );
  await expect(page.getByText('No voice: captions shown')).toBeVisible();
});

test('speaks each scene’s script with a browser voice in the script’s language', async ({
  editor,
  page,
}) => {
  await installPausedClock(page);
  await editor.importText(JSON.stringify(build(koreanThreeScenes)));
  await expect(page.getByRole('dialog', { name: 'Import a project' })).toBeHidden();
  // A browser with an English and a Korean voice, recording what it is asked to say.
  await page.evaluate(() => {
    const voices = [
      { lang: 'en-US', name: 'English', default: true, localService: true, voiceURI: 'en' },
      { lang: 'ko-KR', name: 'Korean', default: false, localService: true, voiceURI: 'ko' },
    ];
    const said: { text: string; lang: string; voice: string }[] = [];
    (window as unknown as { said: typeof said }).said = said;
    // Plain objects stand in for voices, so the utterance is a plain object too.
    (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
      lang = '';
      voice: unknown = null;
      constructor(public text: string) {}
    };
    Object.defineProperty(speechSynthesis, 'getVoices', { value: () => voices });
    Object.defineProperty(speechSynthesis, 'speak', {
      value: (u: SpeechSynthesisUtterance) =>
        said.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? '' }),
    });
    speechSynthesis.dispatchEvent(new Event('voiceschanged'));
  });
  await page.getByRole('button', { name: '▶ Preview' }).click();
  await page.getByRole('button', { name: 'Play preview' }).click();
  await expect(page.getByText('Speaking the script')).toBeVisible();
  const total = (await page.evaluate(() => window.scenewright!.getPlayback().total)) * 1000;
  await page.clock.runFor(Math.ceil(total) + 100);
  const said = await page.evaluate(
    () => (window as unknown as { said: { text: string; lang: string; voice: string }[] }).said,
  );
  const ko = { lang: 'ko-KR', voice: 'Korean' };
  expect(said).toEqual(
    [
      '안녕하세요.',
      '오늘은 새로운 서비스를 소개합니다!',
      '가격은 월 3.5만 원입니다.',
      '정말 저렴하죠?',
      '지금 바로 시작하세요.',
      '감사합니다。',
      '다음에 또 만나요！',
    ].map((text) => ({ text, ...ko })),
  );
  await expect(page.getByRole('status', { name: 'Caption' })).toHaveCount(0);
});

test('plays video and audio clips at their volume while the preview plays', async ({
  editor,
  page,
}) => {
  const three = JSON.parse(readFileSync(fixturePath('three-scenes-request.json'), 'utf8')) as {
    scenes: { clips: unknown[] }[];
  };
  const scene = {
    ...three.scenes[0]!,
    clips: [
      {
        id: 'video-1',
        type: 'videoImage',
        layer: 1,
        left: 100,
        top: 100,
        width: 640,
        height: 360,
        video_url: '/sim-assets/renders/preview.mp4',
        volume: 40,
      },
      {
        id: 'audio-1',
        type: 'audio',
        source_url: '/sim-assets/renders/music.mp4',
        label: 'Music',
        volume: 70,
      },
    ],
  };
  await editor.importText(JSON.stringify({ name: 'Media', scenes: [scene] }));
  await expect(page.getByRole('dialog', { name: 'Import a project' })).toBeHidden();
  await page.evaluate(() => {
    const played: { tag: string; src: string; volume: number }[] = [];
    (window as unknown as { played: typeof played }).played = played;
    (window as unknown as { playing: HTMLMediaElement[] }).playing = [];
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      (window as unknown as { playing: HTMLMediaElement[] }).playing.push(this);
      played.push({ tag: this.tagName, src: new URL(this.src).pathname, volume: this.volume });
      return play.call(this);
    };
  });
  await page.getByRole('button', { name: '▶ Preview' }).click();
  await page.getByRole('button', { name: 'Play preview' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { played: unknown[] }).played))
    .toEqual(
      expect.arrayContaining([
        { tag: 'VIDEO', src: '/sim-assets/renders/preview.mp4', volume: 0.4 },
        { tag: 'AUDIO', src: '/sim-assets/renders/music.mp4', volume: 0.7 },
      ]),
    );
  // A picture of the stage drawing the video's frames, to look at.
  await expect
    .poll(() => page.evaluate(() => window.scenewright!.getPlayback().time))
    .toBeGreaterThan(0.5);
  await page.getByTestId('stage').screenshot({ path: test.info().outputPath('video.png') });
  await page.getByRole('button', { name: 'Pause preview' }).click();
  expect(
    await page.evaluate(() => {
      const playing = (window as unknown as { playing: HTMLMediaElement[] }).playing;
      return playing.length > 0 && playing.every((m) => m.paused);
    }),
  ).toBe(true);
});
