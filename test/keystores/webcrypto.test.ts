import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { keyStoreComplianceSuite } from '../../src/testing/index.js';
import { webCryptoKeyStore } from '../../src/keystores/webcrypto.js';
import type { WebCryptoKeyRecord } from '../../src/keystores/webcrypto.js';
import { verifySignature } from '../../src/identity/signing.js';
import { NexusError } from '../../src/interfaces/errors.js';

/** The real `crypto.subtle`, except that Ed25519 key generation fails as on a platform without it. */
function subtleWithoutEd25519(): SubtleCrypto {
  const real = globalThis.crypto.subtle;
  return new Proxy(real, {
    get(target, prop) {
      if (prop === 'generateKey') {
        return (algorithm: AlgorithmIdentifier, extractable: boolean, usages: KeyUsage[]) => {
          const name = typeof algorithm === 'string' ? algorithm : algorithm.name;
          if (name.toLowerCase() === 'ed25519') {
            return Promise.reject(
              new DOMException('Unrecognized algorithm name', 'NotSupportedError'),
            );
          }
          return target.generateKey(algorithm, extractable, usages);
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function'
        ? (value as (...args: unknown[]) => unknown).bind(target)
        : value;
    },
  });
}

keyStoreComplianceSuite(
  { describe, it },
  {
    name: 'webCryptoKeyStore',
    create: async () => webCryptoKeyStore(),
    supportsExtractable: false,
  },
);

keyStoreComplianceSuite(
  { describe, it },
  {
    name: 'webCryptoKeyStore without Ed25519 (P-256 fallback)',
    create: async () => webCryptoKeyStore({ subtle: subtleWithoutEd25519() }),
    supportsExtractable: false,
  },
);

describe('webCryptoKeyStore', () => {
  it('uses Ed25519 on Node and keeps the private key non-extractable', async () => {
    const records: WebCryptoKeyRecord[][] = [];
    const store = webCryptoKeyStore({ onChange: (keys) => void records.push(keys) });
    expect(await store.supportedAlgorithms()).toEqual(['ed25519', 'p256']);
    const key = await store.createKey();
    expect(key.algorithm).toBe('ed25519');
    const record = records.at(-1)?.[0];
    expect(record?.keyPair.privateKey.extractable).toBe(false);
    expect(record?.keyPair.privateKey.type).toBe('private');
  });

  it('falls back to P-256 when the platform lacks Ed25519', async () => {
    const store = webCryptoKeyStore({ subtle: subtleWithoutEd25519() });
    expect(await store.supportedAlgorithms()).toEqual(['p256']);
    const key = await store.createKey({ label: 'fallback' });
    expect(key.algorithm).toBe('p256');
    expect(key.publicKey).toMatchObject({ algorithm: 'p256' });
    expect(key.publicKey.bytes).toHaveLength(33);
    await expect(store.createKey({ algorithms: ['ed25519'] })).rejects.toMatchObject({
      code: 'UNSUPPORTED_ALGORITHM',
    });
    for (const k of await store.listKeys()) expect(k.algorithm).toBe('p256');
    const message = new Uint8Array([1, 2, 3]);
    expect(verifySignature(key.publicKey, message, await store.sign(key.id, message))).toBe(true);
  });

  it('refuses extractable keys and never exports', async () => {
    const store = webCryptoKeyStore();
    await expect(store.createKey({ extractable: true })).rejects.toMatchObject({
      code: 'KEY_NOT_EXTRACTABLE',
    });
    const key = await store.createKey();
    await expect(store.exportPrivateKey(key.id)).rejects.toMatchObject({
      code: 'KEY_NOT_EXTRACTABLE',
    });
    await expect(store.exportPrivateKey('nope')).rejects.toMatchObject({ code: 'KEY_NOT_FOUND' });
  });

  it('restores keys from persisted records and signs with them', async () => {
    let saved: WebCryptoKeyRecord[] = [];
    const first = webCryptoKeyStore({ onChange: (keys) => void (saved = keys) });
    const ed = await first.createKey({ algorithms: ['ed25519'], label: 'ed' });
    const p = await first.createKey({ algorithms: ['p256'], label: 'p' });
    const gone = await first.createKey({ label: 'gone' });
    await first.deleteKey(gone.id);
    expect(saved.map((r) => r.id)).toEqual([ed.id, p.id]);

    // structuredClone is what IndexedDB does to the records.
    const second = webCryptoKeyStore({ keys: structuredClone(saved) });
    expect((await second.listKeys()).map((k) => k.label)).toEqual(['ed', 'p']);
    for (const key of [ed, p]) {
      expect((await second.getKey(key.id))?.publicKey.bytes).toEqual(key.publicKey.bytes);
      const message = new TextEncoder().encode(`hello ${key.label}`);
      expect(verifySignature(key.publicKey, message, await second.sign(key.id, message))).toBe(
        true,
      );
    }
  });

  it('rejects bad records', () => {
    const record = {
      id: 'x',
      algorithm: 'ed25519',
      label: '',
      publicKey: new Uint8Array(32),
    } as unknown as WebCryptoKeyRecord;
    expect(() => webCryptoKeyStore({ keys: [record] })).toThrow(NexusError);
  });

  it('wraps platform failures as KEYSTORE and persistence failures as KEYSTORE', async () => {
    const broken = new Proxy(globalThis.crypto.subtle, {
      get(target, prop) {
        if (prop === 'sign')
          return () => Promise.reject(new DOMException('boom', 'OperationError'));
        const value: unknown = Reflect.get(target, prop, target);
        return typeof value === 'function'
          ? (value as (...args: unknown[]) => unknown).bind(target)
          : value;
      },
    });
    const store = webCryptoKeyStore({ subtle: broken });
    const key = await store.createKey();
    const err: unknown = await store.sign(key.id, new Uint8Array(1)).catch((e: unknown) => e);
    expect(NexusError.is(err, 'KEYSTORE')).toBe(true);
    expect((err as Error).cause).toBeInstanceOf(DOMException);

    const failing = webCryptoKeyStore({ onChange: () => Promise.reject(new Error('disk full')) });
    await expect(failing.createKey()).rejects.toMatchObject({ code: 'KEYSTORE' });
  });

  it('prints only a key count', async () => {
    const store = webCryptoKeyStore();
    await store.createKey();
    expect(String(store)).toBe('WebCryptoKeyStore(1 keys)');
    expect(inspect(store)).toBe('WebCryptoKeyStore(1 keys)');
    expect(JSON.stringify(store)).toBe('{"kind":"webcrypto","keys":1}');
  });
});
