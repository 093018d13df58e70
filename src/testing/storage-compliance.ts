import { STORAGE_LIMITS } from '../interfaces/storage.js';
import type { Storage, StorageTable, StorageWriter } from '../interfaces/storage.js';
import { fail, ok, rejectsWith } from './harness.js';
import type { TestApi } from './harness.js';

/** How to run {@link storageComplianceSuite} against one adapter. */
export interface StorageComplianceOptions {
  readonly name: string;
  /** A fresh, empty storage. */
  readonly create: () => Promise<Storage>;
  /**
   * For durable adapters: close `storage` and open the same medium again
   * (same key). Enables the durability cases.
   */
  readonly reopen?: (storage: Storage) => Promise<Storage>;
  readonly timeout?: number;
}

const bytes = (...values: number[]) => Uint8Array.from(values);
const same = (a: Uint8Array | null, b: Uint8Array) =>
  a !== null && a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The behaviour every {@link Storage} adapter must have (the rules in
 * `@nexuslink/sdk/interfaces`, storage): missing records are `null`, values
 * round-trip and are copies, keys sort in byte order, write transactions
 * are atomic and serialised, bad input is `INVALID_ARGUMENT` and changes
 * nothing, the search index follows its records, a closed storage refuses
 * work, and (with `reopen`) committed data survives and rolled-back data
 * does not.
 */
