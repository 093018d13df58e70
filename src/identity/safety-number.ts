import { NexusError } from '../interfaces/errors.js';
import { bytesEqual, concat, utf8 } from '../primitives/bytes.js';
import { crypto } from '../primitives/provider.js';
import { safetyNumberPayloadCodec } from '../wire/messages.js';
import { uuidFromPublicKey } from './uuid.js';
import type { IdentityRef } from './certificates.js';
import { parseUuid } from './uuid.js';

/** Iterations of SHA-512 per fingerprint (as Signal's NumericFingerprint). */
export const SAFETY_NUMBER_ITERATIONS = 5200;
const FINGERPRINT_VERSION = Uint8Array.of(0x00, 0x01);

/** A safety number between two identities. The same for both sides. */
export interface SafetyNumber {
  /** 60 decimal digits. */
  readonly digits: string;
  /** The digits in 12 groups of 5, for display. */
  readonly groups: readonly string[];
  /** The encoded `SafetyNumberPayload`, to show as a QR code. */
  readonly payload: Uint8Array;
}

function keyOf(ref: IdentityRef): Uint8Array {
  if (ref instanceof Uint8Array) {
    if (ref.length !== 32) throw new NexusError('INVALID_KEY', 'identity key must be 32 bytes');
    return ref;
  }
  return parseUuid(ref).publicKey;
}

/**
 * The 64-byte fingerprint hash of one identity:
 * `h = SHA-512(0x0001 || IK || utf8(uuid))`, then 5200 times `h = SHA-512(h || IK)`.
 */
export function identityFingerprint(identity: IdentityRef): Uint8Array {
  const key = keyOf(identity);
  const c = crypto();
  let h = c.sha512(concat(FINGERPRINT_VERSION, key, utf8(uuidFromPublicKey(key))));
  for (let i = 0; i < SAFETY_NUMBER_ITERATIONS; i++) h = c.sha512(concat(h, key));
  return h;
}

/** 30 digits: six 5-byte big-endian chunks of the hash, each mod 100000. */
function displayDigits(hash: Uint8Array): string {
  let out = '';
  for (let i = 0; i < 30; i += 5) {
    let chunk = 0;
    for (let j = 0; j < 5; j++) chunk = chunk * 256 + hash[i + j]!;
    out += String(chunk % 100000).padStart(5, '0');
  }
  return out;
}

function compare(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/**
 * The safety number of two identities. Order-independent: both sides
 * compute the same digits and payload, so users compare them directly or
 * scan each other's QR code.
 *
 * @example
 * ```ts
 * const { groups } = safetyNumber(alice.uuid, bobUuid);
 * console.log(groups.join(' '));
 * ```
 */
export function safetyNumber(a: IdentityRef, b: IdentityRef): SafetyNumber {
  const ha = identityFingerprint(a);
  const hb = identityFingerprint(b);
  const da = displayDigits(ha);
  const db = displayDigits(hb);
  const digits = da < db ? da + db : db + da;
  const fa = ha.slice(0, 32);
  const fb = hb.slice(0, 32);
  const [first, second] = compare(fa, fb) <= 0 ? [fa, fb] : [fb, fa];
  const payload = safetyNumberPayloadCodec.encode({ version: 1, first, second });
  const groups = digits.match(/.{5}/g)!;
  return Object.freeze({ digits, groups: Object.freeze(groups), payload });
}

/**
 * Whether a scanned safety-number QR payload matches the two identities.
 *
 * @throws NexusError `MALFORMED` when `scanned` is not a safety-number payload.
 */
export function verifySafetyNumberPayload(
  a: IdentityRef,
  b: IdentityRef,
  scanned: Uint8Array,
): boolean {
  safetyNumberPayloadCodec.decode(scanned);
  return bytesEqual(safetyNumber(a, b).payload, scanned);
}
