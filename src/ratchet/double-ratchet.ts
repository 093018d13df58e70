/**
 * The Double Ratchet (Signal's specification, revision 4), with optional
 * header encryption (§4). Functions here mutate a `SessionState` in place;
 * the session layer runs them on a copy and keeps the copy only when
 * decryption succeeds, so a failed decrypt leaves no trace.
 */
import { create } from '@bufbuild/protobuf';
import { NexusError } from '../interfaces/errors.js';
import type { RandomSource } from '../interfaces/runtime.js';
import { bytesEqual, concat, toHex } from '../primitives/bytes.js';
import { crypto } from '../primitives/provider.js';
import { ratchetHeaderCodec } from '../wire/messages.js';
import { RatchetMessageSchema } from '../wire/gen/nexuslink/v1/session_pb.js';
import type { RatchetHeader, RatchetMessage } from '../wire/gen/nexuslink/v1/session_pb.js';
import {
  ForgottenMessageKeySchema,
  SessionStateSchema,
  SkippedMessageKeySchema,
} from '../wire/gen/nexuslink/v1/state_pb.js';
import type { PendingPreKey, SessionState } from '../wire/gen/nexuslink/v1/state_pb.js';
import { LIMITS, SIZES } from './constants.js';
import { kdfChainKey, kdfRootKey, lengthPrefixed, messageKeyMaterial } from './kdf.js';

/** The 96-byte PQXDH output split into the ratchet's initial secrets. */
export interface InitialSecrets {
  /** SK: the first root key. */
  readonly rootKey: Uint8Array;
  /** The initiator's first sending header key (HKa). */
  readonly initiatorHeaderKey: Uint8Array;
  /** The responder's first next-sending header key (NHKb). */
  readonly responderNextHeaderKey: Uint8Array;
}

function dh(secret: Uint8Array, publicKey: Uint8Array): Uint8Array {
  const out = crypto().x25519(secret, publicKey);
  if (out === null) throw new NexusError('DECRYPT_FAILED', 'ratchet key is a low-order point');
  return out;
}

function newRatchetSecret(random: RandomSource): Uint8Array {
  return random.randomBytes(SIZES.x25519);
}

/** RatchetInitAlice / RatchetInitAliceHE. */
export function initializeInitiator(options: {
  secrets: InitialSecrets;
  sessionAd: Uint8Array;
  remoteRatchetKey: Uint8Array;
  remoteIdentityKey: Uint8Array;
  headerEncryption: boolean;
  pending: PendingPreKey;
  now: number;
  random: RandomSource;
}): SessionState {
  const sendingSecret = newRatchetSecret(options.random);
  const derived = kdfRootKey(options.secrets.rootKey, dh(sendingSecret, options.remoteRatchetKey));
  const he = options.headerEncryption;
  return create(SessionStateSchema, {
    version: 1,
    sessionAd: options.sessionAd,
    rootKey: derived.rootKey,
    sendingRatchetSecret: sendingSecret,
    sendingRatchetKey: crypto().x25519PublicKey(sendingSecret),
    receivingRatchetKey: options.remoteRatchetKey,
    sendingChainKey: derived.chainKey,
    headerEncryption: he,
    sendingHeaderKey: he ? options.secrets.initiatorHeaderKey : new Uint8Array(0),
    nextSendingHeaderKey: he ? derived.nextHeaderKey : new Uint8Array(0),
    nextReceivingHeaderKey: he ? options.secrets.responderNextHeaderKey : new Uint8Array(0),
    pendingPrekey: options.pending,
    baseKey: options.pending.baseKey,
    remoteIdentityKey: options.remoteIdentityKey,
    createdAtMs: BigInt(options.now),
  });
}

