// The relay as an operator runs it: main.ts in a child process, configured
// through the environment, on the embedded database in a data directory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { RelayClient, relayMailbox } from '@nexuslink/sdk';
import { serverBundle, startServer } from '@nexuslink/server-kit/testing';
import type { RunningServer } from '@nexuslink/server-kit/testing';
import { CONFIG_KEYS, envName } from '@nexuslink/relay-server';
import { newDevice } from './helpers.ts';

describe('relay server process', () => {
  let server: RunningServer | undefined;
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
    const file = await serverBundle('relay');
    const help = spawnSync(process.execPath, [file, '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    for (const key of Object.keys(CONFIG_KEYS)) {
      expect(help.stdout).toContain(key);
      expect(help.stdout).toContain(envName(key));
    }
    const bad = spawnSync(process.execPath, [file], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', NEXUSLINK_LIMITS_BLOB_BYTES: 'lots' },
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/limits\.blob_bytes.*integer/);
    const misspelt = spawnSync(process.execPath, [file], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', NEXUSLINK_LIMITS_BLOB_BYTE: '1' },
    });
    expect(misspelt.status).toBe(2);
    const secret = spawnSync(process.execPath, [file], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', NEXUSLINK_TURN_SECRET: 'short-secret' },
    });
    expect(secret.status).toBe(2);
    expect(secret.stderr).not.toContain('short-secret');
  });
});
