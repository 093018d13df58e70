/**
 * Session operations: plain async functions over the app's stores, in the
 * manner of libsignal. Every decrypt works on copies of the stored state and
 * writes back only after the message authenticated, so a failure changes
 * nothing.
 */
import { create } from '@bufbuild/protobuf';
import { NexusError } from '../interfaces/errors.js';
import type { Clock, RandomSource } from '../interfaces/runtime.js';
import type { DeviceAddress, ProtocolStores } from '../interfaces/sessions.js';
import { bytesEqual, toHex } from '../primitives/bytes.js';
import {
  envelopeCodec,
  preKeyBodyCodec,
  preKeyBundleCodec,
  signedPreKeyCodec,
  preKeyMessageCodec,
  ratchetMessageCodec,
  signedMessageCodec,
} from '../wire/messages.js';
import { EnvelopeType } from '../wire/gen/nexuslink/v1/envelope_pb.js';
import type { RatchetMessage } from '../wire/gen/nexuslink/v1/session_pb.js';
import {
  PendingPreKeySchema,
  TrustedIdentityRecordSchema,
} from '../wire/gen/nexuslink/v1/state_pb.js';
import type { SessionRecord, SessionState } from '../wire/gen/nexuslink/v1/state_pb.js';
import {
  acceptRevocationList,
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
  ratchetDecrypt,
  ratchetEncrypt,
} from './double-ratchet.js';
import { pqxdhInitiate, pqxdhRespond, sessionAssociatedData } from './pqxdh.js';
import { trustedChain, verifyPreKeyBundle } from './prekeys.js';
import type { LocalDevice } from './prekeys.js';
import {
  decodePreKeyRecord,
  decodeSessionRecord,
  decodeTrustedIdentityRecord,
  emptySessionRecord,
  encodeSessionRecord,
  encodeTrustedIdentityRecord,
  STATE_VERSION,
} from './records.js';

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

/** The address of a device. */
export function deviceAddress(uuid: string, deviceId: Uint8Array): DeviceAddress {
  return { uuid, deviceId: toHex(deviceId) };
}

function now(ctx: SessionContext): number {
  return (ctx.clock ?? systemClock).now();
}

function random(ctx: SessionContext): RandomSource {
  return ctx.random ?? systemRandom;
}

async function loadRecord(
  ctx: SessionContext,
  address: DeviceAddress,
): Promise<SessionRecord | null> {
  const bytes = await ctx.stores.sessions.loadSession(address);
  return bytes === null ? null : decodeSessionRecord(bytes);
}

/** Make `state` current, archiving the previous current state (newest first, bounded). */
function promote(record: SessionRecord, state: SessionState, archivedIndex?: number): void {
  if (archivedIndex !== undefined) record.archived.splice(archivedIndex, 1);
  if (record.current !== undefined) record.archived.unshift(record.current);
  record.current = state;
  if (record.archived.length > LIMITS.maxArchivedStates)
    record.archived.length = LIMITS.maxArchivedStates;
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
    const record = (await loadRecord(options, address)) ?? emptySessionRecord();
    promote(record, state);
    await options.stores.sessions.storeSession(address, encodeSessionRecord(record));
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
  const record = await loadRecord(ctx, address);
  return record?.current !== undefined;
}

/**
 * Encrypt `plaintext` for one remote device. Returns an encoded `Envelope`
 * (a PreKeyMessage until the peer has answered, then ratchet messages).
 *
 * @throws NexusError `NO_SESSION`.
 */
