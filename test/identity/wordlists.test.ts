// The root entry carries English only; other languages come from
// `@nexuslink/sdk/wordlists`, passed as `wordlist` or registered for detection
// (spec/identity.md §2).
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

  it('refuses a list that is not 2048 words', () => {
    expectNexusErrorSync(() => registerWordlists([['abandon']]), 'INVALID_ARGUMENT');
  });
});
