// The root entry carries English only; other languages come from
// `@nexuslink/sdk/wordlists`, passed as `wordlist` or registered for detection
// (spec/identity.md §2).
import { wordlist as scureEnglish } from '@scure/bip39/wordlists/english.js';
import { describe, expect, it } from 'vitest';
import {
  detectWordlist,
  ENGLISH_WORDLIST,
  entropyToMnemonic,
  identityFromMnemonic,
  mnemonicEntropy,
  registerWordlists,
} from '../../src/index.js';
import { WORDLISTS } from '../../src/wordlists.js';
import { expectNexusErrorSync } from '../helpers.js';

const entropy = new Uint8Array(16).fill(7);

describe('BIP-39 wordlists on demand', () => {
  it('detects English alone until other lists are registered, then in the spec order', () => {
    const french = entropyToMnemonic(entropy, WORDLISTS.french);
    expect(detectWordlist(french)).toBeNull();
    expectNexusErrorSync(() => identityFromMnemonic(french), 'INVALID_MNEMONIC');
    // A list passed by the caller needs no registration.
    expect(mnemonicEntropy(french, WORDLISTS.french)).toEqual(entropy);

    registerWordlists(WORDLISTS);
    expect(detectWordlist(french)).toBe(WORDLISTS.french);
    expect(mnemonicEntropy(french)).toEqual(entropy);
    expect(detectWordlist(entropyToMnemonic(entropy))).toBe(ENGLISH_WORDLIST);
    expect(ENGLISH_WORDLIST).toBe(WORDLISTS.english);
  });

  it('carries the BIP-39 English list word for word (front-coded in the package)', () => {
    expect([...ENGLISH_WORDLIST]).toEqual(scureEnglish);
    expect(Object.isFrozen(ENGLISH_WORDLIST)).toBe(true);
  });

  it('refuses a list that is not 2048 words', () => {
    expectNexusErrorSync(() => registerWordlists([['abandon']]), 'INVALID_ARGUMENT');
  });
});
