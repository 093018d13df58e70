import {
  NexusError,
  certifyNewDevice,
  createIdentity,
  deviceSigner,
  issueSelfSigningCertificate,
  SigningKeyPair,
  softwareKeyStore,
} from '../../src/index.js';
import type { Clock } from '../../src/interfaces/runtime.js';
import { memoryProtocolStores } from '../../src/testing/index.js';
import {
  createKemPreKey,
  createOneTimePreKeys,
  createPreKeyBundle,
  createSignedPreKey,
  localDevice,
} from '../../src/ratchet/prekeys.js';
import type { LocalDevice } from '../../src/ratchet/prekeys.js';
import {
  decryptMessage,
  deviceAddress,
  encryptMessage,
  establishSession,
  hasSession,
} from '../../src/ratchet/session.js';
import type { SessionContext } from '../../src/ratchet/session.js';
import { processSenderKeyDistribution } from '../../src/ratchet/sender-keys.js';

/** A settable clock. */
export function testClock(
  start = 1_767_225_600_000,
): Clock & { advance(ms: number): void; set(ms: number): void } {
  let t = start;
  return { now: () => t, advance: (ms) => void (t += ms), set: (ms) => void (t = ms) };
}

export interface Party {
  device: LocalDevice;
  /** The identity's self-signing key (to issue revocation lists in tests). */
  sskSigner: SigningKeyPair;
  ctx: SessionContext & { stores: ReturnType<typeof memoryProtocolStores> };
  /** A fresh bundle (uses the next one-time prekey, or none). */
  bundle(options?: { oneTime?: boolean; lastResort?: boolean }): Promise<Uint8Array>;
}

/** A device with its identity, stores and prekeys. */
export async function makeParty(name: string, clock = testClock()): Promise<Party> {
  const { identity } = createIdentity();
  const ssk = SigningKeyPair.generate();
  const sskCert = await issueSelfSigningCertificate({
    identity,
    signingKey: ssk.publicKey,
    createdAt: clock.now() - 1000,
  });
  const keyStore = softwareKeyStore();
  const nd = await certifyNewDevice({
    keyStore,
    selfSigningKey: ssk,
    identityKey: identity.publicKey.bytes,
    displayName: name,
    clock: { now: () => clock.now() - 1000 },
  });
  const device = localDevice({
    deviceCertificate: nd.certificate.bytes,
    selfSigningCertificate: sskCert.bytes,
    keyAgreementKey: nd.keyAgreementKey,
    signer: await deviceSigner(keyStore, nd.signingKeyId),
    now: clock.now(),
  });
  const stores = memoryProtocolStores();
  const ctx = { stores, clock };
  const signed = await createSignedPreKey(device, stores.preKeys, 1, { clock });
  const lastResort = await createKemPreKey(device, stores.preKeys, 1000, {
    lastResort: true,
    clock,
  });
  let nextOneTime = 1;
  let nextKem = 1;
  return {
    device,
    sskSigner: ssk,
    ctx,
    async bundle(options = {}) {
      const oneTime =
        options.oneTime === false
          ? null
          : (await createOneTimePreKeys(stores.preKeys, nextOneTime++, 1, { clock }))[0]!;
      const kem = options.lastResort
        ? lastResort
        : await createKemPreKey(device, stores.preKeys, nextKem++, { clock });
      return createPreKeyBundle({
        device,
        signedPreKey: signed,
        kemPreKey: kem,
        oneTimePreKey: oneTime,
      });
    },
  };
}

/**
 * Deliver `from`'s sender key distribution to `to` as the SDK requires: inside
 * a 1:1 message (a session is established first when there is none), and
 * processed with the decrypted message that carried it.
 */
export async function deliverDistribution(
  from: Party,
  to: Party,
  distribution: Uint8Array,
): Promise<void> {
  const address = deviceAddress(to.device.uuid, to.device.deviceId);
  if (!(await hasSession(address, from.ctx)))
    await establishSession(from.device, await to.bundle(), from.ctx);
  const received = await decryptMessage(
    to.device,
    await encryptMessage(from.device, address, distribution, from.ctx),
    to.ctx,
  );
  await processSenderKeyDistribution(received, received.plaintext, to.ctx);
}

const te = new TextEncoder();
const td = new TextDecoder();

/** The address of a party's device. */
export const addr = (p: Party) => deviceAddress(p.device.uuid, p.device.deviceId);

/** Encrypt `text` from one party to the other. */
export function send(from: Party, to: Party, text: string): Promise<Uint8Array> {
  return encryptMessage(from.device, addr(to), te.encode(text), from.ctx);
}

/** Decrypt at `at`, returning the text. */
export async function receive(at: Party, envelope: Uint8Array): Promise<string> {
  return td.decode((await decryptMessage(at.device, envelope, at.ctx)).plaintext);
}

/** Expect `p` to reject with a NexusError of `code`. */
export async function expectCode(p: Promise<unknown>, code: string): Promise<void> {
  const { expect } = await import('vitest');
  await expect(p).rejects.toSatisfy((e: unknown) => NexusError.is(e) && e.code === code);
}

/** Alice and Bob with a session both ways (one message each). */
export async function talking(headerEncryption = false) {
  const clock = testClock();
  const alice = await makeParty('alice', clock);
  const bob = await makeParty('bob', clock);
  await establishSession(alice.device, await bob.bundle(), { ...alice.ctx, headerEncryption });
  await receive(bob, await send(alice, bob, 'hello'));
  await receive(alice, await send(bob, alice, 'hi'));
  return { alice, bob, clock };
}
