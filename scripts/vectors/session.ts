/**
 * Session-layer conformance vectors: PQXDH, Double Ratchet transcripts (with
 * and without header encryption) and Sender Keys. Every random byte a step
 * consumes is recorded in that step (`random`, hex, in the order drawn), so
 * another implementation replays a transcript by answering its RNG calls
 * with those bytes and must produce identical envelopes.
 */
import { clone, create, toBinary } from '@bufbuild/protobuf';
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
  sessionSnapshotCodec,
  preKeyBundleCodec,
  preKeyMessageCodec,
  preKeyBodyCodec,
  signedPreKeyCodec,
  KeyAlgorithm,
  WIRE_LIMITS,
  ratchetMessageCodec,
  senderKeyMessageBodyCodec,
  signedMessageCodec,
} from '../../src/wire/messages.js';
import { SIGNATURE_LABELS, signingInput, signLabelled } from '../../src/identity/signing.js';
import { issueDeviceCertificate } from '../../src/identity/certificates.js';
import {
  decodeSenderKeyRecord,
  decodeSessionRecord,
  decodeSessionState,
} from '../../src/ratchet/records.js';
import { exportSessionSnapshot, importSessionSnapshot } from '../../src/ratchet/snapshot.js';
import { lengthPrefixed } from '../../src/ratchet/kdf.js';
import { archivedRefs, finishedChains } from '../../src/ratchet/packed.js';
import {
  SessionRecordSchema,
  SessionStateSchema,
  SkippedMessageKeySchema,
} from '../../src/wire/gen/nexuslink/v1/state_pb.js';
import type { SessionState } from '../../src/wire/gen/nexuslink/v1/state_pb.js';
import type { ProtocolStores } from '../../src/interfaces/sessions.js';
import {
  PreKeyMessageSchema,
  RatchetHeaderSchema,
} from '../../src/wire/gen/nexuslink/v1/session_pb.js';
import { EnvelopeSchema } from '../../src/wire/gen/nexuslink/v1/envelope_pb.js';
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

/** A large plaintext written compactly: `text` (UTF-8) repeated `count` times. */
interface Repeat {
  readonly text: string;
  readonly count: number;
}

function repeated(r: Repeat): Uint8Array {
  return te.encode(r.text.repeat(r.count));
}

/** `plaintext`, or for a long run of one character `plaintext_repeat` (test-vectors/README.md). */
function plaintextField(bytes: Uint8Array): Json {
  const text = td.decode(bytes);
  if (text.length > 4096 && text === text[0]!.repeat(text.length))
    return { plaintext_repeat: { text: text[0]!, count: text.length } };
  return { plaintext: text };
}

/** A transcript between two parties, each step recording its randomness and output. */
class Transcript {
  readonly steps: Json[] = [];
  readonly sent: Uint8Array[] = [];
  readonly copies = new Map<string, ReturnType<typeof memoryProtocolStores>>();
  constructor(readonly parties: Record<string, VectorParty>) {}

  /** Keep a copy of a party's stores (a backup, a VM snapshot). */
  saveCopy(at: string, name: string, note: string): void {
    const p = this.parties[at]!;
    this.copies.set(name, p.ctx.stores.copy());
    this.steps.push({ action: 'save_copy', at, at_ms: p.clock.now(), name, note });
  }

  /** Put a party's stores back to a saved copy (it can be restored again). */
  restoreCopy(at: string, name: string, note: string): void {
    const p = this.parties[at]!;
    p.ctx = { ...p.ctx, stores: this.copies.get(name)!.copy() };
    this.steps.push({ action: 'restore_copy', at, at_ms: p.clock.now(), name, note });
  }

  /** Remove one of a party's prekeys (a rotation deleting an old key). */
  async removePreKey(at: string, kind: 'kem' | 'signed' | 'one-time', id: number, note: string) {
    const p = this.parties[at]!;
    await p.ctx.stores.preKeys.removePreKey(kind, id);
    this.steps.push({ action: 'remove_prekey', at, at_ms: p.clock.now(), kind, id, note });
  }

  /**
   * `count` sends whose random bytes come from `seededRandom(randomSeed)`
   * (scripts/vectors/rng.ts), plaintexts `pattern` with `{i}` replaced by 0…;
   * their envelopes are numbered on from the next index and not recorded.
   */
  async sendMany(from: string, to: string, count: number, pattern: string, note: string) {
    const p = this.parties[from]!;
    const randomSeed = `${note} ${this.steps.length}`;
    const ctx = { ...p.ctx, random: seededRandom(randomSeed) };
    const first = this.sent.length;
    for (let i = 0; i < count; i++)
      this.sent.push(
        await encryptMessage(
          p.device,
          this.parties[to]!.address,
          te.encode(pattern.replace('{i}', String(i))),
          ctx,
        ),
      );
    this.steps.push({
      action: 'send_many',
      from,
      to,
      at_ms: p.clock.now(),
      count,
      plaintext: pattern,
      random_seed: randomSeed,
      first_index: first,
      note,
    });
    return first;
  }

