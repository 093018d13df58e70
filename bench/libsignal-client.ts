// @signalapp/libsignal-client (Signal's Rust libsignal through its prebuilt
// Node binding): the anchor every ratio is taken against. The package ships
// no in-memory stores, so these are ours. Like NexusLink's memory stores they
// keep serialized records and copy them in and out (a real store persists
// bytes), so both sides pay for encoding and decoding their state.
import {
  CiphertextMessageType,
  ErrorCode,
  groupDecrypt,
  groupEncrypt,
  IdentityChange,
  IdentityKeyPair,
  IdentityKeyStore,
  KEMKeyPair,
  KyberPreKeyRecord,
  KyberPreKeyStore,
  LibSignalErrorBase,
  PreKeyBundle,
  PreKeyRecord,
  PreKeySignalMessage,
  PreKeyStore,
  PrivateKey,
  processPreKeyBundle,
  processSenderKeyDistributionMessage,
  ProtocolAddress,
  PublicKey,
  SenderKeyDistributionMessage,
  SenderKeyRecord,
  SenderKeyStore,
  SessionRecord,
  SessionStore,
  SignalMessage,
  signalDecrypt,
  signalDecryptPreKey,
  signalEncrypt,
  SignedPreKeyRecord,
  SignedPreKeyStore,
} from '@signalapp/libsignal-client';
import type { Uuid, Direction } from '@signalapp/libsignal-client';
import { cycle, Queue } from './harness.js';
import type { PlaintextCheck } from './harness.js';
import { GAP_ARCHIVED_STATES, GAP_SKIPPED_KEYS, REVERSE_BATCH } from './scenarios.js';
import type { Implementation, WorkloadContext } from './scenarios.js';

type Bytes = Uint8Array<ArrayBuffer>;
const key = (a: ProtocolAddress) => `${a.name()}.${a.deviceId()}`;
const copy = (b: Bytes) => b.slice();

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`libsignal-client store: no ${what}`);
  return value;
}

