import { NexusError } from '../interfaces/errors.js';

/** Argon2id cost parameters (RFC 9106). */
export interface Argon2Params {
  /** Memory in KiB. */
  readonly memoryKib: number;
  readonly iterations: number;
  readonly parallelism: number;
}

interface NodeCryptoArgon2 {
  argon2?: (
    algorithm: 'argon2id',
    parameters: {
      message: Uint8Array;
      nonce: Uint8Array;
      parallelism: number;
      tagLength: number;
      memory: number;
      passes: number;
    },
    callback: (err: Error | null, result: Uint8Array) => void,
  ) => void;
}

function nodeCrypto(): NodeCryptoArgon2 | undefined {
  // process.getBuiltinModule (Node >= 22.3) reaches node:crypto without a static
  // import, so this module still bundles for browsers.
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return proc?.getBuiltinModule?.('node:crypto') as NodeCryptoArgon2 | undefined;
}

/**
 * Argon2id, version 0x13, 32-byte output. Uses `node:crypto.argon2` when the
 * runtime has it (Node >= 24.7) and `hash-wasm` elsewhere; both give the
 * same bytes (checked by the tests).
 */
export async function argon2id(
  password: Uint8Array,
  salt: Uint8Array,
  params: Argon2Params,
): Promise<Uint8Array> {
  const native = nodeCrypto()?.argon2;
  if (native) {
    return new Promise((resolve, reject) => {
      native(
        'argon2id',
        {
          message: password,
          nonce: salt,
          parallelism: params.parallelism,
          tagLength: 32,
          memory: params.memoryKib,
          passes: params.iterations,
        },
        (err, result) =>
          err
            ? reject(new NexusError('INVALID_ARGUMENT', 'Argon2id failed', { cause: err }))
            : resolve(new Uint8Array(result)),
      );
    });
  }
  return argon2idPortable(password, salt, params);
}

/** The `hash-wasm` implementation of {@link argon2id}. @internal */
export async function argon2idPortable(
  password: Uint8Array,
  salt: Uint8Array,
  params: Argon2Params,
): Promise<Uint8Array> {
  const { argon2id: wasm } = await import('hash-wasm');
  try {
    return await wasm({
      password,
      salt,
      parallelism: params.parallelism,
      iterations: params.iterations,
      memorySize: params.memoryKib,
      hashLength: 32,
      outputType: 'binary',
    });
  } catch (cause) {
    throw new NexusError('INVALID_ARGUMENT', 'Argon2id failed', { cause });
  }
}
