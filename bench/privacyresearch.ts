// @privacyresearch/libsignal-protocol-typescript: a portable TypeScript
// Signal protocol (WebCrypto for AES and HMAC, curve25519 compiled to JS),
// the anchor for NexusLink's portable provider. It has no groups and no
// post-quantum prekeys. Its session records are serialized strings already.
import {
  KeyHelper,
  SessionBuilder,
  SessionCipher,
  SignalProtocolAddress,
} from '@privacyresearch/libsignal-protocol-typescript';
import type {
  DeviceType,
  KeyPairType,
  SignedPreKeyPairType,
  StorageType,
  Direction,
} from '@privacyresearch/libsignal-protocol-typescript';
import { cycle } from './harness.js';
import type { Implementation, WorkloadContext } from './scenarios.js';

const WHISPER = 1;
const PREKEY_WHISPER = 3;

class Store implements StorageType {
  readonly preKeys = new Map<string, KeyPairType>();
  readonly signedPreKeys = new Map<string, KeyPairType>();
  readonly #sessions = new Map<string, string>();
  readonly #identities = new Map<string, ArrayBuffer>();
  constructor(
    readonly identity: KeyPairType,
    readonly registrationId: number,
  ) {}
  getIdentityKeyPair = async () => this.identity;
  getLocalRegistrationId = async () => this.registrationId;
  isTrustedIdentity = async (name: string, identityKey: ArrayBuffer, _direction: Direction) => {
    const known = this.#identities.get(name);
    return known === undefined || Buffer.from(known).equals(Buffer.from(identityKey));
  };
  saveIdentity = async (encodedAddress: string, publicKey: ArrayBuffer) => {
    const name = SignalProtocolAddress.fromString(encodedAddress).name;
    const known = this.#identities.get(name);
    this.#identities.set(name, publicKey);
    return known !== undefined && !Buffer.from(known).equals(Buffer.from(publicKey));
  };
  loadPreKey = async (id: string | number) => this.preKeys.get(String(id));
  storePreKey = async (id: string | number, keyPair: KeyPairType) =>
    void this.preKeys.set(String(id), keyPair);
  removePreKey = async (id: string | number) => void this.preKeys.delete(String(id));
  storeSession = async (address: string, record: string) =>
    void this.#sessions.set(address, record);
  loadSession = async (address: string) => this.#sessions.get(address);
  loadSignedPreKey = async (id: string | number) => this.signedPreKeys.get(String(id));
  storeSignedPreKey = async (id: string | number, keyPair: KeyPairType) =>
    void this.signedPreKeys.set(String(id), keyPair);
  removeSignedPreKey = async (id: string | number) => void this.signedPreKeys.delete(String(id));
}

interface Party {
  readonly address: SignalProtocolAddress;
  readonly identity: KeyPairType;
  readonly registrationId: number;
  readonly signed: SignedPreKeyPairType;
  readonly store: Store;
}

function freshStore(p: Pick<Party, 'identity' | 'registrationId' | 'signed'>): Store {
  const store = new Store(p.identity, p.registrationId);
  store.signedPreKeys.set(String(p.signed.keyId), p.signed.keyPair);
  return store;
}

async function makeParty(name: string): Promise<Party> {
  const identity = await KeyHelper.generateIdentityKeyPair();
  const registrationId = KeyHelper.generateRegistrationId();
  const signed = await KeyHelper.generateSignedPreKey(identity, 1);
  return {
    address: new SignalProtocolAddress(name, 1),
    identity,
    registrationId,
    signed,
    store: freshStore({ identity, registrationId, signed }),
  };
}

/** A bundle of `bob` with a fresh one-time prekey, its secret put in `store`. */
async function freshBundle(bob: Party, store: Store, id: number): Promise<DeviceType> {
  const preKey = await KeyHelper.generatePreKey(id);
  store.preKeys.set(String(id), preKey.keyPair);
  return {
    identityKey: bob.identity.pubKey,
    registrationId: bob.registrationId,
    signedPreKey: {
      keyId: bob.signed.keyId,
      publicKey: bob.signed.keyPair.pubKey,
      signature: bob.signed.signature,
    },
    preKey: { keyId: id, publicKey: preKey.keyPair.pubKey },
  };
}

