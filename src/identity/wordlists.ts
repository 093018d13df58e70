import { wordlist as czech } from '@scure/bip39/wordlists/czech.js';
import { wordlist as french } from '@scure/bip39/wordlists/french.js';
import { wordlist as italian } from '@scure/bip39/wordlists/italian.js';
import { wordlist as japanese } from '@scure/bip39/wordlists/japanese.js';
import { wordlist as korean } from '@scure/bip39/wordlists/korean.js';
import { wordlist as portuguese } from '@scure/bip39/wordlists/portuguese.js';
import { wordlist as simplifiedChinese } from '@scure/bip39/wordlists/simplified-chinese.js';
import { wordlist as spanish } from '@scure/bip39/wordlists/spanish.js';
import { wordlist as traditionalChinese } from '@scure/bip39/wordlists/traditional-chinese.js';
import { ENGLISH_WORDLIST as english } from './mnemonic.js';

/**
 * The BIP-39 wordlists shipped by `@scure/bip39`, in the order language
 * detection tries them (spec/identity.md §2). Other lists (Russian, Turkish,
 * ...) can be passed wherever a `wordlist` option is taken.
 *
 * @example
 * ```ts
 * const phrase = generateMnemonic({ wordlist: WORDLISTS.french });
 * registerWordlists(WORDLISTS); // detect every shipped language
 * ```
 */
export const WORDLISTS = {
  english,
  czech,
  french,
  italian,
  japanese,
  korean,
  portuguese,
  spanish,
  chineseSimplified: simplifiedChinese,
  chineseTraditional: traditionalChinese,
} as const satisfies Record<string, readonly string[]>;

/** Name of a shipped wordlist. */
export type WordlistName = keyof typeof WORDLISTS;
