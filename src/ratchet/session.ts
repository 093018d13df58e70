/**
 * Session operations: plain async functions over the app's stores, in the
 * manner of libsignal. Every decrypt works on copies of the stored state and
 * writes back only after the message authenticated, so a failure changes
 * nothing.
 */
import { create } from '../wire/create.js';
import { NexusError } from '../interfaces/errors.js';
import { checkAddress } from '../interfaces/guards.js';
import { checkContext, checkLocal } from './context.js';
import type { Clock, RandomSource } from '../interfaces/runtime.js';
import type { DeviceAddress, ProtocolStores } from '../interfaces/sessions.js';
import { bytesEqual, toHex, u64be } from '../primitives/bytes.js';
import {
  envelopeCodec,
  preKeyBodyCodec,
  preKeyBundleCodec,
  signedPreKeyCodec,
  preKeyMessageCodec,
  ratchetMessageCodec,
  signedMessageCodec,
  WIRE_LIMITS,
} from '../wire/messages.js';
import { EnvelopeType } from '../wire/gen/nexuslink/v1/envelope_pb.js';
import type { Envelope } from '../wire/gen/nexuslink/v1/envelope_pb.js';
import type { RatchetMessage } from '../wire/gen/nexuslink/v1/session_pb.js';
import {
  PendingPreKeySchema,
  TrustedIdentityRecordSchema,
} from '../wire/gen/nexuslink/v1/state_tables.js';
import type { SessionState } from '../wire/gen/nexuslink/v1/state_pb.js';
import { archivedRefs } from './packed.js';
import type { ArchivedRef } from './packed.js';
import {
  acceptRevocationList,
  decodeDeviceCertificate,
  decodeRevocationList,
  decodeSelfSigningCertificate,
  isRevoked,
  verifyRevocationList,
  systemClock,
  systemRandom,
  verifyDeviceCertificate,
} from '../identity/certificates.js';
import type {
  DeviceCertificate,
  RevocationList,
  SelfSigningCertificate,
} from '../identity/certificates.js';
import { parseUuid, uuidFromPublicKey } from '../identity/uuid.js';
import { LIMITS } from './constants.js';
import { withLock } from './lock.js';
import {
  initializeInitiator,
  initializeResponder,
  locateMessage,
  neededSkippedKey,
  ratchetDecrypt,
  ratchetEncrypt,
} from './double-ratchet.js';
import { pqxdhInitiate, pqxdhRespond, sessionAssociatedData } from './pqxdh.js';
import { trustedChain, verifyPreKeyBundle } from './prekeys.js';
import type { LocalDevice } from './prekeys.js';
import {
  decodePreKeyRecord,
  decodeTrustedIdentityRecord,
  encodeSessionState,
  encodeTrustedIdentityRecord,
  STATE_VERSION,
} from './records.js';
import {
  archivedStateName,
  assignStateId,
  loadArchivedState,
  loadEntry,
  loadWorkingRecord,
  newWorkingRecord,
  promote,
  storeWorkingRecord,
  workingRecordOf,
} from './session-record.js';
import type { WorkingRecord } from './session-record.js';
import { wasDecrypted } from './recent.js';
import { expireSkippedKeys, heldKeyNames, mergeChanges, noChanges } from './skipped-keys.js';
import type { EntryChanges } from './skipped-keys.js';

/** Stores, clock and randomness for the session operations. */
export interface SessionContext {
  readonly stores: ProtocolStores;
  readonly clock?: Clock;
  readonly random?: RandomSource;
}

/** Lock key of a device's session record. */
function sessionKey(address: DeviceAddress): string {
  return `${address.uuid}/${address.deviceId}`;
}

/**
 * The address of a device: its identity's UUID and its 16-byte device id.
 *
 * @throws NexusError `INVALID_ARGUMENT` for a UUID that is not a string or a
 *   device id that is not 16 bytes (the hex form is what this returns).
 */
export function deviceAddress(uuid: string, deviceId: Uint8Array): DeviceAddress {
  if (typeof uuid !== 'string' || uuid.length === 0)
    throw new NexusError('INVALID_ARGUMENT', 'deviceAddress: uuid must be a NexusLink UUID');
  if (!(deviceId instanceof Uint8Array) || deviceId.length !== 16)
    throw new NexusError(
      'INVALID_ARGUMENT',
      'deviceAddress: deviceId must be the 16-byte device id (a Uint8Array; the address holds it as hex)',
    );
  return { uuid, deviceId: toHex(deviceId) };
}

function now(ctx: SessionContext): number {
  return (ctx.clock ?? systemClock).now();
}

function random(ctx: SessionContext): RandomSource {
  return ctx.random ?? systemRandom;
}