/** RatchetInitBob / RatchetInitBobHE. */
export function initializeResponder(options: {
  secrets: InitialSecrets;
  sessionAd: Uint8Array;
  signedPreKeySecret: Uint8Array;
  /** Its public key, when at hand (saves an X25519 base-point multiplication). */
  signedPreKeyPublic?: Uint8Array;
  baseKey: Uint8Array;
  remoteIdentityKey: Uint8Array;
  headerEncryption: boolean;
  now: number;
}): SessionState {
  const he = options.headerEncryption;
  return create(SessionStateSchema, {
    version: 1,
    sessionAd: options.sessionAd,
    rootKey: options.secrets.rootKey,
    sendingRatchetSecret: options.signedPreKeySecret,
    sendingRatchetKey:
      options.signedPreKeyPublic ?? crypto().x25519PublicKey(options.signedPreKeySecret),
    headerEncryption: he,
    nextSendingHeaderKey: he ? options.secrets.responderNextHeaderKey : new Uint8Array(0),
    nextReceivingHeaderKey: he ? options.secrets.initiatorHeaderKey : new Uint8Array(0),
    baseKey: options.baseKey,
    remoteIdentityKey: options.remoteIdentityKey,
    createdAtMs: BigInt(options.now),
  });
}

function messageAd(sessionAd: Uint8Array, header: Uint8Array): Uint8Array {
  return lengthPrefixed(sessionAd, header);
}

function sealHeader(
  key: Uint8Array,
  header: Uint8Array,
  sessionAd: Uint8Array,
  random: RandomSource,
): Uint8Array {
  const nonce = random.randomBytes(SIZES.headerNonce);
  return concat(nonce, crypto().xchacha20poly1305Seal(key, nonce, header, sessionAd));
}

function openHeader(
  key: Uint8Array,
  encrypted: Uint8Array,
  sessionAd: Uint8Array,
): Uint8Array | null {
  if (key.length === 0 || encrypted.length < SIZES.headerNonce + SIZES.tag) return null;
  return crypto().xchacha20poly1305Open(
    key,
    encrypted.subarray(0, SIZES.headerNonce),
    encrypted.subarray(SIZES.headerNonce),
    sessionAd,
  );
}

/** RatchetEncrypt / RatchetEncryptHE: returns the `RatchetMessage` (not yet encoded). */
export function ratchetEncrypt(
  state: SessionState,
  plaintext: Uint8Array,
  random: RandomSource,
): RatchetMessage {
  if (state.sendingChainKey.length === 0) {
    // A responder cannot send before it has received (its sending chain starts at the first DH ratchet).
    throw new NexusError('NO_SESSION', 'this session cannot send until it receives a message');
  }
  const { chainKey, messageKey } = kdfChainKey(state.sendingChainKey);
  state.sendingChainKey = chainKey;
  const header = ratchetHeaderCodec.encode({
    ratchetKey:
      state.sendingRatchetKey.length > 0
        ? state.sendingRatchetKey
        : crypto().x25519PublicKey(state.sendingRatchetSecret),
    previousChainLength: state.previousSendingChainLength,
    messageNumber: state.sendingMessageNumber,
  });
  state.sendingMessageNumber += 1;
  const headerBytes = state.headerEncryption
    ? sealHeader(state.sendingHeaderKey, header, state.sessionAd, random)
    : header;
  const { key, nonce } = messageKeyMaterial(messageKey);
  const ciphertext = crypto().chacha20poly1305Seal(
    key,
    nonce,
    plaintext,
    messageAd(state.sessionAd, headerBytes),
  );
  return create(RatchetMessageSchema, {
    version: 1,
    ...(state.headerEncryption ? { encryptedHeader: headerBytes } : { header: headerBytes }),
    ciphertext,
  });
}

/** The header bytes a message authenticates: the plaintext header or the encrypted one. */
function headerBytesOf(message: RatchetMessage): Uint8Array {
  return message.encryptedHeader.length > 0 ? message.encryptedHeader : message.header;
}

