import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { spawn } from 'node:child_process';
import { bundleChild } from '../helpers.js';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NexusError, sqlJsStorage } from '../../src/index.js';
import type { ImagePersister, Storage } from '../../src/index.js';
import { fileImagePersister } from '../../src/node.js';
import { storageComplianceSuite } from '../../src/testing/index.js';

const dir = mkdtempSync(join(tmpdir(), 'nexuslink-sqljs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const KEY = new Uint8Array(32).fill(7);
const paths = new WeakMap<Storage, string>();

async function open(path: string, key = KEY): Promise<Storage> {
  const storage = await sqlJsStorage({ key, persister: fileImagePersister(path) });
  paths.set(storage, path);
  return storage;
}

storageComplianceSuite(
  { describe, it },
  {
    name: 'sqlJsStorage + fileImagePersister',
    create: () => open(join(dir, `c${n++}.nxls`)),
    reopen: async (storage) => {
      await storage.close();
      return open(paths.get(storage)!);
    },
  },
);

const bytes = (...v: number[]) => Uint8Array.from(v);
const rejection = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e,
  );

describe('sqlJsStorage', () => {
  it('writes only ciphertext: no key, value or indexed word appears in the file', async () => {
    const path = join(dir, 'secret.nxls');
    const s = await open(path);
    await s.write(async (tx) => {
      await tx.put('contacts', 'alice-contact-key', new TextEncoder().encode('PLAINTEXT-MARKER'));
      await tx.put('messages', 'conv/1', bytes(1));
      await tx.index('conv/1', 'zebrafish marmalade');
    });
    await s.close();
    const file = Buffer.from(readFileSync(path));
    expect([...file.subarray(0, 4)]).toEqual([0x08, 0x01, 0x12, 0x10]); // StorageImage v1, key_check
    for (const marker of ['PLAINTEXT-MARKER', 'alice-contact-key', 'zebrafish', 'SQLite format'])
      expect(file.includes(marker), marker).toBe(false);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('a wrong key is WRONG_KEY and destroys nothing; the right key still opens it', async () => {
    const path = join(dir, 'wrong-key.nxls');
    const s = await open(path);
    await s.write((tx) => tx.put('sessions', 'x', bytes(1, 2)));
    await s.close();
    const before = readFileSync(path);
    const err = await rejection(open(path, new Uint8Array(32).fill(8)));
    expect(NexusError.is(err, 'WRONG_KEY')).toBe(true);
    expect(readFileSync(path).equals(before)).toBe(true);
    const again = await open(path);
    expect(await again.read((tx) => tx.get('sessions', 'x'))).toEqual(bytes(1, 2));
    await again.close();
  });

  it('a corrupted or truncated image is STORAGE, a newer format UNSUPPORTED_VERSION', async () => {
    const path = join(dir, 'corrupt.nxls');
    const s = await open(path);
    await s.write((tx) => tx.put('sessions', 'x', bytes(1)));
    await s.close();
    const good = readFileSync(path);
    const flipped = Buffer.from(good);
    flipped[flipped.length - 5]! ^= 1;
    writeFileSync(path, flipped);
    expect(NexusError.is(await rejection(open(path)), 'STORAGE')).toBe(true);
    writeFileSync(path, good.subarray(0, 30));
    expect(NexusError.is(await rejection(open(path)), 'STORAGE')).toBe(true);
    const newer = Buffer.from(good);
    newer[1] = 2; // StorageImage.version
    writeFileSync(path, newer);
    expect(NexusError.is(await rejection(open(path)), 'UNSUPPORTED_VERSION')).toBe(true);
    writeFileSync(path, good);
    const ok = await open(path);
    expect(await ok.read((tx) => tx.get('sessions', 'x'))).toEqual(bytes(1));
    await ok.close();
  });

  it('a failed save rejects with STORAGE and the write does not stick', async () => {
    const saved: Uint8Array[] = [];
    let failNext = false;
    const persister: ImagePersister = {
      load: async () => saved.at(-1) ?? null,
      save: async (image) => {
        if (failNext) throw new Error('disk full');
        saved.push(image.slice());
      },
    };
    const s = await sqlJsStorage({ key: KEY, persister });
    await s.write((tx) => tx.put('outbox', 'a', bytes(1)));
    failNext = true;
    const err = await rejection(s.write((tx) => tx.put('outbox', 'b', bytes(2))));
    expect(NexusError.is(err, 'STORAGE')).toBe(true);
    failNext = false;
    expect(await s.read((tx) => tx.get('outbox', 'b'))).toBeNull();
    expect(await s.read((tx) => tx.get('outbox', 'a'))).toEqual(bytes(1));
    await s.write((tx) => tx.put('outbox', 'c', bytes(3)));
    expect((await s.read((tx) => tx.list('outbox'))).map((e) => e.key)).toEqual(['a', 'c']);
    await s.close();
  });

  it('a leftover temp file from a crash mid-save is ignored: the last complete image opens', async () => {
    const path = join(dir, 'crash.nxls');
    const s = await open(path);
    await s.write((tx) => tx.put('sessions', 'x', bytes(9)));
    await s.close();
    writeFileSync(`${path}.12345.tmp`, Buffer.from('half a new ima'));
    const reopened = await open(path);
    expect(await reopened.read((tx) => tx.get('sessions', 'x'))).toEqual(bytes(9));
    await reopened.close();
    expect(existsSync(path)).toBe(true);
  });

  it('a bad key or persister is INVALID_ARGUMENT', async () => {
    const persister = fileImagePersister(join(dir, 'never.nxls'));
    for (const key of [new Uint8Array(16), 'k' as unknown as Uint8Array])
      expect(
        NexusError.is(await rejection(sqlJsStorage({ key, persister })), 'INVALID_ARGUMENT'),
      ).toBe(true);
    expect(() => fileImagePersister('')).toThrow(NexusError);
    for (const bad of [undefined, {}, { load: async () => null }])
      expect(
        NexusError.is(
          await rejection(sqlJsStorage({ key: KEY, persister: bad as unknown as ImagePersister })),
          'INVALID_ARGUMENT',
        ),
      ).toBe(true);
  });
});

describe('sqlJsStorage journal (fileImagePersister)', () => {
  const value = (n: number) => new Uint8Array(1000).fill(n);

  it('commits after the first go to the journal, in ciphertext only', async () => {
    const path = join(dir, 'journal-plain.nxls');
    const s = await open(path);
    await s.write((tx) => tx.put('contacts', 'first', bytes(1)));
    const imageAfterFirst = readFileSync(path);
    await s.write(async (tx) => {
      await tx.put('contacts', 'journal-key-marker', new TextEncoder().encode('JOURNAL-MARKER'));
      await tx.put('messages', 'c/1', bytes(1));
      await tx.index('c/1', 'okapi quokka');
    });
    await s.close();
    expect(readFileSync(path).equals(imageAfterFirst)).toBe(true); // the image was not rewritten
    const journal = readFileSync(`${path}.journal`);
    expect(journal.length).toBeGreaterThan(0);
    for (const marker of ['JOURNAL-MARKER', 'journal-key-marker', 'okapi', 'quokka'])
      expect(journal.includes(marker), marker).toBe(false);
    const again = await open(path);
    expect(await again.read((tx) => tx.search('quokka'))).toEqual([{ key: 'c/1' }]);
    await again.close();
  });

  it('a group that rewrites records journals only their last state, and replays to the same database', async () => {
    const path = join(dir, 'journal-coalesce.nxls');
    const s = await open(path);
    await s.write((tx) => tx.put('contacts', 'first', bytes(1)));
    const before = readFileSync(`${path}.journal`, { flag: 'a+' }).length;
    // One group: writes issued together share a commit.
    await Promise.all([
      s.write(async (tx) => {
        await tx.put('sessions', 's', value(1));
        await tx.put('outbox', 'o1', value(2));
        await tx.put('messages', 'c/1', value(3));
        await tx.index('c/1', 'okapi');
      }),
      s.write(async (tx) => {
        await tx.put('sessions', 's', value(4));
        await tx.delete('outbox', 'o1');
        await tx.put('outbox', 'o2', value(5));
        await tx.delete('messages', 'c/1');
        await tx.put('messages', 'c/1', value(6));
      }),
      s
        .write(async (tx) => {
          await tx.put('sessions', 's', value(7));
          await tx.delete('contacts', 'first');
          throw new Error('rolled back: none of this is journaled');
        })
        .catch(() => undefined),
      s.write((tx) => tx.put('sessions', 's', value(8))),
    ]);
    await s.close();
    // Five records of 1000 bytes would be journaled without coalescing: the
    // session three times, o1 and o2, c/1 twice. Coalesced: s once, o2, c/1 twice.
    const grown = readFileSync(`${path}.journal`).length - before;
    expect(grown).toBeGreaterThan(4000);
    expect(grown).toBeLessThan(5000);
    const again = await open(path);
    expect(
      await again.read(async (tx) => [
        await tx.get('sessions', 's'),
        await tx.get('outbox', 'o1'),
        await tx.get('outbox', 'o2'),
        await tx.get('messages', 'c/1'),
        await tx.get('contacts', 'first'),
        await tx.search('okapi'),
      ]),
    ).toEqual([value(8), null, value(5), value(6), bytes(1), []]);
    await again.close();
  });

  it('an append cut short by a crash is dropped and cut off; later appends stay readable', async () => {
    const path = join(dir, 'journal-torn.nxls');
    const s = await open(path);
    for (let i = 0; i < 3; i++) await s.write((tx) => tx.put('inbox', `k${i}`, bytes(i)));
    await s.close();
    const good = readFileSync(`${path}.journal`);
    // A frame that says 500 bytes follow, and only 3 do.
    writeFileSync(`${path}.journal`, Buffer.concat([good, Buffer.from([0, 0, 1, 244, 1, 2, 3])]));
    const reopened = await open(path);
    expect((await reopened.read((tx) => tx.list('inbox'))).map((e) => e.key)).toEqual([
      'k0',
      'k1',
      'k2',
    ]);
    expect(readFileSync(`${path}.journal`).equals(good)).toBe(true);
    await reopened.write((tx) => tx.put('inbox', 'k3', bytes(3)));
    await reopened.close();
    const last = await open(path);
    expect(await last.read((tx) => tx.get('inbox', 'k3'))).toEqual(bytes(3));
    await last.close();
    // The zeros some file systems leave where an unfinished append extended the file.
    const withK3 = readFileSync(`${path}.journal`);
    writeFileSync(`${path}.journal`, Buffer.concat([withK3, Buffer.alloc(300)]));
    const zeros = await open(path);
    expect(await zeros.read((tx) => tx.get('inbox', 'k3'))).toEqual(bytes(3));
    await zeros.close();
    expect(readFileSync(`${path}.journal`).equals(withK3)).toBe(true);
  });

  it('a damaged entry header inside the journal is STORAGE, not a torn tail', async () => {
    const path = join(dir, 'journal-header.nxls');
    const s = await open(path);
    for (let i = 0; i < 3; i++) await s.write((tx) => tx.put('inbox', `k${i}`, bytes(i)));
    await s.close();
    const journal = readFileSync(`${path}.journal`);
    const bad = Buffer.from(journal);
    bad[1]! ^= 0x40; // the first entry's length now points past the end
    writeFileSync(`${path}.journal`, bad);
    expect(NexusError.is(await rejection(open(path)), 'STORAGE')).toBe(true);
    expect(readFileSync(`${path}.journal`).equals(bad)).toBe(true); // nothing cut off
  });

  it('a corrupted entry in the journal is STORAGE', async () => {
    const path = join(dir, 'journal-corrupt.nxls');
    const s = await open(path);
    for (let i = 0; i < 3; i++) await s.write((tx) => tx.put('inbox', `k${i}`, bytes(i)));
    await s.close();
    const journal = readFileSync(`${path}.journal`);
    for (const at of [10, 60]) {
      // 10: the key check of the first entry; 60: its ciphertext.
      const bad = Buffer.from(journal);
      bad[at]! ^= 1;
      writeFileSync(`${path}.journal`, bad);
      expect(NexusError.is(await rejection(open(path)), 'STORAGE'), `byte ${at}`).toBe(true);
    }
    writeFileSync(`${path}.journal`, journal);
    const fine = await open(path);
    expect(await fine.read((tx) => tx.get('inbox', 'k2'))).toEqual(bytes(2));
    await fine.close();
  });

  it('past the image size the next commit saves an image and empties the journal; stale entries are skipped', async () => {
    const path = join(dir, 'journal-snapshot.nxls');
    const s = await open(path);
    await s.write((tx) => tx.put('local', 'start', bytes(1)));
    let i = 0;
    let journal = Buffer.alloc(0);
    // 1 KiB per commit: the journal passes 1 MiB after about a thousand.
    for (; i < 1500; i++) {
      await s.write((tx) => tx.put('messages', `m${String(i).padStart(5, '0')}`, value(i & 255)));
      const now = readFileSync(`${path}.journal`);
      if (now.length < journal.length) break; // emptied: an image was saved
      journal = now;
    }
    expect(i).toBeLessThan(1500);
    await s.close();
    // A crash between saving the image and emptying the journal: the old entries come back.
    writeFileSync(`${path}.journal`, journal);
    const reopened = await open(path);
    const all = await reopened.read((tx) => tx.list('messages'));
    expect(all).toHaveLength(i + 1);
    expect(all.at(-1)!.value).toEqual(value(i & 255));
    await reopened.close();
  }, 60_000);
});

describe('sqlJsStorage: one writer per file', () => {
  it('a second storage on the same file is STORAGE until the first closes; a lock of a dead process is taken over', async () => {
    const path = join(dir, 'locked.nxls');
    const first = await open(path);
    expect(NexusError.is(await rejection(open(path)), 'STORAGE')).toBe(true);
    await first.close();
    const second = await open(path);
    await second.close();
    // A lock of a process that is gone (no such pid on this host): taken over.
    writeFileSync(
      `${path}.lock`,
      JSON.stringify({ pid: 999999999, host: hostname(), token: 'stale' }),
    );
    const third = await open(path);
    expect(existsSync(`${path}.lock`)).toBe(true);
    await third.close();
    expect(existsSync(`${path}.lock`)).toBe(false);
    // A lock of another host cannot be judged: refused, with what to do.
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: 1, host: 'elsewhere', token: 'x' }));
    const refused = await rejection(open(path));
    expect(NexusError.is(refused, 'STORAGE') && (refused as Error).message).toMatch(/remove/);
    rmSync(`${path}.lock`);
  });

  it('of several processes opening one storage at once, exactly one gets it', async () => {
    const path = join(dir, 'contended.nxls');
    await (await open(path)).close();
    const child = await bundleChild('test/storage/lock-child.ts', 'lock-child');
    const runs = await Promise.all(
      Array.from(
        { length: 4 },
        () =>
          new Promise<string>((resolve) => {
            const proc = spawn(process.execPath, [child, path]);
            let out = '';
            proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
            proc.on('close', () => resolve(out));
          }),
      ),
    );
    expect(runs.filter((r) => r === 'got')).toHaveLength(1);
    expect(runs.filter((r) => r === 'STORAGE')).toHaveLength(3);
    rmSync(child, { force: true });
  }, 60_000);
});
