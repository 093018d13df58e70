import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { NexusError } from '../../src/index.js';
import {
  createStorageKey,
  softwareKeyStore,
  unwrapStorageKey,
  wrapStorageKey,
} from '../../src/index.js';
import { pkcs11KeyStore } from '../../src/node.js';
import { softHsm } from '../softhsm.js';
import { requires } from '../support/system-tools.js';

const rejection = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e,
  );
const code = async (p: Promise<unknown>) => ((await rejection(p)) as NexusError | null)?.code;

describe('storage key wrapped by a device key', () => {
  it('an Ed25519 key of a software key store wraps and unwraps it', async () => {
    const keyStore = softwareKeyStore();
    const { id } = await keyStore.createKey({ algorithms: ['ed25519'] });
    const key = createStorageKey();
    const file = await wrapStorageKey(key, { keyStore, keyId: id });
    expect(file.length).toBeLessThan(200);
    expect(await unwrapStorageKey(file, { keyStore, keyId: id })).toEqual(key);
    // Every wrap is different (salt, nonce); each unwraps.
    const again = await wrapStorageKey(key, { keyStore, keyId: id });
    expect(again).not.toEqual(file);
    expect(await unwrapStorageKey(again, { keyStore, keyId: id })).toEqual(key);
  });

  it('refuses P-256 keys, other keys, missing keys, altered and malformed files with typed errors', async () => {
    const keyStore = softwareKeyStore();
    const ed = (await keyStore.createKey({ algorithms: ['ed25519'] })).id;
    const other = (await keyStore.createKey({ algorithms: ['ed25519'] })).id;
    const p256 = (await keyStore.createKey({ algorithms: ['p256'] })).id;
    const key = createStorageKey();
    expect(await code(wrapStorageKey(key, { keyStore, keyId: p256 }))).toBe(
      'UNSUPPORTED_ALGORITHM',
    );
    expect(await code(wrapStorageKey(key, { keyStore, keyId: 'nope' }))).toBe('KEY_NOT_FOUND');
    expect(await code(wrapStorageKey(new Uint8Array(5), { keyStore, keyId: ed }))).toBe(
      'INVALID_ARGUMENT',
    );
    const file = await wrapStorageKey(key, { keyStore, keyId: ed });
    expect(await code(unwrapStorageKey(file, { keyStore, keyId: other }))).toBe('WRONG_KEY');
    expect(await code(unwrapStorageKey(file, { keyStore, keyId: 'nope' }))).toBe('KEY_NOT_FOUND');
    for (const at of [45, file.length - 1]) {
      // 45: inside the salt; the end: the wrapped key.
      const bad = file.slice();
      bad[at]! ^= 1;
      expect(await code(unwrapStorageKey(bad, { keyStore, keyId: ed })), `byte ${at}`).toBe(
        'WRONG_KEY',
      );
    }
    expect(await code(unwrapStorageKey(Uint8Array.of(1, 2), { keyStore, keyId: ed }))).toBe(
      'MALFORMED',
    );
  });

  requires('softhsm').it(
    'a hardware Ed25519 key (SoftHSM over PKCS#11) wraps it, and unwraps it after a reopen',
    async () => {
      const hsm = softHsm();
      try {
        hsm.initToken('wrap', '1234');
        const open = () => pkcs11KeyStore({ module: hsm.module, tokenLabel: 'wrap', pin: '1234' });
        const first = await open();
        const { id } = await first.createKey({ algorithms: ['ed25519'], label: 'storage' });
        const key = createStorageKey();
        const file = await wrapStorageKey(key, { keyStore: first, keyId: id });
        await first.close();
        const second = await open();
        expect(await unwrapStorageKey(file, { keyStore: second, keyId: id })).toEqual(key);
        await second.close();
      } finally {
        rmSync(hsm.dir, { recursive: true, force: true });
      }
    },
  );
});
