/**
 * Sender Keys for groups (spec/sender-keys.md): each sending device has a
 * chain key and an Ed25519 signing key per distribution (group); members get
 * them in a SenderKeyDistribution sent over 1:1 sessions. Every group message
 * is encrypted with the next chain key and signed.
 */
import { create } from '../wire/create.js';
import { NexusError } from '../interfaces/errors.js';
import { checkContext, checkLocal } from './context.js';
import type { DeviceAddress } from '../interfaces/sessions.js';
import { bytesEqual, fromHex, toHex, u64be, utf8 } from '../primitives/bytes.js';
import { crypto } from '../primitives/provider.js';
import {
  envelopeCodec,
  senderKeyDistributionCodec,
  senderKeyMessageBodyCodec,
  senderKeySignedMessageCodec,
} from '../wire/messages.js';
import { EnvelopeType } from '../wire/gen/nexuslink/v1/envelope_pb.js';
import {
  ForgottenMessageKeySchema,
  SenderKeyRecordSchema,
  SenderKeyStateSchema,
  SkippedMessageKeySchema,
} from '../wire/gen/nexuslink/v1/state_tables.js';
import type { SenderKeyRecord, SenderKeyState } from '../wire/gen/nexuslink/v1/state_pb.js';
import { systemClock, systemRandom } from '../identity/certificates.js';
import { SIGNATURE_LABELS, signingInput } from '../identity/signing.js';
import { LIMITS } from './constants.js';
import { withLock } from './lock.js';
import { compareWithDecrypted, rememberDecrypted } from './recent.js';
import {
  kdfChainKey,
  kdfSendingChainKey,
  lengthPrefixedInto,
  openWithMessageKey,
  sealWithMessageKey,
} from './kdf.js';
import type { LocalDevice } from './prekeys.js';
import { decodeSenderKeyRecord, encodeSenderKeyRecord, STATE_VERSION } from './records.js';
import type { SessionContext } from './session.js';
import {
  deviceAddress,
  envelopeSender,
  isDecryptedMessage,
  requirePlaintextSize,
} from './session.js';
import type { DecryptedMessage } from './session.js';

const AD_LABEL = utf8('NexusLink_SenderKey_AD');

/** Whether `inner` occurs in `outer`. */
function contains(outer: Uint8Array, inner: Uint8Array): boolean {
  if (inner.length === 0 || inner.length > outer.length) return false;
  const first = inner[0]!;
  for (
    let i = outer.indexOf(first);
    i >= 0 && i <= outer.length - inner.length;
    i = outer.indexOf(first, i + 1)
  ) {
    let j = 1;
    while (j < inner.length && outer[i + j] === inner[j]) j++;
    if (j === inner.length) return true;
  }
  return false;
}

