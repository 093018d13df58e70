/**
 * The Double Ratchet (Signal's specification, revision 4), with optional
 * header encryption (§4). Functions here mutate a `SessionState` in place;
 * the session layer runs them on a freshly decoded copy and stores it (with
 * the entry changes they collect) only when decryption succeeds, so a failed
 * decrypt leaves no trace.
 *
 * A message is located first ({@link locateMessage}: which receiving chain,
 * which number), so the session layer can load the one skipped key it needs,
 * then decrypted ({@link ratchetDecrypt}).
 */
import { create } from '../wire/create.js';
import { NexusError } from '../interfaces/errors.js';
import type { RandomSource } from '../interfaces/runtime.js';
import { bytesEqual, concat } from '../primitives/bytes.js';
import { crypto } from '../primitives/provider.js';
import { ratchetHeaderCodec } from '../wire/messages.js';
import { RatchetMessageSchema } from '../wire/gen/nexuslink/v1/session_tables.js';
import type { RatchetHeader, RatchetMessage } from '../wire/gen/nexuslink/v1/session_pb.js';
import { SessionStateSchema } from '../wire/gen/nexuslink/v1/state_tables.js';
import type { PendingPreKey, SessionState } from '../wire/gen/nexuslink/v1/state_pb.js';
import {
  appendFinishedChain,
  clearFinishedHeaderKey,
  dropOldestFinishedChain,
  findFinishedChain,
  finishedChainCount,
  finishedChains,
} from './packed.js';
import type { FinishedChain } from './packed.js';
import { LIMITS, SIZES } from './constants.js';
import {
  kdfChainKey,
  kdfRootKey,
  kdfSendingChainKey,
  lengthPrefixed,
  openWithMessageKey,
  sealWithMessageKey,
} from './kdf.js';
import { compareWithDecrypted, rememberDecrypted } from './recent.js';
import { SESSION_RECORD_VERSION } from './records.js';
import {
  chainHasHeldKeys,
  findRun,
  removeChainRuns,
  runStatus,
  skippedKeyName,
  storeSkippedKeys,
  useSkippedKey,
} from './skipped-keys.js';
import type { EntryChanges } from './skipped-keys.js';

/** The 96-byte PQXDH output split into the ratchet's initial secrets. */
export interface InitialSecrets {
  /** SK: the first root key. */
  readonly rootKey: Uint8Array;
  /** The initiator's first sending header key (HKa). */
  readonly initiatorHeaderKey: Uint8Array;
  /** The responder's first next-sending header key (NHKb). */
  readonly responderNextHeaderKey: Uint8Array;
}

/** The largest message number a chain uses: the next would not fit the header's uint32. */
export const LAST_MESSAGE_NUMBER = 0xfffffffe;

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
    version: SESSION_RECORD_VERSION,
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
    version: SESSION_RECORD_VERSION,
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

/**
 * AD of one message: the session AD, the header bytes as sent and the
 * envelope fields the receiver relies on (`binding`: the timestamp), each
 * length-prefixed.
 */
