/**
 * Session-layer conformance vectors: PQXDH, Double Ratchet transcripts (with
 * and without header encryption) and Sender Keys. Every random byte a step
 * consumes is recorded in that step (`random`, hex, in the order drawn), so
 * another implementation replays a transcript by answering its RNG calls
 * with those bytes and must produce identical envelopes.
 */
import { create, toBinary } from '@bufbuild/protobuf';
import type { RandomSource } from '../../src/interfaces/runtime.js';
import type { DeviceAddress } from '../../src/interfaces/sessions.js';
import {
  Identity,
  issueSelfSigningCertificate,
  KeyAgreementKeyPair,
  NexusError,
  SigningKeyPair,
  softwareKeyStore,
  deviceSigner,
} from '../../src/index.js';
import { toHex } from '../../src/primitives/bytes.js';
import { crypto } from '../../src/primitives/provider.js';
import { withPortableProvider } from './provider.js';
import { memoryProtocolStores } from '../../src/testing/memory-stores.js';
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
} from '../../src/ratchet/session.js';
import type { SessionContext } from '../../src/ratchet/session.js';
import {
  createSenderKeyDistribution,
  groupDecrypt,
  groupEncrypt,
  processSenderKeyDistribution,
} from '../../src/ratchet/sender-keys.js';
import {
  envelopeCodec,
  preKeyBundleCodec,
  ratchetMessageCodec,
  senderKeyMessageBodyCodec,
  signedMessageCodec,
} from '../../src/wire/messages.js';
import { SIGNATURE_LABELS, signingInput } from '../../src/identity/signing.js';
import { issueDeviceCertificate } from '../../src/identity/certificates.js';
import { decodeSenderKeyRecord, decodeSessionRecord } from '../../src/ratchet/records.js';
import { RatchetHeaderSchema } from '../../src/wire/gen/nexuslink/v1/session_pb.js';
import { seededRandom } from './rng.js';

const T0 = 1_767_225_600_000;
const DAY = 86_400_000;
type Json = Record<string, unknown>;

/** A RandomSource that records what it hands out, step by step. */
class RecordingRandom implements RandomSource {
  #log: Uint8Array[] = [];
  constructor(private readonly base: RandomSource) {}
  randomBytes(length: number): Uint8Array {
    const out = this.base.randomBytes(length);
    this.#log.push(out);
    return out;
  }
  take(): string {
    const hex = this.#log.map(toHex).join('');
    this.#log = [];
    return hex;
  }
}

interface VectorParty {
  name: string;
  device: LocalDevice;
  ctx: SessionContext & {
    stores: ReturnType<typeof memoryProtocolStores>;
    random: RecordingRandom;
  };
  clock: { now(): number; set(t: number): void };
  secrets: Json;
  signedPreKey: Uint8Array;
  lastResortKem: Uint8Array;
  address: DeviceAddress;
}

