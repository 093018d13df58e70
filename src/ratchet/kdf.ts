import { NexusError } from '../interfaces/errors.js';
import type { RandomSource } from '../interfaces/runtime.js';
import { utf8 } from '../primitives/bytes.js';
import { crypto } from '../primitives/provider.js';
import { LABELS, SIZES } from './constants.js';

const ROOT_INFO = utf8(LABELS.rootKey);
/** The inputs of KDF_CK: the message key's (0x01) and the next chain key's (0x02). */
const CHAIN_STEP = [Uint8Array.of(0x01), Uint8Array.of(0x02)] as const;
/** The sender's: the nonce key's (0x03) too. */
const SENDING_CHAIN_STEP = [...CHAIN_STEP, Uint8Array.of(0x03)] as const;

/**
 * KDF_RK (Double Ratchet §5.2): HKDF-SHA-256 with the root key as salt and the
 * DH output as input key material. 96 bytes: the new root key, a chain key,
 * and a next header key (used only with header encryption; deriving it
 * always keeps one code path).
 */
export function kdfRootKey(
  rootKey: Uint8Array,
  dhOutput: Uint8Array,
): { rootKey: Uint8Array; chainKey: Uint8Array; nextHeaderKey: Uint8Array } {
  const okm = crypto().hkdfSha256(dhOutput, rootKey, ROOT_INFO, 96);
  return {
    rootKey: okm.slice(0, 32),
    chainKey: okm.slice(32, 64),
    nextHeaderKey: okm.slice(64, 96),
  };
}

/**
 * KDF_CK (Double Ratchet §5.2): message key = HMAC(ck, 0x01), next chain key
 * = HMAC(ck, 0x02). The message key is the XChaCha20-Poly1305 key itself (an
 * HMAC output is a uniformly random 32-byte key), so a receiver derives
 * nothing more per message.
 */
export function kdfChainKey(chainKey: Uint8Array): {
  chainKey: Uint8Array;
  messageKey: Uint8Array;
} {
  // Never derive from a missing chain: HMAC with an empty key is public.
  if (chainKey.length !== 32) throw new NexusError('DECRYPT_FAILED', 'no chain key');
  // One call: the chain key is padded and hashed into HMAC's key blocks once.
  const [messageKey, next] = crypto().hmacSha256Each(chainKey, CHAIN_STEP);
  return { messageKey: messageKey!, chainKey: next! };
}

/**
 * KDF_CK for the sender: also the nonce key HMAC(ck, 0x03), which keys the
 * hedged nonce (spec/ratchet.md §1). Only the sender needs it: the nonce
 * travels with the message.
 */
export function kdfSendingChainKey(chainKey: Uint8Array): {
  chainKey: Uint8Array;
  messageKey: Uint8Array;
  nonceKey: Uint8Array;
} {
  if (chainKey.length !== 32) throw new NexusError('DECRYPT_FAILED', 'no chain key');
  const [messageKey, next, nonceKey] = crypto().hmacSha256Each(chainKey, SENDING_CHAIN_STEP);
  return { chainKey: next!, messageKey: messageKey!, nonceKey: nonceKey! };
}

/**
 * Where `r || plaintext` is put together for the hedged nonce, for
 * plaintexts up to 4 KiB: a 1 KiB message's allocation cost more than its
 * copy. Used synchronously only, and zeroed after each use.
 */
const HEDGE_SCRATCH = new Uint8Array(SIZES.nonceHedge + 4096);

/**
 * Encrypt one message (spec/ratchet.md §1): `nonce || XChaCha20-Poly1305(mk,
 * nonce, plaintext, ad)` with the hedged nonce `HMAC-SHA-256(nk, r ||
 * plaintext)[0..24)` and `r` 32 fresh random bytes. A message key used twice
 * (a sender whose state was rolled back) therefore never repeats a nonce for
 * two different plaintexts, even when the random source repeats too (a
 * restored VM snapshot).
 *
 * With `scratch`, the message is written there when it fits and a view of
 * it returned, valid until the scratch's next use: for a caller that copies
 * it straight into an encoding, without an allocation per message.
 */
export function sealWithMessageKey(
  keys: { readonly messageKey: Uint8Array; readonly nonceKey: Uint8Array },
  plaintext: Uint8Array,
  ad: Uint8Array,
  random: RandomSource,
  scratch?: Uint8Array,
): Uint8Array {
  const c = crypto();
  const length = SIZES.nonceHedge + plaintext.length;
  const hedged =
    length <= HEDGE_SCRATCH.length ? HEDGE_SCRATCH.subarray(0, length) : new Uint8Array(length);
  hedged.set(random.randomBytes(SIZES.nonceHedge));
  hedged.set(plaintext, SIZES.nonceHedge);
  const nonce = c.hmacSha256(keys.nonceKey, hedged).subarray(0, SIZES.messageNonce);
  hedged.fill(0); // a copy of the plaintext: do not leave it around
  // Sealed straight after the nonce: one array for the message, no copy.
  const size = SIZES.messageNonce + plaintext.length + SIZES.tag;
  const out =
    scratch !== undefined && size <= scratch.length
      ? scratch.subarray(0, size)
      : new Uint8Array(size);
  out.set(nonce);
  c.xchacha20poly1305Seal(keys.messageKey, nonce, plaintext, ad, out.subarray(SIZES.messageNonce));
  return out;
}

/** Open what {@link sealWithMessageKey} made; `null` when it does not authenticate. */
export function openWithMessageKey(
  messageKey: Uint8Array,
  sealed: Uint8Array,
  ad: Uint8Array,
): Uint8Array | null {
  if (sealed.length < SIZES.messageNonce + SIZES.tag) return null;
  return crypto().xchacha20poly1305Open(
    messageKey,
    sealed.subarray(0, SIZES.messageNonce),
    sealed.subarray(SIZES.messageNonce),
    ad,
  );
}

/** `u32be(length) || bytes` for each part: an unambiguous concatenation. */
export function lengthPrefixed(...parts: Uint8Array[]): Uint8Array {
  return lengthPrefixedInto(undefined, parts);
}

/**
 * {@link lengthPrefixed}, written into `scratch` when it fits: then a view
 * of `scratch`, valid until its next use (for an AD passed straight to the
 * AEAD, without an allocation per message). Else a new array.
 */
export function lengthPrefixedInto(
  scratch: Uint8Array | undefined,
  parts: readonly Uint8Array[],
): Uint8Array {
  let length = 4 * parts.length;
  for (const p of parts) length += p.length;
  const out =
    scratch !== undefined && length <= scratch.length
      ? scratch.subarray(0, length)
      : new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    const n = p.length;
    out[at] = n >>> 24;
    out[at + 1] = (n >>> 16) & 0xff;
    out[at + 2] = (n >>> 8) & 0xff;
    out[at + 3] = n & 0xff;
    out.set(p, at + 4);
    at += 4 + n;
  }
  return out;
}