export async function encryptMessage(
  local: LocalDevice,
  address: DeviceAddress,
  plaintext: Uint8Array,
  ctx: SessionContext,
): Promise<Uint8Array> {
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
  const record = await loadRecord(ctx, address);
  if (record?.current === undefined)
    throw new NexusError('NO_SESSION', 'no session with this device');
  await requireNotRevoked(ctx, address.uuid, fromHexId(address.deviceId));
  // The record was just decoded: its state is ours to advance.
  const state = record.current;
  const message = ratchetEncrypt(state, plaintext, random(ctx));
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
    });
  } else {
    type = EnvelopeType.RATCHET_MESSAGE;
    content = ratchetMessageCodec.encode(message);
  }
  record.current = state;
  await ctx.stores.sessions.storeSession(address, encodeSessionRecord(record));
  return envelopeCodec.encode({
    version: 1,
    type,
    senderDeviceId: local.deviceId,
    recipientDeviceId: fromHexId(address.deviceId),
    timestampMs: BigInt(now(ctx)),
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

/** A decrypted message. */
export interface DecryptedMessage {
  readonly plaintext: Uint8Array;
  /** The sending device. */
  readonly sender: DeviceAddress;
  /** The envelope's timestamp (ms), as the sender claims it. */
  readonly timestamp: number;
  /** Whether this message started a new session (a PreKeyMessage that created one). */
  readonly newSession: boolean;
}

/** The error to report when no state decrypted a message: the most specific one. */
function bestError(errors: unknown[]): unknown {
  for (const code of ['DUPLICATE_MESSAGE', 'MESSAGE_EXPIRED', 'TOO_MANY_SKIPPED'] as const) {
    const found = errors.find((e) => NexusError.is(e, code));
    if (found) return found;
  }
  return (
    errors.find((e) => !NexusError.is(e, 'DECRYPT_FAILED')) ??
    new NexusError(
      'DECRYPT_FAILED',
      'message does not authenticate under any session with its sender',
    )
  );
}

/**
 * Try the current state, then each archived state. The first that decrypts
 * becomes current (simultaneous initiation converges on it). The record was
 * decoded for this call, so states are changed in place; after a failure the
 * record is decoded again from `bytes`, so a failed attempt leaves no trace
 * in what is returned (or stored by the caller).
 */
function decryptWithRecord(
  bytes: Uint8Array,
  message: RatchetMessage,
  t: number,
  rng: RandomSource,
  filter: (s: SessionState) => boolean = () => true,
): { record: SessionRecord; plaintext: Uint8Array } {
  let record = decodeSessionRecord(bytes);
  const count = record.archived.length + 1;
  const errors: unknown[] = [];
  let tried = 0;
  // Position 0 is the current state, 1.. the archived ones.
  for (let position = 0; position < count; position++) {
    const state = position === 0 ? record.current : record.archived[position - 1];
    if (state === undefined || !filter(state)) continue;
    tried++;
    try {
      // Archived states get a small MAX_SKIP: they serve convergence and messages in flight,
      // and a forged message must not cost MAX_SKIP work for each of them.
      const plaintext = ratchetDecrypt(
        state,
        message,
        t,
        rng,
        position === 0 ? LIMITS.maxSkip : LIMITS.maxSkipArchived,
      );
      // The peer answered (or repeated its own PreKeyMessage): stop sending PreKeyMessages.
      if (state.pendingPrekey !== undefined && state.receivingChainKey.length > 0)
        state.pendingPrekey = undefined;
      if (position > 0) promote(record, state, position - 1);
      return { record, plaintext };
    } catch (err) {
      if (!NexusError.is(err)) throw err;
      errors.push(err);
      record = decodeSessionRecord(bytes);
    }
  }
  if (tried === 0) throw new NexusError('NO_SESSION', 'no session with this device');
  throw bestError(errors);
}

/**
 * Decrypt an encoded `Envelope` addressed to this device.
 *
 * A PreKeyMessage creates a session (PQXDH as responder) unless one with
 * its base key exists; its one-time prekeys are deleted only after the
 * message decrypted, and a repeated PreKeyMessage reuses the session it made.
 *
 * @throws NexusError `MALFORMED`, `DECRYPT_FAILED`, `DUPLICATE_MESSAGE`,
 *   `MESSAGE_EXPIRED`, `TOO_MANY_SKIPPED`, `NO_SESSION`, `UNKNOWN_PREKEY`,
 *   `REVOKED`, `SUPERSEDED`, `BAD_SIGNATURE`, `UNKNOWN_ISSUER`, `EXPIRED`.
 */
export async function decryptMessage(
  local: LocalDevice,
  envelope: Uint8Array,
  ctx: SessionContext,
): Promise<DecryptedMessage> {
  const env = envelopeCodec.decode(envelope);
  if (env.recipientDeviceId.length > 0 && !bytesEqual(env.recipientDeviceId, local.deviceId)) {
    throw new NexusError('DECRYPT_FAILED', 'envelope is addressed to another device');
  }
  const t = now(ctx);
  const timestamp = Number(env.timestampMs);
  if (env.type === EnvelopeType.PREKEY_MESSAGE) {
    // Initial messages consume prekeys: one at a time, so a one-time prekey serves one session.
    const result = await withLock(ctx.stores.preKeys, 'prekey-messages', () =>
      decryptPreKeyMessage(local, env.content, t, ctx),
    );
    return { ...result, timestamp };
  }
  if (env.type !== EnvelopeType.RATCHET_MESSAGE)
    throw new NexusError('MALFORMED', 'not a 1:1 message envelope');
  const sender = envelopeSender(env);
  const uuid = sender.uuid;
  const message = ratchetMessageCodec.decode(env.content);
  await requireNotRevoked(ctx, uuid, env.senderDeviceId);
  return withLock(ctx.stores.sessions, sessionKey(sender), async () => {
    const bytes = await ctx.stores.sessions.loadSession(sender);
    if (bytes === null) throw new NexusError('NO_SESSION', 'no session with the sending device');
    const { record, plaintext } = decryptWithRecord(bytes, message, t, random(ctx));
    await ctx.stores.sessions.storeSession(sender, encodeSessionRecord(record));
    return { plaintext, sender, timestamp, newSession: false };
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
  content: Uint8Array,
  t: number,
  ctx: SessionContext,
): Promise<Omit<DecryptedMessage, 'timestamp'>> {
  const msg = preKeyMessageCodec.decode(content);
  // Who is this? Verify the sender's chain against what we already trust.
  const sskBytes = signedMessageCodec.encode(msg.selfSigningCertificate!);
  const presented = decodeSelfSigningCertificate(sskBytes);
  const uuid = uuidFromPublicKey(presented.identityKey);
  const trusted = await loadTrusted(ctx, uuid);
  const chain = trustedChain(presented.identityKey, sskBytes, trusted, t);
  const { device } = verifyDeviceCertificate(signedMessageCodec.encode(msg.deviceCertificate!), {
    identity: presented.identityKey,
    selfSigningCertificate: chain.selfSigningCertificate.bytes,
    revocationList: chain.revocationList,
    now: t,
  });
  const sender = deviceAddress(uuid, device.deviceId);
  return withLock(ctx.stores.sessions, sessionKey(sender), async () => {
    const stored = await ctx.stores.sessions.loadSession(sender);
    const record = stored === null ? emptySessionRecord() : decodeSessionRecord(stored);
    const rng = random(ctx);

    // A repeated PreKeyMessage (the peer has not heard from us yet): use the session it created.
    const sameBase = (s: SessionState) =>
      bytesEqual(s.baseKey, msg.baseKey) && bytesEqual(s.remoteIdentityKey, device.keyAgreementKey);
    if (
      (record.current !== undefined && sameBase(record.current)) ||
      record.archived.some(sameBase)
    ) {
      const result = decryptWithRecord(stored!, msg.message!, t, rng, sameBase);
      await ctx.stores.sessions.storeSession(sender, encodeSessionRecord(result.record));
      return { plaintext: result.plaintext, sender, newSession: false };
    }
    // Its session is gone (archived away), but this base key was used: a replay.
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
      headerEncryption: msg.message!.encryptedHeader.length > 0,
      now: t,
    });
    const plaintext = ratchetDecrypt(state, msg.message!, t, rng);
    // Authenticated: keep the session first, then consume the one-time prekeys
    // (a crash in between leaves a prekey unused, never a session lost).
    promote(record, state);
    record.seenBaseKeys.push(msg.baseKey);
    if (record.seenBaseKeys.length > LIMITS.maxSeenBaseKeys) record.seenBaseKeys.shift();
    await ctx.stores.sessions.storeSession(sender, encodeSessionRecord(record));
    await storeTrusted(
      ctx,
      uuid,
      chain.selfSigningCertificate,
      chain.revocationList,
      trusted.verifiedAtMs,
    );
    if (oneTimeRecord !== null)
      await ctx.stores.preKeys.removePreKey('one-time', msg.oneTimePrekeyId);
    if (!kemRecord.lastResort) await ctx.stores.preKeys.removePreKey('kem', msg.kemPrekeyId);
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
  return withLock(ctx.stores.sessions, sessionKey(address), async () => {
    const t = now(ctx);
    const record = (await loadRecord(ctx, address)) ?? emptySessionRecord();
    if (
      record.lastResetRequestMs !== 0n &&
      BigInt(t) - record.lastResetRequestMs < BigInt(LIMITS.resetRequestIntervalMs)
    )
      return false;
    record.lastResetRequestMs = BigInt(t);
    await ctx.stores.sessions.storeSession(address, encodeSessionRecord(record));
    return true;
  });
}

/** The device certificate type, re-exported for callers of this module. */
export type { DeviceCertificate };
