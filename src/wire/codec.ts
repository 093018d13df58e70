import type { DescMessage, MessageInitShape, MessageShape } from '@bufbuild/protobuf';
import { create } from './create.js';
import { decodeCanonical } from './decode.js';
import { encodeCanonical } from './encode.js';
import type { MessageTable } from './fields.js';
import { utf8Length } from './utf8.js';
import { NexusError } from '../interfaces/errors.js';

/**
 * Encodes and decodes one wire message. `decode` is the only way untrusted
 * bytes become a typed value: it returns the value or throws
 * `NexusError('MALFORMED')`, never a library exception.
 */
export interface Codec<S extends DescMessage> {
  /** Protobuf type name, for diagnostics. */
  readonly typeName: string;
  /** Largest encoding accepted by `decode`. */
  readonly maxBytes: number;
  /** Encode a message (validating it first). */
  encode(value: MessageInitShape<S>): Uint8Array;
  /** Decode and validate untrusted bytes. */
  decode(bytes: Uint8Array): MessageShape<S>;
}

/** Options for `messageCodec`. */
export interface CodecOptions<S extends DescMessage> {
  readonly maxBytes: number;
  /** Throws `NexusError('MALFORMED')` when a field is out of range. */
  readonly validate: (value: MessageShape<S>) => void;
  /**
   * Session messages: the version this release reads. An input that starts
   * with a higher `version` (field 1) is `UNSUPPORTED_VERSION` even when the
   * rest does not decode (a newer format may have fields this one does not know).
   */
  readonly supportedVersion?: number;
}

/** The `version` an encoding starts with (field 1, a varint), or 0 when it starts with none. */
export function leadingVersion(bytes: Uint8Array): number {
  if (bytes[0] !== 0x08) return 0;
  let value = 0;
  for (let i = 1; i < 6 && i < bytes.length; i++) {
    value += (bytes[i]! & 0x7f) * 2 ** (7 * (i - 1));
    if (bytes[i]! < 0x80) return value;
  }
  return 0;
}

/**
 * Build the codec of one message type from its field table (./fields.ts).
 * The options come from a function, called here: with the call marked
 * `@__PURE__`, a bundler then drops a codec nobody uses, where options
 * computed at load time (`WIRE_LIMITS.x + 1024`) would keep it.
 *
 * Decoding is strict: the input must be the canonical encoding of the value it
 * decodes to, which the decoder checks in the same pass (./decode.ts). That
 * one rule rejects trailing garbage, unknown or repeated fields, out-of-order
 * fields and non-minimal varints, so every message has exactly one accepted
 * encoding and signatures over bodies are unambiguous.
 */
export function messageCodec<S extends DescMessage>(
  schema: MessageTable<S>,
  optionsOf: () => CodecOptions<S>,
): Codec<S> {
  const options = optionsOf();
  const typeName = schema.typeName;
  return {
    typeName,
    maxBytes: options.maxBytes,
    encode(value) {
      const message = create(schema, value);
      options.validate(message);
      const bytes = encodeCanonical(schema, message);
      if (bytes.length > options.maxBytes) {
        throw new NexusError(
          'MALFORMED',
          `${typeName} is ${bytes.length} bytes, over the ${options.maxBytes}-byte limit`,
        );
      }
      return bytes;
    },
    decode,
  };

  function decode(bytes: Uint8Array): MessageShape<S> {
    if (!(bytes instanceof Uint8Array))
      // Bytes from the network or a disk are always bytes: anything else is
      // the caller's argument (a base64 or hex string, a missing field).
      throw new NexusError(
        'INVALID_ARGUMENT',
        `expected the bytes of a ${typeName.replace(/^nexuslink\.v1\./, '')} (a Uint8Array), got ${bytes === null ? 'null' : typeof bytes}`,
      );
    if (bytes.length > options.maxBytes) {
      throw new NexusError(
        'MALFORMED',
        `${typeName} is ${bytes.length} bytes, over the ${options.maxBytes}-byte limit`,
      );
    }
    // The version first: a newer format may have fields this one does not know.
    const version = leadingVersion(bytes);
    if (options.supportedVersion !== undefined && version > options.supportedVersion)
      throw new NexusError(
        'UNSUPPORTED_VERSION',
        `${typeName}: version ${version} is newer than this release reads (${options.supportedVersion})`,
      );
    const message = decodeCanonical(schema, bytes);
    options.validate(message);
    return message;
  }
}

/** Throw `MALFORMED` with `message` unless `condition` holds. */
export function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new NexusError('MALFORMED', message);
}

/** Require format version `expected`. */
export function checkVersion(typeName: string, version: number, expected = 1): void {
  check(version === expected, `${typeName}: unsupported version ${version} (expected ${expected})`);
}

/**
 * Session messages (spec/wire.md §Versions): version 0 is `MALFORMED`; a
 * version above the one this release speaks is `UNSUPPORTED_VERSION`, so the
 * receiver can tell the sender which versions it reads instead of dropping
 * the message as garbage.
 */
export function checkMessageVersion(typeName: string, version: number, supported = 1): void {
  check(version !== 0, `${typeName}: version 0 is not a version`);
  if (version > supported)
    throw new NexusError(
      'UNSUPPORTED_VERSION',
      `${typeName}: version ${version} is newer than this release reads (${supported})`,
    );
}

/** Require `bytes.length` to be exactly `length`. */
export function checkLength(field: string, bytes: Uint8Array, length: number): void {
  check(bytes.length === length, `${field} must be ${length} bytes, got ${bytes.length}`);
}

/** Require `bytes.length` to be at most `max`. */
export function checkMaxLength(field: string, bytes: Uint8Array | string, max: number): void {
  const length = typeof bytes === 'string' ? utf8Length(bytes) : bytes.length;
  check(length <= max, `${field} must be at most ${max} bytes, got ${length}`);
}

/** Require a uint64 to fit in a JavaScript safe integer (timestamps in ms). */
export function checkSafeU64(field: string, value: bigint): void {
  check(value <= BigInt(Number.MAX_SAFE_INTEGER), `${field} is out of range`);
}
