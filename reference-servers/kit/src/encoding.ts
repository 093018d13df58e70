/** Bytes in JSON bodies: standard base64, checked. */
import { AppError } from './errors.ts';

const B64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Standard base64 → bytes; anything else (or over `max` bytes) is `INVALID_ARGUMENT`. */
export function fromBase64(field: string, value: unknown, max = 1024 * 1024): Uint8Array {
  if (typeof value !== 'string' || !B64.test(value))
    throw new AppError('INVALID_ARGUMENT', `${field} must be standard base64`);
  const bytes = new Uint8Array(Buffer.from(value, 'base64'));
  if (bytes.length === 0) throw new AppError('INVALID_ARGUMENT', `${field} is empty`);
  if (bytes.length > max) throw new AppError('INVALID_ARGUMENT', `${field} is over ${max} bytes`);
  return bytes;
}

/** Bytes → standard base64. */
export const toBase64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');
