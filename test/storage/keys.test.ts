import { describe, expect, it } from 'vitest';
import {
  createStorageKey,
  memoryStorage,
  NexusError,
  openStorageKey,
  sealStorageKey,
  sqlJsStorage,
} from '../../src/index.js';
import type { ImagePersister } from '../../src/index.js';

const kdf = { memoryKib: 8192, iterations: 1, parallelism: 1 };
const rejection = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e,
  );

describe('storage keys', () => {
  it('a passphrase-sealed key opens with the passphrase and unlocks the storage', async () => {
    const key = createStorageKey();
    expect(key).toHaveLength(32);
    const file = await sealStorageKey(key, 'pass phrase', { kdf });
    let image: Uint8Array | null = null;
    const persister: ImagePersister = {
      load: async () => image,
      save: async (i) => void (image = i.slice()),
    };
    const storage = await sqlJsStorage({ key, persister });
    await storage.write((tx) => tx.put('contacts', 'c', Uint8Array.of(1)));
    await storage.close();

    const reopened = await sqlJsStorage({
      key: await openStorageKey(file, 'pass phrase'),
      persister,
    });
    expect(await reopened.read((tx) => tx.get('contacts', 'c'))).toEqual(Uint8Array.of(1));
    await reopened.close();
  });

  it('wrong passphrase is WRONG_PASSPHRASE; changing the passphrase keeps the key', async () => {
    const key = createStorageKey();
    const file = await sealStorageKey(key, 'old', { kdf });
    expect(NexusError.is(await rejection(openStorageKey(file, 'new')), 'WRONG_PASSPHRASE')).toBe(
      true,
    );
    const rewrapped = await sealStorageKey(await openStorageKey(file, 'old'), 'new', { kdf });
    expect(await openStorageKey(rewrapped, 'new')).toEqual(key);
  });

  it('bad input is a typed error', async () => {
    expect(
      NexusError.is(
        await rejection(sealStorageKey(new Uint8Array(31), 'p', { kdf })),
        'INVALID_ARGUMENT',
      ),
    ).toBe(true);
    expect(
      NexusError.is(
        await rejection(sealStorageKey(createStorageKey(), '', { kdf })),
        'INVALID_ARGUMENT',
      ),
    ).toBe(true);
    expect(
      NexusError.is(
        await rejection(sealStorageKey(createStorageKey(), 'p', { kdf: { ...kdf, memoryKib: 1 } })),
        'INVALID_ARGUMENT',
      ),
    ).toBe(true);
    expect(
      NexusError.is(await rejection(openStorageKey(Uint8Array.of(1, 2, 3), 'p')), 'MALFORMED'),
    ).toBe(true);
    expect(memoryStorage().adapter).toBe('memory');
  });
});
