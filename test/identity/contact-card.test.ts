import { describe, expect, it } from 'vitest';
import {
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
