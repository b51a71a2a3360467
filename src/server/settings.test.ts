import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLoopback, loadSettings, parseDotEnv, SettingsError } from './settings';
import { tempDir } from './test-support';

describe('settings', () => {
  it('defaults to the simulator on 127.0.0.1:5174 with ./data', () => {
    const s = loadSettings({}, '');
    expect(s).toMatchObject({
      host: '127.0.0.1',
      port: 5174,
      dataDir: './data',
      upstreamBaseUrl: undefined,
      sim: { renderMs: 20_000, failureRate: 0 },
    });
  });

  it('refuses bad values with one line naming each key', () => {
    const attempt = () =>
      loadSettings({ PORT: 'abc', SIM_FAILURE_RATE: '2', AISTUDIOS_APP_ID: 'only-one' }, '');
    expect(attempt).toThrow(SettingsError);
    const message = (() => {
      try {
        attempt();
        return '';
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(message).not.toContain('\n');
    for (const key of ['PORT', 'SIM_FAILURE_RATE']) expect(message).toContain(key);
    expect(() => loadSettings({ AISTUDIOS_APP_ID: 'only-one' }, '')).toThrow(
      /AISTUDIOS_APP_ID and AISTUDIOS_USER_KEY go together/,
    );
  });

  it('needs ACCESS_TOKEN off loopback, and credentials with a base URL', () => {
    expect(() => loadSettings({ HOST: '0.0.0.0' }, '')).toThrow(/ACCESS_TOKEN/);
    expect(
      loadSettings({ HOST: '0.0.0.0', ACCESS_TOKEN: 'long-enough-token' }, '').accessToken,
    ).toBe('long-enough-token');
    expect(() => loadSettings({ AISTUDIOS_BASE_URL: 'https://app.aistudios.com' }, '')).toThrow(
      /AISTUDIOS_BASE_URL/,
    );
    expect(
      loadSettings({ AISTUDIOS_BASE_URL: 'https://app.aistudios.com/', AISTUDIOS_TOKEN: 't' }, '')
        .upstreamBaseUrl,
    ).toBe('https://app.aistudios.com');
    expect(() => loadSettings({ PUBLIC_URL: 'ftp://x' }, '')).toThrow(/PUBLIC_URL/);
    expect(isLoopback('localhost') && isLoopback('127.0.0.2') && isLoopback('::1')).toBe(true);
    expect(isLoopback('0.0.0.0') || isLoopback('192.168.1.2')).toBe(false);
  });

  it('reads .env, and the environment wins over it', () => {
    const file = join(tempDir(), '.env');
    writeFileSync(
      file,
      '# comment\nPORT=6000\nPUBLIC_URL="https://a.example"\nSIM_RENDER_MS=5 # short\n',
    );
    expect(parseDotEnv('A=1\nexport B = "two"\n#C=3')).toEqual({ A: '1', B: 'two' });
    expect(loadSettings({}, '.env.example')).toMatchObject({
      host: '127.0.0.1',
      port: 5174,
      dataDir: './data',
      accessToken: undefined,
    });
    const s = loadSettings({ PORT: '7000' }, file);
    expect(s).toMatchObject({ port: 7000, publicUrl: 'https://a.example', sim: { renderMs: 5 } });
  });
});
