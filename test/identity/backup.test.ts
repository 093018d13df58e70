import { describe, expect, it } from 'vitest';
import {
  exportIdentityBackup,
  importIdentityBackup,
  issueRevocationList,
} from '../../src/index.js';
import { argon2idPortable } from '../../src/primitives/argon2.js';
import { argon2id } from '../../src/primitives/argon2.js';
import { create, toBinary } from '@bufbuild/protobuf';
import { identityBackupFileCodec } from '../../src/wire/messages.js';
import { IdentityBackupFileSchema } from '../../src/wire/gen/nexuslink/v1/backup_pb.js';
import { expectNexusError } from '../helpers.js';
import { makeAccount } from './fixtures.js';

// The smallest parameters the format accepts keep the tests fast; the default is 64 MiB.
const kdf = { memoryKib: 8 * 1024, iterations: 1, parallelism: 1 };

describe('identity backup', () => {
  it('round-trips identity, self-signing key, certificate and revocation list', async () => {
    const a = await makeAccount();
    const revocationList = await issueRevocationList({
      issuer: a.selfSigningKey,
      identityKey: a.identity.publicKey.bytes,
      revoke: [{ deviceId: new Uint8Array(16) }],
    });
    const file = await exportIdentityBackup(
      { ...a, revocationList },
      'correct horse battery staple',
      { kdf },
    );
    const restored = await importIdentityBackup(file, 'correct horse battery staple');
    expect(restored.identity.uuid).toBe(a.identity.uuid);
    expect(restored.selfSigningKey.publicKey).toEqual(a.selfSigningKey.publicKey);
    expect(restored.selfSigningCertificate.bytes).toEqual(a.selfSigningCertificate.bytes);
    expect(restored.revocationList?.bytes).toEqual(revocationList.bytes);
  });

  it('a wrong passphrase is WRONG_PASSPHRASE; a tampered file is WRONG_PASSPHRASE or MALFORMED', async () => {
    const a = await makeAccount();
    const file = await exportIdentityBackup({ ...a, revocationList: null }, 'pässwörd', { kdf });
    await expectNexusError(() => importIdentityBackup(file, 'password'), 'WRONG_PASSPHRASE');
    // NFKC: the decomposed spelling of the same passphrase opens it.
    expect((await importIdentityBackup(file, 'pa\u0308sswo\u0308rd')).identity.uuid).toBe(
      a.identity.uuid,
    );
    const decoded = identityBackupFileCodec.decode(file);
    const flipped = decoded.ciphertext.slice();
    flipped[0] = flipped[0]! ^ 1;
    await expectNexusError(
      () =>
        importIdentityBackup(
          identityBackupFileCodec.encode({ ...decoded, ciphertext: flipped }),
          'pässwörd',
        ),
      'WRONG_PASSPHRASE',
    );
    // Changing a header parameter changes the associated data.
    const header = { ...decoded.header!, iterations: 2 };
    await expectNexusError(
      () =>
        importIdentityBackup(identityBackupFileCodec.encode({ ...decoded, header }), 'pässwörd'),
      'WRONG_PASSPHRASE',
    );
    await expectNexusError(
      () => importIdentityBackup(file.subarray(0, file.length - 1), 'pässwörd'),
      'MALFORMED',
    );
    await expectNexusError(
      () => importIdentityBackup(new Uint8Array([1, 2, 3]), 'pässwörd'),
      'MALFORMED',
    );
  });

  it('refuses hostile KDF parameters before running the KDF', async () => {
    const a = await makeAccount();
    const decoded = identityBackupFileCodec.decode(
      await exportIdentityBackup({ ...a, revocationList: null }, 'pw', { kdf }),
    );
    // The codec refuses to encode such a header, so encode it with the raw protobuf library.
    for (const header of [
      { ...decoded.header!, memoryKib: 64 * 1024 * 1024 },
      { ...decoded.header!, iterations: 1_000_000 },
      { ...decoded.header!, parallelism: 0 },
    ]) {
      const hostile = toBinary(
        IdentityBackupFileSchema,
        create(IdentityBackupFileSchema, { ...decoded, header }),
      );
      await expectNexusError(() => importIdentityBackup(hostile, 'pw'), 'MALFORMED');
    }
    await expect(
      exportIdentityBackup({ ...a, revocationList: null }, '', { kdf }),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });

  it('native and portable Argon2id agree', async () => {
    const password = new TextEncoder().encode('password');
    const salt = new Uint8Array(16).fill(7);
    expect(await argon2id(password, salt, kdf)).toEqual(
      await argon2idPortable(password, salt, kdf),
    );
  });
});

describe('backup consistency', () => {
  it('refuses to export a certificate that does not certify the self-signing key', async () => {
    const a = await makeAccount();
    const b = await makeAccount('bob');
    await expect(
      exportIdentityBackup(
        { ...a, selfSigningCertificate: b.selfSigningCertificate, revocationList: null },
        'pw',
        { kdf },
      ),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(
      exportIdentityBackup({ ...a, selfSigningKey: b.selfSigningKey, revocationList: null }, 'pw', {
        kdf,
      }),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });
});
