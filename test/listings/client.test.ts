// The directory client's own checks, with no directory: bad arguments are
// INVALID_ARGUMENT before anything is sent, a challenge this client will
// not solve is refused, and a listing that is not what its owner signed is
// caught offline.
import { describe, expect, it } from 'vitest';
import {
  createCommunityRegistration,
  createDevice,
  DirectoryClient,
  memoryStorage,
  NexusError,
  SigningKeyPair,
  solveDirectoryPow,
} from '../../src/index.js';
import type { DirectoryCommunity } from '../../src/index.js';

const code = async (fn: () => unknown) => {
  try {
    await fn();
  } catch (err) {
    if (err instanceof NexusError) return err.code;
    throw err;
  }
  return 'accepted';
};

describe('DirectoryClient without a directory', () => {
  const unreachable: typeof fetch = async () => {
    throw new Error('nothing may be sent');
  };
  const client = new DirectoryClient({ url: 'https://directory.example.org/', fetch: unreachable });

  it('refuses bad arguments before sending anything', async () => {
    expect(client.url).toBe('https://directory.example.org');
    for (const bad of [
      () => new DirectoryClient({ url: 'ftp://x' }),
      () => new DirectoryClient({ url: 'https://x/path' }),
      () => client.search({ q: '' }),
      () => client.search({ q: 'x'.repeat(201) }),
      () => client.search({ tags: ['Rust'] }),
      () => client.search({ tags: Array.from({ length: 9 }, (_, i) => `t${i}`) }),
      () => client.search({ limit: 0 }),
      () => client.search({ limit: 101 }),
      () => client.get('not-a-uuid'),
      () => client.deregister('../admin', { device: {} as never }),
    ])
      expect(await code(bad)).toBe('INVALID_ARGUMENT');
  });

  it('solves a challenge as ALTCHA v2 does, and refuses one it should not spend on', async () => {
    // A challenge whose key prefix is that of counter 3: PBKDF2-SHA256(nonce || 3, salt, 2, 32).
    const nonce = '00112233445566778899aabbccddeeff';
    const salt = 'ffeeddccbbaa99887766554433221100';
    const password = new Uint8Array([...Buffer.from(nonce, 'hex'), 0, 0, 0, 3]);
    const key = await crypto.subtle.importKey('raw', password, 'PBKDF2', false, ['deriveBits']);
    const derived = new Uint8Array(
      await crypto.subtle.deriveBits(
        { name: 'PBKDF2', hash: 'SHA-256', salt: Buffer.from(salt, 'hex'), iterations: 2 },
        key,
        256,
      ),
    );
    const parameters = {
      algorithm: 'PBKDF2/SHA-256',
      nonce,
      salt,
      cost: 2,
      keyLength: 32,
      keyPrefix: Buffer.from(derived.slice(0, 16)).toString('hex'),
    };
    const payload = JSON.parse(
      Buffer.from(await solveDirectoryPow({ parameters, signature: 'ab' }), 'base64').toString(),
    );
    expect(payload.solution).toEqual({
      counter: 3,
      derivedKey: Buffer.from(derived).toString('hex'),
    });
    expect(payload.challenge).toEqual({ parameters, signature: 'ab' });
    for (const bad of [
      { parameters: { ...parameters, algorithm: 'SHA-256' } },
      { parameters: { ...parameters, cost: 10_000_000 } },
      { parameters: { ...parameters, keyPrefix: 'xyz' } },
      null,
    ])
      expect(await code(() => solveDirectoryPow(bad))).toBe('INVALID_ARGUMENT');
    // Not solved in time: RATE_LIMITED, not a hang.
    expect(
      await code(() =>
        solveDirectoryPow(
          { parameters: { ...parameters, keyPrefix: '00'.repeat(16), cost: 1 } },
          50,
        ),
      ),
    ).toBe('RATE_LIMITED');
  });

  it('verify catches a listing that is not what its owner signed', async () => {
    const { device } = await createDevice({ storage: memoryStorage(), displayName: 'owner' });
    const serverKey = SigningKeyPair.generate().publicKey.bytes;
    const registration = await createCommunityRegistration({
      device,
      name: 'Honest',
      language: 'en',
      endpoint: 'https://chat.example.org',
      serverKey,
      revision: 1,
    });
    const listing: DirectoryCommunity = {
      id: '01900000-0000-7000-8000-000000000001',
      owner: device.uuid,
      name: 'Honest',
      description: '',
      tags: [],
      language: 'en',
      endpoint: 'https://chat.example.org',
      serverKey: Buffer.from(serverKey).toString('hex'),
      revision: 1,
      registration: Buffer.from(registration).toString('base64'),
      memberCount: 0,
      status: 'online',
      createdAt: 0,
      updatedAt: 0,
      lastActiveAt: 0,
      health: { latencyMs: null, successRate: null, checks: 0, checkedAt: null },
    };
    expect(client.verify(listing).owner).toBe(device.uuid);
    for (const change of [
      { endpoint: 'https://evil.example.org' },
      { owner: 'someone else' },
      { serverKey: '00'.repeat(32) },
      { revision: 2 },
    ])
      expect(await code(() => client.verify({ ...listing, ...change }))).toBe('MALFORMED');
    expect(await code(() => client.verify({ ...listing, registration: '!!' }))).toBe('MALFORMED');
  });
});