function messageAd(sessionAd: Uint8Array, header: Uint8Array, binding: Uint8Array): Uint8Array {
  return lengthPrefixed(sessionAd, header, binding);
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

/**
 * RatchetEncrypt / RatchetEncryptHE: returns the `RatchetMessage` (not yet
 * encoded). Random draws: with header encryption the 24-byte header nonce,
 * then the 32 bytes of the hedged message nonce.
 *
 * @throws NexusError `NO_SESSION` when the state cannot send (a responder
 *   before its first message received, a restored state, a chain at its last number).
 */
export function ratchetEncrypt(
  state: SessionState,
  plaintext: Uint8Array,
  binding: Uint8Array,
  random: RandomSource,
): RatchetMessage {
  if (state.sendingChainKey.length === 0) {
    // A responder cannot send before it has received (its sending chain starts at the first DH ratchet).
    throw new NexusError('NO_SESSION', 'this session cannot send until it receives a message');
  }
  if (state.sendingMessageNumber > LAST_MESSAGE_NUMBER)
    throw new NexusError('NO_SESSION', 'the sending chain is exhausted: start a new session');
  const keys = kdfSendingChainKey(state.sendingChainKey);
  state.sendingChainKey = keys.chainKey;
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
  const ciphertext = sealWithMessageKey(
    keys,
    plaintext,
    messageAd(state.sessionAd, headerBytes, binding),
    random,
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

function decodeHeader(bytes: Uint8Array): RatchetHeader {
  let header: RatchetHeader;
  try {
    header = ratchetHeaderCodec.decode(bytes);
  } catch {
    throw new NexusError('DECRYPT_FAILED', 'message header is malformed');
  }
  // A sender never uses the last uint32 (the next number would not fit): see spec/ratchet.md.
  if (
    header.messageNumber > LAST_MESSAGE_NUMBER ||
    header.previousChainLength > LAST_MESSAGE_NUMBER
  )
    throw new NexusError('DECRYPT_FAILED', 'message number out of range');
  return header;
}

/** Where a message belongs in a state: a chain it knows, or the next one. */
export interface LocatedMessage {
  readonly header: RatchetHeader;
  /** The receiving chain's number in the state; 0 for a new chain (a DH ratchet step). */
  readonly chain: number;
  /** Set when `chain` is one the state has moved past. */
  readonly finished: FinishedChain | null;
}

/**
 * Find the chain a message belongs to (for header encryption: the header key
 * that opens it). Changes nothing.
 *
 * @throws NexusError `DECRYPT_FAILED` when the header does not decode or open
 *   under any header key this state holds, or names a ratchet key the state
 *   has no receiving chain for.
 */
export function locateMessage(state: SessionState, message: RatchetMessage): LocatedMessage {
  if (state.headerEncryption !== message.encryptedHeader.length > 0) {
    throw new NexusError('DECRYPT_FAILED', 'header encryption does not match the session');
  }
  if (!state.headerEncryption) {
    const header = decodeHeader(message.header);
    if (
      state.receivingRatchetKey.length > 0 &&
      bytesEqual(header.ratchetKey, state.receivingRatchetKey)
    ) {
      // An initiator knows the responder's signed prekey as its first "remote
      // ratchet key" but has no receiving chain yet: nothing real is sent on it
      // (the responder ratchets first), so a message claiming it is forged.
      if (state.receivingChainKey.length === 0)
        throw new NexusError('DECRYPT_FAILED', 'no receiving chain for this ratchet key');
      return { header, chain: state.receivingChain, finished: null };
    }
    const finished = findFinishedChain(state, header.ratchetKey);
    return { header, chain: finished?.number ?? 0, finished };
  }
  const sealed = message.encryptedHeader;
  let opened = openHeader(state.receivingHeaderKey, sealed, state.sessionAd);
  if (opened !== null)
    return { header: decodeHeader(opened), chain: state.receivingChain, finished: null };
  opened = openHeader(state.nextReceivingHeaderKey, sealed, state.sessionAd);
  if (opened !== null) return { header: decodeHeader(opened), chain: 0, finished: null };
  for (const f of finishedChains(state)) {
    opened = openHeader(f.headerKey, sealed, state.sessionAd);
    if (opened !== null) return { header: decodeHeader(opened), chain: f.number, finished: f };
  }
  throw new NexusError('DECRYPT_FAILED', 'message header does not authenticate');
}

/** The entry name of the held skipped key a located message needs, or `null`. */
export function neededSkippedKey(state: SessionState, located: LocatedMessage): string | null {
  if (located.chain === 0) return null;
  const n = located.header.messageNumber;
  const run = findRun(state, located.chain, n);
  return run !== undefined && runStatus(run, n) === 'held'
    ? skippedKeyName(state.id, located.chain, n)
    : null;
}

/** What {@link ratchetDecrypt} needs besides the state and the message. */
export interface DecryptOptions {
  readonly now: number;
  readonly random: RandomSource;
  /** MAX_SKIP for this state (smaller for archived states). */
  readonly maxSkip: number;
  /** The envelope fields bound into the AD (spec/ratchet.md §Messages). */
  readonly binding: Uint8Array;
  /** The held skipped key {@link neededSkippedKey} named, loaded; `null` if it named none or it is gone. */
  readonly skippedKey: Uint8Array | null;
  /** Entries to write and delete if the caller keeps the state. */
  readonly changes: EntryChanges;
}

/**
 * RatchetDecrypt / RatchetDecryptHE on a located message. Mutates `state`
 * and collects entry changes; on any error the caller discards both.
 *
 * @throws NexusError `DECRYPT_FAILED`, `DUPLICATE_MESSAGE`, `ROLLBACK_DETECTED`,
 *   `MESSAGE_EXPIRED`, `TOO_MANY_SKIPPED`.
 */
export function ratchetDecrypt(
  state: SessionState,
  message: RatchetMessage,
  located: LocatedMessage,
  options: DecryptOptions,
): Uint8Array {
  const { header } = located;
  const n = header.messageNumber;
  const sealed = message.ciphertext;
  const ad = messageAd(state.sessionAd, headerBytesOf(message), options.binding);
  let chain = located.chain;
  if (chain !== 0) {
    const run = findRun(state, chain, n);
    if (run !== undefined) {
      const status = runStatus(run, n);
      if (status === 'used') return repeated(state, chain, n, sealed);
      if (status === 'dropped' || options.skippedKey === null) throw expired();
      const plaintext = openWithMessageKey(options.skippedKey, sealed, ad);
      if (plaintext === null) throw notAuthentic();
      useSkippedKey(state, run, n, options.changes);
      rememberDecrypted(state, chain, n, sealed);
      // Header encryption: a finished chain's header key opens all its headers; keep it only while needed.
      if (
        located.finished !== null &&
        located.finished.headerKey.length > 0 &&
        !chainHasHeldKeys(state, chain)
      )
        clearFinishedHeaderKey(state, located.finished.index);
      return plaintext;
    }
    if (located.finished !== null) {
      if (n < located.finished.received) return repeated(state, chain, n, sealed);
      if (n < located.finished.length) throw expired();
      throw new NexusError(
        'ROLLBACK_DETECTED',
        'the sender went on with a chain it had ended: its state was rolled back',
      );
    }
    if (n < state.receivingMessageNumber) return repeated(state, chain, n, sealed);
  } else {
    if (n > options.maxSkip)
      throw new NexusError(
        'TOO_MANY_SKIPPED',
        `message would skip more than ${options.maxSkip} keys`,
      );
    finishReceivingChain(state, header.previousChainLength, options);
    dhRatchet(state, header.ratchetKey, options.random);
    chain = state.receivingChain;
  }
  if (n - state.receivingMessageNumber > options.maxSkip)
    throw new NexusError(
      'TOO_MANY_SKIPPED',
      `message would skip more than ${options.maxSkip} keys`,
    );
  const skipped = advanceTo(state, n);
  storeSkippedKeys(state, chain, n - skipped.length, skipped, options.now, options.changes);
  const { chainKey, messageKey } = kdfChainKey(state.receivingChainKey);
  state.receivingChainKey = chainKey;
  state.receivingMessageNumber = n + 1;
  const plaintext = openWithMessageKey(messageKey, sealed, ad);
  if (plaintext === null) throw notAuthentic();
  rememberDecrypted(state, chain, n, sealed);
  return plaintext;
}

function notAuthentic(): NexusError {
  return new NexusError('DECRYPT_FAILED', 'message does not authenticate');
}

function expired(): NexusError {
  return new NexusError(
    'MESSAGE_EXPIRED',
    'the key of this message was deleted (expired or evicted)',
  );
}

/** A message number already used: the same message again, or a rolled-back sender. */
function repeated(state: SessionState, chain: number, n: number, sealed: Uint8Array): never {
  if (compareWithDecrypted(state, chain, n, sealed) === 'different')
    throw new NexusError(
      'ROLLBACK_DETECTED',
      'another message with this number was decrypted: the sender’s state was rolled back',
    );
  throw new NexusError('DUPLICATE_MESSAGE', 'this message was already decrypted');
}

/** Derive the current receiving chain up to `n`: the message keys skipped on the way. */
function advanceTo(state: SessionState, n: number): Uint8Array[] {
  const skipped: Uint8Array[] = [];
  if (state.receivingChainKey.length === 0) return skipped;
  for (let i = state.receivingMessageNumber; i < n; i++) {
    const { chainKey, messageKey } = kdfChainKey(state.receivingChainKey);
    state.receivingChainKey = chainKey;
    skipped.push(messageKey);
  }
  state.receivingMessageNumber = n;
  return skipped;
}

/**
 * Before a DH ratchet step: keep the keys of the rest of the current chain
 * (up to the `PN` the peer announced; none when that is more than MAX_SKIP
 * away, so a large gap never wedges the session), and remember the chain.
 */
function finishReceivingChain(state: SessionState, length: number, options: DecryptOptions): void {
  if (state.receivingChainKey.length === 0) return;
  const chain = state.receivingChain;
  const received = state.receivingMessageNumber;
  if (length > received && length - received <= options.maxSkip) {
    const skipped = advanceTo(state, length);
    storeSkippedKeys(state, chain, received, skipped, options.now, options.changes);
  }
  appendFinishedChain(state, {
    number: chain,
    ratchetKey: state.receivingRatchetKey,
    headerKey:
      state.headerEncryption && chainHasHeldKeys(state, chain)
        ? state.receivingHeaderKey
        : new Uint8Array(0),
    received,
    length,
  });
  while (finishedChainCount(state) > LIMITS.maxPreviousChains)
    removeChainRuns(state, dropOldestFinishedChain(state), options.changes);
}

/** DHRatchet / DHRatchetHE. */
function dhRatchet(state: SessionState, remoteRatchetKey: Uint8Array, random: RandomSource): void {
  state.previousSendingChainLength = state.sendingMessageNumber;
  state.sendingMessageNumber = 0;
  state.receivingMessageNumber = 0;
  state.receivingChain += 1;
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
