// NexusLink's side of the benchmarks: the session API (src/ratchet) over the
// in-memory stores of @nexuslink/sdk/testing, which copy encoded records in
// and out as a real store would. The crypto provider is whatever is active.
import {
  certifyNewDevice,
  createIdentity,
  deviceSigner,
  issueSelfSigningCertificate,
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
import {
  decryptMessage,
  deviceAddress,
  encryptMessage,
  establishSession,
} from '../src/ratchet/session.js';
import type { SessionContext } from '../src/ratchet/session.js';
import type { ProtocolStores } from '../src/interfaces/sessions.js';
import { memoryProtocolStores } from '../src/testing/index.js';
import { envelopeCodec } from '../src/wire/messages.js';
import { EnvelopeType } from '../src/wire/gen/nexuslink/v1/envelope_pb.js';
import { cycle } from './harness.js';
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

/** A device with identity, self-signing and device certificates, stores and prekeys. */
export async function makeDevice(
  name: string,
  stores: ProtocolStores = memoryProtocolStores(),
): Promise<Device> {
  const { identity } = createIdentity();
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
  const signedPreKey = await createSignedPreKey(device, stores.preKeys, 1, { clock: past });
  await createKemPreKey(device, stores.preKeys, 1000, { lastResort: true, clock: past });
  return { device, ctx: { stores }, signedPreKey };
}

const addressOf = (d: Device) => deviceAddress(d.device.uuid, d.device.deviceId);

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

/** Alice and Bob with a session both ways (Bob has answered: no more PreKeyMessages). */
export async function pair(messages: readonly Uint8Array[], alice: Device, bob: Device) {
  const bobAddress = await establishSession(
    alice.device,
    await freshBundle(bob, bob.ctx.stores, 1),
    alice.ctx,
  );
  const first = await encryptMessage(alice.device, bobAddress, messages[0]!, alice.ctx);
  expectType(first, EnvelopeType.PREKEY_MESSAGE, 'the first message');
  const aliceAddress = (await decryptMessage(bob.device, first, bob.ctx)).sender;
  const reply = await encryptMessage(bob.device, aliceAddress, messages[1]!, bob.ctx);
  await decryptMessage(alice.device, reply, alice.ctx);
  const next = await encryptMessage(alice.device, bobAddress, messages[2]!, alice.ctx);
  expectType(next, EnvelopeType.RATCHET_MESSAGE, 'a message after the reply');
  await decryptMessage(bob.device, next, bob.ctx);
  return { alice, bob, aliceAddress, bobAddress };
}

/** NexusLink with `provider` active for set-up and every operation. */
export function nexuslink(name: string, provider: CryptoProvider): Implementation {
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
        const alice = await makeDevice('alice');
        const bob = await makeDevice('bob');
        const distributionId = globalThis.crypto.getRandomValues(new Uint8Array(16));
        const distribution = await createSenderKeyDistribution(
          alice.device,
          distributionId,
          alice.ctx,
        );
        await processSenderKeyDistribution(addressOf(alice), distribution, bob.ctx);
        const next = cycle(messages);
        return {
          async op() {
            const message = next();
            const envelope = await groupEncrypt(alice.device, distributionId, message, alice.ctx);
            check.equal((await groupDecrypt(envelope, bob.ctx)).plaintext, message);
          },
        };
      },
    },
  };
}