  /**
   * `count` new sessions from `from` with `bundle`, each carrying one message
   * that `to` receives: per session, 32 bytes of ML-KEM randomness, then the
   * draws of establishSession and of the send, all from `seededRandom(randomSeed)`.
   */
  async sessionsMany(from: string, to: string, count: number, bundle: Uint8Array, note: string) {
    const p = this.parties[from]!;
    const q = this.parties[to]!;
    const randomSeed = `${note} ${this.steps.length}`;
    const random = seededRandom(randomSeed);
    for (let i = 0; i < count; i++) {
      const kemRandomness = random.randomBytes(32);
      await establishSession(p.device, bundle, { ...p.ctx, random, kemRandomness });
      const env = await encryptMessage(p.device, q.address, te.encode(`session ${i}`), {
        ...p.ctx,
        random,
      });
      await decryptMessage(q.device, env, q.ctx);
      q.ctx.random.take();
    }
    this.steps.push({
      action: 'sessions_many',
      from,
      to,
      at_ms: p.clock.now(),
      count,
      bundle: toHex(bundle),
      plaintext: 'session {i}',
      random_seed: randomSeed,
      note,
    });
  }

  /** Replace what a party stores for `peer` with the given record and entries (state written earlier). */
  async loadRecord(at: string, peer: string, record: Uint8Array, note: string): Promise<void> {
    const p = this.parties[at]!;
    const address = this.parties[peer]!.address;
    await p.ctx.stores.sessions.deleteSession(address);
    await p.ctx.stores.sessions.storeSession(address, record);
    this.steps.push({
      action: 'load_record',
      at,
      peer,
      at_ms: p.clock.now(),
      note,
      record: toHex(record),
      entries: {},
    });
  }

  /** Export a snapshot (its 24-byte nonce is the step's `random`). */
  async exportSnapshot(
    at: string,
    peer: string,
    key: Uint8Array,
    note: string,
  ): Promise<Uint8Array> {
    const p = this.parties[at]!;
    const snapshot = await exportSessionSnapshot(this.parties[peer]!.address, key, p.ctx);
    this.steps.push({
      action: 'export_snapshot',
      at,
      peer,
      at_ms: p.clock.now(),
      note,
      key: toHex(key),
      random: p.ctx.random.take(),
      snapshot: toHex(snapshot),
    });
    return snapshot;
  }

  /** Import a snapshot. */
  async importSnapshot(
    at: string,
    peer: string,
    key: Uint8Array,
    snapshot: Uint8Array,
    note: string,
  ) {
    const p = this.parties[at]!;
    await importSessionSnapshot(this.parties[peer]!.address, snapshot, key, p.ctx);
    this.steps.push({
      action: 'import_snapshot',
      at,
      peer,
      at_ms: p.clock.now(),
      note,
      key: toHex(key),
      snapshot: toHex(snapshot),
    });
  }

  /** What a party stores for its session with `peer`: the record and every entry, hex. */
  async stored(at: string, peer: string, note: string): Promise<void> {
    const p = this.parties[at]!;
    const address = this.parties[peer]!.address;
    const record = await p.ctx.stores.sessions.loadSession(address);
    const entries: Record<string, string> = {};
    for (const name of await p.ctx.stores.sessions.listSessionEntries(address, ''))
      entries[name] = toHex((await p.ctx.stores.sessions.loadSessionEntry(address, name))!);
    this.steps.push({
      action: 'stored',
      at,
      peer,
      at_ms: p.clock.now(),
      note,
      record: record === null ? null : toHex(record),
      entries,
    });
  }

