import type {
  DeviceAddress,
  IdentityStore,
  PreKeyKind,
  PreKeyStore,
  ProtocolStores,
  SenderKeyStore,
  SessionStore,
} from '../interfaces/sessions.js';

/** In-memory stores, with a record count for assertions. */
export interface MemoryProtocolStores extends ProtocolStores {
  /** How many records each store holds. */
  counts(): Record<string, number>;
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
  const sessions = new Map<string, Uint8Array>();
  const preKeys = new Map<string, Uint8Array>();
  const senderKeys = new Map<string, Uint8Array>();
  const identities = new Map<string, Uint8Array>();
  const copy = (b: Uint8Array | undefined) => (b === undefined ? null : b.slice());
  const sessionStore: SessionStore = {
    loadSession: async (a) => copy(sessions.get(addressKey(a))),
    storeSession: async (a, r) => void sessions.set(addressKey(a), r.slice()),
    deleteSession: async (a) => void sessions.delete(addressKey(a)),
  };
  const preKeyStore: PreKeyStore = {
    loadPreKey: async (k: PreKeyKind, id) => copy(preKeys.get(`${k}/${id}`)),
    storePreKey: async (k, id, r) => void preKeys.set(`${k}/${id}`, r.slice()),
    removePreKey: async (k, id) => void preKeys.delete(`${k}/${id}`),
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
    counts: () => ({
      sessions: sessions.size,
      preKeys: preKeys.size,
      senderKeys: senderKeys.size,
      identities: identities.size,
    }),
  };
}
