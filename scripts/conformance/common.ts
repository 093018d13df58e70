/** What the SDK adapter's modules share (spec/conformance.md). */
import type { RandomSource } from '@nexuslink/sdk';

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
export const unhex = (text: string): Uint8Array => {
  if (typeof text !== 'string' || !/^(?:[0-9a-f]{2})*$/.test(text))
    throw new Error(`not lower-case hex: ${String(text).slice(0, 40)}`);
  return new Uint8Array(Buffer.from(text, 'hex'));
};
export const utf8 = (text: string) => new TextEncoder().encode(text);

/** Fresh randomness, where an operation's draws are not recorded. */
export const systemRandom: RandomSource = {
  randomBytes: (n) => new Uint8Array(globalThis.crypto.getRandomValues(new Uint8Array(n))),
};

/** An operation or transcript action the adapter does not have: answered `unsupported`. */
export class Unsupported extends Error {}
