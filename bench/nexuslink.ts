// NexusLink's side of the benchmarks: the session API (src/ratchet) over the
// in-memory stores of @nexuslink/sdk/testing, which copy encoded records in
// and out as a real store would. The crypto provider is whatever is active.
import {
  certifyNewDevice,
  deviceSigner,
  Identity,
  issueSelfSigningCertificate,
  NexusError,
  SigningKeyPair,
  softwareKeyStore,
} from '../src/index.js';
import { setCryptoProvider } from '../src/primitives/provider.js';
import type { CryptoProvider } from '../src/primitives/provider.js';
import {
  createKemPreKey,
  createOneTimePreKeys,
  createPreKeyBundle,
  createSignedPreKey,
  localDevice,
} from '../src/ratchet/prekeys.js';
import type { LocalDevice } from '../src/ratchet/prekeys.js';
import {
  createSenderKeyDistribution,
  groupDecrypt,
  groupEncrypt,
  processSenderKeyDistribution,
} from '../src/ratchet/sender-keys.js';
import { decryptMessage, encryptMessage, establishSession } from '../src/ratchet/session.js';
import type { SessionContext } from '../src/ratchet/session.js';
import type { DeviceAddress, ProtocolStores } from '../src/interfaces/sessions.js';
import { memoryProtocolStores } from '../src/testing/index.js';
import { envelopeCodec, ratchetMessageCodec } from '../src/wire/messages.js';
import { EnvelopeType } from '../src/wire/gen/nexuslink/v1/envelope_pb.js';
import { cycle, Queue } from './harness.js';
import type { PlaintextCheck } from './harness.js';
import { crossOperationCacheHits } from './cold-check.js';
import {
  COLD_LOOKAHEAD,
  GAP_ARCHIVED_STATES,
  GAP_SKIPPED_KEYS,
  REVERSE_BATCH,
} from './scenarios.js';
import type { Implementation, WorkloadContext } from './scenarios.js';

/** Certificates are issued a second in the past so they verify at once. */
const past = { now: () => Date.now() - 1000 };

export interface Device {
  readonly device: LocalDevice;
  /** Stores with the device's signed prekey (id 1) and last-resort KEM prekey (id 1000). */
  readonly ctx: SessionContext;
  /** The signed prekey, as it goes into bundles. */
  readonly signedPreKey: Uint8Array;
}

/**
 * A device with identity, self-signing and device certificates, stores and
 * prekeys (`prekeys: false`: none, for a party that only initiates). The
 * identity comes from a random seed: a mnemonic's PBKDF2 would cost 8 ms of
 * set-up per device and changes nothing that is measured.
 */
export async function makeDevice(
  name: string,
  stores: ProtocolStores = memoryProtocolStores(),
  { prekeys = true }: { prekeys?: boolean } = {},
): Promise<Device> {
  const identity = Identity.fromSeed(globalThis.crypto.getRandomValues(new Uint8Array(32)));
  const ssk = SigningKeyPair.generate();
  const sskCert = await issueSelfSigningCertificate({
    identity,
    signingKey: ssk.publicKey,
    createdAt: past.now(),
  });
  const keyStore = softwareKeyStore();
  const nd = await certifyNewDevice({
    keyStore,
    selfSigningKey: ssk,
    identityKey: identity.publicKey.bytes,
    displayName: name,
    clock: past,
  });
  const device = localDevice({
    deviceCertificate: nd.certificate.bytes,
    selfSigningCertificate: sskCert.bytes,
    keyAgreementKey: nd.keyAgreementKey,
    signer: await deviceSigner(keyStore, nd.signingKeyId),
  });
  if (!prekeys) return { device, ctx: { stores }, signedPreKey: new Uint8Array(0) };
  const signedPreKey = await createSignedPreKey(device, stores.preKeys, 1, { clock: past });
  await createKemPreKey(device, stores.preKeys, 1000, { lastResort: true, clock: past });
  return { device, ctx: { stores }, signedPreKey };
}

/** A fresh bundle of `bob` (new one-time X25519 and ML-KEM prekeys) in `stores`. */
async function freshBundle(bob: Device, stores: ProtocolStores, id: number): Promise<Uint8Array> {
  const [oneTime] = await createOneTimePreKeys(stores.preKeys, id, 1, { clock: past });
  const kem = await createKemPreKey(bob.device, stores.preKeys, id, { clock: past });
  return createPreKeyBundle({
    device: bob.device,
    signedPreKey: bob.signedPreKey,
    kemPreKey: kem,
    oneTimePreKey: oneTime!,
  });
}

