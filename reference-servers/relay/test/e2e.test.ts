// The relay as an operator runs it: `node reference-servers/relay/src/main.ts`
// (README "Run it") in a child process on Node 24, configured through the
// environment, on the embedded database in a data directory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { NexusError, RelayClient, relayMailbox } from '@nexuslink/sdk';
import { repoRoot } from '@nexuslink/server-kit/testing';
import { CONFIG_KEYS, envName } from '@nexuslink/relay-server';
import { newDevice, testConfig } from './helpers.ts';
import { runRelay, startRelay } from './process.ts';
import type { RelayProcess } from './process.ts';

const startServer = (env: Record<string, string>, _name: 'relay') => startRelay(env);

describe('relay server process', () => {
  let server: RelayProcess | undefined;
  afterEach(async () => {
    await server?.stop('SIGKILL');
    server = undefined;
  });

  it('keeps blobs across a restart, expires them in the background, and shuts down gracefully', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'nexuslink-relay-'));
    const env = {
      NEXUSLINK_SERVER_DATA_DIR: dataDir,
      NEXUSLINK_EXPIRY_INTERVAL_MS: '200',
      NEXUSLINK_LIMITS_DEFAULT_TTL_S: '60',
    };
    server = await startServer(env, 'relay');
    const alice = await newDevice('alice');
    const bob = await newDevice('bob');
    const box = relayMailbox({ uuid: bob.uuid, deviceId: bob.device.deviceId });
    const a = new RelayClient({ url: server.url, device: alice.device, uuid: alice.uuid });
    await a.put(box, new Uint8Array([1, 2, 3]), { ttlSeconds: 3600 });
    await a.put(box, new Uint8Array([4]), { ttlSeconds: 60 });
    // SIGTERM: a graceful stop exits 0; the blobs were committed before the 201.
    expect(await server.stop('SIGTERM')).toBe(0);
    server = await startServer(
      { ...env, NEXUSLINK_SERVER_PORT: new URL(server.url).port },
      'relay',
    );
    const b = new RelayClient({ url: server.url, device: bob.device, uuid: bob.uuid });
    const held = await b.held();
    expect(held.map((h) => [...h.blob])).toEqual([[1, 2, 3], [4]]);
    expect(await b.ack([held[0]!.id])).toBe(1);
    expect((await b.held()).map((h) => [...h.blob])).toEqual([[4]]);
    // SIGKILL loses nothing that was acknowledged to the sender.
    await server.stop('SIGKILL');
    server = await startServer(
      { ...env, NEXUSLINK_SERVER_PORT: new URL(server.url).port },
      'relay',
    );
    expect((await b.held()).length).toBe(1);
    const health = await fetch(`${server.url}/readyz`);
    expect(((await health.json()) as { ok: boolean }).ok).toBe(true);
    // The expiry task (every 200 ms here) deletes a blob past its TTL from the database.
    await a.put(box, new Uint8Array([5]), { ttlSeconds: 1 });
    const rows = () => {
      const db = new DatabaseSync(join(dataDir, 'relay.db'), { readOnly: true });
      try {
        return Number((db.prepare('SELECT count(*) AS n FROM blobs').get() as { n: number }).n);
      } finally {
        db.close();
      }
    };
    expect(rows()).toBe(2);
    await expect.poll(rows, { timeout: 5000, interval: 100 }).toBe(1);
  });

  it('a login to a relay dialled by another name than its own says so, with both URLs', async () => {
    server = await startServer(
      { NEXUSLINK_SERVER_DATA_DIR: mkdtempSync(join(tmpdir(), 'nexuslink-relay-')) },
      'relay',
    );
    const own = new URL(server.url);
    const dialled = `http://localhost:${own.port}`;
    const alice = await newDevice('alice');
    const err = await new RelayClient({ url: dialled, device: alice.device, uuid: alice.uuid })
      .login()
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(NexusError.is(err, 'INVALID_ARGUMENT'), String(err)).toBe(true);
    expect((err as NexusError).message).toContain(dialled);
    expect((err as NexusError).details.serverUrl).toBe(own.origin);
    await new RelayClient({ url: own.origin, device: alice.device, uuid: alice.uuid }).login();
  });

  it('runs a circuit relay whose PeerId survives restarts, and lists it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'nexuslink-relay-'));
    const env = {
      NEXUSLINK_SERVER_DATA_DIR: dataDir,
      NEXUSLINK_CIRCUIT_ENABLED: 'true',
      NEXUSLINK_CIRCUIT_LISTEN: '/ip4/127.0.0.1/tcp/0',
    };
    server = await startServer(env, 'relay');
    const info = async () => {
      const res = await fetch(`${server!.url}/v1/relay`);
      return ((await res.json()) as { data: { circuitRelay: string[] } }).data;
    };
    const first = await info();
    expect(first.circuitRelay[0]).toMatch(/^\/ip4\/127\.0\.0\.1\/tcp\/\d+\/p2p\/12D3KooW/);
    const peerId = first.circuitRelay[0]!.split('/p2p/')[1];
    expect(await server.stop('SIGTERM')).toBe(0);
    server = await startServer(env, 'relay');
    expect((await info()).circuitRelay[0]!.split('/p2p/')[1]).toBe(peerId);
  });

  it('--help lists every key; a bad configuration exits 2 naming the key', async () => {
    const help = await runRelay(['--help']);
    expect(help.stderr).toBe('');
    expect(help.status).toBe(0);
    for (const key of Object.keys(CONFIG_KEYS)) {
      expect(help.stdout).toContain(key);
      expect(help.stdout).toContain(envName(key));
    }
    const bad = await runRelay([], { NEXUSLINK_LIMITS_BLOB_BYTES: 'lots' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/limits\.blob_bytes.*integer/);
    const misspelt = await runRelay([], { NEXUSLINK_LIMITS_BLOB_BYTE: '1' });
    expect(misspelt.status).toBe(2);
    const secret = await runRelay([], { NEXUSLINK_TURN_SECRET: 'short-secret' });
    expect(secret.status).toBe(2);
    expect(secret.stderr).not.toContain('short-secret');
  });

  it('starts as the README says on this Node: the script, npm start -w and the bin', async () => {
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24);
    // Node runs the relay's and the kit's sources with type stripping only:
    // no parameter properties, enums or namespaces (ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX).
    const root = repoRoot();
    for (const dir of ['reference-servers/relay/src', 'reference-servers/kit/src'])
      for (const file of readdirSync(join(root, dir)).filter((f) => f.endsWith('.ts')))
        expect(() =>
          stripTypeScriptTypes(readFileSync(join(root, dir, file), 'utf8')),
        ).not.toThrow();
    // The SDK comes from its build (README: `npm run build`; the global set-up).
    const env = { PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH ?? ''}` };
    const npm = spawnSync(
      'npm',
      ['start', '--silent', '-w', 'reference-servers/relay', '--', '--help'],
      {
        cwd: root,
        encoding: 'utf8',
        env,
        timeout: 30_000,
      },
    );
    expect(npm.stderr).not.toMatch(/ERR_|Error/);
    expect(npm.stdout).toContain('nexuslink-relay [serve] [--config FILE]');
    const bin = spawnSync(join(root, 'node_modules/.bin/nexuslink-relay'), ['--help'], {
      cwd: root,
      encoding: 'utf8',
      env,
      timeout: 30_000,
    });
    expect(bin.stderr).toBe('');
    expect(bin.stdout).toContain('nexuslink-relay [serve] [--config FILE]');
  });

  it('listens on loopback by default, the circuit relay as the HTTP API', () => {
    const config = testConfig();
    expect(config['server.host']).toBe('127.0.0.1');
    expect(config['circuit.listen']).toEqual(['/ip4/127.0.0.1/tcp/4001']);
  });
});
