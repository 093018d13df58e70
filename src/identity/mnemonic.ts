import {
  entropyToMnemonic as scureEntropyToMnemonic,
  generateMnemonic as scureGenerateMnemonic,
  mnemonicToEntropy,
  mnemonicToSeedSync,
  validateMnemonic,
} from '@scure/bip39';
import { NexusError } from '../interfaces/errors.js';
import { concat, u32be, utf8 } from '../primitives/bytes.js';
import { crypto } from '../primitives/provider.js';
import { ENGLISH_FRONT_CODED } from './english-wordlist.js';

/** The words of a front-coded list (./english-wordlist.ts). */
function frontDecoded(coded: string): string[] {
  const words: string[] = [];
  let previous = '';
  for (const [, shared, rest] of coded.matchAll(/(\d)([a-z]+)/g))
    words.push((previous = previous.slice(0, Number(shared)) + rest));
  return words;
}

const english = /* @__PURE__ */ Object.freeze(frontDecoded(ENGLISH_FRONT_CODED));

/**
 * The BIP-39 English wordlist, the default everywhere a wordlist is taken
 * (the list of `@scure/bip39`, carried front-coded: a third smaller in a
 * gzipped browser bundle). The other shipped lists are in
 * `@nexuslink/sdk/wordlists`, so a bundle that needs only English carries
 * only English.
 */
export const ENGLISH_WORDLIST: readonly string[] = english;

// The lists language detection tries, in order (spec/identity.md §2): English
// first, then those the application registered, in the order registered.
const detectionLists: (readonly string[])[] = [english];

/**
 * Add wordlists to the ones {@link detectWordlist} (and so `mnemonicToSeed`,
 * `mnemonicEntropy` and `identityFromMnemonic` without a `wordlist`) tries
 * after English, in the order given. A list already registered keeps its
 * place.
 *
 * @example
 * ```ts
 * import { registerWordlists } from '@nexuslink/sdk';
 * import { WORDLISTS } from '@nexuslink/sdk/wordlists';
 * registerWordlists(WORDLISTS); // every shipped language, in the spec's order
 * ```
 * @throws NexusError `INVALID_ARGUMENT` for a list that is not 2048 strings.
 */
export function registerWordlists(
  lists: Readonly<Record<string, readonly string[]>> | readonly (readonly string[])[],
): void {
  const given: readonly unknown[] = Array.isArray(lists) ? lists : Object.values(lists);
  for (const list of given) {
    if (!Array.isArray(list) || list.length !== 2048 || !list.every((w) => typeof w === 'string'))
      throw new NexusError('INVALID_ARGUMENT', 'a BIP-39 wordlist is 2048 strings');
  }
  for (const list of given as (readonly string[])[]) {
    if (!detectionLists.includes(list)) detectionLists.push(list);
  }
}

/** Throw `INVALID_ARGUMENT` unless `list` is absent or 2048 strings (a list, not a language's name). */
function checkWordlist(list: unknown): void {
  if (list !== undefined && (!Array.isArray(list) || list.length !== 2048))
    throw new NexusError(
      'INVALID_ARGUMENT',
      'wordlist must be a BIP-39 list of 2048 words (WORDLISTS.french from @nexuslink/sdk/wordlists, say), not a name',
    );
}

/** Options for {@link generateMnemonic}. */
export interface GenerateMnemonicOptions {
  /** 12, 15, 18, 21 or 24 words. Default 24 (256 bits of entropy). */
  readonly words?: 12 | 15 | 18 | 21 | 24;
  /** A 2048-word BIP-39 wordlist; default English (others: `@nexuslink/sdk/wordlists`). */
  readonly wordlist?: readonly string[];
}

/**
 * A new BIP-39 mnemonic from the platform's secure random source.
 *
 * @example
 * ```ts
 * const phrase = generateMnemonic(); // 24 English words
 * ```
 */
export function generateMnemonic(options: GenerateMnemonicOptions = {}): string {
  const words = options.words ?? 24;
  if (![12, 15, 18, 21, 24].includes(words))
    throw new NexusError('INVALID_ARGUMENT', 'words must be 12, 15, 18, 21 or 24');
  checkWordlist(options.wordlist);
  return scureGenerateMnemonic((options.wordlist ?? english) as string[], (words / 3) * 32);
}

/**
 * The mnemonic of given entropy (16..32 bytes, a multiple of 4).
 *
 * @throws NexusError `INVALID_ARGUMENT` for entropy of the wrong size.
 */
export function entropyToMnemonic(
  entropy: Uint8Array,
  wordlist: readonly string[] = english,
): string {
  checkWordlist(wordlist);
  try {
    return scureEntropyToMnemonic(entropy, wordlist as string[]);
  } catch {
    throw new NexusError('INVALID_ARGUMENT', 'entropy must be 16 to 32 bytes, a multiple of 4');
  }
}

/** Options for {@link mnemonicToSeed}. */
export interface MnemonicToSeedOptions {
  /**
   * The wordlist to check words and checksum against. By default the
   * language is detected among English and the lists given to
   * {@link registerWordlists}. Pass `false` to skip the check (BIP-39 seeds
   * do not depend on the wordlist), for languages whose lists this package
   * does not ship.
   */
  readonly wordlist?: readonly string[] | false;
}

