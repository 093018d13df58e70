import type { Storage, StorageReader, StorageWriter } from '../interfaces/storage.js';
import type { DeviceAddress, PreKeyKind, ProtocolStores } from '../interfaces/sessions.js';

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
 * `uuid`, `prekeys` by `kind/id`, `sender-keys` by `uuid/deviceId/distributionId`.
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
  // Loads only call `get`, which a reader has.
  return stores((writes, fn) =>
    writes ? storage.write(fn) : storage.read(fn as (tx: StorageReader) => Promise<never>),
  );
}

type Run = <T>(writes: boolean, fn: (tx: StorageWriter) => Promise<T>) => Promise<T>;

function stores(run: Run): ProtocolStores {
  return {
    sessions: {
      loadSession: (a) => run(false, (tx) => tx.get('sessions', address(a))),
      storeSession: (a, record) => run(true, (tx) => tx.put('sessions', address(a), record)),
      deleteSession: (a) => run(true, (tx) => tx.delete('sessions', address(a))),
    },
    preKeys: {
      loadPreKey: (kind: PreKeyKind, id) => run(false, (tx) => tx.get('prekeys', `${kind}/${id}`)),
      storePreKey: (kind, id, record) =>
        run(true, (tx) => tx.put('prekeys', `${kind}/${id}`, record)),
      removePreKey: (kind, id) => run(true, (tx) => tx.delete('prekeys', `${kind}/${id}`)),
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
