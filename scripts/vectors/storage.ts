/**
 * The storage conformance vectors (`test-vectors/storage/*.json`): the
 * encrypted database image (spec/storage.md §3) and the passphrase-sealed
 * storage key file (§4), from a seeded RNG.
 */
import { toHex } from '../../src/primitives/bytes.js';
import { openImage, sealImage, sealJournalEntry, sealStorageKey } from '../../src/storage/image.js';
import { create, toBinary } from '@bufbuild/protobuf';
import { p256 } from '@noble/curves/nist.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8 } from '../../src/primitives/bytes.js';
import { PublicKeySchema } from '../../src/wire/gen/nexuslink/v1/keys_pb.js';
import { StorageKeyWrapSchema } from '../../src/wire/gen/nexuslink/v1/storage_pb.js';
import { KeyAlgorithm, storageChangesCodec, storageKeyWrapCodec } from '../../src/wire/messages.js';
import { wrapStorageKey } from '../../src/storage/device-key.js';
import { softwareKeyStore } from '../../src/keystores/software.js';
import { seededRandom } from './rng.js';
import { withPortableProvider } from './provider.js';

type Json = Record<string, unknown>;

export async function storageVectors(): Promise<Record<string, Json>> {
  return withPortableProvider(async () => {
    const rng = seededRandom('nexuslink storage vectors v1');
    const key = rng.randomBytes(32);
    const otherKey = rng.randomBytes(32);
    // A stand-in for a SQLite image: the format does not look inside.
    const image = new TextEncoder().encode('SQLite format 3\0 (a database image, any bytes)');
    const sealed = sealImage(key, image, rng);
    const empty = sealImage(key, new Uint8Array(0), rng);
    const flip = (bytes: Uint8Array, i: number) => {
      const out = bytes.slice();
      out[i]! ^= 1;
      return out;
    };
    const withVersion = (bytes: Uint8Array, v: number) => {
      const out = bytes.slice();
      out[1] = v;
      return out;
    };
    // Check the generated file opens before publishing it.
    if (toHex(openImage(key, sealed)) !== toHex(image))
      throw new Error('image does not round-trip');
    const imageCases: Json[] = [
      {
        description: 'an image',
        key: toHex(key),
        file: toHex(sealed),
        result: { image: toHex(image) },
      },
      { description: 'an empty image', key: toHex(key), file: toHex(empty), result: { image: '' } },
      {
        description: 'another key: refused by the key check before decrypting',
        key: toHex(otherKey),
        file: toHex(sealed),
        error: 'WRONG_KEY',
      },
      {
        description: 'a ciphertext bit flipped: authentication fails',
        key: toHex(key),
        file: toHex(flip(sealed, sealed.length - 3)),
        error: 'STORAGE',
      },
      {
        description: 'a nonce bit flipped: authentication fails',
        key: toHex(key),
        file: toHex(flip(sealed, 22 + 3)),
        error: 'STORAGE',
      },
      {
        description: 'version 2: not readable by version 1',
        key: toHex(key),
        file: toHex(withVersion(sealed, 2)),
        error: 'UNSUPPORTED_VERSION',
      },
      {
        description: 'truncated',
        key: toHex(key),
        file: toHex(sealed.subarray(0, 40)),
        error: 'STORAGE',
      },
      {
        description: 'trailing byte',
        key: toHex(key),
        file: toHex(new Uint8Array([...sealed, 0])),
        error: 'STORAGE',
      },
    ];

    const kdf = { memoryKib: 8192, iterations: 1, parallelism: 1 };
    const keyFile = await sealStorageKey(key, 'correct horse battery staple', { kdf, random: rng });
    const keyFileCases: Json[] = [
      {
        description: 'a storage key sealed under a passphrase (Argon2id 8 MiB, 1 pass, 1 lane)',
        file: toHex(keyFile),
        passphrase: 'correct horse battery staple',
        result: { key: toHex(key) },
      },
      {
        description: 'the passphrase is NFKC-normalised: a full-width space is a space',
        file: toHex(keyFile),
        passphrase: 'correct\u3000horse battery staple',
        result: { key: toHex(key) },
      },
      {
        description: 'wrong passphrase',
        file: toHex(keyFile),
        passphrase: 'correct horse battery stapler',
        error: 'WRONG_PASSPHRASE',
      },
      {
        description: 'header changed (salt): the associated data no longer matches',
        file: toHex(flip(keyFile, 8)),
        passphrase: 'correct horse battery staple',
        error: 'WRONG_PASSPHRASE',
      },
      {
        description: 'trailing byte',
        file: toHex(new Uint8Array([...keyFile, 0])),
        passphrase: 'correct horse battery staple',
        error: 'MALFORMED',
      },
    ];
    // A journal entry: the changes of one committed group.
    const changes = storageChangesCodec.encode({
      version: 1,
      changes: [
        {
          change: {
            case: 'put',
            value: { table: 'messages', key: 'c/0001/m1', value: image.subarray(0, 5) },
          },
        },
        {
          change: {
            case: 'index',
            value: { key: 'c/0001/m1', text: 'Lunch at noon?', cleared: false },
          },
        },
        { change: { case: 'delete', value: { table: 'outbox', key: 'm0' } } },
        { change: { case: 'index', value: { key: 'c/0000/m0', text: '', cleared: true } } },
      ],
    });
    const entry = sealJournalEntry(key, 1, changes, rng);
    const entry2 = sealJournalEntry(key, 2, changes, rng);
    const journalCases: Json[] = [
      {
        description: 'entry 1: a put, an index, a delete, a cleared index',
        key: toHex(key),
        entry: toHex(entry),
        result: { seq: 1, changes: toHex(changes) },
      },
      {
        description: 'entry 2',
        key: toHex(key),
        entry: toHex(entry2),
        result: { seq: 2, changes: toHex(changes) },
      },
      { description: 'another key', key: toHex(otherKey), entry: toHex(entry), error: 'WRONG_KEY' },
      {
        description: 'a ciphertext bit flipped',
        key: toHex(key),
        entry: toHex(flip(entry, entry.length - 2)),
        error: 'STORAGE',
      },
      {
        description: 'seq changed from 1 to 2: the associated data no longer matches',
        key: toHex(key),
        entry: toHex(flip(entry, 21)),
        error: 'STORAGE',
      },
      {
        description: 'version 2',
        key: toHex(key),
        entry: toHex(withVersion(entry, 2)),
        error: 'UNSUPPORTED_VERSION',
      },
    ];
    if (entry[20] !== 0x18 || entry[21] !== 1)
      throw new Error('seq is not where the vector expects it');

    // The storage key wrapped by a device's Ed25519 key (a software key store here).
    const deviceSeed = rng.randomBytes(32);
    const keyStore = softwareKeyStore({
      keys: [
        {
          id: 'device',
          algorithm: 'ed25519',
          privateKey: toHex(deviceSeed),
          extractable: true,
          label: 'vector',
        },
      ],
    });
    const wrapped = await wrapStorageKey(key, { keyStore, keyId: 'device', random: rng });
    const otherSeed = rng.randomBytes(32);
    const wrapCases: Json[] = [
      {
        description: 'wrapped by the Ed25519 device key whose seed is given',
        device_seed: toHex(deviceSeed),
        file: toHex(wrapped),
        result: { key: toHex(key) },
      },
      {
        description: 'another device key',
        device_seed: toHex(otherSeed),
        file: toHex(wrapped),
        error: 'WRONG_KEY',
      },
      {
        description: 'the salt changed',
        device_seed: toHex(deviceSeed),
        file: toHex(flip(wrapped, 45)),
        error: 'WRONG_KEY',
      },
      {
        description: 'a wrapped-key bit flipped',
        device_seed: toHex(deviceSeed),
        file: toHex(flip(wrapped, wrapped.length - 1)),
        error: 'WRONG_KEY',
      },
      {
        description: 'trailing byte',
        device_seed: toHex(deviceSeed),
        file: toHex(new Uint8Array([...wrapped, 0])),
        error: 'MALFORMED',
      },
    ];
    // A P-256 key cannot wrap (spec/storage.md §4): a file naming one is refused by the decoder,
    // before any key is compared (no random draws: the other files keep their bytes).
    const p256Wrap = toBinary(
      StorageKeyWrapSchema,
      create(StorageKeyWrapSchema, {
        ...storageKeyWrapCodec.decode(wrapped),
        signingKey: create(PublicKeySchema, {
          algorithm: KeyAlgorithm.ECDSA_P256,
          key: p256.getPublicKey(sha256(utf8('a P-256 device key')), true),
        }),
      }),
    );
    wrapCases.push(
      {
        description: 'signing_key is a P-256 key (only Ed25519 keys wrap): refused by the decoder',
        device_seed: toHex(deviceSeed),
        file: toHex(p256Wrap),
        error: 'MALFORMED',
      },
      {
        description:
          'two faults: signing_key is a P-256 key, and the file is opened with another device key (the file is decoded first)',
        device_seed: toHex(otherSeed),
        file: toHex(p256Wrap),
        error: 'MALFORMED',
      },
    );
    return {
      'storage/device-key-wrap.json': {
        description:
          'StorageKeyWrap: the storage key wrapped by a device Ed25519 key (spec/storage.md §4). Unwrap `file` with the key of seed `device_seed`.',
        generator: 'scripts/vectors/storage.ts',
        cases: wrapCases,
      },
      'storage/journal.json': {
        description:
          'StorageJournalEntry: a journal entry after a StorageImage (spec/storage.md §3). Open `entry` with `key`: `seq` and the encoded StorageChanges.',
        generator: 'scripts/vectors/storage.ts',
        cases: journalCases,
      },
      'storage/image.json': {
        description:
          'StorageImage: a database image encrypted under a 32-byte storage key (spec/storage.md §3). Open `file` with `key`.',
        generator: 'scripts/vectors/storage.ts',
        cases: imageCases,
      },
      'storage/key-file.json': {
        description:
          'StorageKeyFile: the storage key sealed under a passphrase (spec/storage.md §4). Open `file` with `passphrase`.',
        generator: 'scripts/vectors/storage.ts',
        cases: keyFileCases,
      },
    };
  });
}