  async send(
    from: string,
    to: string,
    text: string | Repeat,
    note?: string,
    expectError?: string,
  ): Promise<number> {
    const p = this.parties[from]!;
    const plaintext = typeof text === 'string' ? { plaintext: text } : { plaintext_repeat: text };
    const bytes = typeof text === 'string' ? te.encode(text) : repeated(text);
    if (expectError) {
      const code = await errorCode(() =>
        encryptMessage(p.device, this.parties[to]!.address, bytes, p.ctx),
      );
      if (code !== expectError) throw new Error(`${note}: expected ${expectError}, got ${code}`);
      this.steps.push({
        action: 'send',
        from,
        to,
        at_ms: p.clock.now(),
        ...plaintext,
        random: p.ctx.random.take(),
        error: code,
        ...(note ? { note } : {}),
      });
      return -1;
    }
    const envelope = await encryptMessage(p.device, this.parties[to]!.address, bytes, p.ctx);
    this.sent.push(envelope);
    this.steps.push({
      action: 'send',
      from,
      to,
      at_ms: p.clock.now(),
      ...plaintext,
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
      const code = await errorCode(() => decryptMessage(p.device, bytes, p.ctx)).catch(
        (err: unknown) => {
          throw new Error(`${note}: expected ${expectError}: ${String(err)}`);
        },
      );
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
      ...plaintextField(m.plaintext),
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
        'bundle checked against another identity (initiator: the alice of the first negative entry with steps)',
      bundle: toHex(bundle),
      expected_uuid: carol.device.uuid,
      error: await errorCode(() =>
        establishSession(alice.device, bundle, { ...alice.ctx, expectedUuid: carol.device.uuid }),
      ),
    },
    {
      description:
        'signed prekey signature altered (initiator: the alice of the first negative entry with steps)',
      bundle: toHex(tamperedBundle),
      error: await errorCode(() => establishSession(alice.device, tamperedBundle, alice.ctx)),
    },
  ];
  // A bundle whose signed prekey is 31 days old: past the maximum prekey age (spec/pqxdh.md).
  const staleSpk = await createSignedPreKey(bob.device, bob.ctx.stores.preKeys, 2, {
    clock: { now: () => T0 - 31 * DAY },
    random: bob.ctx.random,
  });
  bob.ctx.random.take();
  const staleBundle = createPreKeyBundle({
    device: bob.device,
    signedPreKey: staleSpk,
    kemPreKey: bob.lastResortKem,
  });
  negative.push({
    description:
      'a signed prekey made 31 days before now (the maximum prekey age is 30 days; initiator: the alice of the first negative entry with steps)',
    bundle: toHex(staleBundle),
    error: await errorCode(() => establishSession(alice.device, staleBundle, alice.ctx)),
  });
  alice.ctx.random.take();
  // A validly signed prekey whose key is a small-order point: the initiator's DH is all zeros.
  const smallOrderBody = preKeyBodyCodec.encode({
    version: 1,
    keyId: 3,
    publicKey: { algorithm: KeyAlgorithm.X25519, key: new Uint8Array(32) },
    createdAtMs: BigInt(T0),
  });
  const smallOrderSpk = signedPreKeyCodec.encode({
    body: smallOrderBody,
    signature: await signLabelled(bob.device.signer, SIGNATURE_LABELS.signedPreKey, smallOrderBody),
  });
  const smallOrderBundle = createPreKeyBundle({
    device: bob.device,
    signedPreKey: smallOrderSpk,
    kemPreKey: bob.lastResortKem,
  });
  // Its own random stream: the refusal comes after the 32-byte ephemeral key is drawn.
  const smallOrderRandom = new RecordingRandom(seededRandom('nexuslink pqxdh small-order prekey'));
  negative.push({
    description:
      'a validly signed prekey whose key is a small-order X25519 point (all zeros): the agreement is all zeros (initiator: the alice of the first negative entry with steps; `random`: what establishSession draws before it refuses)',
    bundle: toHex(smallOrderBundle),
    error: await errorCode(() =>
      establishSession(alice.device, smallOrderBundle, { ...alice.ctx, random: smallOrderRandom }),
    ),
    random: smallOrderRandom.take(),
  });
  // Several faults in one bundle: the first check of spec/pqxdh.md §Bundle verification decides.
  negative.push({
    description:
      'two faults: a bundle of another identity than expected, with an altered prekey signature (the identity is checked first; initiator: the alice of the first negative entry with steps)',
    bundle: toHex(tamperedBundle),
    expected_uuid: carol.device.uuid,
    error: await errorCode(() =>
      establishSession(alice.device, tamperedBundle, {
        ...alice.ctx,
        expectedUuid: carol.device.uuid,
      }),
    ),
  });
  const staleDecoded = preKeyBundleCodec.decode(staleBundle);
  const staleSig = staleDecoded.signedPrekey!.signature.slice();
  staleSig[0] = staleSig[0]! ^ 1;
  const staleTampered = preKeyBundleCodec.encode({
    ...staleDecoded,
    signedPrekey: { ...staleDecoded.signedPrekey!, signature: staleSig },
  });
  negative.push({
    description:
      'two faults: a signed prekey 31 days old whose signature is altered (signatures are checked before the age; initiator: the alice of the first negative entry with steps)',
    bundle: toHex(staleTampered),
    error: await errorCode(() => establishSession(alice.device, staleTampered, alice.ctx)),
  });
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
  negative.push(await lastResortReplay(rng));
  negative.push(await preKeyMessageFaults(rng));
  return {
    description:
      'PQXDH session setup (spec/pqxdh.md): inputs, every random byte, derived values and the first messages.',
    generator: 'scripts/vectors/session.ts',
    cases,
    negative,
  };
}

/**
 * A replayed initial message that used the last-resort KEM prekey and no
 * one-time prekey: refused after the session is lost and after 101 newer
 * sessions, for as long as the KEM prekey lives (spec/pqxdh.md §Responder).
 */
async function lastResortReplay(rng: RandomSource): Promise<Json> {
  const clock = fixedClock();
  const alice = await party('alice', rng, clock);
  const bob = await party('bob', rng, clock);
  const bundle = createPreKeyBundle({
    device: bob.device,
    signedPreKey: bob.signedPreKey,
    kemPreKey: bob.lastResortKem,
  });
  const kemRandomness = rng.randomBytes(32);
  await establishSession(alice.device, bundle, { ...alice.ctx, kemRandomness });
  const establishRandom = alice.ctx.random.take();
  const t = new Transcript({ alice, bob });
  const first = await t.send('alice', 'bob', 'hello');
  await t.receive('bob', first, 'first message, on the last-resort KEM prekey');
  await bob.ctx.stores.sessions.deleteSession(alice.address);
  t.steps.push({
    action: 'delete_session',
    at: 'bob',
    peer: 'alice',
    at_ms: clock.now(),
    note: 'Bob loses his session with Alice',
  });
  await t.receive('bob', first, 'replayed after the session was lost', 'DUPLICATE_MESSAGE');
  await t.sessionsMany('alice', 'bob', 101, bundle, 'Alice starts 101 newer sessions');
  await t.receive('bob', first, 'replayed after 101 newer sessions', 'DUPLICATE_MESSAGE');
  await t.removePreKey(
    'bob',
    'kem',
    1000,
    'Bob rotates out and deletes the last-resort KEM prekey',
  );
  await t.receive('bob', first, 'replayed once the KEM prekey is gone', 'UNKNOWN_PREKEY');
  return {
    description: 'replayed initial message on the last-resort KEM prekey (no one-time prekey)',
    alice: alice.secrets,
    bob: bob.secrets,
    bundle: toHex(bundle),
    header_encryption: false,
    establish: { kem_randomness: toHex(kemRandomness), random: establishRandom },
    steps: t.steps,
  };
}

/**
 * PreKeyMessages whose envelope disagrees with their certificates, or whose
 * certificate is forged, alone and together (spec/wire.md §Authenticated
 * fields, spec/ratchet.md §4 order of checks); none consumes a prekey, so the
 * genuine message then creates the session.
 */
async function preKeyMessageFaults(rng: RandomSource): Promise<Json> {
  const clock = fixedClock();
  const alice = await party('alice', rng, clock);
  const bob = await party('bob', rng, clock);
  const carol = await party('carol', rng, clock);
  const { oneTime, kem, bobPrekeyRandom, bundle } = await oneTimeBundle(bob, clock);
  const kemRandomness = rng.randomBytes(32);
  await establishSession(alice.device, bundle, { ...alice.ctx, kemRandomness });
  const establishRandom = alice.ctx.random.take();
  const t = new Transcript({ alice, bob });
  const first = await t.send('alice', 'bob', 'hello');
  const env = envelopeCodec.decode(t.sent[first]!);
  const msg = preKeyMessageCodec.decode(env.content);
  const otherDevice = env.senderDeviceId.slice();
  otherDevice[15] = otherDevice[15]! ^ 0x01;
  await t.receive(
    'bob',
    envelopeCodec.encode({ ...env, senderDeviceId: otherDevice }),
    'the envelope names another device than the device certificate',
    'MALFORMED',
  );
  await t.receive(
    'bob',
    envelopeCodec.encode({ ...env, senderIdentityKey: carol.device.identityKey }),
    'the envelope names another identity (Carol’s key) than the certificates',
    'MALFORMED',
  );
  const signature = msg.deviceCertificate!.signature.slice();
  signature[0] = signature[0]! ^ 0x01;
  const forged = preKeyMessageCodec.encode({
    ...msg,
    deviceCertificate: { ...msg.deviceCertificate!, signature },
  });
  await t.receive(
    'bob',
    envelopeCodec.encode({ ...env, content: forged }),
    'the device certificate’s signature altered',
    'BAD_SIGNATURE',
  );
  await t.receive(
    'bob',
    envelopeCodec.encode({ ...env, senderDeviceId: otherDevice, content: forged }),
    'two faults: envelope device id altered and certificate signature altered (the sender fields are compared before any signature is checked)',
    'MALFORMED',
  );
  await t.receive('bob', first, 'the genuine message creates the session: nothing was consumed');
  return {
    description:
      'PreKeyMessages whose envelope sender fields disagree with their certificates, or whose certificate is forged',
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
  };
}

/**
 * Alice and Bob, Bob's bundle with a one-time X25519 and a one-time ML-KEM
 * prekey, and Alice's session from it: the start of every transcript file.
 */
async function openTranscript(rng: RandomSource, headerEncryption: boolean) {
  const clock = fixedClock();
  const alice = await party('alice', rng, clock);
  const bob = await party('bob', rng, clock);
  const { oneTime, kem, bobPrekeyRandom, bundle } = await oneTimeBundle(bob, clock);
  const kemRandomness = rng.randomBytes(32);
  await establishSession(alice.device, bundle, { ...alice.ctx, headerEncryption, kemRandomness });
  const establishRandom = alice.ctx.random.take();
  const t = new Transcript({ alice, bob });
  const file = {
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
  };
  return { alice, bob, clock, t, file };
}

/** The parties, set-up and steps of a transcript file (after its description). */
function transcriptFile(opened: Awaited<ReturnType<typeof openTranscript>>): Json {
  return { ...opened.file, steps: opened.t.steps };
}

async function ratchetVectors(headerEncryption: boolean): Promise<Json> {
  const rng = seededRandom(`nexuslink ratchet vectors v1 ${headerEncryption ? 'he' : 'plain'}`);
  const opened = await openTranscript(rng, headerEncryption);
  const { alice, bob, clock, t } = opened;
  const a0 = await t.send('alice', 'bob', 'a0');
  // Header encryption is negotiated by the PreKeyMessage (spec/ratchet.md §3), never inferred.
  const a0env = envelopeCodec.decode(t.sent[a0]!);
  const a0msg = preKeyMessageCodec.decode(a0env.content);
  const wrongFlag = toBinary(
    PreKeyMessageSchema,
    create(PreKeyMessageSchema, { ...a0msg, headerEncryption: !headerEncryption }),
  );
  await t.receive(
    'bob',
    envelopeCodec.encode({ ...a0env, content: wrongFlag }),
    `header_encryption ${headerEncryption ? 'unset' : 'set'} in a PreKeyMessage whose message has ${headerEncryption ? 'an encrypted' : 'a plain'} header`,
    'MALFORMED',
  );
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
      'a message that would skip 2001 keys (number 2003, 2 expected; MAX_SKIP is 2000)',
      'TOO_MANY_SKIPPED',
    );
  }
  const a2 = await t.send('alice', 'bob', 'a2');
  await t.receive('bob', a2, 'the session still works');
  // A sender restored from an older copy of its stores (spec/ratchet.md §1.1, §6).
  t.saveCopy('alice', 'alice-backup', 'Alice backs up her stores');
  const a3 = await t.send('alice', 'bob', 'a3');
  await t.receive('bob', a3, 'in order');
  t.restoreCopy('alice', 'alice-backup', 'Alice restores the backup');
  const a3again = await t.send('alice', 'bob', 'a3, again (the same message key)');
  await t.receive('bob', a3again, 'the same number with another ciphertext', 'ROLLBACK_DETECTED');
  await t.receive('bob', a3, 'the first one again is a plain duplicate', 'DUPLICATE_MESSAGE');
  const a4 = await t.send('alice', 'bob', 'a4');
  await t.receive('bob', a4, 'the restored sender’s next number decrypts');
  // Envelope fields bound into the AD (spec/wire.md §Authenticated fields).
  const a5 = await t.send('alice', 'bob', 'a5');
  const a5env = envelopeCodec.decode(t.sent[a5]!);
  await t.receive(
    'bob',
    envelopeCodec.encode({ ...a5env, timestampMs: a5env.timestampMs + 1n }),
    'timestamp altered',
    'DECRYPT_FAILED',
  );
  await t.receive(
    'bob',
    envelopeCodec.encode({ ...a5env, recipientDeviceId: new Uint8Array(0) }),
    'no recipient device',
    'MALFORMED',
  );
  const newer = ratchetMessageCodec.encode(ratchetMessageCodec.decode(a5env.content)).slice();
  newer[1] = 2; // the version, field 1, comes first
  await t.receive(
    'bob',
    envelopeCodec.encode({ ...a5env, content: newer }),
    'a RatchetMessage of version 2',
    'UNSUPPORTED_VERSION',
  );
  // The session of an ordinary message is the one named by the envelope's
  // identity key and device id, looked up once (spec/ratchet.md §4).
  const otherDevice = a5env.senderDeviceId.slice();
  otherDevice[15] = otherDevice[15]! ^ 0x01;
  await t.receive(
    'bob',
    envelopeCodec.encode({ ...a5env, senderDeviceId: otherDevice }),
    'sender device id altered: no session with that device',
    'NO_SESSION',
  );
  await t.receive(
    'bob',
    envelopeCodec.encode({ ...a5env, senderIdentityKey: bob.device.identityKey }),
    'sender identity key replaced by another valid one (Bob’s own): no session with that device',
    'NO_SESSION',
  );
  await t.receive(
    'bob',
    envelopeCodec.encode({ ...a5env, senderIdentityKey: new Uint8Array(0) }),
    'no sender identity key',
    'MALFORMED',
  );
  // Envelope type 4 is reserved: a distribution travels inside a 1:1 message (spec/sender-keys.md).
  await t.receive(
    'bob',
    toBinary(EnvelopeSchema, create(EnvelopeSchema, { ...a5env, type: 4 })),
    'envelope type 4 (SENDER_KEY_DISTRIBUTION, reserved)',
    'MALFORMED',
  );
  // A message whose header form is not the session's.
  const a5msg = ratchetMessageCodec.decode(a5env.content);
  const otherForm = ratchetMessageCodec.encode(
    headerEncryption
      ? {
          ...a5msg,
          encryptedHeader: new Uint8Array(0),
          header: toBinary(
            RatchetHeaderSchema,
            create(RatchetHeaderSchema, { ratchetKey: a5msg.ciphertext.slice(0, 32) }),
          ),
        }
      : { ...a5msg, header: new Uint8Array(0), encryptedHeader: a5msg.ciphertext.slice(0, 40) },
  );
  await t.receive(
    'bob',
    envelopeCodec.encode({ ...a5env, content: otherForm }),
    `a ${headerEncryption ? 'plain' : 'encrypted'} header in a session ${headerEncryption ? 'with' : 'without'} header encryption`,
    'DECRYPT_FAILED',
  );
  // Several faults in one input: the first check in the order of spec/ratchet.md §4 decides.
  await t.receive(
    'bob',
    envelopeCodec.encode({
      ...a5env,
      recipientDeviceId: otherDevice,
      content: Uint8Array.of(0xff, 0xff),
    }),
    'two faults: addressed to another device, content not a RatchetMessage (the recipient is checked first)',
    'DECRYPT_FAILED',
  );
  await t.receive(
    'bob',
    envelopeCodec.encode({ ...a5env, senderIdentityKey: new Uint8Array(0), content: newer }),
    'two faults: no sender identity key, a RatchetMessage of version 2 (the content is decoded first)',
    'UNSUPPORTED_VERSION',
  );
  const a5tampered = envelopeCodec.decode(tamper(t.sent[a5]!, 'ciphertext'));
  await t.receive(
    'bob',
    envelopeCodec.encode({ ...a5tampered, senderDeviceId: otherDevice }),
    'two faults: sender device id altered, ciphertext altered (the session lookup comes first)',
    'NO_SESSION',
  );
  await t.receive(
    'bob',
    toBinary(EnvelopeSchema, create(EnvelopeSchema, { ...a5env, version: 2, type: 4 })),
    'two faults: an Envelope of version 2 with the reserved type 4 (the version is read first)',
    'UNSUPPORTED_VERSION',
  );
  await t.receive('bob', a5, 'the untouched message decrypts');
  return {
    description: `Double Ratchet transcript (spec/ratchet.md), header encryption ${headerEncryption ? 'on' : 'off'}. Replay: set up both parties from their secrets, answer each step's RNG calls with its "random" bytes in order, and compare every envelope and result.`,
    ...transcriptFile(opened),
  };
}