/** What this device trusts about `uuid`, for chain verification. */
async function loadTrusted(
  ctx: SessionContext,
  uuid: string,
): Promise<{
  selfSigningCertificate: Uint8Array | null;
  revocationList: Uint8Array | null;
  verifiedAtMs: bigint;
}> {
  const bytes = await ctx.stores.identities.loadIdentity(uuid);
  if (bytes === null)
    return { selfSigningCertificate: null, revocationList: null, verifiedAtMs: 0n };
  const record = decodeTrustedIdentityRecord(bytes);
  return {
    selfSigningCertificate: record.selfSigningCertificate.length
      ? record.selfSigningCertificate
      : null,
    revocationList: record.revocationList.length ? record.revocationList : null,
    verifiedAtMs: record.verifiedAtMs,
  };
}

async function storeTrusted(
  ctx: SessionContext,
  uuid: string,
  selfSigning: SelfSigningCertificate,
  revocationList: RevocationList | null,
  verifiedAtMs: bigint,
): Promise<void> {
  await ctx.stores.identities.storeIdentity(
    uuid,
    encodeTrustedIdentityRecord(
      create(TrustedIdentityRecordSchema, {
        version: STATE_VERSION,
        selfSigningCertificate: selfSigning.bytes,
        revocationList: revocationList?.bytes ?? new Uint8Array(0),
        verifiedAtMs,
      }),
    ),
  );
}

/**
 * Update what this device trusts about another identity: a newer self-signing
 * certificate, a newer revocation list (from a contact card, a server, the
 * peer), and whether the user verified the safety number. Sessions then
 * refuse revoked devices in both directions.
 *
 * @throws NexusError from verification, `SUPERSEDED` (an older SSK certificate),
 *   `STALE_REVOCATION_LIST` (an older or conflicting list), `UNKNOWN_ISSUER`.
 */
export async function updateTrustedIdentity(
  uuid: string,
  update: { selfSigningCertificate?: Uint8Array; revocationList?: Uint8Array; verified?: boolean },
  ctx: SessionContext,
): Promise<void> {
  const t = now(ctx);
  const identityKey = parseUuid(uuid).publicKey;
  const held = await loadTrusted(ctx, uuid);
  const sskBytes = update.selfSigningCertificate ?? held.selfSigningCertificate;
  if (sskBytes === null)
    throw new NexusError(
      'UNKNOWN_ISSUER',
      'no self-signing certificate is known for this identity',
    );
  const chain = trustedChain(identityKey, sskBytes, held, t);
  let revocationList = chain.revocationList;
  if (update.revocationList) {
    const incoming = verifyRevocationList(update.revocationList, {
      identity: identityKey,
      selfSigningCertificate: chain.selfSigningCertificate.bytes,
      now: t,
    });
    revocationList = acceptRevocationList(revocationList, incoming, {
      selfSigningCertificate: chain.selfSigningCertificate,
    });
  }
  const verifiedAtMs =
    update.verified === undefined ? held.verifiedAtMs : update.verified ? BigInt(t) : 0n;
  await storeTrusted(ctx, uuid, chain.selfSigningCertificate, revocationList, verifiedAtMs);
}

/** Options for {@link establishSession}. */
export interface EstablishOptions extends SessionContext {
  /** Refuse a bundle of another identity (`UNTRUSTED_IDENTITY`). */
  readonly expectedUuid?: string;
  /** Encrypt message headers too (Double Ratchet §4). Off by default. */
  readonly headerEncryption?: boolean;
  /** Deterministic ML-KEM encapsulation, for vectors only. */
  readonly kemRandomness?: Uint8Array;
}

/**
 * Start a session with the device of a prekey bundle (PQXDH as initiator).
 * Until the peer answers, every message repeats the PQXDH fields as a
 * PreKeyMessage. An existing session with the device is archived, not lost.
 *
 * @returns the peer device's address.
 * @throws NexusError from bundle verification (`BAD_SIGNATURE`, `REVOKED`, `SUPERSEDED`, `UNTRUSTED_IDENTITY`, …).
 */
