/**
 * The closed set of error codes the SDK throws. Codes are stable public API:
 * match on them, never on messages. `spec/errors.md` lists what each means.
 */
export const ERROR_CODES = [
  'MALFORMED',
  'BAD_SIGNATURE',
  'EXPIRED',
  'REVOKED',
  'UNKNOWN_ISSUER',
  'STALE_REVOCATION_LIST',
  'SUPERSEDED',
  'INVALID_UUID',
  'INVALID_MNEMONIC',
  'INVALID_PATH',
  'INVALID_KEY',
  'UNSUPPORTED_ALGORITHM',
  'KEY_NOT_FOUND',
  'KEY_NOT_EXTRACTABLE',
  'KEYSTORE',
  'WRONG_PASSPHRASE',
  'WRONG_KEY',
  'INVALID_ARGUMENT',
  'STORAGE',
  'TRANSPORT',
  'DECRYPT_FAILED',
  'DUPLICATE_MESSAGE',
  'MESSAGE_EXPIRED',
  'TOO_MANY_SKIPPED',
  'NO_SESSION',
  'UNKNOWN_PREKEY',
  'UNTRUSTED_IDENTITY',
  'UNSUPPORTED_VERSION',
  'NOT_FOUND',
  'NOT_PERMITTED',
  'PEER_MISMATCH',
  'STALE_PREKEY',
  'ROLLBACK_DETECTED',
  'RATE_LIMITED',
] as const;

/** One of the stable error codes in {@link ERROR_CODES}. */
export type ErrorCode = (typeof ERROR_CODES)[number];

const CODE_SET: ReadonlySet<string> = new Set(ERROR_CODES);

/**
 * What a caller acts on, carried by some errors (libsignal's `retryAfterSecs`):
 * `retryAfterMs` on `RATE_LIMITED` (wait at least that long before asking the
 * same server again); `retryElsewhere` on transport errors (whether handing
 * the envelope to another transport may succeed where this one failed).
 */
export interface NexusErrorDetails {
  /** Wait at least this long before retrying at the same place (`RATE_LIMITED`). */
  readonly retryAfterMs?: number;
  /** Whether another transport or server may succeed where this one failed. */
  readonly retryElsewhere?: boolean;
  /**
   * The URL a server calls itself when it is not the one dialled (a login's
   * `INVALID_ARGUMENT`): connect with this one instead.
   */
  readonly serverUrl?: string;
  /**
   * A server's own error code where the SDK's is broader: `CONFLICT`,
   * `LIMIT` and `PAYLOAD_TOO_LARGE` arrive as `INVALID_ARGUMENT`, codes the
   * SDK does not know as `TRANSPORT`.
   */
  readonly serverCode?: string;
}

/** A {@link NexusError} whose `code` is known to be `C`. */
export type NexusErrorOf<C extends ErrorCode> = NexusError & { readonly code: C };

/**
 * The one error class the SDK throws for expected failures (bad input, failed
 * verification, missing keys). Messages are written for people and never
 * contain secret material; `code` is for programs.
 *
 * @example
 * ```ts
 * try {
 *   parseUuid(text);
 * } catch (err) {
 *   if (NexusError.is(err, 'INVALID_UUID')) console.log('typo?');
 *   else throw err;
 * }
 * ```
 */
export class NexusError extends Error {
  /** The stable code: see {@link ERROR_CODES}. */
  readonly code: ErrorCode;
  /** What the caller acts on, when the thrower knows it (see {@link NexusErrorDetails}). */
  readonly details: NexusErrorDetails;

  /**
   * @param code - one of {@link ERROR_CODES}
   * @param message - a human description; must not contain secrets
   * @param options - `cause` for chaining (the cause is kept off `message`);
   *   `details` for what the caller acts on (`retryAfterMs`, `retryElsewhere`)
   */
  constructor(
    code: ErrorCode,
    message: string,
    options?: { cause?: unknown; details?: NexusErrorDetails },
  ) {
    super(message, options && 'cause' in options ? { cause: options.cause } : undefined);
    if (!CODE_SET.has(code)) throw new TypeError(`unknown NexusError code: ${String(code)}`);
    this.name = 'NexusError';
    this.code = code;
    this.details = Object.freeze({ ...options?.details });
  }

  /**
   * Whether `err` is a {@link NexusError}, optionally with one of the given codes.
   * Narrows the type so `err.code` is the matched code.
   */
  static is<C extends ErrorCode>(err: unknown, ...codes: C[]): err is NexusErrorOf<C> {
    if (!(err instanceof Error) || (err as { name?: unknown }).name !== 'NexusError') return false;
    const code = (err as { code?: unknown }).code;
    if (typeof code !== 'string' || !CODE_SET.has(code)) return false;
    return codes.length === 0 || (codes as string[]).includes(code);
  }
}

/** Whether `code` is one of the SDK's error codes. */
export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && CODE_SET.has(code);
}