function expectType(envelope: Uint8Array, type: EnvelopeType, what: string): void {
  if (envelopeCodec.decode(envelope).type !== type)
    throw new Error(`nexuslink: ${what} is not a ${EnvelopeType[type]}`);
}

/**
 * Alice and Bob with a session both ways (Bob has answered: no more
 * PreKeyMessages), from a fresh bundle with one-time prekeys `bundleId`. An
 * earlier session between them is archived on both sides.
 */
export async function pair(
  messages: readonly Uint8Array[],
  alice: Device,
  bob: Device,
  bundleId = 1,
) {
  const bobAddress = await establishSession(
    alice.device,
    await freshBundle(bob, bob.ctx.stores, bundleId),
    alice.ctx,
  );
  const first = await encryptMessage(alice.device, bobAddress, messages[0]!, alice.ctx);
  expectType(first, EnvelopeType.PREKEY_MESSAGE, 'the first message');
  const received = await decryptMessage(bob.device, first, bob.ctx);
  if (!received.newSession) throw new Error('nexuslink: no new session was created');
  const aliceAddress = received.sender;
  const reply = await encryptMessage(bob.device, aliceAddress, messages[1]!, bob.ctx);
  await decryptMessage(alice.device, reply, alice.ctx);
  const next = await encryptMessage(alice.device, bobAddress, messages[2]!, alice.ctx);
  expectType(next, EnvelopeType.RATCHET_MESSAGE, 'a message after the reply');
  await decryptMessage(bob.device, next, bob.ctx);
  return { alice, bob, aliceAddress, bobAddress };
}

/**
 * Alice and Bob where Bob's record of Alice holds GAP_SKIPPED_KEYS skipped
 * message keys and GAP_ARCHIVED_STATES archived states: the session made
 * GAP_ARCHIVED_STATES + 1 times (Alice fetches a fresh bundle each time, Bob
 * receives her PreKeyMessage and answers), then on the last one Alice sends
 * GAP_SKIPPED_KEYS messages Bob never gets and one he does.
 */
async function gapPair(messages: readonly Uint8Array[], check: PlaintextCheck) {
  const bobStores = memoryProtocolStores();
  const alice = await makeDevice('alice');
  const bob = await makeDevice('bob', bobStores);
  let session = await pair(messages, alice, bob, 1);
  for (let i = 1; i <= GAP_ARCHIVED_STATES; i++) session = await pair(messages, alice, bob, 1 + i);
  const { aliceAddress, bobAddress } = session;
  const lost: { envelope: Uint8Array; message: Uint8Array }[] = [];
  for (let i = 0; i < GAP_SKIPPED_KEYS; i++) {
    const message = messages[i % messages.length]!;
    const envelope = await encryptMessage(alice.device, bobAddress, message, alice.ctx);
    if (i === 0 || i === GAP_SKIPPED_KEYS - 1) lost.push({ envelope, message });
  }
  const last = messages[0]!;
  const envelope = await encryptMessage(alice.device, bobAddress, last, alice.ctx);
  check.equal((await decryptMessage(bob.device, envelope, bob.ctx)).plaintext, last);
  // Bob holds all the skipped keys: the first and the last lost message decrypt on a copy.
  const copy = { stores: bobStores.copy() };
  for (const { envelope, message } of lost)
    check.equal((await decryptMessage(bob.device, envelope, copy)).plaintext, message);
  return { ...session, bobStores, state: () => sessionState(bobStores, aliceAddress) };
}

/** Everything stored of one session (the record and its entries), to compare. */
async function sessionState(stores: ProtocolStores, address: DeviceAddress): Promise<string> {
  const hex = (b: Uint8Array | null) => (b === null ? '-' : Buffer.from(b).toString('hex'));
  const parts = [hex(await stores.sessions.loadSession(address))];
  for (const name of await stores.sessions.listSessionEntries(address, ''))
    parts.push(`${name}=${hex(await stores.sessions.loadSessionEntry(address, name))}`);
  return parts.join('\n');
}

/** `envelope` (a RatchetMessage) with one bit flipped in the last ciphertext byte before the tag. */
function forge(envelope: Uint8Array): Uint8Array {
  const env = envelopeCodec.decode(envelope);
  const message = ratchetMessageCodec.decode(env.content);
  const ciphertext = message.ciphertext.slice();
  ciphertext[ciphertext.length - 17]! ^= 0x01; // the 16-byte Poly1305 tag ends it
  return envelopeCodec.encode({
    ...env,
    content: ratchetMessageCodec.encode({ ...message, ciphertext }),
  });
}