/** A distribution id as text: 32 hex digits, or a UUID (a community channel id) with its dashes. */
const DISTRIBUTION_TEXT =
  /^(?:[0-9a-fA-F]{32}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;

/**
 * A distribution id given as 16 bytes, 32 hex digits or a UUID in text form
 * (the form a community server gives channel ids).
 *
 * @throws NexusError `INVALID_ARGUMENT` for anything else, naming the forms.
 */
function distributionHex(distributionId: Uint8Array | string): { bytes: Uint8Array; hex: string } {
  let bytes: Uint8Array | null = null;
  if (distributionId instanceof Uint8Array)
    bytes = distributionId.length === 16 ? distributionId : null;
  else if (typeof distributionId === 'string' && DISTRIBUTION_TEXT.test(distributionId))
    bytes = fromHex(distributionId.replaceAll('-', ''));
  if (bytes === null)
    throw new NexusError(
      'INVALID_ARGUMENT',
      'distributionId must be 16 bytes, 32 hex digits, or a UUID such as a channel id',
    );
  return { bytes, hex: toHex(bytes) };
}

async function loadRecord(
  ctx: SessionContext,
  sender: DeviceAddress,
  hex: string,
): Promise<SenderKeyRecord | null> {
  const bytes = await ctx.stores.senderKeys.loadSenderKey(sender, hex);
  return bytes === null ? null : decodeSenderKeyRecord(bytes);
}

function distributionOf(state: SenderKeyState): Uint8Array {
  return senderKeyDistributionCodec.encode({
    version: 1,
    distributionId: state.distributionId,
    chainId: state.chainId,
    iteration: state.iteration,
    chainKey: state.chainKey,
    signingKey: state.signingKey,
  });
}

function newOwnState(
  distributionId: Uint8Array,
  chainId: number,
  ctx: SessionContext,
): SenderKeyState {
  const rng = ctx.random ?? systemRandom;
  const signingSecret = rng.randomBytes(32);
  return create(SenderKeyStateSchema, {
    version: STATE_VERSION,
    distributionId,
    chainId,
    iteration: 0,
    chainKey: rng.randomBytes(32),
    signingKey: crypto().ed25519PublicKey(signingSecret),
    signingSecret,
  });
}

/**
 * This device's sender key for a group, created on first use: returns the
 * encoded `SenderKeyDistribution` to send (over 1:1 sessions) to every member.
 * `distributionId` names the group: 16 bytes, 32 hex digits, or a UUID in
 * text form (a community channel id as the server gives it).
 *
 * @throws NexusError `INVALID_ARGUMENT` for another form of id.
 */
export async function createSenderKeyDistribution(
  local: LocalDevice,
  distributionId: Uint8Array | string,
  ctx: SessionContext,
): Promise<Uint8Array> {
  return ownChain(local, distributionId, ctx, false);
}

/**
 * Replace this device's sender key for a group with a fresh chain and signing
 * key (when a member leaves or a device is revoked): the departed cannot read
 * what follows. Returns the new distribution for the remaining members.
 */
export async function rotateSenderKey(
  local: LocalDevice,
  distributionId: Uint8Array | string,
  ctx: SessionContext,
): Promise<Uint8Array> {
  return ownChain(local, distributionId, ctx, true);
}

/** The distribution of this device's current chain, starting a new chain when there is none or `rotate`. */
async function ownChain(
  local: LocalDevice,
  distributionId: Uint8Array | string,
  ctx: SessionContext,
  rotate: boolean,
): Promise<Uint8Array> {
  checkLocal(local);
  checkContext(ctx);
  const d = distributionHex(distributionId);
  const self = deviceAddress(local.uuid, local.deviceId);
  return withLock(ctx.stores.senderKeys, `${self.uuid}/${self.deviceId}/${d.hex}`, async () => {
    const record =
      (await loadRecord(ctx, self, d.hex)) ??
      create(SenderKeyRecordSchema, { version: STATE_VERSION });
    const current = record.states[0];
    if (!rotate && current?.signingSecret.length) return distributionOf(current);
    const state = newOwnState(d.bytes, (current?.chainId ?? 0) + 1, ctx);
    // Our own older chains are useless to us: keep only the new one.
    record.states = [state];
    await ctx.stores.senderKeys.storeSenderKey(self, d.hex, encodeSenderKeyRecord(record));
    return distributionOf(state);
  });
}

/**
 * Store a member's sender key, received in a SenderKeyDistribution inside a
 * 1:1 message. The sender is the authenticated sender of that message:
 * `received` must be what {@link decryptMessage} returned, and `distribution`
 * bytes it carried, so no other sender can be named (spec/sender-keys.md).
 * A newer chain goes first; a chain already held is not moved back.
 *
 * @throws NexusError `INVALID_ARGUMENT` (`received` is not a result of
 *   `decryptMessage`, or does not carry `distribution`), `MALFORMED`,
 *   `UNTRUSTED_IDENTITY` (another signing key for a chain already held).
 */
export async function processSenderKeyDistribution(
  received: DecryptedMessage,
  distribution: Uint8Array,
  ctx: SessionContext,
): Promise<void> {
  checkContext(ctx);
  if (!isDecryptedMessage(received))
    throw new NexusError(
      'INVALID_ARGUMENT',
      'a sender key distribution is processed with the decrypted message that carried it',
    );
  if (!(distribution instanceof Uint8Array) || !contains(received.plaintext, distribution))
    throw new NexusError('INVALID_ARGUMENT', 'the distribution did not arrive in that message');
  const sender = received.sender;
  const msg = senderKeyDistributionCodec.decode(distribution);
  const hex = toHex(msg.distributionId);
  return withLock(ctx.stores.senderKeys, `${sender.uuid}/${sender.deviceId}/${hex}`, async () => {
    const record =
      (await loadRecord(ctx, sender, hex)) ??
      create(SenderKeyRecordSchema, { version: STATE_VERSION });
    const existing = record.states.find((s) => s.chainId === msg.chainId);
    if (existing) {
      if (!bytesEqual(existing.signingKey, msg.signingKey))
        throw new NexusError(
          'UNTRUSTED_IDENTITY',
          'a different key for a sender key chain already held',
        );
      return; // already have it, possibly further along
    }
    record.states.unshift(
      create(SenderKeyStateSchema, {
        version: STATE_VERSION,
        distributionId: msg.distributionId,
        chainId: msg.chainId,
        iteration: msg.iteration,
        chainKey: msg.chainKey,
        signingKey: msg.signingKey,
      }),
    );
    record.states.sort((a, b) => b.chainId - a.chainId);
    if (record.states.length > LIMITS.maxSenderKeyStates)
      record.states.length = LIMITS.maxSenderKeyStates;
    await ctx.stores.senderKeys.storeSenderKey(sender, hex, encodeSenderKeyRecord(record));
  });
}

/**
 * Where the AD and the signed bytes of a group message are put together:
 * both go straight to a synchronous primitive, and allocating them per
 * message cost more than writing them. Each use overwrites the last.
 */
const AD_SCRATCH = new Uint8Array(256);
/** A group message's ciphertext, before the body's encoding copies it. */
const CIPHERTEXT_SCRATCH = new Uint8Array(8192);
/** `signingInput(senderKeyMessage, body)` without the body: the label and its 0x00. */
const SIGNING_PREFIX = signingInput(SIGNATURE_LABELS.senderKeyMessage, new Uint8Array(0));
/** The prefix, then room for a body of up to 8 KiB. */
const SIGNED_SCRATCH = new Uint8Array(SIGNING_PREFIX.length + 8192);
SIGNED_SCRATCH.set(SIGNING_PREFIX);

/**
 * AD of a group message: the label, the sender, the distribution and the
 * envelope's timestamp (so the timestamp a member sees is the sender's).
 * A view of {@link AD_SCRATCH}: use it before the next call.
 */
function groupAd(
  senderIdentityKey: Uint8Array,
  senderDeviceId: Uint8Array,
  distributionId: Uint8Array,
  timestampMs: bigint,
): Uint8Array {
  return lengthPrefixedInto(AD_SCRATCH, [
    AD_LABEL,
    senderIdentityKey,
    senderDeviceId,
    distributionId,
    u64be(timestampMs),
  ]);
}

/**
 * The bytes a group message's signature covers, `signingInput(label, body)`,
 * in {@link SIGNED_SCRATCH} when they fit (a view: use it before the next
 * call), so neither the label is encoded nor the body copied into a new
 * array for every message.
 */
function signedBytes(body: Uint8Array): Uint8Array {
  const length = SIGNING_PREFIX.length + body.length;
  if (length > SIGNED_SCRATCH.length) return signingInput(SIGNATURE_LABELS.senderKeyMessage, body);
  const out = SIGNED_SCRATCH.subarray(0, length);
  out.set(body, SIGNING_PREFIX.length);
  return out;
}

/** The largest iteration a chain uses (the next would not fit a uint32). */
const LAST_ITERATION = 0xfffffffe;

type SkippedHolder = Pick<SenderKeyState, 'skipped' | 'forgotten'>;

/** Drop skipped keys past their lifetime, remembering them as forgotten. */
function expireSkippedKeys(state: SkippedHolder, now: number): void {
  if (state.skipped.length === 0) return; // the common case: nothing to filter
  const cutoff = BigInt(now - LIMITS.skippedKeyLifetimeMs);
  const keep = state.skipped.filter((k) => k.storedAtMs > cutoff);
  if (keep.length === state.skipped.length) return;
  for (const k of state.skipped) if (k.storedAtMs <= cutoff) forget(state, k.messageNumber);
  state.skipped = keep;
}

function forget(state: SkippedHolder, iteration: number): void {
  state.forgotten.push(create(ForgottenMessageKeySchema, { messageNumber: iteration }));
  if (state.forgotten.length > LIMITS.maxForgotten)
    state.forgotten.splice(0, state.forgotten.length - LIMITS.maxForgotten);
}

function isForgotten(state: SkippedHolder, iteration: number): boolean {
  return state.forgotten.some((f) => f.messageNumber === iteration);
}

/** Store a skipped key, evicting (and forgetting) the oldest beyond the cap. */
function storeSkipped(state: SkippedHolder, iteration: number, key: Uint8Array, now: number): void {
  state.skipped.push(
    create(SkippedMessageKeySchema, {
      messageNumber: iteration,
      messageKey: key,
      storedAtMs: BigInt(now),
    }),
  );
  while (state.skipped.length > LIMITS.maxStoredSkippedKeys)
    forget(state, state.skipped.shift()!.messageNumber);
}

/** Remove and return the skipped key of `iteration`, if held. */
function takeSkipped(state: SkippedHolder, iteration: number): Uint8Array | null {
  const i = state.skipped.findIndex((k) => k.messageNumber === iteration);
  if (i < 0) return null;
  return state.skipped.splice(i, 1)[0]!.messageKey;
}

/**
 * Encrypt and sign a group message with this device's sender key. Returns an
 * encoded `Envelope` of type SENDER_KEY_MESSAGE, the same bytes for every member.
 *
 * @throws NexusError `INVALID_ARGUMENT` for a plaintext over `WIRE_LIMITS.maxPlaintext`
 *   (252 KiB); `NO_SESSION` when {@link createSenderKeyDistribution} was not called
 *   first, or the chain is exhausted (rotate).
 */
export async function groupEncrypt(
  local: LocalDevice,
  distributionId: Uint8Array | string,
  plaintext: Uint8Array,
  ctx: SessionContext,
): Promise<Uint8Array> {
  checkLocal(local);
  checkContext(ctx);
  const d = distributionHex(distributionId);
  requirePlaintextSize(plaintext);
  const self = deviceAddress(local.uuid, local.deviceId);
  return withLock(ctx.stores.senderKeys, `${self.uuid}/${self.deviceId}/${d.hex}`, async () => {
    const record = await loadRecord(ctx, self, d.hex);
    const state = record?.states[0];
    if (!record || !state || state.signingSecret.length === 0)
      throw new NexusError(
        'NO_SESSION',
        'no sender key for this group: create a distribution first',
      );
    if (state.iteration > LAST_ITERATION)
      throw new NexusError('NO_SESSION', 'the sender key chain is exhausted: rotate it');
    const keys = kdfSendingChainKey(state.chainKey);
    const timestampMs = BigInt((ctx.clock ?? systemClock).now());
    const ciphertext = sealWithMessageKey(
      keys,
      plaintext,
      groupAd(local.identityKey, local.deviceId, d.bytes, timestampMs),
      ctx.random ?? systemRandom,
      CIPHERTEXT_SCRATCH, // a view: the body's encoding below copies it
    );
    const body = senderKeyMessageBodyCodec.encode({
      version: 1,
      distributionId: d.bytes,
      chainId: state.chainId,
      iteration: state.iteration,
      ciphertext,
    });
    const signature = crypto().ed25519Sign(state.signingSecret, signedBytes(body));
    state.chainKey = keys.chainKey;
    state.iteration += 1;
    await ctx.stores.senderKeys.storeSenderKey(self, d.hex, encodeSenderKeyRecord(record));
    return envelopeCodec.encode({
      version: 1,
      type: EnvelopeType.SENDER_KEY_MESSAGE,
      senderDeviceId: local.deviceId,
      timestampMs,
      content: senderKeySignedMessageCodec.encode({ body, signature }),
      senderIdentityKey: local.identityKey,
    });
  });
}

/** A decrypted group message. */
export interface DecryptedGroupMessage {
  readonly plaintext: Uint8Array;
  readonly sender: DeviceAddress;
  /** Hex distribution id. */
  readonly distributionId: string;
  readonly timestamp: number;
}

/**
 * Verify and decrypt a group message. The signature is checked before any
 * key is derived, and the stored state changes only after the message authenticated.
 *
 * @throws NexusError `MALFORMED`, `NO_SESSION` (no sender key for that chain),
 *   `BAD_SIGNATURE`, `DECRYPT_FAILED`, `DUPLICATE_MESSAGE`, `ROLLBACK_DETECTED`,
 *   `MESSAGE_EXPIRED`, `TOO_MANY_SKIPPED`.
 */
export async function groupDecrypt(
  envelope: Uint8Array,
  ctx: SessionContext,
): Promise<DecryptedGroupMessage> {
  checkContext(ctx);
  const env = envelopeCodec.decode(envelope);
  if (env.type !== EnvelopeType.SENDER_KEY_MESSAGE)
    throw new NexusError('MALFORMED', 'not a group message envelope');
  // Decoding first (spec/sender-keys.md §Receiving): the content, then who sent it.
  const signed = senderKeySignedMessageCodec.decode(env.content);
  const body = senderKeyMessageBodyCodec.decode(signed.body);
  const sender = envelopeSender(env);
  const hex = toHex(body.distributionId);
  return withLock(ctx.stores.senderKeys, `${sender.uuid}/${sender.deviceId}/${hex}`, async () => {
    const record = await loadRecord(ctx, sender, hex);
    const index = record?.states.findIndex((s) => s.chainId === body.chainId) ?? -1;
    if (!record || index < 0)
      throw new NexusError('NO_SESSION', 'no sender key for this sender and chain');
    const stored = record.states[index]!;
    if (!crypto().ed25519Verify(stored.signingKey, signedBytes(signed.body), signed.signature)) {
      throw new NexusError('BAD_SIGNATURE', 'group message signature does not verify');
    }
    // The record was decoded for this call and is stored only on success, so
    // the state can advance in place: a failure below leaves the store untouched.
    const state = stored;
    const t = (ctx.clock ?? systemClock).now();
    expireSkippedKeys(state, t);
    let messageKey = takeSkipped(state, body.iteration);
    if (messageKey === null) {
      if (isForgotten(state, body.iteration))
        throw new NexusError(
          'MESSAGE_EXPIRED',
          'the key of this message was deleted (expired or evicted)',
        );
      if (body.iteration < state.iteration) {
        if (
          compareWithDecrypted(state, state.chainId, body.iteration, body.ciphertext) ===
          'different'
        )
          throw new NexusError(
            'ROLLBACK_DETECTED',
            'another group message with this iteration was decrypted: the sender’s state was rolled back',
          );
        throw new NexusError('DUPLICATE_MESSAGE', 'this group message was already decrypted');
      }
      if (body.iteration > LAST_ITERATION)
        throw new NexusError('DECRYPT_FAILED', 'group message iteration out of range');
      if (body.iteration - state.iteration > LIMITS.maxSkip)
        throw new NexusError(
          'TOO_MANY_SKIPPED',
          `message would skip more than ${LIMITS.maxSkip} keys`,
        );
      while (state.iteration < body.iteration) {
        const step = kdfChainKey(state.chainKey);
        storeSkipped(state, state.iteration, step.messageKey, t);
        state.chainKey = step.chainKey;
        state.iteration += 1;
      }
      const step = kdfChainKey(state.chainKey);
      state.chainKey = step.chainKey;
      state.iteration += 1;
      messageKey = step.messageKey;
    }
    const plaintext = openWithMessageKey(
      messageKey,
      body.ciphertext,
      groupAd(env.senderIdentityKey, env.senderDeviceId, body.distributionId, env.timestampMs),
    );
    if (plaintext === null)
      throw new NexusError('DECRYPT_FAILED', 'group message does not authenticate');
    rememberDecrypted(state, state.chainId, body.iteration, body.ciphertext);
    await ctx.stores.senderKeys.storeSenderKey(sender, hex, encodeSenderKeyRecord(record));
    return { plaintext, sender, distributionId: hex, timestamp: Number(env.timestampMs) };
  });
}
