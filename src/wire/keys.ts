/**
 * Which Ed25519 public keys NexusLink accepts (spec/identity.md §3,
 * spec/errors.md §Keys): one rule for every place a key names an identity or
 * verifies signatures, so one fault always gets one code.
 */
import { isValidEd25519Point } from '../primitives/provider.js';

/**
 * The canonical encodings, sign bit ignored, of the eight small-order
 * Ed25519 points (order 1, 2, 4 and 8: the y coordinates 1, −1, 0 and the
 * two of order 8). Public constants, so comparing them with early exits is fine.
 */
const SMALL_ORDER_Y = [
  '0000000000000000000000000000000000000000000000000000000000000000', // y = 0, order 4
  '0100000000000000000000000000000000000000000000000000000000000000', // y = 1, the identity
  '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05', // order 8
  'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a', // order 8
  'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f', // y = −1, order 2
].map((hex) => Uint8Array.from(hex.match(/../g)!, (b) => parseInt(b, 16)));

/** Whether a 32-byte Ed25519 encoding is one of a small-order point (either sign bit). */
export function isSmallOrderEd25519(bytes: Uint8Array): boolean {
  if (bytes.length !== 32) return false;
  return SMALL_ORDER_Y.some((y) => {
    for (let i = 0; i < 31; i++) if (y[i] !== bytes[i]) return false;
    return y[31] === (bytes[31]! & 0x7f);
  });
}

/**
 * Whether `bytes` is an Ed25519 public key NexusLink accepts: 32 bytes, the
 * canonical encoding of a point on the curve, and not of small order. No
 * signature verifies under a small-order key (spec/identity.md §1), so such a
 * key could name an identity that certifies nothing; it is refused instead.
 */
export function isValidEd25519PublicKey(bytes: Uint8Array): boolean {
  return bytes.length === 32 && !isSmallOrderEd25519(bytes) && isValidEd25519Point(bytes);
}
