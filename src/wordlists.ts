/**
 * `@nexuslink/sdk/wordlists`: every BIP-39 wordlist `@scure/bip39` ships.
 * The root entry carries English only; an app that takes mnemonics in other
 * languages imports the lists here and passes one as a `wordlist` option, or
 * registers them for language detection.
 *
 * @example
 * ```ts
 * import { identityFromMnemonic, registerWordlists } from '@nexuslink/sdk';
 * import { WORDLISTS } from '@nexuslink/sdk/wordlists';
 * registerWordlists(WORDLISTS);
 * const identity = identityFromMnemonic(frenchPhrase);
 * ```
 *
 * @module
 */
export { WORDLISTS } from './identity/wordlists.js';
export type { WordlistName } from './identity/wordlists.js';