/**
 * The wordlist `mnemonic` belongs to (checksum included), or `null`: the first
 * of English and the {@link registerWordlists | registered} lists under which
 * it is valid.
 */
export function detectWordlist(mnemonic: string): readonly string[] | null {
  if (typeof mnemonic !== 'string') return null;
  for (const list of detectionLists) {
    if (validateMnemonic(mnemonic.normalize('NFKD'), list as string[])) return list;
  }
  return null;
}

/**
 * The 64-byte BIP-39 seed: PBKDF2-HMAC-SHA512, 2048 rounds, salt
 * `"mnemonic" + passphrase`, both NFKD-normalised.
 *
 * @throws NexusError `INVALID_MNEMONIC` when a word or the checksum is wrong.
 */
export function mnemonicToSeed(
  mnemonic: string,
  passphrase = '',
  options: MnemonicToSeedOptions = {},
): Uint8Array {
  if (typeof mnemonic !== 'string' || typeof passphrase !== 'string') {
    throw new NexusError('INVALID_ARGUMENT', 'mnemonic and passphrase must be strings');
  }
  const normalized = mnemonic.normalize('NFKD').trim().split(/\s+/u).join(' ');
  if (options.wordlist !== false) {
    const ok =
      options.wordlist === undefined
        ? detectWordlist(normalized) !== null
        : validateMnemonic(normalized, options.wordlist as string[]);
    if (!ok)
      throw new NexusError(
        'INVALID_MNEMONIC',
        'not a valid BIP-39 mnemonic (unknown word or bad checksum)',
      );
  }
  if (normalized.length === 0) throw new NexusError('INVALID_MNEMONIC', 'mnemonic is empty');
  try {
    return mnemonicToSeedSync(normalized, passphrase);
  } catch {
    // No `cause`: the library's message names the offending word, which is
    // one typo away from a secret word.
    throw new NexusError('INVALID_MNEMONIC', 'not a valid BIP-39 mnemonic');
  }
}

/** The entropy a mnemonic encodes. @throws NexusError `INVALID_MNEMONIC`. */
export function mnemonicEntropy(mnemonic: string, wordlist?: readonly string[]): Uint8Array {
  if (typeof mnemonic !== 'string')
    throw new NexusError('INVALID_MNEMONIC', 'mnemonic must be a string');
  const list = wordlist ?? detectWordlist(mnemonic);
  if (list === null) throw new NexusError('INVALID_MNEMONIC', 'not a valid BIP-39 mnemonic');
  try {
    return mnemonicToEntropy(mnemonic.normalize('NFKD'), list as string[]);
  } catch {
    // No `cause`: the library's message names the offending word, which is
    // one typo away from a secret word.
    throw new NexusError('INVALID_MNEMONIC', 'not a valid BIP-39 mnemonic');
  }
}

/** A SLIP-0010 ed25519 node. */
export interface Ed25519Node {
  /** The 32-byte Ed25519 seed (RFC 8032 private key). */
  readonly privateKey: Uint8Array;
  /** The 32-byte Ed25519 public key. */
  readonly publicKey: Uint8Array;
  readonly chainCode: Uint8Array;
}

const HARDENED = 0x8000_0000;
const ED25519_SEED_KEY = utf8('ed25519 seed');

/**
 * Parse a derivation path such as `m/44'/0'`. Ed25519 under SLIP-0010 has
 * only hardened derivation, so every index must be hardened (`'`, `h` or `H`).
 *
 * @throws NexusError `INVALID_PATH`.
 */
export function parseHardenedPath(path: string): number[] {
  if (typeof path !== 'string') throw new NexusError('INVALID_PATH', 'path must be a string');
  const parts = path.split('/');
  if (parts[0] !== 'm') throw new NexusError('INVALID_PATH', 'a path starts with "m"');
  return parts.slice(1).map((part) => {
    const m = /^(\d{1,10})['hH]$/.exec(part);
    if (!m)
      throw new NexusError('INVALID_PATH', `path component "${part}" is not a hardened index`);
    const index = Number(m[1]);
    if (index >= HARDENED)
      throw new NexusError('INVALID_PATH', `path index ${index} is out of range`);
    return index + HARDENED;
  });
}

/**
 * SLIP-0010 ed25519 derivation of `path` from a BIP-39 seed.
 *
 * @example
 * ```ts
 * const { privateKey, publicKey } = deriveEd25519(seed, "m/20044'/0'/0'");
 * ```
 * @throws NexusError `INVALID_PATH` for a malformed or non-hardened path,
 *   `INVALID_ARGUMENT` for a seed outside 16..64 bytes.
 */
export function deriveEd25519(seed: Uint8Array, path: string): Ed25519Node {
  if (!(seed instanceof Uint8Array) || seed.length < 16 || seed.length > 64) {
    throw new NexusError('INVALID_ARGUMENT', 'seed must be 16 to 64 bytes');
  }
  const c = crypto();
  let I = c.hmacSha512(ED25519_SEED_KEY, seed);
  for (const index of parseHardenedPath(path)) {
    I = c.hmacSha512(I.subarray(32), concat(Uint8Array.of(0), I.subarray(0, 32), u32be(index)));
  }
  const privateKey = I.slice(0, 32);
  return { privateKey, publicKey: c.ed25519PublicKey(privateKey), chainCode: I.slice(32) };
}