async function party(
  name: string,
  rng: RandomSource,
  clock: VectorParty['clock'],
): Promise<VectorParty> {
  const identitySeed = rng.randomBytes(32);
  const sskSeed = rng.randomBytes(32);
  const deviceSigningSecret = rng.randomBytes(32);
  const deviceId = rng.randomBytes(16);
  const keyAgreementSecret = rng.randomBytes(32);
  const identity = Identity.fromSeed(identitySeed);
  const ssk = SigningKeyPair.fromSeed(sskSeed);
  const sskCert = await issueSelfSigningCertificate({
    identity,
    signingKey: ssk.publicKey,
    createdAt: T0 - DAY,
  });
  const keyStore = softwareKeyStore({
    keys: [
      {
        id: 'device',
        algorithm: 'ed25519',
        privateKey: toHex(deviceSigningSecret),
        extractable: false,
        label: name,
      },
    ],
  });
  const keyAgreementKey = KeyAgreementKeyPair.fromSecret(keyAgreementSecret);
  const deviceCert = await issueDeviceCertificate({
    issuer: ssk,
    identityKey: identity.publicKey.bytes,
    deviceId,
    displayName: name,
    signingKey: (await keyStore.getKey('device'))!.publicKey,
    keyAgreementKey: keyAgreementKey.publicKey,
    createdAt: T0 - DAY,
  });
  const device = localDevice({
    deviceCertificate: deviceCert.bytes,
    selfSigningCertificate: sskCert.bytes,
    keyAgreementKey,
    signer: await deviceSigner(keyStore, 'device'),
    now: T0,
  });
  const random = new RecordingRandom(rng);
  const stores = memoryProtocolStores();
  const ctx = { stores, clock, random };
  const signedPreKey = await createSignedPreKey(device, stores.preKeys, 1, { clock, random });
  const lastResortKem = await createKemPreKey(device, stores.preKeys, 1000, {
    clock,
    random,
    lastResort: true,
  });
  const prekeyRandom = random.take(); // signed prekey secret (32) then last-resort KEM seed (64)
  return {
    name,
    device,
    ctx,
    clock,
    signedPreKey,
    lastResortKem,
    address: deviceAddress(device.uuid, device.deviceId),
    secrets: {
      uuid: identity.uuid,
      identity_seed: toHex(identitySeed),
      self_signing_seed: toHex(sskSeed),
      device_signing_seed: toHex(deviceSigningSecret),
      device_id: toHex(deviceId),
      key_agreement_secret: toHex(keyAgreementSecret),
      self_signing_certificate: toHex(sskCert.bytes),
      device_certificate: toHex(deviceCert.bytes),
      signed_prekey: toHex(signedPreKey),
      last_resort_kem_prekey: toHex(lastResortKem),
      prekey_random: prekeyRandom,
    },
  };
}

function fixedClock(): VectorParty['clock'] {
  let t = T0;
  return { now: () => t, set: (v) => void (t = v) };
}

async function errorCode(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn();
  } catch (err) {
    if (NexusError.is(err)) return err.code;
    throw err;
  }
  throw new Error('expected a NexusError');
}

const te = new TextEncoder();
const td = new TextDecoder();

/** A transcript between two parties, each step recording its randomness and output. */
class Transcript {
  readonly steps: Json[] = [];
  readonly sent: Uint8Array[] = [];
  constructor(readonly parties: Record<string, VectorParty>) {}

  async send(from: string, to: string, text: string, note?: string): Promise<number> {
    const p = this.parties[from]!;
    const envelope = await encryptMessage(
      p.device,
      this.parties[to]!.address,
      te.encode(text),
      p.ctx,
    );
    this.sent.push(envelope);
    this.steps.push({
      action: 'send',
      from,
      to,
      at_ms: p.clock.now(),
      plaintext: text,
      random: p.ctx.random.take(),
      envelope: toHex(envelope),
      index: this.sent.length - 1,
      ...(note ? { note } : {}),
    });
    return this.sent.length - 1;
  }

  async receive(
    at: string,
    envelope: Uint8Array | number,
    note: string,
    expectError?: string,
  ): Promise<void> {
    const p = this.parties[at]!;
    const bytes = typeof envelope === 'number' ? this.sent[envelope]! : envelope;
    const ref = typeof envelope === 'number' ? { index: envelope } : { envelope: toHex(envelope) };
    if (expectError) {
      const code = await errorCode(() => decryptMessage(p.device, bytes, p.ctx));
      if (code !== expectError) throw new Error(`${note}: expected ${expectError}, got ${code}`);
      this.steps.push({
        action: 'receive',
        at,
        at_ms: p.clock.now(),
        ...ref,
        note,
        random: p.ctx.random.take(),
        error: code,
      });
      return;
    }
    const m = await decryptMessage(p.device, bytes, p.ctx);
    this.steps.push({
      action: 'receive',
      at,
      at_ms: p.clock.now(),
      ...ref,
      note,
      random: p.ctx.random.take(),
      plaintext: td.decode(m.plaintext),
    });
  }
}

