/**
 * The SDK's record layout over `Storage` (spec/storage.md): which table and
 * key each protocol record lives under (sessions, identities, prekeys,
 * sender keys), the session stores over a transaction, and reading a whole
 * table a page at a time. Layers above storage (the client, transports) use
 * this module, never an adapter.
 */
import { STORAGE_LIMITS } from '../interfaces/storage.js';
import type {
  Storage,
  StorageEntry,
  StorageReader,
  StorageTable,
  StorageWriter,
} from '../interfaces/storage.js';
import type { DeviceAddress, PreKeyKind, ProtocolStores } from '../interfaces/sessions.js';
import { NexusError } from '../interfaces/errors.js';
import { checkStorage } from '../interfaces/guards.js';
import { toHex } from '../primitives/bytes.js';

/** Every entry of `table` under `prefix`, a page at a time (a `list` returns at most 10,000). */
export async function listAll(
  tx: StorageReader,
  table: StorageTable,
  prefix?: string,
): Promise<StorageEntry[]> {
  const out: StorageEntry[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await tx.list(table, {
      ...(prefix ? { prefix } : {}),
      ...(after === undefined ? {} : { after }),
    });
    out.push(...page);
    if (page.length < STORAGE_LIMITS.maxListLimit) return out;
    after = page[page.length - 1]!.key;
  }
}

/** The key of a device's records (`sessions`, and the prefix of `sender-keys`): `uuid/deviceId`. */
export const deviceKey = (a: DeviceAddress): string => `${a.uuid}/${a.deviceId}`;
const address = deviceKey;

/**
 * The session stores over one storage transaction, so that a ratchet step
 * and the message it produced or consumed commit together or not at all:
 *
 * ```ts
 * await storage.write(async (tx) => {
 *   const { plaintext } = await decryptMessage(device, envelope, { stores: transactionStores(tx) });
 *   await tx.put('messages', key, encodeMessage(plaintext));
 * });
 * ```
 *
 * Keys (spec/storage.md): `sessions` and `identities` by `uuid/deviceId` and
 * `uuid` (a session's entries by `uuid/deviceId/name`), `prekeys` by
 * `kind/id` (and `kem-used/…`), `sender-keys` by `uuid/deviceId/distributionId`.
 */
export function transactionStores(tx: StorageWriter): ProtocolStores {
  return stores((_, fn) => fn(tx));
}

/**
 * The session stores over `storage`, each load in a read transaction and
 * each store in its own write transaction. Use {@link transactionStores}
 * inside `storage.write` when a change must commit with other records.
 */
export function storageProtocolStores(storage: Storage): ProtocolStores {
  checkStorage(
    storage,
    'storageProtocolStores takes a Storage (memoryStorage(), sqliteStorage(), ...); memoryProtocolStores() is already a set of stores',
  );
  // Loads only call `get`, which a reader has.
  return stores((writes, fn) =>
    writes ? storage.write(fn) : storage.read(fn as (tx: StorageReader) => Promise<never>),
  );
}

const USED = Uint8Array.of(1);

/** Key of a last-resort KEM prekey use (spec/storage.md): `kem-used/<kem id>/<signed id>/<base key hex>`. */
const kemUsedKey = (kemId: number, signedId: number, baseKey: Uint8Array): string =>
  `kem-used/${kemId}/${signedId}/${toHex(baseKey)}`;

/** Session entry names: 1..64 of `[a-z0-9.]` (spec/storage.md), so keys stay unambiguous. */
export function checkEntryName(name: string): string {
  if (typeof name !== 'string' || !/^[a-z0-9.]{1,64}$/.test(name))
    throw new NexusError('INVALID_ARGUMENT', 'session entry names are 1..64 of [a-z0-9.]');
  return name;
}

type Run = <T>(writes: boolean, fn: (tx: StorageWriter) => Promise<T>) => Promise<T>;

function stores(run: Run): ProtocolStores {
  return {
    sessions: {
      loadSession: (a) => run(false, (tx) => tx.get('sessions', address(a))),
      storeSession: (a, record) => run(true, (tx) => tx.put('sessions', address(a), record)),
      deleteSession: (a) =>
        run(true, async (tx) => {
          await tx.delete('sessions', address(a));
          for (const entry of await listAll(tx, 'sessions', `${address(a)}/`))
            await tx.delete('sessions', entry.key);
        }),
      loadSessionEntry: (a, name) =>
        run(false, (tx) => tx.get('sessions', `${address(a)}/${checkEntryName(name)}`)),
      storeSessionEntries: (a, entries) =>
        run(true, async (tx) => {
          for (const [name, value] of entries) {
            const key = `${address(a)}/${checkEntryName(name)}`;
            await (value === null ? tx.delete('sessions', key) : tx.put('sessions', key, value));
          }
        }),
      listSessionEntries: (a, prefix) =>
        run(false, async (tx) => {
          const base = `${address(a)}/`;
          return (await listAll(tx, 'sessions', base + prefix)).map((e) =>
            e.key.slice(base.length),
          );
        }),
    },
    preKeys: {
      loadPreKey: (kind: PreKeyKind, id) => run(false, (tx) => tx.get('prekeys', `${kind}/${id}`)),
      storePreKey: (kind, id, record) =>
        run(true, (tx) => tx.put('prekeys', `${kind}/${id}`, record)),
      removePreKey: (kind, id) =>
        run(true, async (tx) => {
          await tx.delete('prekeys', `${kind}/${id}`);
          if (kind === 'kem')
            for (const entry of await listAll(tx, 'prekeys', `kem-used/${id}/`))
              await tx.delete('prekeys', entry.key);
        }),
      isKemPreKeyUsed: (kemId, signedId, baseKey) =>
        run(
          false,
          async (tx) => (await tx.get('prekeys', kemUsedKey(kemId, signedId, baseKey))) !== null,
        ),
      markKemPreKeyUsed: (kemId, signedId, baseKey) =>
        run(true, (tx) => tx.put('prekeys', kemUsedKey(kemId, signedId, baseKey), USED)),
    },
    senderKeys: {
      loadSenderKey: (sender, id) =>
        run(false, (tx) => tx.get('sender-keys', `${address(sender)}/${id}`)),
      storeSenderKey: (sender, id, record) =>
        run(true, (tx) => tx.put('sender-keys', `${address(sender)}/${id}`, record)),
    },
    identities: {
      loadIdentity: (uuid) => run(false, (tx) => tx.get('identities', uuid)),
      storeIdentity: (uuid, record) => run(true, (tx) => tx.put('identities', uuid, record)),
    },
  };
}
