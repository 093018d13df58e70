// The packed SDK installed into a fresh app by npm, with only its own
// dependencies: what `npm install @nexuslink/sdk` gives an app. Every entry
// point loads from ESM and CommonJS, and each optional peer dependency that
// is missing is named, with its install command, by a typed error.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diskBytes, installedPackages, installPacked } from '../../scripts/package-install.js';
import type { InstalledApp } from '../../scripts/package-install.js';

/** One exported function per entry point (for the data-only wordlists, a method of one list), to show it is the entry and not an empty module. */
const ENTRIES: Record<string, string> = {
  '@nexuslink/sdk': 'createIdentity',
  '@nexuslink/sdk/interfaces': 'NexusError',
  '@nexuslink/sdk/testing': 'storageComplianceSuite',
  '@nexuslink/sdk/node': 'sqliteStorage',
  '@nexuslink/sdk/hazmat': 'openStorageImage',
  '@nexuslink/sdk/p2p': 'p2pTransport',
  '@nexuslink/sdk/wire': 'decodeClientMessage',
  '@nexuslink/sdk/wordlists': 'WORDLISTS.french.slice',
};

/** The oldest TypeScript the typings support (5.6 lacks the generic `Uint8Array<…>`). */
const OLDEST_TYPESCRIPT = '5.7.3';

/** This checkout, whose TypeScript compiler checks the typings too. */
const repo = resolve(import.meta.dirname, '../..');

/** Run `body` as an ES module in the app; it prints JSON of what a rejected promise carried. */
function errorOf(app: InstalledApp, body: string): { name: string; code: string; message: string } {
  const script = `try { ${body}; console.log(JSON.stringify({ name: 'none' })); } catch (e) { console.log(JSON.stringify({ name: e.name, code: e.code, message: e.message })); }`;
  return JSON.parse(app.node(['--input-type=module', '-e', script]));
}

describe('the packed SDK installed into a fresh app', () => {
  let app: InstalledApp;
  beforeAll(() => {
    app = installPacked();
  }, 240_000);
  afterAll(() => app?.remove());

  it('installs only its own dependencies: at most 20 packages and 45 MB', () => {
    const packages = installedPackages(app.dir);
    const bytes = diskBytes(`${app.dir}/node_modules`);
    console.log(
      `fresh install: ${packages.length} packages, ${(bytes / 1e6).toFixed(1)} MB (tarball ${(app.tarballBytes / 1e6).toFixed(2)} MB): ${packages.join(' ')}`,
    );
    expect(packages).toContain('@nexuslink/sdk');
    expect(packages.length).toBeLessThanOrEqual(20);
    expect(bytes).toBeLessThanOrEqual(45e6);
    // The heavy optional parts are not there unless the app asks for them.
    for (const optional of ['libp2p', '@libp2p/webrtc', 'sql.js', 'sodium-native', 'pkcs11js'])
      expect(packages).not.toContain(optional);
  });

  it('every entry point loads from ESM and from CommonJS', () => {
    for (const [entry, name] of Object.entries(ENTRIES)) {
      const esm = app.node([
        '--input-type=module',
        '-e',
        `const m = await import(${JSON.stringify(entry)}); console.log(typeof m.${name});`,
      ]);
      expect(esm.trim(), `import('${entry}')`).toBe('function');
      const cjs = app.node([
        '--input-type=commonjs',
        '-e',
        `console.log(typeof require(${JSON.stringify(entry)}).${name});`,
      ]);
      expect(cjs.trim(), `require('${entry}')`).toBe('function');
    }
  });

  it('an identity and its UUID work without any optional peer dependency, on node:crypto', () => {
    const out = app.node([
      '--input-type=module',
      '-e',
      `
      import { activeCryptoProvider, createIdentity, parseUuid } from '@nexuslink/sdk';
      const { identity, mnemonic } = createIdentity();
      parseUuid(identity.uuid);
      console.log(activeCryptoProvider(), mnemonic.split(' ').length);
      `,
    ]);
    // node:crypto serves the native provider when sodium-native is absent.
    expect(out.trim()).toBe('native 24');
  });

  it('p2p without libp2p: a TRANSPORT error naming the packages to install', () => {
    const err = errorOf(
      app,
      `const { startCircuitRelay } = await import('@nexuslink/sdk/p2p'); await startCircuitRelay({ listen: ['/ip4/127.0.0.1/tcp/0'] })`,
    );
    expect(err.name).toBe('NexusError');
    expect(err.code).toBe('TRANSPORT');
    expect(err.message).toContain('npm install libp2p@3.3.11 @chainsafe/libp2p-noise@17.0.0');
  });

  it('sqlJsStorage without sql.js: a STORAGE error naming it', () => {
    const err = errorOf(
      app,
      `const { sqlJsStorage } = await import('@nexuslink/sdk'); await sqlJsStorage({ key: new Uint8Array(32).fill(7), persister: { load: async () => null, save: async () => {} } })`,
    );
    expect(err.code).toBe('STORAGE');
    expect(err.message).toContain('npm install sql.js@1.17.0');
  });

  it('pkcs11KeyStore without pkcs11js: a KEYSTORE error naming it', () => {
    const err = errorOf(
      app,
      `const { pkcs11KeyStore } = await import('@nexuslink/sdk/node'); await pkcs11KeyStore({ module: '/nonexistent/libsofthsm2.so', pin: '1234' })`,
    );
    expect(err.code).toBe('KEYSTORE');
    expect(err.message).toContain('npm install pkcs11js');
  });

  it('its typings compile in a strict app under TypeScript 5.7 (the oldest supported) and 6.0, from ESM and CommonJS', () => {
    // Every entry whose typings need no optional peer dependency (./p2p needs libp2p's).
    const entries = Object.keys(ENTRIES).filter((e) => e !== '@nexuslink/sdk/p2p');
    const imports = entries
      .map((e, i) => `import * as m${i} from ${JSON.stringify(e)};`)
      .join('\n');
    const uses = `
const { identity } = m0.createIdentity();
const uuid: string = identity.uuid;
export const all = [${entries.map((_, i) => `m${i}`).join(', ')}, uuid];
`;
    writeFileSync(join(app.dir, 'esm.mts'), `${imports}\n${uses}`);
    writeFileSync(join(app.dir, 'cjs.cts'), `${imports}\n${uses}`);
    // The oldest supported TypeScript, installed beside the app (a devDependency
    // of this repository would shadow its own `tsc`), and this repository's.
    const oldest = join(app.dir, '..', 'typescript-oldest');
    mkdirSync(oldest);
    writeFileSync(join(oldest, 'package.json'), '{"private":true}');
    execFileSync('npm', ['install', '--no-audit', '--no-fund', `typescript@${OLDEST_TYPESCRIPT}`], {
      cwd: oldest,
      stdio: 'ignore',
    });
    for (const bin of [
      join(oldest, 'node_modules', 'typescript', 'bin', 'tsc'),
      join(repo, 'node_modules', 'typescript', 'bin', 'tsc'),
    ]) {
      const version = app.node([bin, '--version']).trim();
      let out = '';
      try {
        app.node([
          bin,
          '--noEmit',
          '--strict',
          '--skipLibCheck',
          'false',
          '--module',
          'nodenext',
          '--moduleResolution',
          'nodenext',
          '--target',
          'es2022',
          '--types',
          'node',
          '--typeRoots',
          join(repo, 'node_modules', '@types'),
          'esm.mts',
          'cjs.cts',
        ]);
      } catch (err) {
        out = String((err as { stdout?: string }).stdout ?? err);
      }
      expect(out, version).toBe('');
    }
  });
});