export async function establishSession(
  local: LocalDevice,
  bundle: Uint8Array,
  options: EstablishOptions,
): Promise<DeviceAddress> {
  checkLocal(local);
  checkContext(options);
  const t = now(options);
  // Who is it? (Only decoded here; verified once below, against what we trust for them.)
  const uuid = bundleIdentity(bundle);
  if (options.expectedUuid !== undefined && options.expectedUuid !== uuid) {
    throw new NexusError('UNTRUSTED_IDENTITY', 'bundle belongs to another identity');
  }
  const trusted = await loadTrusted(options, uuid);
  const verified = verifyPreKeyBundle(bundle, { expectedUuid: uuid, known: trusted, now: t });
  if (bytesEqual(verified.device.deviceId, local.deviceId) && verified.uuid === local.uuid) {
    throw new NexusError('INVALID_ARGUMENT', 'cannot open a session with this device itself');
  }
  const initiation = pqxdhInitiate({
    agree: (pk) => local.keyAgreementKey.agree(pk),
    responderKeyAgreementKey: verified.device.keyAgreementKey,
    signedPreKey: verified.signedPreKey.publicKey,
    oneTimePreKey: verified.oneTimePreKey?.publicKey ?? null,
    kemPreKey: verified.kemPreKey.publicKey,
    random: random(options),
    ...(options.kemRandomness ? { kemRandomness: options.kemRandomness } : {}),
  });
  const sessionAd = sessionAssociatedData(
    {
      identityKey: local.identityKey,
      deviceId: local.deviceId,
      keyAgreementKey: local.keyAgreementKey.publicKey,
    },
    {
      identityKey: verified.device.identityKey,
      deviceId: verified.device.deviceId,
      keyAgreementKey: verified.device.keyAgreementKey,
    },
  );
  const state = initializeInitiator({
    secrets: initiation.secrets,
    sessionAd,
    remoteRatchetKey: verified.signedPreKey.publicKey,
    remoteIdentityKey: verified.device.keyAgreementKey,
    headerEncryption: options.headerEncryption ?? false,
    pending: create(PendingPreKeySchema, {
      signedPrekeyId: verified.signedPreKey.id,
      oneTimePrekeyId: verified.oneTimePreKey?.id ?? 0,
      kemPrekeyId: verified.kemPreKey.id,
      baseKey: initiation.baseKey,
      kemCiphertext: initiation.kemCiphertext,
    }),
    now: t,
    random: random(options),
  });
  const address = deviceAddress(verified.uuid, verified.device.deviceId);
  await withLock(options.stores.sessions, sessionKey(address), async () => {
    const working =
      (await loadWorkingRecord(options.stores.sessions, address)) ?? newWorkingRecord();
    promote(working, state);
    await storeWorkingRecord(options.stores.sessions, address, working, t);
  });
  await storeTrusted(
    options,
    verified.uuid,
    verified.selfSigningCertificate,
    verified.revocationList,
    trusted.verifiedAtMs,
  );
  return address;
}

/** The UUID a bundle claims (decoded, not verified). @throws NexusError `MALFORMED`. */
function bundleIdentity(bundle: Uint8Array): string {
  const decoded = preKeyBundleCodec.decode(bundle);
  const ssk = decodeSelfSigningCertificate(
    signedMessageCodec.encode(decoded.selfSigningCertificate!),
  );
  try {
    return uuidFromPublicKey(ssk.identityKey);
  } catch (cause) {
    throw new NexusError('MALFORMED', 'bundle identity key is not a valid key', { cause });
  }
}

/** Whether a usable session with the device exists. */
export async function hasSession(address: DeviceAddress, ctx: SessionContext): Promise<boolean> {
  checkAddress(address, 'address');
  checkContext(ctx);
  const bytes = await ctx.stores.sessions.loadSession(address);
  return bytes !== null && workingRecordOf(bytes).record.current !== undefined;
}

/**
 * Refuse a plaintext a sender must not encrypt: over `WIRE_LIMITS.maxPlaintext`
 * (252 KiB), the most whose message fits in an Envelope (spec/wire.md).
 *
 * @throws NexusError `INVALID_ARGUMENT`.
 */
export function requirePlaintextSize(plaintext: Uint8Array): void {
  if (!(plaintext instanceof Uint8Array))
    throw new NexusError('INVALID_ARGUMENT', 'the plaintext must be bytes');
  if (plaintext.length > WIRE_LIMITS.maxPlaintext)
    throw new NexusError(
      'INVALID_ARGUMENT',
      `the plaintext is ${plaintext.length} bytes, over the ${WIRE_LIMITS.maxPlaintext}-byte limit`,
    );
}

/**
 * Encrypt `plaintext` for one remote device. Returns an encoded `Envelope`
 * (a PreKeyMessage until the peer has answered, then ratchet messages).
 *
 * Checks, in this order (spec/ratchet.md §2): the plaintext size
 * (`INVALID_ARGUMENT`), the address (`INVALID_ARGUMENT`), a session with the
 * device (`NO_SESSION`), the device not revoked (`REVOKED`), a sending chain
 * that can send (`NO_SESSION`: a responder that has not received yet, a chain
 * at message number 2^32 − 2, or a state imported from a snapshot). A refusal
 * draws no random byte and changes nothing.
 *
 * @throws NexusError `INVALID_ARGUMENT`, `NO_SESSION`, `REVOKED`.
 */
export async function encryptMessage(
  local: LocalDevice,
  address: DeviceAddress,
  plaintext: Uint8Array,
  ctx: SessionContext,
): Promise<Uint8Array> {
  requirePlaintextSize(plaintext);
  checkAddress(address, 'address');
  checkLocal(local);
  checkContext(ctx);
  return withLock(ctx.stores.sessions, sessionKey(address), () =>
    encryptUnlocked(local, address, plaintext, ctx),
  );
}

