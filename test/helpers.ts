import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleEntry } from '@nexuslink/server-kit/testing';
import { expect } from 'vitest';
import { NexusError } from '../src/interfaces/errors.js';
import type { ErrorCode } from '../src/interfaces/errors.js';

/** Absolute path of a file relative to the repository root. */
export function repoPath(relative: string): string {
  return fileURLToPath(new URL(`../${relative}`, import.meta.url));
}

/** Parse a JSON file relative to the repository root (`test-vectors/external/...` for published vectors). */
export function readJson<T = unknown>(relative: string): T {
  return JSON.parse(readFileSync(repoPath(relative), 'utf8')) as T;
}

/** A seeded generator (xorshift32): `next(max)` is in 0..max-1, so a failing run replays with its seed. */
export function xorshift(seed: number): (max: number) => number {
  let x = seed || 1;
  return (max: number) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % max;
  };
}

export const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
export const unhex = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'hex'));

/** Assert that `fn` throws (or rejects with) a NexusError with `code`. */
export async function expectNexusError(fn: () => unknown, code: ErrorCode): Promise<NexusError> {
  let thrown: unknown;
  try {
    await fn();
  } catch (err) {
    thrown = err;
  }
  expect(thrown, `expected NexusError ${code}`).toBeInstanceOf(NexusError);
  expect((thrown as NexusError).code).toBe(code);
  return thrown as NexusError;
}

/** The NexusError `op` rejects with (fails the test when it resolves or rejects with anything else). */
export async function nexusErrorOf(op: () => Promise<unknown>): Promise<NexusError> {
  const err = await op().then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof NexusError)) throw new Error(`expected a NexusError, got ${String(err)}`);
  return err;
}

/** Synchronous variant of {@link expectNexusError}. */
export function expectNexusErrorSync(fn: () => unknown, code: ErrorCode): NexusError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(NexusError);
    expect((err as NexusError).code).toBe(code);
    return err as NexusError;
  }
  throw new Error(`expected NexusError ${code}, nothing was thrown`);
}

/**
 * Bundle a TypeScript entry point (a path in the repository) for a child
 * Node process; returns the .mjs path to run.
 */
export function bundleChild(entry: string, name: string): Promise<string> {
  return bundleEntry(entry, name);
}
