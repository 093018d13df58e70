import { describe, expect, it } from 'vitest';
import {
  acceptRevocationList,
  acceptSelfSigningCertificate,
  issueSelfSigningCertificate,
  SigningKeyPair,
  certifyNewDevice,
  createContactCard,
  deviceSigner,
  issueRevocationList,
  verifyContactCard,
} from '../../src/index.js';
import { signedMessageCodec } from '../../src/wire/messages.js';
import { expectNexusErrorSync } from '../helpers.js';
import { makeAccount } from './fixtures.js';

async function card(
  a: Awaited<ReturnType<typeof makeAccount>>,
  extra: Partial<Parameters<typeof createContactCard>[0]> = {},
) {
  return createContactCard({
    signer: await deviceSigner(a.keyStore, a.device.signingKeyId),
    signerDeviceId: a.device.certificate.deviceId,
    identityKey: a.identity.publicKey.bytes,
    displayName: 'Alice',
    selfSigningCertificate: a.selfSigningCertificate.bytes,
    deviceCertificates: [a.device.certificate.bytes],
    hints: ['wss://chat.example.org'],
    ...extra,
  });
}

describe('contact cards', () => {
  it('verify and list devices, hints and the UUID', async () => {
    const a = await makeAccount();
    const verified = verifyContactCard(await card(a), { expectedUuid: a.identity.uuid });
    expect(verified.uuid).toBe(a.identity.uuid);
    expect(verified.devices).toHaveLength(1);
    expect(verified.hints).toEqual(['wss://chat.example.org']);
  });

  it('reject a tampered card, the wrong person, and a revoked signer', async () => {
    const a = await makeAccount();
    const b = await makeAccount('bob');
    const bytes = await card(a);
    expectNexusErrorSync(
      () => verifyContactCard(bytes, { expectedUuid: b.identity.uuid }),
      'UNKNOWN_ISSUER',
    );
    const signed = signedMessageCodec.decode(bytes);
    const sig = signed.signature.slice();
    sig[0] = sig[0]! ^ 1;
    expectNexusErrorSync(
      () => verifyContactCard(signedMessageCodec.encode({ body: signed.body, signature: sig })),
      'BAD_SIGNATURE',
    );
    expectNexusErrorSync(() => verifyContactCard(new Uint8Array(0)), 'MALFORMED');
    expectNexusErrorSync(() => verifyContactCard(new Uint8Array([...bytes, 0])), 'MALFORMED');
  });

  it('a card signed by a revoked device is REVOKED', async () => {
    const a = await makeAccount();
    const revocationList = await issueRevocationList({
      issuer: a.selfSigningKey,
      identityKey: a.identity.publicKey.bytes,
      revoke: [{ deviceId: a.device.certificate.deviceId }],
    });
    const revokedCard = await card(a, { revocationList });
    expectNexusErrorSync(() => verifyContactCard(revokedCard), 'REVOKED');
  });
});

describe('contact cards cannot roll back what the verifier knows', () => {
  it('a revoked device cannot make a card that drops or predates the revocation', async () => {
    const a = await makeAccount();
    const v1 = await issueRevocationList({
      issuer: a.selfSigningKey,
      identityKey: a.identity.publicKey.bytes,
      revoke: [],
    });
    const held = await issueRevocationList({
      issuer: a.selfSigningKey,
      identityKey: a.identity.publicKey.bytes,
      previous: v1,
      revoke: [{ deviceId: a.device.certificate.deviceId, reason: 'compromised' }],
    });
    // The thief's card: signed by the revoked device, carrying no list, or the older one.
    for (const list of [null, v1]) {
      const forged = await card(a, { revocationList: list });
      expect(verifyContactCard(forged).devices).toHaveLength(1); // a verifier that knows nothing is fooled...
      expectNexusErrorSync(
        () => verifyContactCard(forged, { known: { revocationList: held } }),
        'REVOKED',
      ); // ...one that knows is not
    }
  });

  it('a card made with a retired self-signing key is SUPERSEDED', async () => {
    const a = await makeAccount();
    const oldCard = await card(a);
    // The owner recovers from the mnemonic: new SSK, newer certificate, new device.
    await new Promise((r) => setTimeout(r, 5));
    const newSsk = SigningKeyPair.generate();
    const newCert = await issueSelfSigningCertificate({
      identity: a.identity,
      signingKey: newSsk.publicKey,
    });
    expect(acceptSelfSigningCertificate(a.selfSigningCertificate, newCert)).toBe(newCert);
    expectNexusErrorSync(
      () => acceptSelfSigningCertificate(newCert, a.selfSigningCertificate),
      'SUPERSEDED',
    );
    expectNexusErrorSync(
      () => verifyContactCard(oldCard, { known: { selfSigningCertificate: newCert } }),
      'SUPERSEDED',
    );
    // A list signed by the retired SSK gives way to the new SSK's first list.
    const oldList = await issueRevocationList({
      issuer: a.selfSigningKey,
      identityKey: a.identity.publicKey.bytes,
      previous: {
        ...(await issueRevocationList({
          issuer: a.selfSigningKey,
          identityKey: a.identity.publicKey.bytes,
          revoke: [],
        })),
        serial: 1_000_000,
      },
      revoke: [],
    });
    const newList = await issueRevocationList({
      issuer: newSsk,
      identityKey: a.identity.publicKey.bytes,
      revoke: [],
    });
    expectNexusErrorSync(() => acceptRevocationList(oldList, newList), 'STALE_REVOCATION_LIST');
    expect(acceptRevocationList(oldList, newList, { selfSigningCertificate: newCert })).toBe(
      newList,
    );
  });

  it('rejects a non-finite verification time instead of skipping expiry', async () => {
    const bytes = await card(await makeAccount());
    expectNexusErrorSync(() => verifyContactCard(bytes, { now: Number.NaN }), 'INVALID_ARGUMENT');
  });
});

describe('contact card limits', () => {
  it('a card carries 64 devices with 64-byte names and a full revocation list', async () => {
    const a = await makeAccount();
    const certs = [a.device.certificate.bytes];
    for (let i = 1; i < 64; i++) {
      const d = await certifyNewDevice({
        keyStore: a.keyStore,
        selfSigningKey: a.selfSigningKey,
        identityKey: a.identity.publicKey.bytes,
        displayName: `${i}`.padEnd(64, 'x'),
      });
      certs.push(d.certificate.bytes);
    }
    const revoke = Array.from({ length: 2048 }, (_, i) => ({
      deviceId: new Uint8Array(16).fill(0).map((_, j) => (j < 2 ? (i >> (8 * j)) & 0xff : 0xab)),
    }));
    const revocationList = await issueRevocationList({
      issuer: a.selfSigningKey,
      identityKey: a.identity.publicKey.bytes,
      revoke,
    });
    const bytes = await card(a, { deviceCertificates: certs, revocationList });
    expect(verifyContactCard(bytes).devices).toHaveLength(64);
    await expect(card(a, { deviceCertificates: [...certs, certs[1]!] })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
  });
});
