import { NexusError } from '../interfaces/errors.js';
import type { RandomSource } from '../interfaces/runtime.js';
import { concat, u32be, utf8 } from '../primitives/bytes.js';
import { crypto } from '../primitives/provider.js';
import { LABELS, SIZES } from './constants.js';

const ROOT_INFO = utf8(LABELS.rootKey);
const MESSAGE_INFO = utf8(LABELS.messageKeys);
const SENDER_MESSAGE_INFO = utf8(LABELS.senderMessageKeys);
const ZERO_SALT = new Uint8Array(32);
const ONE = Uint8Array.of(0x01);
const TWO = Uint8Array.of(0x02);

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

/** KDF_CK (Double Ratchet §5.2): message key = HMAC(ck, 0x01), next chain key = HMAC(ck, 0x02). */
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
 * The two keys of a message key: HKDF-SHA-256(salt 0^32, ikm mk, info) → 64
 * bytes, the XChaCha20-Poly1305 key and the key of the hedged nonce.
 */
export function messageKeyMaterial(
  messageKey: Uint8Array,
  group = false,
): { key: Uint8Array; nonceKey: Uint8Array } {
  const okm = crypto().hkdfSha256(
    messageKey,
    ZERO_SALT,
    group ? SENDER_MESSAGE_INFO : MESSAGE_INFO,
    SIZES.aeadKey + SIZES.nonceKey,
  );
  return { key: okm.subarray(0, 32), nonceKey: okm.subarray(32, 64) };
}

/**
 * Encrypt one message under its message key (spec/ratchet.md §Message
 * encryption): `nonce || XChaCha20-Poly1305(key, nonce, plaintext, ad)` with
 * the hedged nonce `HMAC-SHA-256(nonceKey, r || plaintext)[0..24)` and `r` 32
 * fresh random bytes. A message key used twice (a sender whose state was
 * rolled back) therefore never repeats a nonce for two different plaintexts,
 * even when the random source repeats too (a restored VM snapshot).
 */
export function sealWithMessageKey(
  messageKey: Uint8Array,
  plaintext: Uint8Array,
  ad: Uint8Array,
  random: RandomSource,
  group = false,
): Uint8Array {
  const { key, nonceKey } = messageKeyMaterial(messageKey, group);
  const c = crypto();
  const hedge = random.randomBytes(SIZES.nonceHedge);
  const nonce = c.hmacSha256(nonceKey, concat(hedge, plaintext)).subarray(0, SIZES.messageNonce);
  return concat(nonce, c.xchacha20poly1305Seal(key, nonce, plaintext, ad));
}

/** Open what {@link sealWithMessageKey} made; `null` when it does not authenticate. */
export function openWithMessageKey(
  messageKey: Uint8Array,
  sealed: Uint8Array,
  ad: Uint8Array,
  group = false,
): Uint8Array | null {
  if (sealed.length < SIZES.messageNonce + SIZES.tag) return null;
  const { key } = messageKeyMaterial(messageKey, group);
  return crypto().xchacha20poly1305Open(
    key,
    sealed.subarray(0, SIZES.messageNonce),
    sealed.subarray(SIZES.messageNonce),
    ad,
  );
}

/** `u32be(length) || bytes` for each part: an unambiguous concatenation. */
export function lengthPrefixed(...parts: Uint8Array[]): Uint8Array {
  const out: Uint8Array[] = [];
  for (const p of parts) out.push(u32be(p.length), p);
  return concat(...out);
}
