import { describe, expect, it } from 'vitest';
import { keyStoreComplianceSuite } from '../../src/testing/index.js';
import { softwareKeyStore } from '../../src/keystores/software.js';
import type { SoftwareKeyRecord } from '../../src/keystores/software.js';

keyStoreComplianceSuite(
  { describe, it },
  {
    name: 'softwareKeyStore',
    create: async () => softwareKeyStore(),
    supportsExtractable: true,
  },
);

describe('softwareKeyStore persistence', () => {
  it('a key whose persistence fails is not kept', async () => {
    const store = softwareKeyStore({
      onChange: () => {
        throw new Error('disk full');
      },
    });
    await expect(store.createKey()).rejects.toMatchObject({ code: 'KEYSTORE' });
    expect(await store.listKeys()).toEqual([]);
  });

  it('keys survive a round trip through onChange records', async () => {
    let saved: SoftwareKeyRecord[] = [];
    const store = softwareKeyStore({ onChange: (keys) => void (saved = keys) });
    const key = await store.createKey({ algorithms: ['p256'] });
    const reopened = softwareKeyStore({ keys: saved });
    const sig = await reopened.sign(key.id, new Uint8Array([1]));
    expect(sig).toHaveLength(64);
    expect((await reopened.getKey(key.id))?.publicKey.bytes).toEqual(key.publicKey.bytes);
  });
});
