// Databases written by earlier versions of the SDK must open in this one
// (spec/storage.md §2). The fixtures are written once per format version by
// scripts/storage-fixtures.ts and never regenerated; tests open copies.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStorageKey, sqlJsStorage } from '../../src/index.js';
import type { Storage } from '../../src/index.js';
import { fileImagePersister, sqliteStorage } from '../../src/node.js';
import { repoPath } from '../helpers.js';

const work = mkdtempSync(join(tmpdir(), 'nexuslink-fixtures-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const versions = readdirSync(repoPath('test/fixtures/storage')).sort();
const text = (b: Uint8Array | null) => (b === null ? null : new TextDecoder().decode(b));

async function expectFixtureContents(storage: Storage): Promise<void> {
  await storage.read(async (tx) => {
    expect(text(await tx.get('local', 'format'))).toBe('fixture');
    expect(await tx.get('sessions', 'uuid-a/00112233445566778899aabbccddeeff')).toEqual(
      Uint8Array.of(1, 2, 3),
    );
    expect(await tx.get('prekeys', 'one-time/7')).toEqual(new Uint8Array(0));
    expect(text(await tx.get('contacts', 'alice'))).toBe('Alice');
    const messages = await tx.list('messages', { prefix: 'conversation-1/', reverse: true });
    expect(messages.map((m) => text(m.value))).toEqual(['message 3', 'message 2', 'message 1']);
    expect((await tx.search('café')).map((h) => h.key)).toEqual([
      'conversation-1/0000000000000002/m2',
    ]);
  });
  // And it takes new writes.
  await storage.write((tx) => tx.put('contacts', 'bob', Uint8Array.of(1)));
  expect(await storage.read((tx) => tx.get('contacts', 'bob'))).toEqual(Uint8Array.of(1));
}

describe('storage fixtures from earlier versions', () => {
  it('there is a fixture for format version 1, with a sql.js journal', () => {
    expect(versions).toContain('v1');
    expect(existsSync(repoPath('test/fixtures/storage/v1/sqljs.nxls.journal'))).toBe(true);
  });

  for (const version of versions) {
    const dir = repoPath(`test/fixtures/storage/${version}`);
    const key = () => openStorageKey(readFileSync(join(dir, 'storage.key')), 'fixture passphrase');

    it(`${version}: the sql.js image opens and holds its records`, async () => {
      const copy = join(work, `${version}.nxls`);
      copyFileSync(join(dir, 'sqljs.nxls'), copy);
      if (existsSync(join(dir, 'sqljs.nxls.journal')))
        copyFileSync(join(dir, 'sqljs.nxls.journal'), `${copy}.journal`);
      const storage = await sqlJsStorage({ key: await key(), persister: fileImagePersister(copy) });
      await expectFixtureContents(storage);
      await storage.close();
    });

    it(`${version}: the SQLite database opens and holds its records`, async () => {
      const copy = join(work, `${version}.db`);
      copyFileSync(join(dir, 'sqlite.db'), copy);
      const storage = await sqliteStorage({ path: copy, key: await key() });
      await expectFixtureContents(storage);
      await storage.close();
    });
  }
});
