import { NexusError } from '../interfaces/errors.js';
import type { RandomSource } from '../interfaces/runtime.js';
import { utf8 } from '../primitives/bytes.js';
import { crypto } from '../primitives/provider.js';
import { LABELS, SIZES } from './constants.js';

const ROOT_INFO = utf8(LABELS.rootKey);
const ONE = Uint8Array.of(0x01);
const TWO = Uint8Array.of(0x02);
const THREE = Uint8Array.of(0x03);

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
  const c = crypto();
  return { messageKey: c.hmacSha256(chainKey, ONE), chainKey: c.hmacSha256(chainKey, TWO) };
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
  const { chainKey: next, messageKey } = kdfChainKey(chainKey);
  return { chainKey: next, messageKey, nonceKey: crypto().hmacSha256(chainKey, THREE) };
}

/**
 * Encrypt one message (spec/ratchet.md §1): `nonce || XChaCha20-Poly1305(mk,
 * nonce, plaintext, ad)` with the hedged nonce `HMAC-SHA-256(nk, r ||
 * plaintext)[0..24)` and `r` 32 fresh random bytes. A message key used twice
 * (a sender whose state was rolled back) therefore never repeats a nonce for
 * two different plaintexts, even when the random source repeats too (a
 * restored VM snapshot).
 */
export function sealWithMessageKey(
  keys: { readonly messageKey: Uint8Array; readonly nonceKey: Uint8Array },
  plaintext: Uint8Array,
  ad: Uint8Array,
  random: RandomSource,
): Uint8Array {
  const c = crypto();
  const hedged = new Uint8Array(SIZES.nonceHedge + plaintext.length);
  hedged.set(random.randomBytes(SIZES.nonceHedge));
  hedged.set(plaintext, SIZES.nonceHedge);
  const nonce = c.hmacSha256(keys.nonceKey, hedged).subarray(0, SIZES.messageNonce);
  hedged.fill(0, SIZES.nonceHedge); // a copy of the plaintext: do not leave it around
  const sealed = c.xchacha20poly1305Seal(keys.messageKey, nonce, plaintext, ad);
  const out = new Uint8Array(SIZES.messageNonce + sealed.length);
  out.set(nonce);
  out.set(sealed, SIZES.messageNonce);
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
  let length = 4 * parts.length;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
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