async function encryptUnlocked(
  local: LocalDevice,
  address: DeviceAddress,
  plaintext: Uint8Array,
  ctx: SessionContext,
): Promise<Uint8Array> {
  const recipientDeviceId = fromHexId(address.deviceId);
  const working = await loadWorkingRecord(ctx.stores.sessions, address);
  const state = working?.record.current;
  if (working === null || state === undefined)
    throw new NexusError('NO_SESSION', 'no session with this device');
  await requireNotRevoked(ctx, address.uuid, recipientDeviceId);
  const t = now(ctx);
  const timestampMs = BigInt(t);
  // The record was just decoded: its state is ours to advance.
  const message = ratchetEncrypt(state, plaintext, u64be(timestampMs), random(ctx));
  let type: EnvelopeType;
  let content: Uint8Array;
  if (state.pendingPrekey !== undefined) {
    type = EnvelopeType.PREKEY_MESSAGE;
    content = preKeyMessageCodec.encode({
      version: 1,
      selfSigningCertificate: signedMessageCodec.decode(local.selfSigningCertificate),
      deviceCertificate: signedMessageCodec.decode(local.deviceCertificate),
      signedPrekeyId: state.pendingPrekey.signedPrekeyId,
      oneTimePrekeyId: state.pendingPrekey.oneTimePrekeyId,
      kemPrekeyId: state.pendingPrekey.kemPrekeyId,
      baseKey: state.pendingPrekey.baseKey,
      kemCiphertext: state.pendingPrekey.kemCiphertext,
      message,
      headerEncryption: state.headerEncryption,
    });
  } else {
    type = EnvelopeType.RATCHET_MESSAGE;
    content = ratchetMessageCodec.encode(message);
  }
  await storeWorkingRecord(ctx.stores.sessions, address, working, t);
  return envelopeCodec.encode({
    version: 1,
    type,
    senderDeviceId: local.deviceId,
    recipientDeviceId,
    timestampMs,
    content,
    senderIdentityKey: local.identityKey,
  });
}