const bytes = (b: ArrayBuffer) => new Uint8Array(b);

async function encrypt(store: Store, to: Party, message: Uint8Array<ArrayBuffer>) {
  const sent = await new SessionCipher(store, to.address).encrypt(message.buffer);
  if (sent.body === undefined) throw new Error('privacyresearch: encrypt returned no body');
  return { type: sent.type, body: sent.body };
}

function expectType(type: number, want: number, what: string): void {
  if (type !== want) throw new Error(`privacyresearch: ${what} is type ${type}, not ${want}`);
}

/** Alice and Bob with a session both ways (Bob has answered: no more PreKey messages). */
async function pair(messages: readonly Uint8Array<ArrayBuffer>[]) {
  const alice = await makeParty('alice');
  const bob = await makeParty('bob');
  await new SessionBuilder(alice.store, bob.address).processPreKey(
    await freshBundle(bob, bob.store, 1),
  );
  const first = await encrypt(alice.store, bob, messages[0]!);
  expectType(first.type, PREKEY_WHISPER, 'the first message');
  await new SessionCipher(bob.store, alice.address).decryptPreKeyWhisperMessage(first.body);
  const reply = await encrypt(bob.store, alice, messages[1]!);
  await new SessionCipher(alice.store, bob.address).decryptWhisperMessage(reply.body);
  const next = await encrypt(alice.store, bob, messages[2]!);
  expectType(next.type, WHISPER, 'a message after the reply');
  await new SessionCipher(bob.store, alice.address).decryptWhisperMessage(next.body);
  return { alice, bob };
}

export const privacyresearch: Implementation = {
  name: 'privacyresearch',
  workloads: {
    async establish({ messages, check }: WorkloadContext) {
      const alice = await makeParty('alice');
      const bob = await makeParty('bob');
      const next = cycle(messages);
      // Fresh stores on both sides and a fresh one-time prekey per operation, made untimed.
      const pool: { bundle: DeviceType; aliceStore: Store; bobStore: Store }[] = [];
      return {
        async prepare(count) {
          while (pool.length < count) {
            const bobStore = freshStore(bob);
            pool.push({
              bundle: await freshBundle(bob, bobStore, 1),
              aliceStore: freshStore(alice),
              bobStore,
            });
          }
        },
        async op() {
          const { bundle, aliceStore, bobStore } = pool.pop()!;
          const message = next();
          await new SessionBuilder(aliceStore, bob.address).processPreKey(bundle);
          const sent = await encrypt(aliceStore, bob, message);
          expectType(sent.type, PREKEY_WHISPER, 'the first message');
          const plaintext = await new SessionCipher(
            bobStore,
            alice.address,
          ).decryptPreKeyWhisperMessage(sent.body);
          check.equal(bytes(plaintext), message);
        },
      };
    },

    async steady({ messages, check }: WorkloadContext) {
      const { alice, bob } = await pair(messages);
      const next = cycle(messages);
      const sender = new SessionCipher(alice.store, bob.address);
      const receiver = new SessionCipher(bob.store, alice.address);
      return {
        async op() {
          const message = next();
          const sent = await sender.encrypt(message.buffer);
          expectType(sent.type, WHISPER, 'a steady message');
          check.equal(bytes(await receiver.decryptWhisperMessage(sent.body!)), message);
        },
      };
    },

    async 'ping-pong'({ messages, check }: WorkloadContext) {
      const { alice, bob } = await pair(messages);
      const next = cycle(messages);
      const ciphers = [
        [new SessionCipher(alice.store, bob.address), new SessionCipher(bob.store, alice.address)],
        [new SessionCipher(bob.store, alice.address), new SessionCipher(alice.store, bob.address)],
      ] as const;
      let turn = 0;
      return {
        async op() {
          const message = next();
          const [sender, receiver] = ciphers[turn++ % 2]!;
          const sent = await sender.encrypt(message.buffer);
          expectType(sent.type, WHISPER, 'a ping-pong message');
          check.equal(bytes(await receiver.decryptWhisperMessage(sent.body!)), message);
        },
      };
    },
  },
};