/**
 * Deliver a sender key distribution as the SDK requires: inside a 1:1
 * message, processed with the decrypted message that carried it. The 1:1
 * session uses the platform's randomness and is not part of the transcript.
 */
export async function carryDistribution(
  from: { device: LocalDevice; ctx: SessionContext },
  to: {
    device: LocalDevice;
    ctx: SessionContext;
    signedPreKey: Uint8Array;
    lastResortKem: Uint8Array;
  },
  distribution: Uint8Array,
): Promise<void> {
  const random = crypto();
  const bundle = createPreKeyBundle({
    device: to.device,
    signedPreKey: to.signedPreKey,
    kemPreKey: to.lastResortKem,
  });
  await establishSession(from.device, bundle, { ...from.ctx, random });
  const received = await decryptMessage(
    to.device,
    await encryptMessage(
      from.device,
      deviceAddress(to.device.uuid, to.device.deviceId),
      distribution,
      { ...from.ctx, random },
    ),
    { ...to.ctx, random },
  );
  await processSenderKeyDistribution(received, received.plaintext, to.ctx);
}

async function senderKeyVectors(): Promise<Json> {
  const rng = seededRandom('nexuslink sender key vectors v1');
  const clock = fixedClock();
  const alice = await party('alice', rng, clock);
  const bob = await party('bob', rng, clock);
  const distributionId = rng.randomBytes(16);
  const distribution = await createSenderKeyDistribution(alice.device, distributionId, alice.ctx);
  const distributionRandom = alice.ctx.random.take();
  await carryDistribution(alice, bob, distribution);
  const steps: Json[] = [];
  const sent: Uint8Array[] = [];
  const send = async (text: string | Repeat, expectError?: string) => {
    const plaintext = typeof text === 'string' ? { plaintext: text } : { plaintext_repeat: text };
    const bytes = typeof text === 'string' ? te.encode(text) : repeated(text);
    if (expectError) {
      const code = await errorCode(() =>
        groupEncrypt(alice.device, distributionId, bytes, alice.ctx),
      );
      if (code !== expectError) throw new Error(`send: expected ${expectError}, got ${code}`);
      steps.push({
        action: 'send',
        ...plaintext,
        at_ms: clock.now(),
        random: alice.ctx.random.take(),
        error: code,
      });
      return -1;
    }
    const env = await groupEncrypt(alice.device, distributionId, bytes, alice.ctx);
    sent.push(env);
    steps.push({
      action: 'send',
      ...plaintext,
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
        ...plaintextField(m.plaintext),
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
  // A sender restored from an older copy of its stores.
  const backup = alice.ctx.stores.copy();
  steps.push({ action: 'save_copy', at: 'alice', at_ms: clock.now(), name: 'alice-backup' });
  const g5 = await send('g5');
  await receive(g5, 'in order');
  alice.ctx = { ...alice.ctx, stores: backup.copy() };
  steps.push({ action: 'restore_copy', at: 'alice', at_ms: clock.now(), name: 'alice-backup' });
  await receive(
    await send('g5, again'),
    'the same iteration with another ciphertext',
    'ROLLBACK_DETECTED',
  );
  await receive(g5, 'the first one again is a plain duplicate', 'DUPLICATE_MESSAGE');
  // What a sender refuses (spec/sender-keys.md §Messages): a plaintext over 252 KiB.
  await receive(
    await send({ text: 'x', count: WIRE_LIMITS.maxPlaintext }),
    'the largest plaintext (258048 bytes) decrypts',
  );
  await send({ text: 'x', count: WIRE_LIMITS.maxPlaintext + 1 }, 'INVALID_ARGUMENT');
  const g6 = envelopeCodec.decode(sent[await send('g6')]!);
  // Envelope type 4 is reserved: distributions travel inside 1:1 messages.
  await receive(
    toBinary(EnvelopeSchema, create(EnvelopeSchema, { ...g6, type: 4 })),
    'envelope type 4 (SENDER_KEY_DISTRIBUTION, reserved)',
    'MALFORMED',
  );
  // Several faults: the chain is looked up before the signature is checked.
  const g6signed = signedMessageCodec.decode(g6.content);
  const g6body = senderKeyMessageBodyCodec.decode(g6signed.body);
  await receive(
    envelopeCodec.encode({
      ...g6,
      content: signedMessageCodec.encode({
        body: senderKeyMessageBodyCodec.encode({ ...g6body, chainId: g6body.chainId + 1 }),
        signature: g6signed.signature,
      }),
    }),
    'two faults: a chain_id Bob does not hold, and so a signature that no longer verifies (the chain lookup comes first)',
    'NO_SESSION',
  );
  await receive(
    envelopeCodec.encode({ ...g6, senderIdentityKey: new Uint8Array(0) }),
    'no sender identity key',
    'MALFORMED',
  );
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

/**
 * The limits of spec/ratchet.md §5 at their boundaries, so that an
 * implementation with other limits fails: exactly MAX_SKIP skipped keys
 * decrypt and MAX_SKIP + 1 fail, the skipped-key lifetime to the
 * millisecond, the window of finished chains, and a gap over MAX_SKIP in a
 * finished chain that does not stop the next chain.
 */
async function limitsVectors(): Promise<Json> {
  const rng = seededRandom('nexuslink ratchet limits vectors v1');
  const opened = await openTranscript(rng, false);
  const { clock, t } = opened;
  await t.receive('bob', await t.send('alice', 'bob', 'hello'), 'session set up');
  await t.receive('alice', await t.send('bob', 'alice', 'hi'), 'Alice ratchets');
  await t.receive('bob', await t.send('alice', 'bob', 'first of a chain'), 'Bob ratchets');

  // MAX_SKIP: 2000 skipped keys in one message are allowed, 2001 are not.
  const first = await t.sendMany(
    'alice',
    'bob',
    2000,
    'skipped {i}',
    'MAX_SKIP messages Bob does not get',
  );
  await t.receive('bob', await t.send('alice', 'bob', 'exactly MAX_SKIP ahead'), 'skips 2000 keys');
  await t.receive('bob', first, 'the first skipped key');
  await t.receive('bob', first + 1999, 'the last skipped key');
  await t.stored('bob', 'alice', 'a record with 1998 held keys in one run');
  await t.sendMany('alice', 'bob', 2001, 'lost {i}', 'MAX_SKIP + 1 messages Bob does not get');
  await t.receive(
    'bob',
    await t.send('alice', 'bob', 'MAX_SKIP + 1 ahead'),
    'skips 2001 keys',
    'TOO_MANY_SKIPPED',
  );

  // A gap over MAX_SKIP in a chain Bob has reached does not stop the next chain.
  await t.receive('alice', await t.send('bob', 'alice', 'Bob answers'), 'Alice ratchets');
  await t.receive(
    'bob',
    await t.send('alice', 'bob', 'next chain, PN 4004'),
    'PN is more than MAX_SKIP ahead: no keys stored, the chain decrypts',
  );
  await t.receive('bob', first + 2001 + 5, 'a message of the gap', 'MESSAGE_EXPIRED');

  // Lifetime: a key stored at T expires at exactly T + 30 days.
  const y = await t.send('alice', 'bob', 'kept 30 days less a millisecond');
  const z = await t.send('alice', 'bob', 'kept 30 days');
  await t.receive(
    'bob',
    await t.send('alice', 'bob', 'stores two keys'),
    'two skipped keys stored now',
  );
  const stored = clock.now();
  clock.set(stored + 30 * DAY - 1);
  await t.receive('bob', y, '30 days less 1 ms after it was stored');
  clock.set(stored + 30 * DAY);
  await t.receive('bob', z, 'exactly 30 days after it was stored', 'MESSAGE_EXPIRED');

  // Finished chains: 20 are remembered, with their held keys.
  const old20 = await t.send('alice', 'bob', 'held on a chain 20 chains back');
  await t.receive('bob', await t.send('alice', 'bob', 'skips one'), 'one key held');
  for (let i = 0; i < 20; i++) {
    await t.receive('alice', await t.send('bob', 'alice', `b${i}`), 'round trip');
    await t.receive('bob', await t.send('alice', 'bob', `a${i}`), 'a new chain at Bob');
  }
  await t.receive('bob', old20, 'the key of the 20th finished chain is still held');
  const old21 = await t.send('alice', 'bob', 'held on a chain 21 chains back');
  await t.receive('bob', await t.send('alice', 'bob', 'skips one'), 'one key held');
  for (let i = 0; i < 21; i++) {
    await t.receive('alice', await t.send('bob', 'alice', `c${i}`), 'round trip');
    await t.receive('bob', await t.send('alice', 'bob', `d${i}`), 'a new chain at Bob');
  }
  await t.receive('bob', old21, 'a chain 21 back is forgotten with its key', 'DECRYPT_FAILED');

  // What a sender refuses (spec/ratchet.md §5): a plaintext over 252 KiB, and
  // a message number past 2^32 − 2. A refusal draws nothing and changes nothing.
  const largest = { text: 'x', count: WIRE_LIMITS.maxPlaintext };
  await t.receive(
    'bob',
    await t.send('alice', 'bob', largest, 'the largest plaintext (258048 bytes)'),
    'the largest message decrypts',
  );
  await t.send(
    'alice',
    'bob',
    { text: 'x', count: WIRE_LIMITS.maxPlaintext + 1 },
    'one byte more than the largest plaintext',
    'INVALID_ARGUMENT',
  );
  await t.receive(
    'bob',
    await t.send('alice', 'bob', 'after the refusal'),
    'the refusal changed nothing: the next message number follows',
  );
  const aliceRecord = decodeSessionRecord(
    (await opened.alice.ctx.stores.sessions.loadSession(opened.bob.address))!,
  );
  aliceRecord.current!.sendingMessageNumber = 2 ** 32 - 2;
  await t.loadRecord(
    'alice',
    'bob',
    toBinary(SessionRecordSchema, aliceRecord),
    'Alice’s record with her sending chain at message number 2^32 − 2',
  );
  await t.send('alice', 'bob', 'the last message number of a chain', 'message number 2^32 − 2');
  await t.send(
    'alice',
    'bob',
    'one more',
    'message number 2^32 − 1: refused, start a new session',
    'NO_SESSION',
  );
  return {
    description:
      'Limits of spec/ratchet.md §5 at their boundaries (MAX_SKIP 2000, lifetime 30 days, 20 finished chains). send_many steps draw from seededRandom(random_seed).',
    ...transcriptFile(opened),
  };
}

/** A version 1 state from a version 2 one and its entries: skipped keys inline, past chains by id. */
function stateToVersion1(state: SessionState, entries: Map<string, Uint8Array>): SessionState {
  const s = clone(SessionStateSchema, state);
  const he = s.headerEncryption;
  const chainId = (n: number): Uint8Array => {
    if (n === s.receivingChain) return he ? s.receivingHeaderKey : s.receivingRatchetKey;
    const f = finishedChains(s).find((c) => c.number === n)!;
    return he ? f.headerKey : f.ratchetKey;
  };
  for (const run of s.skippedRuns)
    for (let i = run.dropped; i < run.count; i++) {
      if ((run.used[i >> 3]! & (1 << (i & 7))) !== 0) continue;
      s.skipped.push(
        create(SkippedMessageKeySchema, {
          chain: chainId(run.chain),
          messageNumber: run.first + i,
          messageKey: entries.get(`mk.${s.id}.${run.chain}.${run.first + i}`)!,
          storedAtMs: run.storedAtMs,
        }),
      );
    }
  s.previousReceivingChains = finishedChains(s)
    .map((f) => (he ? f.headerKey : f.ratchetKey))
    .filter((c) => c.length > 0);
  s.version = 1;
  s.id = 0;
  s.receivingChain = 0;
  s.finishedChains = new Uint8Array(0);
  s.skippedRuns = [];
  s.recent = new Uint8Array(0);
  return s;
}

/** A version 1 session record (everything inline), as an earlier release wrote it. */
async function recordVersion1(stores: ProtocolStores, address: DeviceAddress): Promise<Uint8Array> {
  const record = decodeSessionRecord((await stores.sessions.loadSession(address))!);
  const entries = new Map<string, Uint8Array>();
  for (const name of await stores.sessions.listSessionEntries(address, ''))
    entries.set(name, (await stores.sessions.loadSessionEntry(address, name))!);
  const archived = archivedRefs(record).map((ref) =>
    stateToVersion1(decodeSessionState(entries.get(`state.${ref.id}`)!), entries),
  );
  return toBinary(
    SessionRecordSchema,
    create(SessionRecordSchema, {
      version: 1,
      current: stateToVersion1(record.current!, entries),
      archived,
      lastResetRequestMs: record.lastResetRequestMs,
      seenBaseKeys: record.seenBaseKeys,
    }),
  );
}

/**
 * Stored session state (spec/ratchet.md §7, §10): the record and entries a
 * device stores after each kind of step, a version 1 record that must load
 * (and what it is stored as afterwards), and snapshots: one that must not
 * reopen a closed receive window, and a version 1 snapshot.
 */
async function stateVectors(): Promise<Json> {
  const rng = seededRandom('nexuslink stored state vectors v1');
  const opened = await openTranscript(rng, false);
  const { alice, bob, clock, t } = opened;
  await t.receive('bob', await t.send('alice', 'bob', 'hello'), 'session set up');
  await t.stored('bob', 'alice', 'a new responder record');
  await t.receive('alice', await t.send('bob', 'alice', 'hi'), 'Alice ratchets');
  await t.stored('alice', 'bob', 'the initiator record once answered');
  const late = await t.send('alice', 'bob', 'late');
  await t.receive('bob', await t.send('alice', 'bob', 'skips one'), 'one key held');
  await t.stored('bob', 'alice', 'a record with one held skipped key (an entry)');
  // A second session: the first one is archived as an entry, with its held key.
  const bundle2 = createPreKeyBundle({
    device: bob.device,
    signedPreKey: bob.signedPreKey,
    kemPreKey: bob.lastResortKem,
  });
  const kemRandomness2 = rng.randomBytes(32);
  await establishSession(alice.device, bundle2, { ...alice.ctx, kemRandomness: kemRandomness2 });
  t.steps.push({
    action: 'establish',
    at: 'alice',
    at_ms: clock.now(),
    note: 'Alice starts a second session (last-resort KEM prekey)',
    bundle: toHex(bundle2),
    kem_randomness: toHex(kemRandomness2),
    random: alice.ctx.random.take(),
  });
  await t.receive('bob', await t.send('alice', 'bob', 'second session'), 'a new current state');
  await t.stored('bob', 'alice', 'the first state archived (entry state.1) with its held key');
  const v1 = await recordVersion1(bob.ctx.stores, alice.address);
  await t.loadRecord(
    'bob',
    'alice',
    v1,
    'the same state as an earlier release stored it (version 1)',
  );
  await t.receive('bob', late, 'a held key of the archived state, from the version 1 record');
  await t.stored('bob', 'alice', 'stored as version 2 after the first write');
  // Snapshots.
  const key = rng.randomBytes(32);
  const snapshot = await t.exportSnapshot('bob', 'alice', key, 'Bob exports a snapshot');
  const after = await t.send('alice', 'bob', 'after the snapshot');
  await t.receive('bob', after, 'in order');
  await t.importSnapshot(
    'bob',
    'alice',
    key,
    snapshot,
    'an older snapshot imported over the live record',
  );
  await t.receive('bob', after, 'the live state was kept: still a duplicate', 'DUPLICATE_MESSAGE');
  await t.stored('bob', 'alice', 'after importing the older snapshot');
  const v1Record = await recordVersion1(bob.ctx.stores, alice.address);
  const nonce = rng.randomBytes(24);
  const v1Snapshot = sessionSnapshotCodec.encode({
    version: 1,
    nonce,
    ciphertext: crypto().xchacha20poly1305Seal(
      key,
      nonce,
      v1Record,
      lengthPrefixed(
        te.encode('nexuslink/v1/session-snapshot'),
        Uint8Array.of(1),
        te.encode(alice.address.uuid),
        te.encode(alice.address.deviceId),
      ),
    ),
  });
  await bob.ctx.stores.sessions.deleteSession(alice.address);
  t.steps.push({
    action: 'delete_session',
    at: 'bob',
    peer: 'alice',
    at_ms: clock.now(),
    note: 'Bob loses the session',
  });
  await t.importSnapshot(
    'bob',
    'alice',
    key,
    v1Snapshot,
    'a version 1 snapshot (its plaintext a version 1 record)',
  );
  await t.stored('bob', 'alice', 'imported from the version 1 snapshot: sending chains cleared');
  await t.receive(
    'bob',
    await t.send('alice', 'bob', 'after the import'),
    'the restored state receives',
  );
  return {
    description:
      'Stored session state (spec/ratchet.md §7, §10): records and entries after each step ("stored": compare byte for byte), a version 1 record to load, snapshots (version 2, and version 1).',
    ...transcriptFile(opened),
  };
}

/** Every session vector file, keyed by path under test-vectors/. */
export async function sessionVectors(): Promise<Record<string, Json>> {
  return withPortableProvider(async () => ({
    'pqxdh/pqxdh.json': await pqxdhVectors(),
    'ratchet/transcript.json': await ratchetVectors(false),
    'ratchet/transcript-header-encryption.json': await ratchetVectors(true),
    'ratchet/limits.json': await limitsVectors(),
    'state/session-records.json': await stateVectors(),
    'sender-keys/transcript.json': await senderKeyVectors(),
  }));
}
