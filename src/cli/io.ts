/** What a CLI command reads and writes, so tests can run it in process. */
import { NexusError } from '../interfaces/errors.js';
import type { Argon2Params } from '../primitives/argon2.js';
import { checkPassphraseStrength } from './passphrase.js';

/** The terminal, the environment and (for tests) a cheaper Argon2id. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** One line from stdin (not echoed on a terminal: it may be a secret); '' at its end. */
  readLine(prompt: string): Promise<string>;
  env: NodeJS.ProcessEnv;
  /** The Argon2id cost of sealing a new home's storage key (default: the SDK's). */
  kdf?: Argon2Params;
  /** Stop a long-running command (`receive --follow`, `chat`); default: SIGINT. */
  stopSignal?: AbortSignal;
}

/** Parsed options: strings, booleans, and repeated strings. */
export type Values = Record<string, string | boolean | string[] | undefined>;

/** A secret from the environment variable `envName`, else typed on stdin. */
export async function secretInput(io: Io, envName: string, prompt: string): Promise<string> {
  const fromEnv = io.env[envName];
  if (fromEnv) return fromEnv;
  const line = (await io.readLine(prompt)).trim();
  if (!line)
    throw new NexusError('INVALID_ARGUMENT', `no input (set ${envName} or type it on stdin)`);
  return line;
}

/** The home passphrase (`NEXUSLINK_PASSPHRASE`, else typed); a new one is checked for strength. */
export async function homePassphrase(io: Io, isNew: boolean): Promise<string> {
  const passphrase = await secretInput(
    io,
    'NEXUSLINK_PASSPHRASE',
    isNew ? 'New home passphrase: ' : 'Home passphrase: ',
  );
  if (isNew) await checkPassphraseStrength(passphrase, 'home passphrase');
  return passphrase;
}

/** A string option, or undefined. */
export function stringOption(values: Values, name: string): string | undefined {
  const v = values[name];
  if (Array.isArray(v)) return v[v.length - 1];
  return typeof v === 'string' ? v : undefined;
}

/** A positive integer option, or its default. */
export function intOption(values: Values, name: string, fallback: number, max: number): number {
  const text = stringOption(values, name);
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new NexusError('INVALID_ARGUMENT', `--${name} takes a whole number from 1 to ${max}`);
  return n;
}