function openWith(
  messageKey: Uint8Array,
  message: RatchetMessage,
  sessionAd: Uint8Array,
): Uint8Array {
  const { key, nonce } = messageKeyMaterial(messageKey);
  const plaintext = crypto().chacha20poly1305Open(
    key,
    nonce,
    message.ciphertext,
    messageAd(sessionAd, headerBytesOf(message)),
  );
  if (plaintext === null) throw new NexusError('DECRYPT_FAILED', 'message does not authenticate');
  return plaintext;
}

/** Drop skipped keys past their lifetime, remembering them as forgotten. */
export function expireSkippedKeys(
  state: { skipped: SessionState['skipped']; forgotten: SessionState['forgotten'] },
  now: number,
): void {
  const cutoff = BigInt(now - LIMITS.skippedKeyLifetimeMs);
  const keep = state.skipped.filter((k) => k.storedAtMs > cutoff);
  if (keep.length === state.skipped.length) return;
  for (const k of state.skipped)
    if (k.storedAtMs <= cutoff) forget(state, k.chain, k.messageNumber);
  state.skipped = keep;
}

function forget(
  state: { forgotten: SessionState['forgotten'] },
  chain: Uint8Array,
  messageNumber: number,
): void {
  state.forgotten.push(create(ForgottenMessageKeySchema, { chain, messageNumber }));
  if (state.forgotten.length > LIMITS.maxForgotten)
    state.forgotten.splice(0, state.forgotten.length - LIMITS.maxForgotten);
}

/** Whether (chain, n) was forgotten (expired or evicted). */
export function isForgotten(
  state: { forgotten: SessionState['forgotten'] },
  chain: Uint8Array,
  messageNumber: number,
): boolean {
  return state.forgotten.some(
    (f) => f.messageNumber === messageNumber && bytesEqual(f.chain, chain),
  );
}

/** Store a skipped key, evicting (and forgetting) the oldest beyond the cap. */
export function storeSkipped(
  state: { skipped: SessionState['skipped']; forgotten: SessionState['forgotten'] },
  chain: Uint8Array,
  messageNumber: number,
  messageKey: Uint8Array,
  now: number,
): void {
  state.skipped.push(
    create(SkippedMessageKeySchema, { chain, messageNumber, messageKey, storedAtMs: BigInt(now) }),
  );
  while (state.skipped.length > LIMITS.maxStoredSkippedKeys) {
    const evicted = state.skipped.shift()!;
    forget(state, evicted.chain, evicted.messageNumber);
  }
}

/** Remove and return the skipped key for (chain, n), if held. */
export function takeSkipped(
  state: { skipped: SessionState['skipped'] },
  chain: Uint8Array,
  messageNumber: number,
): Uint8Array | null {
  const i = state.skipped.findIndex(
    (k) => k.messageNumber === messageNumber && bytesEqual(k.chain, chain),
  );
  if (i < 0) return null;
  const [key] = state.skipped.splice(i, 1);
  return key!.messageKey;
}

/** The chain identifier of the current receiving chain: the header key with HE, the ratchet key without. */
function receivingChainId(state: SessionState): Uint8Array {
  return state.headerEncryption ? state.receivingHeaderKey : state.receivingRatchetKey;
}

/** SkipMessageKeys: store keys of the current receiving chain up to `until`. */
function skipMessageKeys(state: SessionState, until: number, now: number, maxSkip: number): void {
  if (until - state.receivingMessageNumber > maxSkip) {
    throw new NexusError('TOO_MANY_SKIPPED', `message would skip more than ${maxSkip} keys`);
  }
  if (state.receivingChainKey.length === 0) return;
  const chain = receivingChainId(state);
  while (state.receivingMessageNumber < until) {
    const { chainKey, messageKey } = kdfChainKey(state.receivingChainKey);
    state.receivingChainKey = chainKey;
    storeSkipped(state, chain, state.receivingMessageNumber, messageKey, now);
    state.receivingMessageNumber += 1;
  }
}

