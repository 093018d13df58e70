// server.trust_proxy: a list of proxy addresses and CIDR blocks, from TOML
// (array or string) and the environment; the old `true` is refused with the
// way out, `false` still means none, and a bad entry names itself.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkServerConfig,
  ConfigError,
  defineConfig,
  serverKeys,
  TAIL_KEYS,
} from '@nexuslink/server-kit';

const loader = defineConfig(
  {
    ...serverKeys({ port: 1, name: 'test', dataDir: ':memory:', example: 'https://x.test' }),
    ...TAIL_KEYS,
  },
  { program: 'test', title: 'a test server', usage: ['test'], check: checkServerConfig },
);

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const toml = (text: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'nexuslink-config-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'nexuslink.toml'), text);
  return join(dir, 'nexuslink.toml');
};
const fromFile = (value: string) =>
  loader.load({ env: {}, file: toml(`[server]\ntrust_proxy = ${value}\n`) })['server.trust_proxy'];
const fromEnv = (value: string) =>
  loader.load({ env: { NEXUSLINK_SERVER_TRUST_PROXY: value }, file: undefined })[
    'server.trust_proxy'
  ];

describe('server.trust_proxy', () => {
  it('defaults to no trusted proxy', () => {
    expect(loader.load({ env: {}, file: undefined })['server.trust_proxy']).toEqual([]);
    expect(loader.help()).toMatch(/server\.trust_proxy\s+cidrs, default \[\]/);
  });

  it('takes addresses and CIDR blocks from TOML and the environment', () => {
    expect(fromFile('["127.0.0.1/32", "10.0.0.0/8", "::1", "fd00::/8"]')).toEqual([
      '127.0.0.1/32',
      '10.0.0.0/8',
      '::1',
      'fd00::/8',
    ]);
    expect(fromFile('"127.0.0.1/32, 10.0.0.0/8"')).toEqual(['127.0.0.1/32', '10.0.0.0/8']);
    expect(fromEnv('127.0.0.1, 192.168.0.0/16')).toEqual(['127.0.0.1', '192.168.0.0/16']);
    expect(fromEnv('')).toEqual([]);
  });

  it('refuses true (it trusted every peer) with the way out; false still means none', () => {
    for (const load of [() => fromFile('true'), () => fromEnv('true'), () => fromEnv('1')]) {
      expect(load).toThrow(ConfigError);
      expect(load).toThrow(/server\.trust_proxy.*true is no longer accepted.*CIDR/);
    }
    expect(fromFile('false')).toEqual([]);
    expect(fromEnv('false')).toEqual([]);
  });

  it('refuses an entry that is not an address or a CIDR block, naming it', () => {
    for (const bad of [
      '"proxy.example.org"',
      '["10.0.0.0/33"]',
      '["::1/129"]',
      '["1.2.3.4/8/8"]',
      '[1]',
    ])
      expect(() => fromFile(bad)).toThrow(/server\.trust_proxy/);
    expect(() => fromEnv('10.0.0.0/8, nope')).toThrow(/"nope" is not an IP address or CIDR block/);
  });
});