function tamper(envelope: Uint8Array, where: 'ciphertext' | 'header'): Uint8Array {
  const env = envelopeCodec.decode(envelope);
  const content = env.content.slice();
  // RatchetMessage: version (2 bytes), then the header or encrypted header, ciphertext last.
  const index = where === 'ciphertext' ? content.length - 1 : 6;
  content[index] = content[index]! ^ 0x01;
  return envelopeCodec.encode({ ...env, content });
}

/** A bundle of `bob` with a fresh one-time X25519 prekey (id 1) and one-time ML-KEM prekey (id 1). */
async function oneTimeBundle(bob: VectorParty, clock: VectorParty['clock']) {
  const oneTime = (
    await createOneTimePreKeys(bob.ctx.stores.preKeys, 1, 1, { clock, random: bob.ctx.random })
  )[0]!;
  const kem = await createKemPreKey(bob.device, bob.ctx.stores.preKeys, 1, {
    clock,
    random: bob.ctx.random,
  });
  const bobPrekeyRandom = bob.ctx.random.take();
  const bundle = createPreKeyBundle({
    device: bob.device,
    signedPreKey: bob.signedPreKey,
    kemPreKey: kem,
    oneTimePreKey: oneTime,
  });
  return { oneTime, kem, bobPrekeyRandom, bundle };
}

async function pqxdhVectors(): Promise<Json> {
  const rng = seededRandom('nexuslink pqxdh vectors v1');
  const cases: Json[] = [];
  for (const variant of [
    {
      description: 'with a one-time X25519 prekey and a one-time ML-KEM prekey',
      oneTime: true,
      lastResort: false,
      he: false,
    },
    {
      description: 'without a one-time prekey, with the last-resort ML-KEM prekey',
      oneTime: false,
      lastResort: true,
      he: false,
    },
    { description: 'with header encryption', oneTime: true, lastResort: false, he: true },
  ]) {
    const clock = fixedClock();
    const alice = await party('alice', rng, clock);
    const bob = await party('bob', rng, clock);
    const oneTime = variant.oneTime
      ? (
          await createOneTimePreKeys(bob.ctx.stores.preKeys, 1, 1, {
            clock,
            random: bob.ctx.random,
          })
        )[0]!
      : null;
    const kem = variant.lastResort
      ? bob.lastResortKem
      : await createKemPreKey(bob.device, bob.ctx.stores.preKeys, 1, {
          clock,
          random: bob.ctx.random,
        });
    const bobPrekeyRandom = bob.ctx.random.take();
    const bundle = createPreKeyBundle({
      device: bob.device,
      signedPreKey: bob.signedPreKey,
      kemPreKey: kem,
      oneTimePreKey: oneTime,
    });
    const kemRandomness = rng.randomBytes(32);
    await establishSession(alice.device, bundle, {
      ...alice.ctx,
      headerEncryption: variant.he,
      kemRandomness,
    });
    const establishRandom = alice.ctx.random.take();
    const state = decodeSessionRecord(
      (await alice.ctx.stores.sessions.loadSession(bob.address))!,
    ).current!;
    const t = new Transcript({ alice, bob });
    await t.send('alice', 'bob', 'first message');
    await t.receive('bob', 0, 'the PreKeyMessage creates the session');
    const bobState = decodeSessionRecord(
      (await bob.ctx.stores.sessions.loadSession(alice.address))!,
    ).current!;
    cases.push({
      description: variant.description,
      alice: alice.secrets,
      bob: {
        ...bob.secrets,
        one_time_and_kem_prekey_random: bobPrekeyRandom,
        one_time_prekey: oneTime ? toHex(oneTime) : null,
        kem_prekey: toHex(kem),
      },
      bundle: toHex(bundle),
      header_encryption: variant.he,
      establish: { kem_randomness: toHex(kemRandomness), random: establishRandom },
      expected: {
        base_key: toHex(state.baseKey),
        kem_ciphertext: toHex(state.pendingPrekey!.kemCiphertext),
        session_ad: toHex(state.sessionAd),
        responder_root_key_after_first_message: toHex(bobState.rootKey),
      },
      steps: t.steps,
    });
  }

  // Negative cases around session setup.
  const clock = fixedClock();
  const alice = await party('alice', rng, clock);
  const bob = await party('bob', rng, clock);
  const carol = await party('carol', rng, clock);
  const { oneTime, kem, bobPrekeyRandom, bundle } = await oneTimeBundle(bob, clock);
  const decoded = preKeyBundleCodec.decode(bundle);
  const badSig = decoded.signedPrekey!.signature.slice();
  badSig[0] = badSig[0]! ^ 1;
  const tamperedBundle = preKeyBundleCodec.encode({
    ...decoded,
    signedPrekey: { ...decoded.signedPrekey!, signature: badSig },
  });
  const negative: Json[] = [
    {
      description:
        'bundle checked against another identity (initiator: the alice of the last case)',
      bundle: toHex(bundle),
      expected_uuid: carol.device.uuid,
      error: await errorCode(() =>
        establishSession(alice.device, bundle, { ...alice.ctx, expectedUuid: carol.device.uuid }),
      ),
    },
    {
      description: 'signed prekey signature altered (initiator: the alice of the last case)',
      bundle: toHex(tamperedBundle),
      error: await errorCode(() => establishSession(alice.device, tamperedBundle, alice.ctx)),
    },
  ];
  alice.ctx.random.take();
  const kemRandomness = rng.randomBytes(32);
  await establishSession(alice.device, bundle, { ...alice.ctx, kemRandomness });
  const establishRandom = alice.ctx.random.take();
  const t = new Transcript({ alice, bob });
  const first = await t.send('alice', 'bob', 'hello');
  await t.receive('bob', first, 'first message');
  await t.receive('bob', first, 'the same initial message replayed', 'DUPLICATE_MESSAGE');
  // Bob loses the session; the one-time prekey is gone, so the replay cannot make a new one.
  await bob.ctx.stores.sessions.deleteSession(alice.address);
  t.steps.push({
    action: 'delete_session',
    at: 'bob',
    peer: 'alice',
    at_ms: clock.now(),
    note: 'Bob loses his session with Alice',
  });
  await t.receive(
    'bob',
    first,
    'replayed after its one-time prekey was consumed and the session lost',
    'UNKNOWN_PREKEY',
  );
  negative.push({
    description: 'replayed initial message',
    alice: alice.secrets,
    bob: {
      ...bob.secrets,
      one_time_and_kem_prekey_random: bobPrekeyRandom,
      one_time_prekey: toHex(oneTime),
      kem_prekey: toHex(kem),
    },
    bundle: toHex(bundle),
    header_encryption: false,
    establish: { kem_randomness: toHex(kemRandomness), random: establishRandom },
    steps: t.steps,
  });
  return {
    description:
      'PQXDH session setup (spec/pqxdh.md): inputs, every random byte, derived values and the first messages.',
    generator: 'scripts/vectors/session.ts',
    cases,
    negative,
  };
}