export function storageComplianceSuite(t: TestApi, options: StorageComplianceOptions): void {
  const timeout = options.timeout ?? 30_000;
  const it = (name: string, fn: () => Promise<void>) => t.it(name, fn, timeout);
  const withStorage = async (fn: (s: Storage) => Promise<void>) => {
    const storage = await options.create();
    try {
      await fn(storage);
    } finally {
      await storage.close();
    }
  };
  const get = (s: Storage, table: StorageTable, key: string) => s.read((tx) => tx.get(table, key));
  const put = (s: Storage, table: StorageTable, key: string, value: Uint8Array) =>
    s.write((tx) => tx.put(table, key, value));

  t.describe(`Storage compliance: ${options.name}`, () => {
    it('a missing record is null; records round-trip, replace and delete; tables do not collide', () =>
      withStorage(async (s) => {
        ok((await get(s, 'sessions', 'a')) === null, 'a missing record must be null');
        await put(s, 'sessions', 'a', bytes(1, 2, 3));
        await put(s, 'contacts', 'a', bytes(9));
        ok(same(await get(s, 'sessions', 'a'), bytes(1, 2, 3)), 'a record must load back');
        ok(same(await get(s, 'contacts', 'a'), bytes(9)), 'tables must not collide');
        await put(s, 'sessions', 'a', bytes());
        ok(same(await get(s, 'sessions', 'a'), bytes()), 'an empty value is a value, not null');
        await s.write(async (tx) => {
          await tx.delete('sessions', 'a');
          await tx.delete('sessions', 'never-there');
        });
        ok((await get(s, 'sessions', 'a')) === null, 'a deleted record must be null');
        ok(same(await get(s, 'contacts', 'a'), bytes(9)), 'delete must touch only its table');
      }));

    it('values are plain copies in and out', () =>
      withStorage(async (s) => {
        const value = bytes(7, 7, 7);
        await put(s, 'messages', 'm', value);
        value[0] = 0;
        const loaded = (await get(s, 'messages', 'm'))!;
        ok(
          Object.getPrototypeOf(loaded) === Uint8Array.prototype,
          'values must come back as plain Uint8Arrays (not Buffers or views)',
        );
        ok(loaded[0] === 7, 'the storage must keep its own copy of a put value');
        loaded[1] = 0;
        ok((await get(s, 'messages', 'm'))![1] === 7, 'a returned value must be a copy');
        const [entry] = await s.read((tx) => tx.list('messages'));
        entry!.value[2] = 0;
        ok((await get(s, 'messages', 'm'))![2] === 7, 'a listed value must be a copy');
      }));

    it('list: byte order of keys, prefix, after/before cursors, reverse, limit', () =>
      withStorage(async (s) => {
        const keys = ['b', 'a/2', 'a', 'a0', 'A', 'a/10', '~', ' '];
        await s.write(async (tx) => {
          for (const [i, k] of keys.entries()) await tx.put('messages', k, bytes(i));
        });
        const list = async (o?: Parameters<StorageWriter['list']>[1]) =>
          (await s.read((tx) => tx.list('messages', o))).map((e) => e.key).join(',');
        ok((await list()) === ' ,A,a,a/10,a/2,a0,b,~', `key order: got ${await list()}`);
        ok((await list({ prefix: 'a/' })) === 'a/10,a/2', 'prefix');
        ok(
          (await list({ after: 'a', before: 'b' })) === 'a/10,a/2,a0',
          'after/before are exclusive',
        );
        ok((await list({ reverse: true, limit: 3 })) === '~,b,a0', 'reverse with a limit');
        ok((await list({ prefix: 'a', after: 'a/2', limit: 1 })) === 'a0', 'a cursor page');
        ok((await list({ prefix: 'zz' })) === '', 'no match is an empty list');
        const entries = await s.read((tx) => tx.list('messages', { prefix: 'b' }));
        ok(entries.length === 1 && same(entries[0]!.value, bytes(0)), 'entries carry their values');
      }));

    it('a write transaction is atomic: a throw rolls every change back and rethrows as is', () =>
      withStorage(async (s) => {
        await put(s, 'sessions', 'keep', bytes(1));
        const boom = new Error('boom');
        let caught: unknown;
        try {
          await s.write(async (tx) => {
            await tx.put('sessions', 'new', bytes(2));
            await tx.put('sessions', 'keep', bytes(3));
            await tx.delete('sessions', 'keep');
            await tx.index('m1', 'rolled back');
            throw boom;
          });
        } catch (err) {
          caught = err;
        }
        ok(caught === boom, "the callback's error must reach the caller unchanged");
        ok((await get(s, 'sessions', 'new')) === null, 'a rolled-back put must not be stored');
        ok(same(await get(s, 'sessions', 'keep'), bytes(1)), 'a rolled-back change must not stick');
        const hits = await s.read((tx) => tx.search('rolled'));
        ok(hits.length === 0, 'rolled-back index text must not be searchable');
      }));

    it('a transaction reads its own writes, deletes included', () =>
      withStorage(async (s) => {
        await put(s, 'outbox', 'x', bytes(1));
        await s.write(async (tx) => {
          await tx.put('outbox', 'y', bytes(2));
          await tx.delete('outbox', 'x');
          ok(same(await tx.get('outbox', 'y'), bytes(2)), 'get must see a pending put');
          ok((await tx.get('outbox', 'x')) === null, 'get must see a pending delete');
          const keys = (await tx.list('outbox')).map((e) => e.key).join(',');
          ok(keys === 'y', `list must see pending changes, got ${keys}`);
        });
      }));

    it('write transactions are serialised: concurrent read-modify-write loses no update', () =>
      withStorage(async (s) => {
        const increment = () =>
          s.write(async (tx) => {
            const current = (await tx.get('local', 'counter')) ?? bytes(0, 0);
            const n = current[0]! * 256 + current[1]!;
            await Promise.resolve(); // yield between the read and the write
            await tx.put('local', 'counter', bytes((n + 1) >> 8, (n + 1) & 255));
          });
        await Promise.all(Array.from({ length: 60 }, increment));
        const final = (await get(s, 'local', 'counter'))!;
        ok(final[0]! * 256 + final[1]! === 60, 'every one of 60 concurrent increments must count');
      }));

    it('concurrent writes where some throw: each failure rolls back only itself', () =>
      withStorage(async (s) => {
        const outcomes = await Promise.allSettled(
          Array.from({ length: 30 }, (_, i) =>
            s.write(async (tx) => {
              await tx.put('inbox', `k${String(i).padStart(2, '0')}`, bytes(i));
              if (i % 3 === 1) throw new Error(`fail ${i}`);
              return i;
            }),
          ),
        );
        outcomes.forEach((o, i) => {
          if (i % 3 === 1)
            ok(
              o.status === 'rejected' && (o.reason as Error).message === `fail ${i}`,
              `write ${i} must reject with its own error`,
            );
          else
            ok(
              o.status === 'fulfilled' && o.value === i,
              `write ${i} must resolve with its result`,
            );
        });
        const keys = (await s.read((tx) => tx.list('inbox'))).map((e) => e.key);
        const expected = Array.from({ length: 30 }, (_, i) => i)
          .filter((i) => i % 3 !== 1)
          .map((i) => `k${String(i).padStart(2, '0')}`);
        ok(
          keys.join(',') === expected.join(','),
          `only the successful writes may stick: ${keys.join(',')}`,
        );
      }));

    it('a reader sees a write transaction whole or not at all', () =>
      withStorage(async (s) => {
        let release!: () => void;
        const gate = new Promise<void>((resolve) => (release = resolve));
        const writing = s.write(async (tx) => {
          await tx.put('inbox', 'one', bytes(1));
          await gate;
          await tx.put('inbox', 'two', bytes(2));
        });
        const reading = s.read(async (tx) => [
          await tx.get('inbox', 'one'),
          await tx.get('inbox', 'two'),
        ]);
        release();
        await writing;
        const [one, two] = await reading;
        ok((one === null) === (two === null), 'a read must not see half a transaction');
      }));

    it('bad tables, keys, values and options are INVALID_ARGUMENT and change nothing', () =>
      withStorage(async (s) => {
        const bad: [string, (tx: StorageWriter) => Promise<unknown>][] = [
          ['unknown table', (tx) => tx.put('nope' as StorageTable, 'k', bytes(1))],
          ['empty key', (tx) => tx.put('contacts', '', bytes(1))],
          ['non-ASCII key', (tx) => tx.put('contacts', 'clé', bytes(1))],
          ['control character in a key', (tx) => tx.put('contacts', 'a\nb', bytes(1))],
          ['key over 512 characters', (tx) => tx.put('contacts', 'k'.repeat(513), bytes(1))],
          ['value not bytes', (tx) => tx.put('contacts', 'k', [1, 2] as unknown as Uint8Array)],
          ['limit 0', (tx) => tx.list('contacts', { limit: 0 })],
          ['fractional limit', (tx) => tx.list('contacts', { limit: 1.5 })],
          ['empty search', (tx) => tx.search('  ')],
          ['text not a string', (tx) => tx.index('m', 42 as unknown as string)],
          [
            'value over the size limit',
            (tx) => tx.put('contacts', 'k', new Uint8Array(STORAGE_LIMITS.maxValueBytes + 1)),
          ],
          [
            'text over the length limit',
            (tx) => tx.index('m', 'a'.repeat(STORAGE_LIMITS.maxTextLength + 1)),
          ],
          [
            '33-word query',
            (tx) => tx.search(Array.from({ length: 33 }, (_, i) => `w${i}`).join(' ')),
          ],
          [
            'query over the length limit',
            (tx) => tx.search('a'.repeat(STORAGE_LIMITS.maxQueryLength + 1)),
          ],
          [
            'limit over the maximum',
            (tx) => tx.list('contacts', { limit: STORAGE_LIMITS.maxListLimit + 1 }),
          ],
        ];
        for (const [what, op] of bad) {
          await rejectsWith(
            () =>
              s.write(async (tx) => {
                await tx.put('contacts', 'before', bytes(5));
                await op(tx);
              }),
            'INVALID_ARGUMENT',
            what,
          );
          ok((await get(s, 'contacts', 'before')) === null, `${what}: nothing may be stored`);
        }
        ok(true, 'every bad input refused');
      }));

    it('search: whole words and prefixes, case-insensitive, every word required; follows its record', () =>
      withStorage(async (s) => {
        await s.write(async (tx) => {
          for (const [key, text] of [
            ['c1/0001', 'Lunch at the Café tomorrow?'],
            ['c1/0002', 'lunchbox forgotten'],
            ['c2/0003', 'Meeting moved to Friday'],
          ] as const) {
            await tx.put('messages', key, bytes(1));
            await tx.index(key, text);
          }
        });
        const search = async (q: string) =>
          (await s.read((tx) => tx.search(q)))
            .map((h) => h.key)
            .sort()
            .join(',');
        ok((await search('lunch')) === 'c1/0001', `whole word: got ${await search('lunch')}`);
        ok((await search('LUNCH*')) === 'c1/0001,c1/0002', 'prefix, case-insensitive');
        ok((await search('café')) === 'c1/0001', 'non-ASCII words');
        ok((await search('meeting friday')) === 'c2/0003', 'every word must match');
        ok((await search('meeting lunch')) === '', 'a missing word excludes the message');
        await s.write((tx) => tx.index('c1/0002', null));
        ok((await search('lunchbox')) === '', 'cleared text must not be found');
        await s.write((tx) => tx.delete('messages', 'c2/0003'));
        ok((await search('friday')) === '', "a deleted message's text must not be found");
        const limited = await s.read((tx) => tx.search('lunch*', { limit: 1 }));
        ok(limited.length === 1, 'search honours its limit');
        await s.write(async (tx) => {
          for (const key of ['c3/0001', 'c3/0003', 'c3/0002']) {
            await tx.put('messages', key, bytes(1));
            await tx.index(key, 'zebra');
          }
        });
        const ordered = (await s.read((tx) => tx.search('zebra'))).map((h) => h.key).join(',');
        ok(ordered === 'c3/0003,c3/0002,c3/0001', `hits come newest key first: ${ordered}`);
      }));

    it('a finished transaction and a closed storage refuse work with STORAGE', async () => {
      const s = await options.create();
      let escaped!: StorageWriter;
      await s.write(async (tx) => {
        escaped = tx;
      });
      await rejectsWith(
        () => escaped.put('local', 'k', bytes(1)),
        'STORAGE',
        'a finished transaction',
      );
      await s.close();
      await rejectsWith(() => get(s, 'local', 'k'), 'STORAGE', 'read after close');
      await rejectsWith(() => put(s, 'local', 'k', bytes(1)), 'STORAGE', 'write after close');
    });

    if (options.reopen) {
      const reopen = options.reopen;
      it('durability: committed writes survive a reopen, rolled-back ones do not', async () => {
        let s = await options.create();
        try {
          await s.write(async (tx) => {
            await tx.put('sessions', 'kept', bytes(4, 5, 6));
            await tx.put('messages', 'c/1', bytes(1));
            await tx.index('c/1', 'durable words');
          });
          await s
            .write(async (tx) => tx.put('sessions', 'gone', bytes(1)))
            .catch(() => fail('put'));
          await s.write((tx) => tx.delete('sessions', 'gone'));
          await s
            .write(async (tx) => {
              await tx.put('sessions', 'never', bytes(1));
              throw new Error('roll back');
            })
            .catch(() => undefined);
          s = await reopen(s);
          ok(
            same(await get(s, 'sessions', 'kept'), bytes(4, 5, 6)),
            'a committed write must survive',
          );
          ok((await get(s, 'sessions', 'gone')) === null, 'a committed delete must survive');
          ok((await get(s, 'sessions', 'never')) === null, 'a rolled-back write must not appear');
          const hits = await s.read((tx) => tx.search('durable'));
          ok(hits.length === 1 && hits[0]!.key === 'c/1', 'the search index must survive');
        } finally {
          await s.close();
        }
      });
    }
  });
}
