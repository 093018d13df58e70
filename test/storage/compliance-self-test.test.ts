// The storage compliance suite must be able to fail: each broken adapter
// below breaks one rule, and the suite has to catch it.
import { describe, expect, it } from 'vitest';
import type { Storage, StorageWriter } from '../../src/index.js';
import { memoryStorage } from '../../src/index.js';
import { storageComplianceSuite } from '../../src/testing/index.js';

/** Runs the suite against `create` and returns the names of the cases that failed. */
async function failures(create: () => Promise<Storage>): Promise<string[]> {
  const cases: [string, () => Promise<void> | void][] = [];
  storageComplianceSuite(
    { describe: (_, fn) => fn(), it: (name, fn) => void cases.push([name, fn]) },
    { name: 'broken', create },
  );
  const failed: string[] = [];
  for (const [name, fn] of cases) {
    try {
      await fn();
    } catch {
      failed.push(name);
    }
  }
  return failed;
}

/** memoryStorage with one method of every transaction replaced. */
function patched(
  patch: (tx: StorageWriter) => Partial<StorageWriter>,
  commitOnThrow = false,
): Storage {
  const inner = memoryStorage();
  const wrap = (tx: StorageWriter) => ({ ...tx, ...patch(tx) }) as StorageWriter;
  return {
    adapter: 'broken',
    read: (fn) => inner.read((tx) => fn(wrap(tx as StorageWriter))),
    write: commitOnThrow
      ? async (fn) => {
          let failure: unknown;
          const result = await inner.write(async (tx) => {
            try {
              return await fn(wrap(tx));
            } catch (err) {
              failure = err; // swallowed, so the transaction commits anyway
              return undefined as never;
            }
          });
          if (failure !== undefined) throw failure;
          return result;
        }
      : (fn) => inner.write((tx) => fn(wrap(tx))),
    close: () => inner.close(),
  };
}

describe('storage compliance suite catches broken adapters', () => {
  it('a correct adapter passes every case', async () => {
    expect(await failures(async () => memoryStorage())).toEqual([]);
  });

  it('no rollback on a throw', async () => {
    const failed = await failures(async () => patched(() => ({}), true));
    expect(failed.some((n) => n.includes('atomic'))).toBe(true);
  });

  it('values handed out without copying', async () => {
    const store = new Map<string, Uint8Array>();
    const failed = await failures(async () =>
      patched((tx) => ({
        put: async (t, k, v) => {
          store.set(`${t}/${k}`, v);
          await tx.put(t, k, v);
        },
        get: async (t, k) => store.get(`${t}/${k}`) ?? tx.get(t, k),
      })),
    );
    expect(failed.some((n) => n.includes('copies'))).toBe(true);
  });

  it('locale order instead of byte order', async () => {
    const failed = await failures(async () =>
      patched((tx) => ({
        list: async (t, o) => (await tx.list(t, o)).sort((a, b) => a.key.localeCompare(b.key)),
      })),
    );
    expect(failed.some((n) => n.includes('byte order'))).toBe(true);
  });

  it('bad keys accepted', async () => {
    const failed = await failures(async () =>
      patched((tx) => ({
        put: (t, k, v) => tx.put(t, k.length === 0 ? 'empty' : k.replace(/[^\x20-\x7e]/g, '?'), v),
      })),
    );
    expect(failed.some((n) => n.includes('INVALID_ARGUMENT'))).toBe(true);
  });
});