async function ratchetVectors(headerEncryption: boolean): Promise<Json> {
  const rng = seededRandom(`nexuslink ratchet vectors v1 ${headerEncryption ? 'he' : 'plain'}`);
  const clock = fixedClock();
  const alice = await party('alice', rng, clock);
  const bob = await party('bob', rng, clock);
  const { oneTime, kem, bobPrekeyRandom, bundle } = await oneTimeBundle(bob, clock);
  const kemRandomness = rng.randomBytes(32);
  await establishSession(alice.device, bundle, { ...alice.ctx, headerEncryption, kemRandomness });
  const establishRandom = alice.ctx.random.take();
  const t = new Transcript({ alice, bob });
  const a0 = await t.send('alice', 'bob', 'a0');
  await t.receive('bob', a0, 'in order');
  const b = [
    await t.send('bob', 'alice', 'b0'),
    await t.send('bob', 'alice', 'b1'),
    await t.send('bob', 'alice', 'b2'),
    await t.send('bob', 'alice', 'b3'),
  ];
  await t.receive('alice', b[2]!, 'out of order: b0 and b1 are skipped and stored');
  await t.receive('alice', b[0]!, 'a skipped key is used');
  await t.receive('alice', b[0]!, 'duplicate', 'DUPLICATE_MESSAGE');
  await t.receive(
    'alice',
    tamper(t.sent[b[3]!]!, 'ciphertext'),
    'ciphertext altered',
    'DECRYPT_FAILED',
  );
  await t.receive('alice', tamper(t.sent[b[3]!]!, 'header'), 'header altered', 'DECRYPT_FAILED');
  await t.receive(
    'alice',
    b[3]!,
    'the untampered message still decrypts: failures changed nothing',
  );
  const a1 = await t.send('alice', 'bob', 'a1 (new ratchet step)');
  await t.receive('bob', a1, 'DH ratchet step');
  const b4 = await t.send('bob', 'alice', 'b4');
  await t.receive('alice', b4, 'the previous chain ends: b1 stays skipped');
  clock.set(T0 + 31 * DAY);
  const b5 = await t.send('bob', 'alice', 'b5');
  await t.receive('alice', b5, 'thirty-one days later: expired skipped keys are deleted');
  await t.receive('alice', b[1]!, 'its skipped key expired', 'MESSAGE_EXPIRED');
  // A message claiming to be 2001 keys ahead in the current chain.
  const state = decodeSessionRecord(
    (await bob.ctx.stores.sessions.loadSession(alice.address))!,
  ).current!;
  let far: Uint8Array | null = null;
  if (!headerEncryption) {
    const env = envelopeCodec.decode(t.sent[b5]!);
    const msg = ratchetMessageCodec.decode(env.content);
    const header = toBinary(
      RatchetHeaderSchema,
      create(RatchetHeaderSchema, {
        ratchetKey: crypto().x25519PublicKey(state.sendingRatchetSecret),
        previousChainLength: state.previousSendingChainLength,
        messageNumber: 2002 + 1,
      }),
    );
    const content = ratchetMessageCodec.encode({
      ...msg,
      header,
    });
    far = envelopeCodec.encode({ ...env, content });
    await t.receive(
      'alice',
      far,
      'a message 2002 keys ahead (MAX_SKIP is 2000)',
      'TOO_MANY_SKIPPED',
    );
  }
  const a2 = await t.send('alice', 'bob', 'a2');
  await t.receive('bob', a2, 'the session still works');
  return {
    description: `Double Ratchet transcript (spec/ratchet.md), header encryption ${headerEncryption ? 'on' : 'off'}. Replay: set up both parties from their secrets, answer each step's RNG calls with its "random" bytes in order, and compare every envelope and result.`,
    generator: 'scripts/vectors/session.ts',
    alice: alice.secrets,
    bob: {
      ...bob.secrets,
      one_time_and_kem_prekey_random: bobPrekeyRandom,
      one_time_prekey: toHex(oneTime),
      kem_prekey: toHex(kem),
    },
    bundle: toHex(bundle),
    header_encryption: headerEncryption,
    establish: { kem_randomness: toHex(kemRandomness), random: establishRandom },
    steps: t.steps,
  };
}

