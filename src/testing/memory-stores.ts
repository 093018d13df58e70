import type {
  DeviceAddress,
  IdentityStore,
  PreKeyKind,
  PreKeyStore,
  ProtocolStores,
  SenderKeyStore,
  SessionStore,
} from '../interfaces/sessions.js';
import { toHex } from '../primitives/bytes.js';
import { checkEntryName } from '../storage/protocol-stores.js';

/** In-memory stores, with a record count for assertions. */
export interface MemoryProtocolStores extends ProtocolStores {
  /** How many records each store holds. */
  counts(): Record<string, number>;
  /**
   * An independent copy of everything held now: what a device restored from
   * a backup (or a VM snapshot) of this moment would hold.
   */
  copy(): MemoryProtocolStores;
}

interface MemoryData {
  readonly sessions: Map<string, Uint8Array>;
  readonly preKeys: Map<string, Uint8Array>;
  readonly senderKeys: Map<string, Uint8Array>;
  readonly identities: Map<string, Uint8Array>;
  /** Entries of each device's session record, by name. */
  readonly entries: Map<string, Map<string, Uint8Array>>;
  readonly kemUsed: Map<number, Set<string>>;
}

function copyData(d: MemoryData): MemoryData {
  const bytes = (m: Map<string, Uint8Array>) => new Map([...m].map(([k, v]) => [k, v.slice()]));
  return {
    sessions: bytes(d.sessions),
    preKeys: bytes(d.preKeys),
    senderKeys: bytes(d.senderKeys),
    identities: bytes(d.identities),
    entries: new Map([...d.entries].map(([k, m]) => [k, bytes(m)])),
    kemUsed: new Map([...d.kemUsed].map(([k, v]) => [k, new Set(v)])),
  };
}

const addressKey = (a: DeviceAddress) => `${a.uuid}/${a.deviceId}`;

/**
 * In-memory implementations of every protocol store, for tests and
 * examples. Records are copied in and out, as a real store would.
 *
 * @example
 * ```ts
 * const stores = memoryProtocolStores();
 * await establishSession(alice, bundle, { stores });
 * ```
 */
export function memoryProtocolStores(): MemoryProtocolStores {
  return storesOver({
    sessions: new Map(),
    preKeys: new Map(),
    senderKeys: new Map(),
    identities: new Map(),
    entries: new Map(),
    kemUsed: new Map(),
  });
}

function storesOver(data: MemoryData): MemoryProtocolStores {
  const { sessions, preKeys, senderKeys, identities, entries, kemUsed } = data;
  const copy = (b: Uint8Array | undefined) => (b === undefined ? null : b.slice());
  const sessionStore: SessionStore = {
    loadSession: async (a) => copy(sessions.get(addressKey(a))),
    storeSession: async (a, r) => void sessions.set(addressKey(a), r.slice()),
    deleteSession: async (a) => {
      sessions.delete(addressKey(a));
      entries.delete(addressKey(a));
    },
    loadSessionEntry: async (a, name) =>
      copy(entries.get(addressKey(a))?.get(checkEntryName(name))),
    storeSessionEntries: async (a, changes) => {
      const key = addressKey(a);
      const held = entries.get(key) ?? new Map<string, Uint8Array>();
      for (const [name, value] of changes) {
        checkEntryName(name);
        if (value === null) held.delete(name);
        else held.set(name, value.slice());
      }
      if (held.size > 0) entries.set(key, held);
      else entries.delete(key);
    },
    listSessionEntries: async (a, prefix) =>
      [...(entries.get(addressKey(a))?.keys() ?? [])].filter((n) => n.startsWith(prefix)).sort(),
  };
  const preKeyStore: PreKeyStore = {
    loadPreKey: async (k: PreKeyKind, id) => copy(preKeys.get(`${k}/${id}`)),
    storePreKey: async (k, id, r) => void preKeys.set(`${k}/${id}`, r.slice()),
    removePreKey: async (k, id) => {
      preKeys.delete(`${k}/${id}`);
      if (k === 'kem') kemUsed.delete(id);
    },
    isKemPreKeyUsed: async (kemId, signedId, baseKey) =>
      kemUsed.get(kemId)?.has(`${signedId}/${toHex(baseKey)}`) ?? false,
    markKemPreKeyUsed: async (kemId, signedId, baseKey) => {
      const marks = kemUsed.get(kemId) ?? new Set<string>();
      marks.add(`${signedId}/${toHex(baseKey)}`);
      kemUsed.set(kemId, marks);
    },
  };
  const senderKeyStore: SenderKeyStore = {
    loadSenderKey: async (s, d) => copy(senderKeys.get(`${addressKey(s)}/${d}`)),
    storeSenderKey: async (s, d, r) => void senderKeys.set(`${addressKey(s)}/${d}`, r.slice()),
  };
  const identityStore: IdentityStore = {
    loadIdentity: async (u) => copy(identities.get(u)),
    storeIdentity: async (u, r) => void identities.set(u, r.slice()),
  };
  return {
    sessions: sessionStore,
    preKeys: preKeyStore,
    senderKeys: senderKeyStore,
    identities: identityStore,
    copy: () => storesOver(copyData(data)),
    counts: () => ({
      sessions: sessions.size,
      sessionEntries: [...entries.values()].reduce((n, m) => n + m.size, 0),
      preKeys: preKeys.size,
      senderKeys: senderKeys.size,
      identities: identities.size,
    }),
  };
}
