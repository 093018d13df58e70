import { describe, expect, it } from 'vitest';
import {
  deriveEd25519,
  detectWordlist,
  entropyToMnemonic,
  generateMnemonic,
  identityFromMnemonic,
  mnemonicEntropy,
  mnemonicToSeed,
  registerWordlists,
} from '../../src/index.js';
import { WORDLISTS } from '../../src/wordlists.js';
import { expectNexusErrorSync, hex, readJson, unhex } from '../helpers.js';

type TrezorVectors = Record<string, [string, string, string, string][]>;
const trezor = readJson<TrezorVectors>('test-vectors/external/bip39-trezor-vectors.json');

// The trezor file's language names → the lists @scure/bip39 ships. Russian and
// Turkish are not shipped there: their seeds are still checked (BIP-39 seeds do
// not depend on the wordlist), with the wordlist check turned off.
const LISTS: Record<string, readonly string[] | undefined> = {
  english: WORDLISTS.english,
  chinese_simplified: WORDLISTS.chineseSimplified,
  chinese_traditional: WORDLISTS.chineseTraditional,
  czech: WORDLISTS.czech,
  french: WORDLISTS.french,
  italian: WORDLISTS.italian,
  japanese: WORDLISTS.japanese,
  korean: WORDLISTS.korean,
  portuguese: WORDLISTS.portuguese,
  spanish: WORDLISTS.spanish,
  russian: undefined,
  turkish: undefined,
};

// Detection below covers every shipped language, as an app that registers them.
registerWordlists(WORDLISTS);

describe('BIP-39 (trezor vectors, passphrase TREZOR)', () => {
  it('covers all 12 languages with 24 entries each', () => {
    expect(Object.keys(trezor).sort()).toEqual(Object.keys(LISTS).sort());
    for (const entries of Object.values(trezor)) expect(entries).toHaveLength(24);
  });

  for (const [language, entries] of Object.entries(trezor)) {
    it(`${language}: seeds${LISTS[language] ? ', mnemonics and checksums' : ' (wordlist not shipped)'}`, () => {
      const list = LISTS[language];
      for (const [entropy, mnemonic, seed] of entries) {
        if (list) {
          expect(entropyToMnemonic(unhex(entropy), list).normalize('NFKD')).toBe(
            mnemonic.normalize('NFKD'),
          );
          expect(hex(mnemonicEntropy(mnemonic, list))).toBe(entropy);
          expect(hex(mnemonicToSeed(mnemonic, 'TREZOR'))).toBe(seed);
          expect(detectWordlist(mnemonic)).not.toBeNull();
        } else {
          expect(hex(mnemonicToSeed(mnemonic, 'TREZOR', { wordlist: false }))).toBe(seed);
          expectNexusErrorSync(() => mnemonicToSeed(mnemonic, 'TREZOR'), 'INVALID_MNEMONIC');
        }
      }
    });
  }

  it('rejects a wrong word and a wrong checksum with INVALID_MNEMONIC', () => {
    const good = trezor.english![0]![1];
    expectNexusErrorSync(
      () => mnemonicToSeed(good.replace('about', 'abandon')),
      'INVALID_MNEMONIC',
    );
    expectNexusErrorSync(() => mnemonicToSeed(good.replace('about', 'aboutt')), 'INVALID_MNEMONIC');
    expectNexusErrorSync(() => mnemonicToSeed('abandon '.repeat(11).trim()), 'INVALID_MNEMONIC');
    expectNexusErrorSync(() => identityFromMnemonic('not a mnemonic'), 'INVALID_MNEMONIC');
  });

  it('generates 24 words by default and other lengths on request', () => {
    const m = generateMnemonic();
    expect(m.split(' ')).toHaveLength(24);
    expect(generateMnemonic({ words: 12 }).split(' ')).toHaveLength(12);
    expect(() => mnemonicToSeed(m)).not.toThrow();
    expect(generateMnemonic()).not.toBe(m);
    expectNexusErrorSync(() => generateMnemonic({ words: 13 as 12 }), 'INVALID_ARGUMENT');
  });

  it('an optional passphrase gives a different identity', () => {
    const m = generateMnemonic();
    expect(identityFromMnemonic(m).uuid).not.toBe(identityFromMnemonic(m, 'extra words').uuid);
    expect(identityFromMnemonic(m, 'x').uuid).toBe(
      identityFromMnemonic(` ${m.replaceAll(' ', '  ')} `, 'x').uuid,
    );
  });
});

interface SlipVectors {
  vectors: {
    name: string;
    curve: string;
    seed_hex: string;
    chains: { path: string; chain_code: string; private: string; public: string }[];
  }[];
}

describe('SLIP-0010 ed25519', () => {
  const { vectors } = readJson<SlipVectors>(
    'test-vectors/external/slip0010-ed25519-curve25519.json',
  );
  const ed = vectors.filter((v) => v.curve === 'ed25519');

  it('has both official ed25519 test vectors', () => {
    expect(ed).toHaveLength(2);
  });

  for (const vector of ed) {
    it(vector.name, () => {
      for (const chain of vector.chains) {
        const node = deriveEd25519(unhex(vector.seed_hex), chain.path.replaceAll('H', "'"));
        expect(hex(node.chainCode), chain.path).toBe(chain.chain_code);
        expect(hex(node.privateKey), chain.path).toBe(chain.private);
        expect('00' + hex(node.publicKey), chain.path).toBe(chain.public);
      }
    });
  }

  it('rejects non-hardened and malformed paths with INVALID_PATH', () => {
    const seed = new Uint8Array(32);
    for (const path of ['m/0', "x/1'", "m/1'/2", "m/2147483648'", "m/-1'", "m//1'", ''])
      expectNexusErrorSync(() => deriveEd25519(seed, path), 'INVALID_PATH');
    expectNexusErrorSync(() => deriveEd25519(new Uint8Array(8), "m/0'"), 'INVALID_ARGUMENT');
    expect(hex(deriveEd25519(seed, 'm/1h').privateKey)).toBe(
      hex(deriveEd25519(seed, "m/1'").privateKey),
    );
  });
});
