/**
 * Writes the storage fixtures in test/fixtures/storage/: one database per
 * durable adapter, written by this version of the SDK, with known records.
 * Run once per storage format version (`node scripts/run-ts.mjs
 * scripts/storage-fixtures.ts v1`) and commit the files; they are never
 * regenerated, because every later version must still open them
 * (test/storage/fixtures.test.ts).
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sealStorageKey, sqlJsStorage } from '../src/index.js';
import type { StorageWriter } from '../src/index.js';
import { fileImagePersister, sqliteStorage } from '../src/node.js';

const version = process.argv[2];
if (!version || !/^v\d+$/.test(version)) throw new Error('usage: storage-fixtures.ts v<N>');
const dir = join('test/fixtures/storage', version);
if (existsSync(dir)) throw new Error(`${dir} exists: fixtures are written once and kept`);
mkdirSync(dir, { recursive: true });

/** The key of every fixture: bytes 0..31. */
const key = Uint8Array.from({ length: 32 }, (_, i) => i);
const text = (s: string) => new TextEncoder().encode(s);

async function fill(tx: StorageWriter): Promise<void> {
  await tx.put('local', 'format', text('fixture'));
  await tx.put('sessions', 'uuid-a/00112233445566778899aabbccddeeff', Uint8Array.of(1, 2, 3));
  await tx.put('prekeys', 'one-time/7', new Uint8Array(0));
  await tx.put('contacts', 'alice', text('Alice'));
  for (let i = 1; i <= 3; i++) {
    const k = `conversation-1/000000000000000${i}/m${i}`;
    await tx.put('messages', k, text(`message ${i}`));
    await tx.index(k, ['Lunch at noon?', 'Sure, the usual café', 'See you there'][i - 1]!);
  }
}

const image = join(dir, 'sqljs.nxls');
const sqljs = await sqlJsStorage({ key, persister: fileImagePersister(image) });
await sqljs.write(async (tx) => tx.put('local', 'format', text('image')));
// Everything after the first commit goes to the journal (sqljs.nxls.journal).
await sqljs.write(fill);
await sqljs.close();

const db = join(dir, 'sqlite.db');
const sqlite = await sqliteStorage({ path: db, key });
await sqlite.write(fill);
await sqlite.close();
for (const extra of ['-wal', '-shm']) rmSync(db + extra, { force: true });

const kdf = { memoryKib: 8192, iterations: 1, parallelism: 1 };
writeFileSync(join(dir, 'storage.key'), await sealStorageKey(key, 'fixture passphrase', { kdf }));
console.log(`wrote ${dir}`);
