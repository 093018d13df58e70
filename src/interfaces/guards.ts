/**
 * Guards every transport and the client share: a device address and an
 * envelope as the interfaces define them (no logic beyond the check).
 */
import { NexusError } from './errors.js';
import type { Clock, RandomSource } from './runtime.js';
import type { KeyStore } from './keystore.js';
import type { DeviceAddress } from './sessions.js';
import type { Storage } from './storage.js';

/** Largest envelope a transport of the SDK carries: 1 MiB. */
export const MAX_ENVELOPE_BYTES = 1024 * 1024;

/** Throw `INVALID_ARGUMENT` unless `address` is a device address. */
export function checkAddress(
  address: unknown,
  what = 'device address',
): asserts address is DeviceAddress {
  const a = address as DeviceAddress | null;
  if (typeof a === 'object' && a !== null && (a.deviceId as unknown) instanceof Uint8Array)
    throw new NexusError(
      'INVALID_ARGUMENT',
      `${what}: deviceId is bytes; a device address holds it as 32 hex digits (deviceAddress(uuid, deviceId) makes one)`,
    );
  if (
    typeof a !== 'object' ||
    a === null ||
    typeof a.uuid !== 'string' ||
    !/^[1-9A-HJ-NP-Za-km-z]{1,100}$/.test(a.uuid) ||
    typeof a.deviceId !== 'string' ||
    !/^[0-9a-f]{32}$/.test(a.deviceId)
  )
    throw new NexusError(
      'INVALID_ARGUMENT',
      `${what} must be { uuid (Base58), deviceId (32 hex) }`,
    );
}

/** Throw `INVALID_ARGUMENT` unless `envelope` is 1 byte to 1 MiB. */
export function checkEnvelope(envelope: unknown): asserts envelope is Uint8Array {
  if (
    !(envelope instanceof Uint8Array) ||
    envelope.length === 0 ||
    envelope.length > MAX_ENVELOPE_BYTES
  )
    throw new NexusError(
      'INVALID_ARGUMENT',
      `an envelope must be 1 byte to ${MAX_ENVELOPE_BYTES} bytes`,
    );
}

/** Throw `INVALID_ARGUMENT` (with `message`) unless `storage` is a {@link Storage}. */
export function checkStorage(
  storage: unknown,
  message = 'storage must be a Storage (memoryStorage(), sqliteStorage(), ...)',
): asserts storage is Storage {
  const s = storage as Partial<Storage> | null;
  if (
    typeof s !== 'object' ||
    s === null ||
    typeof s.read !== 'function' ||
    typeof s.write !== 'function'
  )
    throw new NexusError('INVALID_ARGUMENT', message);
}

/** Throw `INVALID_ARGUMENT` unless `clock` is absent or a {@link Clock}. */
export function checkClock(clock: unknown): asserts clock is Clock | undefined {
  if (clock !== undefined && typeof (clock as Partial<Clock> | null)?.now !== 'function')
    throw new NexusError('INVALID_ARGUMENT', 'clock must be { now(): number }');
}

/** Throw `INVALID_ARGUMENT` unless `random` is absent or a {@link RandomSource}. */
export function checkRandom(random: unknown): asserts random is RandomSource | undefined {
  if (
    random !== undefined &&
    typeof (random as Partial<RandomSource> | null)?.randomBytes !== 'function'
  )
    throw new NexusError('INVALID_ARGUMENT', 'random must be { randomBytes(length): Uint8Array }');
}

/**
 * Throw `INVALID_ARGUMENT` unless `options` is an object: `what` (a
 * function's name) takes one, `shape` says what goes in it.
 */
export function checkOptions(options: unknown, what: string, shape = '{ ... }'): void {
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    throw new NexusError('INVALID_ARGUMENT', `${what} takes an options object (${shape})`);
}

/** Throw `INVALID_ARGUMENT` unless `keyStore` is a {@link KeyStore} (or undefined). */
export function checkKeyStore(
  keyStore: unknown,
  name = 'keyStore',
): asserts keyStore is KeyStore | undefined {
  const k = keyStore as Partial<KeyStore> | undefined;
  if (
    k !== undefined &&
    (typeof k !== 'object' ||
      k === null ||
      typeof k.createKey !== 'function' ||
      typeof k.getKey !== 'function' ||
      typeof k.sign !== 'function')
  )
    throw new NexusError(
      'INVALID_ARGUMENT',
      `${name} must be a KeyStore (softwareKeyStore, webCryptoKeyStore, pkcs11KeyStore)`,
    );
}

/** Throw `INVALID_ARGUMENT` unless `signer` signs: a `publicKey` with `algorithm` and `bytes`, and `sign`. */
export function checkSigner(signer: unknown, name: string, example: string): void {
  const s = signer as { publicKey?: { algorithm?: unknown; bytes?: unknown }; sign?: unknown };
  if (
    typeof s !== 'object' ||
    s === null ||
    typeof s.sign !== 'function' ||
    typeof s.publicKey !== 'object' ||
    s.publicKey === null ||
    typeof s.publicKey.algorithm !== 'string' ||
    !(s.publicKey.bytes instanceof Uint8Array)
  )
    throw new NexusError('INVALID_ARGUMENT', `${name} must be a signer (${example})`);
}

/** Throw `INVALID_ARGUMENT` unless `value` is a Uint8Array (of `length` bytes, when given). */
export function checkBytes(
  value: unknown,
  name: string,
  length?: number,
): asserts value is Uint8Array {
  if (!(value instanceof Uint8Array))
    throw new NexusError(
      'INVALID_ARGUMENT',
      `${name} must be a Uint8Array${length === undefined ? '' : ` of ${length} bytes`}`,
    );
  if (length !== undefined && value.length !== length)
    throw new NexusError(
      'INVALID_ARGUMENT',
      `${name} must be ${length} bytes, got ${value.length}`,
    );
}

/** Throw `INVALID_ARGUMENT` unless `key` is a signing public key (`algorithm` and `bytes`). */
export function checkPublicKey(key: unknown, name: string, example: string): void {
  const k = key as { algorithm?: unknown; bytes?: unknown } | null;
  if (
    typeof k !== 'object' ||
    k === null ||
    typeof k.algorithm !== 'string' ||
    !(k.bytes instanceof Uint8Array)
  )
    throw new NexusError('INVALID_ARGUMENT', `${name} must be a SigningPublicKey (${example})`);
}
