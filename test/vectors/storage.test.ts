import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NexusError, openStorageKey, softwareKeyStore, unwrapStorageKey } from '../../src/index.js';
import { createNativeProvider } from '../../src/primitives/native.js';
import { crypto, portableProvider, setCryptoProvider } from '../../src/primitives/provider.js';
import { openImage, openJournalEntry } from '../../src/storage/image.js';
import { storageVectors } from '../../scripts/vectors/storage.js';
import { hex, readJson, repoPath, unhex } from '../helpers.js';

type Case = Record<string, unknown> & { description: string; error?: string; result?: unknown };
const load = (name: string) => readJson<{ cases: Case[] }>(`test-vectors/storage/${name}`).cases;

async function outcome(c: Case, fn: () => unknown): Promise<void> {
  let value: unknown;
  let thrown: unknown;
  try {
    value = await fn();
  } catch (err) {
    thrown = err;
  }
  if (c.error !== undefined) {
    expect(thrown, c.description).toBeInstanceOf(NexusError);
    expect((thrown as NexusError).code, c.description).toBe(c.error);
  } else {
    expect(thrown, c.description).toBeUndefined();
    expect(value, c.description).toEqual(c.result);
  }
}

describe('storage vectors (test-vectors/storage)', () => {
  it('regenerating the vectors reproduces every file byte for byte', async () => {
    for (const [name, content] of Object.entries(await storageVectors()))
      expect(readFileSync(repoPath(`test-vectors/${name}`), 'utf8'), name).toBe(
        JSON.stringify(content, null, 2) + '\n',
      );
  });

  for (const provider of [portableProvider, createNativeProvider()!]) {
    it(`image, journal, key-file and device-key-wrap vectors with the ${provider.name} provider`, async () => {
      const previous = crypto();
      setCryptoProvider(provider);
      try {
        for (const c of load('image.json'))
          await outcome(c, () => ({
            image: hex(openImage(unhex(c.key as string), unhex(c.file as string))),
          }));
        for (const c of load('journal.json'))
          await outcome(c, () => {
            const { seq, changes } = openJournalEntry(
              unhex(c.key as string),
              unhex(c.entry as string),
            );
            return { seq, changes: hex(changes) };
          });
        for (const c of load('device-key-wrap.json')) {
          const keyStore = softwareKeyStore({
            keys: [
              {
                id: 'device',
                algorithm: 'ed25519',
                privateKey: c.device_seed as string,
                extractable: false,
                label: '',
              },
            ],
          });
          await outcome(c, async () => ({
            key: hex(
              await unwrapStorageKey(unhex(c.file as string), { keyStore, keyId: 'device' }),
            ),
          }));
        }
        for (const c of load('key-file.json'))
          await outcome(c, async () => ({
            key: hex(await openStorageKey(unhex(c.file as string), c.passphrase as string)),
          }));
      } finally {
        setCryptoProvider(previous);
      }
    });
  }
});
