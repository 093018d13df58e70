// Configuration: defaults < file < environment < overrides; every key in --help;
// a wrong key, type or range stops the server with a message naming the key.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONFIG_KEYS,
  ConfigError,
  envName,
  helpText,
  loadConfig,
} from '@nexuslink/community-server';

const file = (text: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'nexuslink-config-'));
  const path = join(dir, 'nexuslink.toml');
  writeFileSync(path, text);
  return path;
};

describe('community server configuration', () => {
  it('defaults, then the file, then the environment', () => {
    expect(loadConfig({ env: {} })['server.port']).toBe(8420);
    // Pages served from this machine may call the API by default (development).
    expect(loadConfig({ env: {} })['cors.origins']).toEqual([
      'http://localhost:*',
      'http://127.0.0.1:*',
      'http://[::1]:*',
    ]);
    expect(loadConfig({ env: { NEXUSLINK_CORS_ORIGINS: '' } })['cors.origins']).toEqual([]);
    const path = file(
      '[server]\nport = 9000\nname = "Club"\n[cors]\norigins = ["https://a.test"]\n',
    );
    const fromFile = loadConfig({ file: path, env: {} });
    expect(fromFile['server.port']).toBe(9000);
    expect(fromFile['cors.origins']).toEqual(['https://a.test']);
    const fromEnv = loadConfig({
      file: path,
      env: {
        NEXUSLINK_SERVER_PORT: '9100',
        NEXUSLINK_CORS_ORIGINS: 'https://b.test, https://c.test',
        NEXUSLINK_AUTH_OPEN_REGISTRATION: 'false',
      },
    });
    expect(fromEnv['server.port']).toBe(9100);
    expect(fromEnv['server.name']).toBe('Club');
    expect(fromEnv['cors.origins']).toEqual(['https://b.test', 'https://c.test']);
    expect(fromEnv['auth.open_registration']).toBe(false);
  });

  it('refuses unknown keys, wrong types, values out of range and half a TLS setup', () => {
    const bad: [string, RegExp][] = [
      ['[server]\nprot = 1\n', /unknown key server.prot/],
      ['[server]\nport = "80"\n', /server.port .*integer/],
      ['[server]\nport = 70000\n', /server.port .*at most 65535/],
      ['[database]\ndriver = "mysql"\n', /database.driver .*one of sqlite, postgres/],
      ['[tls]\ncert_file = "a.pem"\n', /go together/],
      ['[database]\ndriver = "postgres"\n', /needs database.url/],
      ['[cors]\norigins = ["localhost:3000"]\n', /cors.origins: "localhost:3000" is not an origin/],
      ['[cors]\norigins = ["https://a.test/app"]\n', /is not an origin/],
      ['not toml = = =', /nexuslink.toml/],
    ];
    for (const [text, message] of bad)
      expect(() => loadConfig({ file: file(text), env: {} })).toThrow(message);
    expect(() => loadConfig({ env: { NEXUSLINK_SERVER_PORT: 'eighty' } })).toThrow(ConfigError);
    // The owner is a NexusLink UUID (checksum included), or nobody.
    expect(() => loadConfig({ env: { NEXUSLINK_SERVER_OWNER: 'alice' } })).toThrow(
      /server.owner must be a NexusLink UUID/,
    );
    expect(() => loadConfig({ env: { NEXUSLINK_SERVER_PROT: '1' } })).toThrow(
      /unknown environment variable NEXUSLINK_SERVER_PROT/,
    );
    expect(() =>
      loadConfig({ env: { NEXUSLINK_TEST_DATABASE_URL: 'postgres://x' } }),
    ).not.toThrow();
  });

  it('--help lists every key with its environment variable, and no secret default', () => {
    const help = helpText();
    for (const key of Object.keys(CONFIG_KEYS)) {
      expect(help).toContain(key);
      expect(help).toContain(envName(key));
    }
    expect(help).toContain('database.url');
    expect(help).toMatch(/database\.url\s+string, default \(none\)/);
  });
});