async function senderKeyVectors(): Promise<Json> {
  const rng = seededRandom('nexuslink sender key vectors v1');
  const clock = fixedClock();
  const alice = await party('alice', rng, clock);
  const bob = await party('bob', rng, clock);
  const distributionId = rng.randomBytes(16);
  const distribution = await createSenderKeyDistribution(alice.device, distributionId, alice.ctx);
  const distributionRandom = alice.ctx.random.take();
  await processSenderKeyDistribution(alice.address, distribution, bob.ctx);
  const steps: Json[] = [];
  const sent: Uint8Array[] = [];
  const send = async (text: string) => {
    const env = await groupEncrypt(alice.device, distributionId, te.encode(text), alice.ctx);
    sent.push(env);
    steps.push({
      action: 'send',
      plaintext: text,
      at_ms: clock.now(),
      random: alice.ctx.random.take(),
      envelope: toHex(env),
      index: sent.length - 1,
    });
    return sent.length - 1;
  };
  const receive = async (env: Uint8Array | number, note: string, expectError?: string) => {
    const bytes = typeof env === 'number' ? sent[env]! : env;
    const ref = typeof env === 'number' ? { index: env } : { envelope: toHex(env) };
    if (expectError) {
      const code = await errorCode(() => groupDecrypt(bytes, bob.ctx));
      if (code !== expectError) throw new Error(`${note}: expected ${expectError}, got ${code}`);
      steps.push({ action: 'receive', at_ms: clock.now(), ...ref, note, error: code });
    } else {
      const m = await groupDecrypt(bytes, bob.ctx);
      steps.push({
        action: 'receive',
        at_ms: clock.now(),
        ...ref,
        note,
        plaintext: td.decode(m.plaintext),
      });
    }
  };
  const m = [await send('g0'), await send('g1'), await send('g2'), await send('g3')];
  await receive(m[0]!, 'in order');
  await receive(m[2]!, 'out of order: g1 skipped');
  await receive(m[2]!, 'duplicate', 'DUPLICATE_MESSAGE');
  const env = envelopeCodec.decode(sent[m[3]!]!);
  const signed = signedMessageCodec.decode(env.content);
  const badSig = signed.signature.slice();
  badSig[63] = badSig[63]! ^ 1;
  await receive(
    envelopeCodec.encode({
      ...env,
      content: signedMessageCodec.encode({ body: signed.body, signature: badSig }),
    }),
    'signature altered',
    'BAD_SIGNATURE',
  );
  // A correctly signed message whose ciphertext does not authenticate (the generator holds the signing key).
  const own = decodeSenderKeyRecord(
    (await alice.ctx.stores.senderKeys.loadSenderKey(alice.address, toHex(distributionId)))!,
  ).states[0]!;
  const body = senderKeyMessageBodyCodec.decode(signed.body);
  const flipped = body.ciphertext.slice();
  flipped[0] = flipped[0]! ^ 1;
  const forgedBody = senderKeyMessageBodyCodec.encode({ ...body, ciphertext: flipped });
  const forged = signedMessageCodec.encode({
    body: forgedBody,
    signature: crypto().ed25519Sign(
      own.signingSecret,
      signingInput(SIGNATURE_LABELS.senderKeyMessage, forgedBody),
    ),
  });
  await receive(
    envelopeCodec.encode({ ...env, content: forged }),
    'validly signed, ciphertext altered',
    'DECRYPT_FAILED',
  );
  const farBody = senderKeyMessageBodyCodec.encode({ ...body, iteration: body.iteration + 2001 });
  const far = signedMessageCodec.encode({
    body: farBody,
    signature: crypto().ed25519Sign(
      own.signingSecret,
      signingInput(SIGNATURE_LABELS.senderKeyMessage, farBody),
    ),
  });
  await receive(
    envelopeCodec.encode({ ...env, content: far }),
    '2001 iterations ahead (MAX_SKIP is 2000)',
    'TOO_MANY_SKIPPED',
  );
  await receive(m[3]!, 'the untampered message still decrypts');
  clock.set(T0 + 31 * DAY);
  await receive(await send('g4'), 'thirty-one days later');
  await receive(m[1]!, 'its skipped key expired', 'MESSAGE_EXPIRED');
  return {
    description:
      'Sender Keys transcript (spec/sender-keys.md): Alice sends to the group, Bob receives.',
    generator: 'scripts/vectors/session.ts',
    alice: alice.secrets,
    bob: bob.secrets,
    distribution_id: toHex(distributionId),
    distribution: toHex(distribution),
    distribution_random: distributionRandom,
    steps,
  };
}

/** Every session vector file, keyed by path under test-vectors/. */
export async function sessionVectors(): Promise<Record<string, Json>> {
  return withPortableProvider(async () => ({
    'pqxdh/pqxdh.json': await pqxdhVectors(),
    'ratchet/transcript.json': await ratchetVectors(false),
    'ratchet/transcript-header-encryption.json': await ratchetVectors(true),
    'sender-keys/transcript.json': await senderKeyVectors(),
  }));
}
