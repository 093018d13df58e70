// The endpoint proof a directory asks for (spec/directory.md §2.1), through
// app.inject: signed by the server key of GET /v1/server, over the
// directory's nonce and origin and the owner the operator named; the key
// is made once and kept in the database, the same for every instance.
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createIdentity, NexusError, verifyDirectoryProof } from '@nexuslink/sdk';
import { buildApp, Repository } from '@nexuslink/community-server';
import type { ConfigKey } from '@nexuslink/community-server';
import { freshDb, testConfig } from './helpers.ts';

const SERVER = 'https://community.test';
const owner = createIdentity().identity.uuid;
const apps: FastifyInstance[] = [];
let drops: (() => Promise<void>)[] = [];

async function start(overrides: Partial<Record<ConfigKey, unknown>>, repo?: Repository) {
  let r = repo;
  if (!r) {
    const fresh = await freshDb('sqlite');
    drops.push(fresh.drop);
    r = new Repository(fresh.db);
  }
  const { app } = await buildApp({ config: testConfig(overrides), repo: r, publicUrl: SERVER });
  apps.push(app);
  return { app, repo: r };
}

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const unhex = (s: string) => Uint8Array.from(Buffer.from(s, 'hex'));

afterEach(async () => {
  for (const a of apps.splice(0)) await a.close();
  for (const d of drops) await d();
  drops = [];
});

describe('GET /.well-known/nexuslink/directory-proof', () => {
  it('signs the nonce, the owner and the directory with the key GET /v1/server names', async () => {
    const { app } = await start({ 'server.owner': owner });
    const serverKey = (await app.inject({ method: 'GET', url: '/v1/server' })).json().data
      .serverKey;
    expect(serverKey).toMatch(/^[0-9a-f]{64}$/);
    const nonce = crypto.getRandomValues(new Uint8Array(32));
    const directory = 'https://directory.example.org';
    const res = await app.inject({
      method: 'GET',
      url: `/.well-known/nexuslink/directory-proof?nonce=${hex(nonce)}&directory=${encodeURIComponent(directory)}`,
    });
    expect(res.statusCode).toBe(200);
    const proof = res.json().data as { serverKey: string; owner: string; signature: string };
    expect(proof).toMatchObject({ serverKey, owner });
    verifyDirectoryProof(unhex(serverKey), { nonce, owner, directory }, unhex(proof.signature));
    // Not a proof for another directory (or a replay of this one to it).
    let refused: unknown;
    try {
      verifyDirectoryProof(
        unhex(serverKey),
        { nonce, owner, directory: 'https://other.example' },
        unhex(proof.signature),
      );
    } catch (err) {
      refused = err;
    }
    expect(NexusError.is(refused, 'BAD_SIGNATURE')).toBe(true);
  });

  it('bad input gets the typed error; a server without an owner cannot be listed', async () => {
    const { app } = await start({ 'server.owner': owner });
    const nonce = '00'.repeat(32);
    for (const url of [
      `/.well-known/nexuslink/directory-proof?nonce=${nonce.slice(1)}&directory=https%3A%2F%2Fd.example`,
      `/.well-known/nexuslink/directory-proof?nonce=${nonce}&directory=https%3A%2F%2Fd.example%2Fpath`,
      `/.well-known/nexuslink/directory-proof?nonce=${nonce}&directory=http%3A%2F%2Fd.example`,
      `/.well-known/nexuslink/directory-proof?nonce=${nonce}`,
    ]) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.code, url).toBe('INVALID_ARGUMENT');
    }
    const { app: ownerless } = await start({});
    const res = await ownerless.inject({
      method: 'GET',
      url: `/.well-known/nexuslink/directory-proof?nonce=${nonce}&directory=https%3A%2F%2Fd.example`,
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toContain('server.owner');
  });

  it('the key is made once: a restart, and a second instance on the same database, keep it', async () => {
    const first = await start({ 'server.owner': owner });
    const key = async (app: FastifyInstance) =>
      (await app.inject({ method: 'GET', url: '/v1/server' })).json().data.serverKey as string;
    const k1 = await key(first.app);
    const second = await start({ 'server.owner': owner }, first.repo);
    expect(await key(second.app)).toBe(k1);
    const other = await start({ 'server.owner': owner });
    expect(await key(other.app)).not.toBe(k1);
  });
});