/** DHRatchet / DHRatchetHE. */
function dhRatchet(state: SessionState, remoteRatchetKey: Uint8Array, random: RandomSource): void {
  const finished = receivingChainId(state);
  if (finished.length > 0) {
    state.previousReceivingChains.push(finished);
    if (state.previousReceivingChains.length > LIMITS.maxPreviousChains)
      state.previousReceivingChains.shift();
  }
  state.previousSendingChainLength = state.sendingMessageNumber;
  state.sendingMessageNumber = 0;
  state.receivingMessageNumber = 0;
  if (state.headerEncryption) {
    state.sendingHeaderKey = state.nextSendingHeaderKey;
    state.receivingHeaderKey = state.nextReceivingHeaderKey;
  }
  state.receivingRatchetKey = remoteRatchetKey;
  const receiving = kdfRootKey(state.rootKey, dh(state.sendingRatchetSecret, remoteRatchetKey));
  state.rootKey = receiving.rootKey;
  state.receivingChainKey = receiving.chainKey;
  if (state.headerEncryption) state.nextReceivingHeaderKey = receiving.nextHeaderKey;
  state.sendingRatchetSecret = newRatchetSecret(random);
  state.sendingRatchetKey = crypto().x25519PublicKey(state.sendingRatchetSecret);
  const sending = kdfRootKey(state.rootKey, dh(state.sendingRatchetSecret, remoteRatchetKey));
  state.rootKey = sending.rootKey;
  state.sendingChainKey = sending.chainKey;
  if (state.headerEncryption) state.nextSendingHeaderKey = sending.nextHeaderKey;
}

function decodeHeader(bytes: Uint8Array): RatchetHeader {
  try {
    return ratchetHeaderCodec.decode(bytes);
  } catch {
    throw new NexusError('DECRYPT_FAILED', 'message header is malformed');
  }
}

/**
 * RatchetDecrypt / RatchetDecryptHE. Mutates `state`; on any error the
 * caller must discard it (the session layer decrypts on a copy).
 *
 * @throws NexusError `DECRYPT_FAILED`, `DUPLICATE_MESSAGE`, `MESSAGE_EXPIRED`, `TOO_MANY_SKIPPED`.
 */
export function ratchetDecrypt(
  state: SessionState,
  message: RatchetMessage,
  now: number,
  random: RandomSource,
  maxSkip: number = LIMITS.maxSkip,
): Uint8Array {
  if (state.headerEncryption !== message.encryptedHeader.length > 0) {
    throw new NexusError('DECRYPT_FAILED', 'header encryption does not match the session');
  }
  expireSkippedKeys(state, now);
  return state.headerEncryption
    ? decryptWithHeaderEncryption(state, message, now, random, maxSkip)
    : decryptPlain(state, message, now, random, maxSkip);
}

function decryptPlain(
  state: SessionState,
  message: RatchetMessage,
  now: number,
  random: RandomSource,
  maxSkip: number,
): Uint8Array {
  const header = decodeHeader(message.header);
  const skipped = takeSkipped(state, header.ratchetKey, header.messageNumber);
  if (skipped !== null) return openWith(skipped, message, state.sessionAd);
  if (isForgotten(state, header.ratchetKey, header.messageNumber)) {
    throw new NexusError(
      'MESSAGE_EXPIRED',
      'the key of this message was deleted (expired or evicted)',
    );
  }
  const sameChain =
    state.receivingRatchetKey.length > 0 &&
    bytesEqual(header.ratchetKey, state.receivingRatchetKey);
  // An initiator knows the responder's signed prekey as its first "remote
  // ratchet key" but has no receiving chain yet: nothing real is sent on it
  // (the responder ratchets first), so a message claiming it is forged.
  if (sameChain && state.receivingChainKey.length === 0) {
    throw new NexusError('DECRYPT_FAILED', 'no receiving chain for this ratchet key');
  }
  if (sameChain && header.messageNumber < state.receivingMessageNumber) {
    throw new NexusError('DUPLICATE_MESSAGE', 'this message was already decrypted');
  }
  if (!sameChain && state.previousReceivingChains.some((c) => bytesEqual(c, header.ratchetKey))) {
    throw new NexusError('DUPLICATE_MESSAGE', 'this message was already decrypted');
  }
  if (!sameChain) {
    skipMessageKeys(state, header.previousChainLength, now, maxSkip);
    dhRatchet(state, header.ratchetKey, random);
  }
  skipMessageKeys(state, header.messageNumber, now, maxSkip);
  const { chainKey, messageKey } = kdfChainKey(state.receivingChainKey);
  state.receivingChainKey = chainKey;
  state.receivingMessageNumber += 1;
  return openWith(messageKey, message, state.sessionAd);
}

