import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NexusError } from '../../src/index.js';
import type { Storage } from '../../src/index.js';
import { sqliteStorage } from '../../src/node.js';
import { storageComplianceSuite } from '../../src/testing/index.js';

const dir = mkdtempSync(join(tmpdir(), 'nexuslink-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const KEY = new Uint8Array(32).fill(3);
const paths = new WeakMap<Storage, string>();

async function open(path: string, key = KEY, durability: 'full' | 'normal' = 'full') {
  const storage = await sqliteStorage({ path, key, durability });
  paths.set(storage, path);
  return storage;
}

for (const durability of ['full', 'normal'] as const)
  storageComplianceSuite(
    { describe, it },
    {
      name: `sqliteStorage (durability ${durability})`,
      create: () => open(join(dir, `c${n++}.db`), KEY, durability),
      reopen: async (storage) => {
        await storage.close();
        return open(paths.get(storage)!, KEY, durability);
      },
    },
  );

const rejection = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e,
  );

describe('sqliteStorage', () => {
  it('the database and its WAL hold only ciphertext', async () => {
    const path = join(dir, 'secret.db');
    const s = await open(path);
    await s.write(async (tx) => {
      await tx.put('contacts', 'alice-contact-key', new TextEncoder().encode('PLAINTEXT-MARKER'));
      await tx.put('messages', 'conv/1', Uint8Array.of(1));
      await tx.index('conv/1', 'zebrafish marmalade');
    });
    // Inspect while open: the WAL holds the newest pages.
    for (const file of readdirSync(dir).filter((f) => f.startsWith('secret.db'))) {
      const bytes = readFileSync(join(dir, file));
      for (const marker of ['PLAINTEXT-MARKER', 'alice-contact-key', 'zebrafish', 'SQLite format'])
        expect(bytes.includes(marker), `${file}: ${marker}`).toBe(false);
    }
    await s.close();
  });

  it('a wrong key is WRONG_KEY and destroys nothing', async () => {
    const path = join(dir, 'wrong.db');
    const s = await open(path);
    await s.write((tx) => tx.put('sessions', 'x', Uint8Array.of(1, 2)));
    await s.close();
    const before = readFileSync(path);
    const err = await rejection(open(path, new Uint8Array(32).fill(4)));
    expect(NexusError.is(err, 'WRONG_KEY')).toBe(true);
    expect(readFileSync(path).equals(before)).toBe(true);
    const again = await open(path);
    expect(await again.read((tx) => tx.get('sessions', 'x'))).toEqual(Uint8Array.of(1, 2));
    await again.close();
  });

  it('bad options are INVALID_ARGUMENT', async () => {
    for (const o of [
      { path: '', key: KEY },
      { path: ':memory:', key: KEY },
      { path: join(dir, 'x.db'), key: new Uint8Array(8) },
      { path: join(dir, 'x.db'), key: KEY, durability: 'sometimes' as 'full' },
    ])
      expect(NexusError.is(await rejection(sqliteStorage(o)), 'INVALID_ARGUMENT')).toBe(true);
  });
});
