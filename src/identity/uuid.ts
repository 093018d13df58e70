import { NexusError } from '../interfaces/errors.js';
import { base58Decode, base58Encode } from './base58.js';
import { bytesEqual, bytesKey, concat, utf8 } from '../primitives/bytes.js';
import { Lru } from '../primitives/lru.js';
import { crypto } from '../primitives/provider.js';
import { isValidEd25519PublicKey } from '../wire/keys.js';

/** UUID format version byte (spec/identity.md §UUID). */
export const UUID_VERSION = 0x01;
const CHECKSUM_DOMAIN = utf8('NexusLink UUID');
const UUID_BYTES = 1 + 32 + 4;

/**
 * A NexusLink UUID: the Base58 (Bitcoin alphabet) text naming an identity.
 * A branded string, so a plain string cannot be passed where a checked UUID
 * is expected; get one from {@link parseUuid} or {@link uuidFromPublicKey}.
 */
export type Uuid = string & { readonly __brand: 'NexusLinkUuid' };

function checksum(version: number, publicKey: Uint8Array): Uint8Array {
  return crypto()
    .sha256(concat(CHECKSUM_DOMAIN, Uint8Array.of(version), publicKey))
    .subarray(0, 4);
}

/**
 * The UUID of an Ed25519 identity public key:
 * `base58(0x01 || publicKey || SHA-256("NexusLink UUID" || 0x01 || publicKey)[0..4])`.
 * It is always 50 characters long.
 *
 * @throws NexusError `INVALID_KEY` when `publicKey` is not a valid Ed25519
 *   point or is one of small order (spec/identity.md §3).
 */
export function uuidFromPublicKey(publicKey: Uint8Array): Uuid {
  if (!isValidEd25519PublicKey(publicKey))
    throw new NexusError('INVALID_KEY', 'not a valid Ed25519 public key');
  // Cached: every received message names its sender's identity key.
  return uuidCache.get(
    bytesKey(publicKey),
    () =>
      base58Encode(
        concat(Uint8Array.of(UUID_VERSION), publicKey, checksum(UUID_VERSION, publicKey)),
      ) as Uuid,
  );
}

const uuidCache = new Lru<string, Uuid>(1024);

/** A parsed UUID. */
export interface ParsedUuid {
  readonly uuid: Uuid;
  readonly version: number;
  /** The 32-byte Ed25519 identity public key it names. */
  readonly publicKey: Uint8Array;
}

/**
 * Parse and check UUID text. Surrounding whitespace is ignored; everything
 * else must be exact. A typo changes the checksum, so it is rejected instead
 * of naming someone else.
 *
 * @throws NexusError `INVALID_UUID` for bad characters, length, version or
 *   checksum, or a key that is not a valid Ed25519 point or is of small order.
 * @example
 * ```ts
 * const { publicKey } = parseUuid(text); // throws INVALID_UUID on a typo
 * ```
 */
export function parseUuid(text: string): ParsedUuid {
  if (typeof text !== 'string') throw new NexusError('INVALID_UUID', 'UUID must be a string');
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > 64)
    throw new NexusError('INVALID_UUID', 'UUID has the wrong length');
  let bytes: Uint8Array;
  try {
    bytes = base58Decode(trimmed);
  } catch {
    throw new NexusError('INVALID_UUID', 'UUID contains characters outside the Base58 alphabet');
  }
  if (bytes.length !== UUID_BYTES)
    throw new NexusError('INVALID_UUID', 'UUID has the wrong length');
  const version = bytes[0]!;
  if (version !== UUID_VERSION)
    throw new NexusError('INVALID_UUID', `unsupported UUID version ${version}`);
  const publicKey = bytes.slice(1, 33);
  if (!bytesEqual(bytes.subarray(33), checksum(version, publicKey))) {
    throw new NexusError('INVALID_UUID', 'UUID checksum does not match (mistyped?)');
  }
  // A small-order key verifies no signature (spec/identity.md §1): refused, not parsed.
  if (!isValidEd25519PublicKey(publicKey))
    throw new NexusError('INVALID_UUID', 'UUID does not name a valid Ed25519 key');
  return { uuid: trimmed as Uuid, version, publicKey };
}

/** Whether `text` is a valid UUID. */
export function isUuid(text: string): text is Uuid {
  try {
    parseUuid(text);
    return true;
  } catch {
    return false;
  }
}
