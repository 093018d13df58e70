/**
 * Argument checks shared by the client's public methods and options.
 */
import { NexusError } from '../interfaces/errors.js';

export const utf8Length = (s: string) => new TextEncoder().encode(s).length;

export const isHexId = (id: unknown): id is string =>
  typeof id === 'string' && /^[0-9a-f]{32}$/.test(id);

export function nonNegative(n: unknown, what: string): number {
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0)
    throw new NexusError('INVALID_ARGUMENT', `${what} must be a non-negative integer`);
  return n;
}

export function bounded(n: unknown, min: number, max: number, what: string): number {
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < min || n > max)
    throw new NexusError('INVALID_ARGUMENT', `${what} must be an integer from ${min} to ${max}`);
  return n;
}