class Sessions extends SessionStore {
  readonly #records = new Map<string, Bytes>();
  /** The stored record of `name` (for checks outside the timer). */
  bytes(name: ProtocolAddress): Bytes | undefined {
    return this.#records.get(key(name));
  }
  async saveSession(name: ProtocolAddress, record: SessionRecord): Promise<void> {
    this.#records.set(key(name), record.serialize());
  }
  async getSession(name: ProtocolAddress): Promise<SessionRecord | null> {
    const bytes = this.#records.get(key(name));
    return bytes === undefined ? null : SessionRecord.deserialize(copy(bytes));
  }
  async getExistingSessions(addresses: ProtocolAddress[]): Promise<SessionRecord[]> {
    return addresses.map((a) =>
      SessionRecord.deserialize(copy(need(this.#records.get(key(a)), `session ${key(a)}`))),
    );
  }
}

class Identities extends IdentityKeyStore {
  readonly #known = new Map<string, Bytes>();
  constructor(
    readonly identity: IdentityKeyPair,
    readonly registrationId: number,
  ) {
    super();
  }
  async getIdentityKey(): Promise<PrivateKey> {
    return this.identity.privateKey;
  }
  async getLocalRegistrationId(): Promise<number> {
    return this.registrationId;
  }
  async saveIdentity(name: ProtocolAddress, publicKey: PublicKey): Promise<IdentityChange> {
    const bytes = publicKey.serialize();
    const old = this.#known.get(key(name));
    this.#known.set(key(name), bytes);
    return old === undefined || Buffer.from(old).equals(bytes)
      ? IdentityChange.NewOrUnchanged
      : IdentityChange.ReplacedExisting;
  }
  async isTrustedIdentity(
    name: ProtocolAddress,
    publicKey: PublicKey,
    _direction: Direction,
  ): Promise<boolean> {
    const known = this.#known.get(key(name));
    return known === undefined || Buffer.from(known).equals(publicKey.serialize());
  }
  async getIdentity(name: ProtocolAddress): Promise<PublicKey | null> {
    const bytes = this.#known.get(key(name));
    return bytes === undefined ? null : PublicKey.deserialize(copy(bytes));
  }
}

class PreKeys extends PreKeyStore {
  readonly records = new Map<number, Bytes>();
  async savePreKey(id: number, record: PreKeyRecord): Promise<void> {
    this.records.set(id, record.serialize());
  }
  async getPreKey(id: number): Promise<PreKeyRecord> {
    return PreKeyRecord.deserialize(copy(need(this.records.get(id), `prekey ${id}`)));
  }
  async removePreKey(id: number): Promise<void> {
    this.records.delete(id);
  }
}

class SignedPreKeys extends SignedPreKeyStore {
  readonly records = new Map<number, Bytes>();
  async saveSignedPreKey(id: number, record: SignedPreKeyRecord): Promise<void> {
    this.records.set(id, record.serialize());
  }
  async getSignedPreKey(id: number): Promise<SignedPreKeyRecord> {
    return SignedPreKeyRecord.deserialize(copy(need(this.records.get(id), `signed prekey ${id}`)));
  }
}

class KyberPreKeys extends KyberPreKeyStore {
  readonly records = new Map<number, Bytes>();
  async saveKyberPreKey(id: number, record: KyberPreKeyRecord): Promise<void> {
    this.records.set(id, record.serialize());
  }
  async getKyberPreKey(id: number): Promise<KyberPreKeyRecord> {
    return KyberPreKeyRecord.deserialize(copy(need(this.records.get(id), `kyber prekey ${id}`)));
  }
  async markKyberPreKeyUsed(id: number): Promise<void> {
    this.records.delete(id); // one-time Kyber prekeys, as NexusLink's one-time KEM prekeys
  }
}

class SenderKeys extends SenderKeyStore {
  readonly #records = new Map<string, Bytes>();
  async saveSenderKey(sender: ProtocolAddress, id: Uuid, record: SenderKeyRecord): Promise<void> {
    this.#records.set(`${key(sender)}/${id}`, record.serialize());
  }
  async getSenderKey(sender: ProtocolAddress, id: Uuid): Promise<SenderKeyRecord | null> {
    const bytes = this.#records.get(`${key(sender)}/${id}`);
    return bytes === undefined ? null : SenderKeyRecord.deserialize(copy(bytes));
  }
}

interface Stores {
  readonly sessions: Sessions;
  readonly identities: Identities;
  readonly preKeys: PreKeys;
  readonly signedPreKeys: SignedPreKeys;
  readonly kyberPreKeys: KyberPreKeys;
}

interface Party {
  readonly address: ProtocolAddress;
  readonly identity: IdentityKeyPair;
  readonly registrationId: number;
  readonly signed: { id: number; publicKey: PublicKey; signature: Bytes; record: Bytes };
  readonly stores: Stores;
}

const freshStores = (p: Pick<Party, 'identity' | 'registrationId'>): Stores => ({
  sessions: new Sessions(),
  identities: new Identities(p.identity, p.registrationId),
  preKeys: new PreKeys(),
  signedPreKeys: new SignedPreKeys(),
  kyberPreKeys: new KyberPreKeys(),
});

let nextRegistrationId = 1;

function makeParty(name: string): Party {
  const identity = IdentityKeyPair.generate();
  const registrationId = nextRegistrationId++;
  const secret = PrivateKey.generate();
  const publicKey = secret.getPublicKey();
  const signature = identity.privateKey.sign(publicKey.serialize());
  const record = SignedPreKeyRecord.new(1, Date.now(), publicKey, secret, signature).serialize();
  const stores = freshStores({ identity, registrationId });
  stores.signedPreKeys.records.set(1, record);
  return {
    address: ProtocolAddress.new(name, 1),
    identity,
    registrationId,
    signed: { id: 1, publicKey, signature, record },
    stores,
  };
}

/** A bundle of `bob` with fresh one-time EC and Kyber prekeys, their records put in `stores`. */
function freshBundle(bob: Party, stores: Stores, id: number): PreKeyBundle {
  const preKey = PrivateKey.generate();
  stores.preKeys.records.set(id, PreKeyRecord.new(id, preKey.getPublicKey(), preKey).serialize());
  const kyber = KEMKeyPair.generate();
  const kyberSignature = bob.identity.privateKey.sign(kyber.getPublicKey().serialize());
  stores.kyberPreKeys.records.set(
    id,
    KyberPreKeyRecord.new(id, Date.now(), kyber, kyberSignature).serialize(),
  );
  return PreKeyBundle.new(
    bob.registrationId,
    bob.address.deviceId(),
    id,
    preKey.getPublicKey(),
    bob.signed.id,
    bob.signed.publicKey,
    bob.signed.signature,
    bob.identity.publicKey,
    id,
    kyber.getPublicKey(),
    kyberSignature,
  );
}

async function encrypt(from: Party, fromStores: Stores, to: Party, message: Bytes) {
  const m = await signalEncrypt(
    message,
    to.address,
    from.address,
    fromStores.sessions,
    fromStores.identities,
  );
  return { type: m.type(), bytes: m.serialize() };
}

async function decrypt(to: Party, toStores: Stores, from: Party, bytes: Bytes): Promise<Bytes> {
  return signalDecrypt(
    SignalMessage.deserialize(bytes),
    from.address,
    to.address,
    toStores.sessions,
    toStores.identities,
  );
}

async function decryptPreKey(to: Party, s: Stores, from: Party, bytes: Bytes): Promise<Bytes> {
  return signalDecryptPreKey(
    PreKeySignalMessage.deserialize(bytes),
    from.address,
    to.address,
    s.sessions,
    s.identities,
    s.preKeys,
    s.signedPreKeys,
    s.kyberPreKeys,
  );
}

function expectType(type: number, want: CiphertextMessageType, what: string): void {
  if (type !== want)
    throw new Error(
      `libsignal-client: ${what} is type ${type}, not ${CiphertextMessageType[want]}`,
    );
}

/**
 * Alice and Bob with a session both ways (Bob has answered: no more PreKey
 * messages), from a fresh bundle with one-time prekeys `bundleId`. An earlier
 * session between them is archived on both sides.
 */
async function pair(
  messages: readonly Bytes[],
  alice = makeParty('alice'),
  bob = makeParty('bob'),
  bundleId = 1,
) {
  const bundle = freshBundle(bob, bob.stores, bundleId);
  await processPreKeyBundle(
    bundle,
    bob.address,
    alice.address,
    alice.stores.sessions,
    alice.stores.identities,
  );
  const first = await encrypt(alice, alice.stores, bob, messages[0]!);
  expectType(first.type, CiphertextMessageType.PreKey, 'the first message');
  await decryptPreKey(bob, bob.stores, alice, first.bytes);
  const reply = await encrypt(bob, bob.stores, alice, messages[1]!);
  await decrypt(alice, alice.stores, bob, reply.bytes);
  const next = await encrypt(alice, alice.stores, bob, messages[2]!);
  expectType(next.type, CiphertextMessageType.Whisper, 'a message after the reply');
  await decrypt(bob, bob.stores, alice, next.bytes);
  return { alice, bob };
}

/**
 * As NexusLink's: Bob's record of Alice holds GAP_SKIPPED_KEYS skipped keys
 * and GAP_ARCHIVED_STATES archived states (the session made that many times
 * more from fresh bundles, then Alice's messages lost on the last one).
 */
async function gapPair(messages: readonly Bytes[], check: PlaintextCheck) {
  const { alice, bob } = await pair(messages);
  for (let i = 1; i <= GAP_ARCHIVED_STATES; i++) await pair(messages, alice, bob, 1 + i);
  const lost: { bytes: Bytes; message: Bytes }[] = [];
  for (let i = 0; i < GAP_SKIPPED_KEYS; i++) {
    const message = messages[i % messages.length]!;
    const { bytes } = await encrypt(alice, alice.stores, bob, message);
    if (i === 0 || i === GAP_SKIPPED_KEYS - 1) lost.push({ bytes, message });
  }
  const last = messages[0]!;
  const sent = await encrypt(alice, alice.stores, bob, last);
  check.equal(await decrypt(bob, bob.stores, alice, sent.bytes), last);
  const record = () => bob.stores.sessions.bytes(alice.address)!;
  // Bob holds all the skipped keys: the first and the last lost message decrypt on a copy.
  const copy = await storesWith(bob, alice, record());
  for (const { bytes, message } of lost)
    check.equal(await decrypt(bob, copy, alice, bytes), message);
  return { alice, bob, record };
}

/** Fresh stores of `bob` holding `record` as his session with `alice`. */
async function storesWith(bob: Party, alice: Party, record: Bytes): Promise<Stores> {
  const stores = freshStores(bob);
  await stores.sessions.saveSession(alice.address, SessionRecord.deserialize(record.slice()));
  return stores;
}

/**
 * A serialized SignalMessage (version byte, protobuf, 8-byte MAC) with one
 * bit flipped in the last byte of its ciphertext, just before the MAC.
 */
function forge(message: Bytes): Bytes {
  const body = SignalMessage.deserialize(message).body();
  const at = Buffer.from(message).lastIndexOf(Buffer.from(body));
  if (at < 0 || at + body.length > message.length - 8)
    throw new Error('libsignal-client: ciphertext not found in the serialized message');
  const forged = message.slice();
  forged[at + body.length - 1]! ^= 0x01;
  return forged;
}

/**
 * libsignal's error for a message no session state authenticates: Rust's
 * `InvalidMessage(Whisper, "decryption failed")`, which the Node binding
 * throws as a generic error ("invalid Whisper message: decryption failed").
 */
const isInvalidMessage = (err: unknown) =>
  err instanceof LibSignalErrorBase &&
  err.code === ErrorCode.Generic &&
  /^invalid \w+ message: decryption failed/.test(err.message);

const sameBytes = (a: Bytes, b: Bytes) => Buffer.from(a).equals(b);

export const libsignalClient: Implementation = {
  name: 'libsignal-client',
  workloads: {
    async establish({ messages, check }: WorkloadContext) {
      const alice = makeParty('alice');
      const bob = makeParty('bob');
      const next = cycle(messages);
      // Fresh stores on both sides and fresh one-time prekeys per operation, made untimed.
      const pool: { bundle: PreKeyBundle; aliceStores: Stores; bobStores: Stores }[] = [];
      return {
        async prepare(count) {
          while (pool.length < count) {
            const bobStores = freshStores(bob);
            bobStores.signedPreKeys.records.set(bob.signed.id, bob.signed.record);
            pool.push({
              bundle: freshBundle(bob, bobStores, 1),
              aliceStores: freshStores(alice),
              bobStores,
            });
          }
        },
        async op() {
          const { bundle, aliceStores, bobStores } = pool.pop()!;
          const message = next();
          await processPreKeyBundle(
            bundle,
            bob.address,
            alice.address,
            aliceStores.sessions,
            aliceStores.identities,
          );
          const sent = await encrypt(alice, aliceStores, bob, message);
          expectType(sent.type, CiphertextMessageType.PreKey, 'the first message');
          check.equal(await decryptPreKey(bob, bobStores, alice, sent.bytes), message);
        },
      };
    },

    async 'establish-cold'({ messages, check }: WorkloadContext) {
      const next = cycle(messages);
      // Fresh identities, signed prekeys, one-time prekeys and stores for both
      // parties per operation, made untimed. libsignal-client keeps no caches
      // of verified signatures or imported keys, so nothing more is needed.
      const pool = new Queue<{ alice: Party; bob: Party; bundle: PreKeyBundle }>();
      return {
        async prepare(count) {
          while (pool.length < count) {
            const alice = makeParty('alice');
            const bob = makeParty('bob');
            pool.put({ alice, bob, bundle: freshBundle(bob, bob.stores, 1) });
          }
        },
        async op() {
          const { alice, bob, bundle } = pool.take();
          const message = next();
          await processPreKeyBundle(
            bundle,
            bob.address,
            alice.address,
            alice.stores.sessions,
            alice.stores.identities,
          );
          const sent = await encrypt(alice, alice.stores, bob, message);
          expectType(sent.type, CiphertextMessageType.PreKey, 'the first message');
          check.equal(await decryptPreKey(bob, bob.stores, alice, sent.bytes), message);
        },
      };
    },

    async steady({ messages, check }: WorkloadContext) {
      const { alice, bob } = await pair(messages);
      const next = cycle(messages);
      return {
        async op() {
          const message = next();
          const sent = await encrypt(alice, alice.stores, bob, message);
          check.equal(await decrypt(bob, bob.stores, alice, sent.bytes), message);
        },
      };
    },

    async 'ping-pong'({ messages, check }: WorkloadContext) {
      const { alice, bob } = await pair(messages);
      const next = cycle(messages);
      let turn = 0;
      return {
        async op() {
          const message = next();
          const [from, to] = turn++ % 2 === 0 ? [alice, bob] : [bob, alice];
          const sent = await encrypt(from, from.stores, to, message);
          check.equal(await decrypt(to, to.stores, from, sent.bytes), message);
        },
      };
    },

    async group({ messages, check }: WorkloadContext) {
      const alice = makeParty('alice');
      const aliceKeys = new SenderKeys();
      const bobKeys = new SenderKeys();
      const distributionId = globalThis.crypto.randomUUID();
      const distribution = await SenderKeyDistributionMessage.create(
        alice.address,
        distributionId,
        aliceKeys,
      );
      await processSenderKeyDistributionMessage(
        alice.address,
        SenderKeyDistributionMessage.deserialize(distribution.serialize()),
        bobKeys,
      );
      const next = cycle(messages);
      return {
        async op() {
          const message = next();
          const sent = await groupEncrypt(alice.address, distributionId, aliceKeys, message);
          check.equal(await groupDecrypt(alice.address, bobKeys, sent.serialize()), message);
        },
      };
    },

    async 'steady-after-gap'({ messages, check }: WorkloadContext) {
      const { alice, bob } = await gapPair(messages, check);
      const next = cycle(messages);
      return {
        async op() {
          const message = next();
          const sent = await encrypt(alice, alice.stores, bob, message);
          check.equal(await decrypt(bob, bob.stores, alice, sent.bytes), message);
        },
      };
    },

    async reverse({ messages, check }: WorkloadContext) {
      const { alice, bob } = await pair(messages);
      const next = cycle(messages);
      const pending = new Queue<{ bytes: Bytes; message: Bytes }>();
      return {
        async prepare(count) {
          while (pending.length < count) {
            const batch = [];
            for (let i = 0; i < REVERSE_BATCH; i++) {
              const message = next();
              const { bytes } = await encrypt(alice, alice.stores, bob, message);
              batch.push({ bytes, message });
            }
            pending.put(...batch.reverse());
          }
        },
        async op() {
          const { bytes, message } = pending.take();
          check.equal(await decrypt(bob, bob.stores, alice, bytes), message);
        },
      };
    },

    async 'valid-on-gap'({ messages, check }: WorkloadContext) {
      const { alice, bob } = await gapPair(messages, check);
      const next = cycle(messages);
      const pending = new Queue<{ bytes: Bytes; message: Bytes }>();
      return {
        async prepare(count) {
          while (pending.length < count) {
            const message = next();
            const { bytes } = await encrypt(alice, alice.stores, bob, message);
            pending.put({ bytes, message });
          }
        },
        async op() {
          const { bytes, message } = pending.take();
          check.equal(await decrypt(bob, bob.stores, alice, bytes), message);
        },
      };
    },

    async forged({ messages, check }: WorkloadContext) {
      const { alice, bob, record } = await gapPair(messages, check);
      const message = messages[0]!;
      const valid = await encrypt(alice, alice.stores, bob, message);
      const forged = forge(valid.bytes);
      const before = record();
      // The unforged message decrypts on a copy of Bob's record: the forgery alone fails.
      const copy = await storesWith(bob, alice, before);
      check.equal(await decrypt(bob, copy, alice, valid.bytes), message);
      return {
        // Untimed, before every batch: the failures so far left the record as it was.
        async prepare() {
          if (!sameBytes(record(), before))
            throw new Error("libsignal-client: a forged message changed Bob's record");
        },
        async op() {
          let error: unknown;
          try {
            await decrypt(bob, bob.stores, alice, forged);
          } catch (err) {
            error = err;
          }
          check.refused(isInvalidMessage(error), error);
        },
      };
    },
  },
};