function fromHexId(hex: string): Uint8Array {
  if (!/^[0-9a-f]{32}$/.test(hex))
    throw new NexusError('INVALID_ARGUMENT', 'device ids are 32 lower-case hex digits');
  const out = new Uint8Array(16);
  for (let i = 0; i < 16; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/**
 * The sending device an envelope names (its identity key and device id).
 * Not authenticated by itself: decryption under that device's session is.
 *
 * @throws NexusError `MALFORMED` when the identity key is missing or invalid.
 */
export function envelopeSender(env: {
  senderIdentityKey: Uint8Array;
  senderDeviceId: Uint8Array;
}): DeviceAddress {
  if (env.senderIdentityKey.length !== 32)
    throw new NexusError('MALFORMED', 'envelope lacks the sender identity key');
  let uuid: string;
  try {
    uuid = uuidFromPublicKey(env.senderIdentityKey);
  } catch {
    throw new NexusError('MALFORMED', 'envelope sender identity key is not a valid key');
  }
  return deviceAddress(uuid, env.senderDeviceId);
}

/** A decrypted message. Every field is authenticated (spec/wire.md §Authenticated fields). */
export interface DecryptedMessage {
  readonly plaintext: Uint8Array;
  /** The sending device (the device of the session that decrypted it). */
  readonly sender: DeviceAddress;
  /** The envelope's timestamp (ms): the sender's clock, bound into the message's AD. */
  readonly timestamp: number;
  /** Whether this message started a new session (a PreKeyMessage that created one). */
  readonly newSession: boolean;
}

/** Messages {@link decryptMessage} returned: proof of who sent what (see `processSenderKeyDistribution`). */
const decrypted = new WeakSet<DecryptedMessage>();

function authenticated(message: DecryptedMessage): DecryptedMessage {
  Object.freeze(message);
  decrypted.add(message);
  return message;
}

/** Whether `message` is a result of {@link decryptMessage} (not a copy, not made by the app). */
export function isDecryptedMessage(message: unknown): message is DecryptedMessage {
  return (
    typeof message === 'object' && message !== null && decrypted.has(message as DecryptedMessage)
  );
}

/** One state's failed attempt at a message. */
interface Failure {
  readonly error: NexusError;
  /** The state knew the message's chain: no other state can decrypt it. */
  readonly recognized: boolean;
  readonly current: boolean;
}

/** The error to report when no state decrypted a message. */
function bestError(failures: readonly Failure[]): NexusError {
  const current = failures.find((f) => f.current);
  if (current !== undefined && NexusError.is(current.error, 'TOO_MANY_SKIPPED'))
    return current.error;
  return new NexusError(
    'DECRYPT_FAILED',
    'message does not authenticate under any session with its sender',
  );
}

/** What one decryption attempt needs. */
interface Attempt {
  readonly ctx: SessionContext;
  readonly address: DeviceAddress;
  /** The record being changed (its pending entries are read before the store's). */
  working?: WorkingRecord;
  readonly message: RatchetMessage;
  readonly binding: Uint8Array;
  readonly now: number;
}

/**
 * Try one state (changed in place, entry changes collected in `changes`).
 * Returns the plaintext, or the failure (a `NexusError`; anything else is thrown).
 */
async function tryState(
  attempt: Attempt,
  state: SessionState,
  maxSkip: number,
  changes: EntryChanges,
  current: boolean,
): Promise<Uint8Array | Failure> {
  let recognized = false;
  try {
    // Keys past their lifetime go first, so an expired key never decrypts.
    expireSkippedKeys(state, attempt.now, changes);
    const located = locateMessage(state, attempt.message);
    recognized = located.chain !== 0;
    const name = neededSkippedKey(state, located);
    const skippedKey =
      name === null
        ? null
        : await loadEntry(
            attempt.ctx.stores.sessions,
            attempt.address,
            attempt.working ?? null,
            name,
          );
    const plaintext = ratchetDecrypt(state, attempt.message, located, {
      now: attempt.now,
      random: random(attempt.ctx),
      maxSkip,
      binding: attempt.binding,
      skippedKey,
      changes,
    });
    // The peer answered (or repeated its own PreKeyMessage): stop sending PreKeyMessages.
    if (state.pendingPrekey !== undefined && state.receivingChainKey.length > 0)
      state.pendingPrekey = undefined;
    return plaintext;
  } catch (err) {
    if (!NexusError.is(err)) throw err;
    // A late copy of a message this state decrypted, on a chain it no longer knows.
    if (NexusError.is(err, 'DECRYPT_FAILED') && wasDecrypted(state, attempt.message.ciphertext))
      return {
        error: new NexusError('DUPLICATE_MESSAGE', 'this message was already decrypted'),
        recognized: true,
        current,
      };
    return { error: err, recognized, current };
  }
}

/**
 * Try the current state, then each archived state; the first that decrypts
 * becomes current (simultaneous initiation converges on it). A message on a
 * chain the current state knows is tried on that state only, so a forged
 * one costs one attempt. A failed attempt leaves no trace: the current state
 * is decoded again from `bytes`, archived states are loaded per attempt.
 */
async function decryptWithRecord(
  attempt: Attempt,
  bytes: Uint8Array,
  filter: (s: { baseKey: Uint8Array; remoteIdentityKey: Uint8Array }) => boolean = () => true,
): Promise<{ working: WorkingRecord; plaintext: Uint8Array }> {
  let working = workingRecordOf(bytes);
  attempt.working = working;
  const failures: Failure[] = [];
  let tried = 0;
  const current = working.record.current;
  if (current !== undefined && filter(current)) {
    tried++;
    const result = await tryState(attempt, current, LIMITS.maxSkip, working.changes, true);
    if (result instanceof Uint8Array) return { working, plaintext: result };
    if (result.recognized) throw result.error;
    failures.push(result);
    working = workingRecordOf(bytes);
    attempt.working = working;
  }
  const refs: readonly ArchivedRef[] = archivedRefs(working.record);
  for (let i = 0; i < refs.length; i++) {
    if (!filter(refs[i]!)) continue;
    const state = await loadArchivedState(
      attempt.ctx.stores.sessions,
      attempt.address,
      refs[i]!.id,
      working,
    );
    if (state === null) continue;
    tried++;
    // Archived states get a small MAX_SKIP: they serve convergence and messages in flight,
    // and a forged message must not cost MAX_SKIP work for each of them.
    const changes = noChanges();
    const result = await tryState(attempt, state, LIMITS.maxSkipArchived, changes, false);
    if (result instanceof Uint8Array) {
      mergeChanges(working.changes, changes);
      promote(working, state, i);
      return { working, plaintext: result };
    }
    if (result.recognized) throw result.error;
    failures.push(result);
  }
  if (tried === 0) throw new NexusError('NO_SESSION', 'no session with this device');
  throw bestError(failures);
}

/** The envelope fields bound into a 1:1 message's AD: its timestamp. */
function bindingOf(env: { timestampMs: bigint }): Uint8Array {
  return u64be(env.timestampMs);
}

/**
 * Decrypt an encoded `Envelope` addressed to this device.
 *
 * A PreKeyMessage creates a session (PQXDH as responder) unless one with
 * its base key exists; its one-time prekeys are deleted only after the
 * message decrypted, and a repeated PreKeyMessage reuses the session it made.
 *
 * Checks run in the order of spec/ratchet.md §4 and the first fault decides
 * the code: the envelope, its type and recipient, the content, the sender
 * (for a PreKeyMessage: envelope against certificates, then signatures),
 * revocation, then one session lookup by the envelope's identity key and
 * device id (`NO_SESSION`), then decryption.
 *
 * @throws NexusError `MALFORMED`, `DECRYPT_FAILED`, `DUPLICATE_MESSAGE`,
 *   `ROLLBACK_DETECTED`, `MESSAGE_EXPIRED`, `TOO_MANY_SKIPPED`, `NO_SESSION`,
 *   `UNKNOWN_PREKEY`, `REVOKED`, `SUPERSEDED`, `BAD_SIGNATURE`, `UNKNOWN_ISSUER`, `EXPIRED`.
 */
export async function decryptMessage(
  local: LocalDevice,
  envelope: Uint8Array,
  ctx: SessionContext,
): Promise<DecryptedMessage> {
  // decryptEnvelope checks `local` and `ctx`.
  return decryptEnvelope(local, envelopeCodec.decode(envelope), ctx);
}

/**
 * {@link decryptMessage} of an envelope already decoded with `envelopeCodec`
 * (for a caller that decoded it to see its type: it is not decoded twice).
 *
 * @throws NexusError as {@link decryptMessage}.
 */
export async function decryptEnvelope(
  local: LocalDevice,
  env: Envelope,
  ctx: SessionContext,
): Promise<DecryptedMessage> {
  checkLocal(local);
  checkContext(ctx);
  if (env.type !== EnvelopeType.PREKEY_MESSAGE && env.type !== EnvelopeType.RATCHET_MESSAGE)
    throw new NexusError('MALFORMED', 'not a 1:1 message envelope');
  if (env.recipientDeviceId.length !== 16)
    throw new NexusError('MALFORMED', 'a 1:1 envelope names its recipient device');
  if (!bytesEqual(env.recipientDeviceId, local.deviceId))
    throw new NexusError('DECRYPT_FAILED', 'envelope is addressed to another device');
  const t = now(ctx);
  const timestamp = Number(env.timestampMs);
  if (env.type === EnvelopeType.PREKEY_MESSAGE) {
    // Initial messages consume prekeys: one at a time, so a one-time prekey serves one session.
    const result = await withLock(ctx.stores.preKeys, 'prekey-messages', () =>
      decryptPreKeyMessage(local, env, t, ctx),
    );
    return authenticated({ ...result, timestamp });
  }
  // The content decodes before the sender is read (spec/ratchet.md §4, order of checks).
  const message = ratchetMessageCodec.decode(env.content);
  // One lookup: the session named by the envelope's identity key and device id.
  const sender = envelopeSender(env);
  await requireNotRevoked(ctx, sender.uuid, env.senderDeviceId);
  return withLock(ctx.stores.sessions, sessionKey(sender), async () => {
    const bytes = await ctx.stores.sessions.loadSession(sender);
    if (bytes === null) throw new NexusError('NO_SESSION', 'no session with the sending device');
    const attempt = { ctx, address: sender, message, binding: bindingOf(env), now: t };
    const { working, plaintext } = await decryptWithRecord(attempt, bytes);
    await storeWorkingRecord(ctx.stores.sessions, sender, working, t);
    return authenticated({ plaintext, sender, timestamp, newSession: false });
  });
}

/**
 * Refuse a device on the trusted revocation list. The stored list was verified
 * when it was trusted (and is replaced only by a verified newer one), so this
 * hot-path check only decodes it.
 */
async function requireNotRevoked(
  ctx: SessionContext,
  uuid: string,
  deviceId: Uint8Array,
): Promise<void> {
  const trusted = await loadTrusted(ctx, uuid);
  if (trusted.revocationList === null) return;
  if (isRevoked(decodeRevocationList(trusted.revocationList), deviceId))
    throw new NexusError('REVOKED', 'the device has been revoked');
}

async function decryptPreKeyMessage(
  local: LocalDevice,
  env: {
    content: Uint8Array;
    senderIdentityKey: Uint8Array;
    senderDeviceId: Uint8Array;
    timestampMs: bigint;
  },
  t: number,
  ctx: SessionContext,
): Promise<Omit<DecryptedMessage, 'timestamp'>> {
  const msg = preKeyMessageCodec.decode(env.content);
  // Who is this? Verify the sender's chain against what we already trust.
  const sskBytes = signedMessageCodec.encode(msg.selfSigningCertificate!);
  const presented = decodeSelfSigningCertificate(sskBytes);
  let uuid: string;
  try {
    uuid = uuidFromPublicKey(presented.identityKey);
  } catch (cause) {
    throw new NexusError('MALFORMED', 'the PreKeyMessage names an invalid identity key', { cause });
  }
  const deviceCertificate = signedMessageCodec.encode(msg.deviceCertificate!);
  // The envelope's sender fields must be the device the certificates name
  // (spec/wire.md), checked on the decoded certificates before any signature:
  // a structural fault is MALFORMED whatever else is wrong (spec/ratchet.md §4).
  if (
    !bytesEqual(env.senderIdentityKey, presented.identityKey) ||
    !bytesEqual(env.senderDeviceId, decodeDeviceCertificate(deviceCertificate).deviceId)
  )
    throw new NexusError('MALFORMED', 'the envelope sender is not the PreKeyMessage’s device');
  const trusted = await loadTrusted(ctx, uuid);
  const chain = trustedChain(presented.identityKey, sskBytes, trusted, t);
  const { device } = verifyDeviceCertificate(deviceCertificate, {
    identity: presented.identityKey,
    selfSigningCertificate: chain.selfSigningCertificate.bytes,
    revocationList: chain.revocationList,
    now: t,
  });
  const sender = deviceAddress(uuid, device.deviceId);
  const binding = bindingOf(env);
  return withLock(ctx.stores.sessions, sessionKey(sender), async () => {
    const stored = await ctx.stores.sessions.loadSession(sender);
    const working = stored === null ? newWorkingRecord() : workingRecordOf(stored);
    const { record } = working;

    // A repeated PreKeyMessage (the peer has not heard from us yet): use the session it created.
    const sameBase = (s: { baseKey: Uint8Array; remoteIdentityKey: Uint8Array }) =>
      bytesEqual(s.baseKey, msg.baseKey) && bytesEqual(s.remoteIdentityKey, device.keyAgreementKey);
    if (
      (record.current !== undefined && sameBase(record.current)) ||
      archivedRefs(record).some(sameBase)
    ) {
      const attempt = { ctx, address: sender, message: msg.message!, binding, now: t };
      const result = await decryptWithRecord(attempt, stored!, sameBase);
      await storeWorkingRecord(ctx.stores.sessions, sender, result.working, t);
      return { plaintext: result.plaintext, sender, newSession: false };
    }
    // Its session is gone, but this base key was used: a replay. Version 1 records
    // remembered base keys in the record; version 2 asks the prekey store, which
    // remembers every use of a last-resort KEM prekey for as long as that key lives.
    if (record.seenBaseKeys.some((b) => bytesEqual(b, msg.baseKey))) {
      throw new NexusError('DUPLICATE_MESSAGE', 'this initial message was already processed');
    }

    const signed = await ctx.stores.preKeys.loadPreKey('signed', msg.signedPrekeyId);
    const kem = await ctx.stores.preKeys.loadPreKey('kem', msg.kemPrekeyId);
    const oneTime =
      msg.oneTimePrekeyId === 0
        ? null
        : await ctx.stores.preKeys.loadPreKey('one-time', msg.oneTimePrekeyId);
    if (signed === null || kem === null || (msg.oneTimePrekeyId !== 0 && oneTime === null)) {
      throw new NexusError(
        'UNKNOWN_PREKEY',
        'the message uses a prekey this device does not have (consumed or never issued)',
      );
    }
    const signedRecord = decodePreKeyRecord(signed, 'signed');
    const kemRecord = decodePreKeyRecord(kem, 'kem');
    const oneTimeRecord = oneTime === null ? null : decodePreKeyRecord(oneTime, 'one-time');
    if (
      kemRecord.lastResort &&
      (await ctx.stores.preKeys.isKemPreKeyUsed(msg.kemPrekeyId, msg.signedPrekeyId, msg.baseKey))
    )
      throw new NexusError('DUPLICATE_MESSAGE', 'this initial message was already processed');
    let secrets;
    try {
      secrets = pqxdhRespond({
        agree: (pk) => local.keyAgreementKey.agree(pk),
        initiatorKeyAgreementKey: device.keyAgreementKey,
        signedPreKeySecret: signedRecord.secret,
        oneTimePreKeySecret: oneTimeRecord?.secret ?? null,
        kemSeed: kemRecord.secret,
        baseKey: msg.baseKey,
        kemCiphertext: msg.kemCiphertext,
      });
    } catch (err) {
      if (NexusError.is(err, 'INVALID_KEY'))
        throw new NexusError('DECRYPT_FAILED', 'the PreKeyMessage carries an invalid base key', {
          cause: err,
        });
      throw err;
    }
    const sessionAd = sessionAssociatedData(
      {
        identityKey: device.identityKey,
        deviceId: device.deviceId,
        keyAgreementKey: device.keyAgreementKey,
      },
      {
        identityKey: local.identityKey,
        deviceId: local.deviceId,
        keyAgreementKey: local.keyAgreementKey.publicKey,
      },
    );
    const state = initializeResponder({
      secrets,
      sessionAd,
      signedPreKeySecret: signedRecord.secret,
      signedPreKeyPublic: preKeyBodyCodec.decode(signedPreKeyCodec.decode(signedRecord.signed).body)
        .publicKey!.key,
      baseKey: msg.baseKey,
      remoteIdentityKey: device.keyAgreementKey,
      // Negotiated by the PreKeyMessage (its decoder checked the message has that form).
      headerEncryption: msg.headerEncryption,
      now: t,
    });
    assignStateId(record, state);
    const located = locateMessage(state, msg.message!);
    const plaintext = ratchetDecrypt(state, msg.message!, located, {
      now: t,
      random: random(ctx),
      maxSkip: LIMITS.maxSkip,
      binding,
      skippedKey: null,
      changes: working.changes,
    });
    // Authenticated: keep the session first, then consume the one-time prekeys
    // and remember a last-resort KEM prekey's use (a crash in between leaves a
    // prekey unused, never a session lost).
    promote(working, state);
    await storeWorkingRecord(ctx.stores.sessions, sender, working, t);
    await storeTrusted(
      ctx,
      uuid,
      chain.selfSigningCertificate,
      chain.revocationList,
      trusted.verifiedAtMs,
    );
    if (oneTimeRecord !== null)
      await ctx.stores.preKeys.removePreKey('one-time', msg.oneTimePrekeyId);
    if (kemRecord.lastResort)
      await ctx.stores.preKeys.markKemPreKeyUsed(msg.kemPrekeyId, msg.signedPrekeyId, msg.baseKey);
    else await ctx.stores.preKeys.removePreKey('kem', msg.kemPrekeyId);
    return { plaintext, sender, newSession: true };
  });
}

/**
 * Whether to re-establish the session with `address` after its messages
 * stopped decrypting (the peer restored an old backup, or lost its state).
 * At most once per {@link LIMITS.resetRequestIntervalMs} per device: a `true`
 * is recorded, so the caller should then fetch a fresh bundle and
 * {@link establishSession}.
 */
export async function shouldResetSession(
  address: DeviceAddress,
  ctx: SessionContext,
): Promise<boolean> {
  checkAddress(address, 'address');
  checkContext(ctx);
  return withLock(ctx.stores.sessions, sessionKey(address), async () => {
    const t = now(ctx);
    const working = (await loadWorkingRecord(ctx.stores.sessions, address)) ?? newWorkingRecord();
    const { record } = working;
    if (
      record.lastResetRequestMs !== 0n &&
      BigInt(t) - record.lastResetRequestMs < BigInt(LIMITS.resetRequestIntervalMs) &&
      BigInt(t) >= record.lastResetRequestMs
    )
      return false;
    record.lastResetRequestMs = BigInt(t);
    await storeWorkingRecord(ctx.stores.sessions, address, working, t);
    return true;
  });
}

/**
 * Housekeeping for the session with `address` (the client runs it for every
 * session on a schedule): delete skipped keys past their lifetime in every
 * state, archived ones included, and entries the record no longer refers to
 * (left by a crash between writes of a store without transactions).
 *
 * @returns how many entries were deleted.
 */
export async function sweepSession(address: DeviceAddress, ctx: SessionContext): Promise<number> {
  checkAddress(address, 'address');
  checkContext(ctx);
  return withLock(ctx.stores.sessions, sessionKey(address), async () => {
    const store = ctx.stores.sessions;
    const t = now(ctx);
    const working = await loadWorkingRecord(store, address);
    const names = await store.listSessionEntries(address, '');
    if (working === null) {
      if (names.length > 0)
        await store.storeSessionEntries(address, new Map(names.map((n) => [n, null])));
      return names.length;
    }
    // Expire the keys of every state, and note every entry the record still refers to.
    const referenced = new Set<string>(working.changes.put.keys());
    const current = working.record.current;
    if (current !== undefined) {
      expireSkippedKeys(current, t, working.changes);
      for (const name of heldKeyNames(current)) referenced.add(name);
    }
    for (const ref of archivedRefs(working.record)) {
      referenced.add(archivedStateName(ref.id));
      const state = await loadArchivedState(store, address, ref.id, working);
      if (state === null) continue;
      const changes = noChanges();
      if (expireSkippedKeys(state, t, changes)) {
        mergeChanges(working.changes, changes);
        working.changes.put.set(archivedStateName(state.id), encodeSessionState(state));
      }
      for (const name of heldKeyNames(state)) referenced.add(name);
    }
    for (const name of names) if (!referenced.has(name)) working.changes.remove.add(name);
    const deleted = working.changes.remove.size;
    await storeWorkingRecord(store, address, working, t);
    return deleted;
  });
}

/** The device certificate type, re-exported for callers of this module. */
export type { DeviceCertificate };