/** NexusLink with `provider` active for set-up and every operation. */
export function nexuslink(
  name: string,
  provider: CryptoProvider,
  /** Provider for building establish-cold's identities and prekeys (untimed); default `provider`. */
  setupProvider: CryptoProvider = provider,
): Implementation {
  return {
    name,
    activate: () => setCryptoProvider(provider),
    workloads: {
      async establish({ messages, check }: WorkloadContext) {
        const alice = await makeDevice('alice');
        const bob = await makeDevice('bob');
        const signedRecord = (await bob.ctx.stores.preKeys.loadPreKey('signed', 1))!;
        const next = cycle(messages);
        // Each operation gets fresh stores on both sides (no archived sessions piling
        // up) and a bundle with fresh one-time prekeys, all made before the timer starts.
        const pool: { bundle: Uint8Array; aliceCtx: SessionContext; bobCtx: SessionContext }[] = [];
        return {
          async prepare(count) {
            while (pool.length < count) {
              const bobStores = memoryProtocolStores();
              await bobStores.preKeys.storePreKey('signed', 1, signedRecord);
              pool.push({
                bundle: await freshBundle(bob, bobStores, 1),
                aliceCtx: { stores: memoryProtocolStores() },
                bobCtx: { stores: bobStores },
              });
            }
          },
          async op() {
            const { bundle, aliceCtx, bobCtx } = pool.pop()!;
            const message = next();
            const address = await establishSession(alice.device, bundle, aliceCtx);
            const envelope = await encryptMessage(alice.device, address, message, aliceCtx);
            const received = await decryptMessage(bob.device, envelope, bobCtx);
            if (!received.newSession) throw new Error('nexuslink: no new session was created');
            check.equal(received.plaintext, message);
          },
        };
      },

      async 'establish-cold'({ messages, check }: WorkloadContext) {
        const next = cycle(messages);
        // Each operation gets two devices of its own and a bundle, built
        // COLD_LOOKAHEAD operations before its turn (see there).
        const pool = new Queue<{ alice: Device; bob: Device; bundle: Uint8Array }>();
        const build = async () => {
          const bob = await makeDevice('bob');
          return {
            alice: await makeDevice('alice', memoryProtocolStores(), { prekeys: false }),
            bob,
            bundle: await freshBundle(bob, bob.ctx.stores, 1),
          };
        };
        const workload = {
          async prepare(count: number) {
            setCryptoProvider(setupProvider);
            try {
              while (pool.length < count + COLD_LOOKAHEAD) pool.put(await build());
            } finally {
              setCryptoProvider(provider);
            }
          },
          async op() {
            const { alice, bob, bundle } = pool.take();
            const message = next();
            const address = await establishSession(alice.device, bundle, alice.ctx);
            const envelope = await encryptMessage(alice.device, address, message, alice.ctx);
            const received = await decryptMessage(bob.device, envelope, bob.ctx);
            if (!received.newSession) throw new Error('nexuslink: no new session was created');
            check.equal(received.plaintext, message);
          },
        };
        await workload.prepare(3);
        const hits = await crossOperationCacheHits(workload.op, 3);
        if (hits.length)
          throw new Error(
            `${name}: establish-cold is not cold, ${hits.length} cache hits on entries made before the operation (raise COLD_LOOKAHEAD): ${hits.slice(0, 3).join('; ')}`,
          );
        return workload;
      },

      async steady({ messages, check }: WorkloadContext) {
        const { alice, bob, bobAddress } = await pair(
          messages,
          await makeDevice('alice'),
          await makeDevice('bob'),
        );
        const next = cycle(messages);
        return {
          async op() {
            const message = next();
            const envelope = await encryptMessage(alice.device, bobAddress, message, alice.ctx);
            check.equal((await decryptMessage(bob.device, envelope, bob.ctx)).plaintext, message);
          },
        };
      },

      async 'ping-pong'({ messages, check }: WorkloadContext) {
        const { alice, bob, aliceAddress, bobAddress } = await pair(
          messages,
          await makeDevice('alice'),
          await makeDevice('bob'),
        );
        const next = cycle(messages);
        let turn = 0;
        return {
          async op() {
            const message = next();
            const [from, to, address] =
              turn++ % 2 === 0 ? [alice, bob, bobAddress] : [bob, alice, aliceAddress];
            const envelope = await encryptMessage(from.device, address, message, from.ctx);
            check.equal((await decryptMessage(to.device, envelope, to.ctx)).plaintext, message);
          },
        };
      },

      async group({ messages, check }: WorkloadContext) {
        const { alice, bob, bobAddress } = await pair(
          messages,
          await makeDevice('alice'),
          await makeDevice('bob'),
        );
        const distributionId = globalThis.crypto.getRandomValues(new Uint8Array(16));
        const distribution = await createSenderKeyDistribution(
          alice.device,
          distributionId,
          alice.ctx,
        );
        // A distribution is processed with the 1:1 message that carried it (its authenticated sender).
        const carrier = await encryptMessage(alice.device, bobAddress, distribution, alice.ctx);
        const received = await decryptMessage(bob.device, carrier, bob.ctx);
        await processSenderKeyDistribution(received, received.plaintext, bob.ctx);
        const next = cycle(messages);
        return {
          async op() {
            const message = next();
            const envelope = await groupEncrypt(alice.device, distributionId, message, alice.ctx);
            check.equal((await groupDecrypt(envelope, bob.ctx)).plaintext, message);
          },
        };
      },

      async 'steady-after-gap'({ messages, check }: WorkloadContext) {
        const { alice, bob, bobAddress } = await gapPair(messages, check);
        const next = cycle(messages);
        return {
          async op() {
            const message = next();
            const envelope = await encryptMessage(alice.device, bobAddress, message, alice.ctx);
            check.equal((await decryptMessage(bob.device, envelope, bob.ctx)).plaintext, message);
          },
        };
      },

      async reverse({ messages, check }: WorkloadContext) {
        const { alice, bob, bobAddress } = await pair(
          messages,
          await makeDevice('alice'),
          await makeDevice('bob'),
        );
        const next = cycle(messages);
        const pending = new Queue<{ envelope: Uint8Array; message: Uint8Array }>();
        return {
          async prepare(count) {
            while (pending.length < count) {
              const batch = [];
              for (let i = 0; i < REVERSE_BATCH; i++) {
                const message = next();
                const envelope = await encryptMessage(alice.device, bobAddress, message, alice.ctx);
                batch.push({ envelope, message });
              }
              pending.put(...batch.reverse());
            }
          },
          async op() {
            const { envelope, message } = pending.take();
            check.equal((await decryptMessage(bob.device, envelope, bob.ctx)).plaintext, message);
          },
        };
      },

      async 'valid-on-gap'({ messages, check }: WorkloadContext) {
        const { alice, bob, bobAddress } = await gapPair(messages, check);
        const next = cycle(messages);
        const pending = new Queue<{ envelope: Uint8Array; message: Uint8Array }>();
        return {
          async prepare(count) {
            while (pending.length < count) {
              const message = next();
              const envelope = await encryptMessage(alice.device, bobAddress, message, alice.ctx);
              pending.put({ envelope, message });
            }
          },
          async op() {
            const { envelope, message } = pending.take();
            check.equal((await decryptMessage(bob.device, envelope, bob.ctx)).plaintext, message);
          },
        };
      },

      async forged({ messages, check }: WorkloadContext) {
        const { alice, bob, bobAddress, bobStores, state } = await gapPair(messages, check);
        const message = messages[0]!;
        const valid = await encryptMessage(alice.device, bobAddress, message, alice.ctx);
        const forged = forge(valid);
        const before = await state();
        // The unforged message decrypts on a copy of Bob's stores: the forgery alone fails.
        const copy = { stores: bobStores.copy() };
        check.equal((await decryptMessage(bob.device, valid, copy)).plaintext, message);
        const attempt = async (): Promise<unknown> => {
          try {
            await decryptMessage(bob.device, forged, bob.ctx);
          } catch (err) {
            return err;
          }
          return undefined;
        };
        const first = await attempt();
        check.refused(NexusError.is(first, 'DECRYPT_FAILED'), first);
        return {
          // Untimed, before every batch: the failures so far left the record as it was.
          async prepare() {
            if ((await state()) !== before)
              throw new Error("nexuslink: a forged message changed Bob's session");
          },
          async op() {
            const error = await attempt();
            check.refused(NexusError.is(error, 'DECRYPT_FAILED'), error);
          },
        };
      },
    },
  };
}