function decryptWithHeaderEncryption(
  state: SessionState,
  message: RatchetMessage,
  now: number,
  random: RandomSource,
  maxSkip: number,
): Uint8Array {
  // TrySkippedMessageKeysHE: any stored header key that opens the header.
  const tried = new Set<string>();
  for (const k of state.skipped) {
    const id = toHex(k.chain);
    if (tried.has(id)) continue;
    tried.add(id);
    const plainHeader = openHeader(k.chain, message.encryptedHeader, state.sessionAd);
    if (plainHeader === null) continue;
    const header = decodeHeader(plainHeader);
    const key = takeSkipped(state, k.chain, header.messageNumber);
    if (key !== null) return openWith(key, message, state.sessionAd);
    if (isForgotten(state, k.chain, header.messageNumber))
      throw new NexusError(
        'MESSAGE_EXPIRED',
        'the key of this message was deleted (expired or evicted)',
      );
  }
  let plainHeader = openHeader(state.receivingHeaderKey, message.encryptedHeader, state.sessionAd);
  let ratchetStep = false;
  if (plainHeader === null) {
    plainHeader = openHeader(
      state.nextReceivingHeaderKey,
      message.encryptedHeader,
      state.sessionAd,
    );
    ratchetStep = true;
  }
  if (plainHeader === null) {
    // A header that a past chain's key opens belongs to a message already
    // decrypted, or to one whose key was deleted (each chain tried once).
    const chains = new Map(
      [...state.previousReceivingChains, ...state.forgotten.map((f) => f.chain)].map((c) => [
        toHex(c),
        c,
      ]),
    );
    for (const chain of chains.values()) {
      const opened = openHeader(chain, message.encryptedHeader, state.sessionAd);
      if (opened === null) continue;
      if (isForgotten(state, chain, decodeHeader(opened).messageNumber)) {
        throw new NexusError(
          'MESSAGE_EXPIRED',
          'the key of this message was deleted (expired or evicted)',
        );
      }
      throw new NexusError('DUPLICATE_MESSAGE', 'this message was already decrypted');
    }
    throw new NexusError('DECRYPT_FAILED', 'message header does not authenticate');
  }
  const header = decodeHeader(plainHeader);
  if (!ratchetStep) {
    if (isForgotten(state, state.receivingHeaderKey, header.messageNumber)) {
      throw new NexusError(
        'MESSAGE_EXPIRED',
        'the key of this message was deleted (expired or evicted)',
      );
    }
    if (header.messageNumber < state.receivingMessageNumber)
      throw new NexusError('DUPLICATE_MESSAGE', 'this message was already decrypted');
  } else {
    skipMessageKeys(state, header.previousChainLength, now, maxSkip);
    dhRatchet(state, header.ratchetKey, random);
  }
  skipMessageKeys(state, header.messageNumber, now, maxSkip);
  const { chainKey, messageKey } = kdfChainKey(state.receivingChainKey);
  state.receivingChainKey = chainKey;
  state.receivingMessageNumber += 1;
  return openWith(messageKey, message, state.sessionAd);
}
