import { describe, expect, it } from 'vitest';
import {
  acceptRevocationList,
  certifyNewDevice,
  decodeDeviceCertificate,
  issueDeviceCertificate,
  issueRevocationList,
  issueSelfSigningCertificate,
  KeyAgreementKeyPair,
  SigningKeyPair,
  softwareKeyStore,
  verifyDeviceCertificate,
  verifyRevocationList,
  verifySelfSigningCertificate,
} from '../../src/index.js';
import { signedMessageCodec } from '../../src/wire/messages.js';
import { expectNexusErrorSync } from '../helpers.js';
import { makeAccount } from './fixtures.js';

describe('cross-signing: IK → SSK → device', () => {
  it('verifies a full chain and returns it', async () => {
    const a = await makeAccount();
    const verified = verifyDeviceCertificate(a.device.certificate.bytes, {
      identity: a.identity.uuid,
      selfSigningCertificate: a.selfSigningCertificate.bytes,
    });
    expect(verified.uuid).toBe(a.identity.uuid);
    expect(verified.device.displayName).toBe("alice's laptop");
    expect(verified.device.keyAgreementKey).toEqual(a.device.keyAgreementKey.publicKey);
    expect(verified.selfSigning.signingKey).toEqual(a.selfSigningKey.publicKey);
  });

  it('certifies a P-256 device key (what secure enclaves and TPMs hold)', async () => {
    const a = await makeAccount();
    const device = await certifyNewDevice({
      keyStore: softwareKeyStore(),
      selfSigningKey: a.selfSigningKey,
      identityKey: a.identity.publicKey.bytes,
      displayName: 'phone',
      algorithms: ['p256'],
    });
    expect(device.certificate.signingKey.algorithm).toBe('p256');
    expect(() =>
      verifyDeviceCertificate(device.certificate.bytes, {
        identity: a.identity.uuid,
        selfSigningCertificate: a.selfSigningCertificate.bytes,
      }),
    ).not.toThrow();
  });

  it('rejects a chain rooted in another identity with UNKNOWN_ISSUER', async () => {
    const a = await makeAccount();
    const b = await makeAccount('bob');
    expectNexusErrorSync(
      () =>
        verifyDeviceCertificate(a.device.certificate.bytes, {
          identity: b.identity.uuid,
          selfSigningCertificate: b.selfSigningCertificate.bytes,
        }),
      'UNKNOWN_ISSUER',
    );
    expectNexusErrorSync(
      () =>
        verifyDeviceCertificate(a.device.certificate.bytes, {
          identity: a.identity.uuid,
          selfSigningCertificate: b.selfSigningCertificate.bytes,
        }),
      'UNKNOWN_ISSUER',
    );
    expectNexusErrorSync(
      () => verifySelfSigningCertificate(a.selfSigningCertificate.bytes, b.identity.uuid),
      'UNKNOWN_ISSUER',
    );
  });

  it('rejects a device certified by a different self-signing key of the same identity', async () => {
    const a = await makeAccount();
    const rogue = SigningKeyPair.generate();
    const cert = await issueDeviceCertificate({
      issuer: rogue,
      identityKey: a.identity.publicKey.bytes,
      displayName: 'rogue',
      signingKey: rogue.publicKey,
      keyAgreementKey: KeyAgreementKeyPair.generate().publicKey,
    });
    expectNexusErrorSync(
      () =>
        verifyDeviceCertificate(cert.bytes, {
          identity: a.identity.uuid,
          selfSigningCertificate: a.selfSigningCertificate.bytes,
        }),
      'UNKNOWN_ISSUER',
    );
  });

  it('rejects a flipped signature bit with BAD_SIGNATURE and a flipped body bit with BAD_SIGNATURE or MALFORMED', async () => {
    const a = await makeAccount();
    const signed = signedMessageCodec.decode(a.device.certificate.bytes);
    const badSig = signed.signature.slice();
    badSig[5] = badSig[5]! ^ 0x01;
    const tampered = signedMessageCodec.encode({ body: signed.body, signature: badSig });
    expectNexusErrorSync(
      () =>
        verifyDeviceCertificate(tampered, {
          identity: a.identity.uuid,
          selfSigningCertificate: a.selfSigningCertificate.bytes,
        }),
      'BAD_SIGNATURE',
    );
    // Change the display name inside the body: still well-formed, signature no longer matches.
    const body = signed.body.slice();
    const at = Buffer.from(body).indexOf(Buffer.from('alice'));
    body[at] = 'A'.charCodeAt(0);
    const renamed = signedMessageCodec.encode({ body, signature: signed.signature });
    expect(decodeDeviceCertificate(renamed).displayName).toBe("Alice's laptop");
    expectNexusErrorSync(
      () =>
        verifyDeviceCertificate(renamed, {
          identity: a.identity.uuid,
          selfSigningCertificate: a.selfSigningCertificate.bytes,
        }),
      'BAD_SIGNATURE',
    );
  });

  it('enforces expiry of device and self-signing certificates', async () => {
    const a = await makeAccount();
    const now = Date.now();
    const cert = await issueDeviceCertificate({
      issuer: a.selfSigningKey,
      identityKey: a.identity.publicKey.bytes,
      displayName: 'temp',
      signingKey: a.selfSigningKey.publicKey,
      keyAgreementKey: KeyAgreementKeyPair.generate().publicKey,
      createdAt: now - 1000,
      expiresAt: now + 1000,
    });
    const opts = {
      identity: a.identity.uuid,
      selfSigningCertificate: a.selfSigningCertificate.bytes,
    };
    expect(() => verifyDeviceCertificate(cert.bytes, { ...opts, now })).not.toThrow();
    expectNexusErrorSync(
      () => verifyDeviceCertificate(cert.bytes, { ...opts, now: now + 1000 }),
      'EXPIRED',
    );

    const ssk = await issueSelfSigningCertificate({
      identity: a.identity,
      signingKey: a.selfSigningKey.publicKey,
      createdAt: now - 10,
      expiresAt: now + 10,
    });
    expectNexusErrorSync(
      () => verifySelfSigningCertificate(ssk.bytes, a.identity.uuid, { now: now + 10 }),
      'EXPIRED',
    );
    expectNexusErrorSync(
      () =>
        verifyDeviceCertificate(a.device.certificate.bytes, {
          identity: a.identity.uuid,
          selfSigningCertificate: ssk.bytes,
          now: now + 20,
        }),
      'EXPIRED',
    );
  });

  it('refuses to issue certificates with out-of-range fields', async () => {
    const a = await makeAccount();
    const base = {
      issuer: a.selfSigningKey,
      identityKey: a.identity.publicKey.bytes,
      signingKey: a.selfSigningKey.publicKey,
      keyAgreementKey: KeyAgreementKeyPair.generate().publicKey,
    };
    await expect(
      issueDeviceCertificate({ ...base, displayName: 'x'.repeat(65) }),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(
      issueDeviceCertificate({ ...base, displayName: 'ok', deviceId: new Uint8Array(3) }),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(
      issueDeviceCertificate({ ...base, displayName: 'ok', createdAt: 10, expiresAt: 5 }),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });
});

describe('revocation', () => {
  it('a revoked device stops verifying; others keep verifying', async () => {
    const a = await makeAccount();
    const second = await certifyNewDevice({
      keyStore: a.keyStore,
      selfSigningKey: a.selfSigningKey,
      identityKey: a.identity.publicKey.bytes,
      displayName: 'phone',
    });
    const list = await issueRevocationList({
      issuer: a.selfSigningKey,
      identityKey: a.identity.publicKey.bytes,
      revoke: [{ deviceId: a.device.certificate.deviceId, reason: 'lost' }],
    });
    const opts = {
      identity: a.identity.uuid,
      selfSigningCertificate: a.selfSigningCertificate.bytes,
      revocationList: list.bytes,
    };
    expectNexusErrorSync(
      () => verifyDeviceCertificate(a.device.certificate.bytes, opts),
      'REVOKED',
    );
    expect(() => verifyDeviceCertificate(second.certificate.bytes, opts)).not.toThrow();
    expect(verifyRevocationList(list.bytes, opts).devices[0]!.reason).toBe('lost');
  });

  it('accepts lists signed by the identity key itself', async () => {
    const a = await makeAccount();
    const list = await issueRevocationList({
      issuer: a.identity,
      identityKey: a.identity.publicKey.bytes,
      revoke: [{ deviceId: a.device.certificate.deviceId }],
    });
    expect(verifyRevocationList(list.bytes, { identity: a.identity.uuid }).serial).toBe(1);
  });

  it('rejects lists from strangers and forged lists', async () => {
    const a = await makeAccount();
    const b = await makeAccount('bob');
    const forged = await issueRevocationList({
      issuer: b.selfSigningKey,
      identityKey: a.identity.publicKey.bytes,
      revoke: [{ deviceId: a.device.certificate.deviceId }],
    });
    expectNexusErrorSync(
      () =>
        verifyRevocationList(forged.bytes, {
          identity: a.identity.uuid,
          selfSigningCertificate: a.selfSigningCertificate.bytes,
        }),
      'UNKNOWN_ISSUER',
    );
    const signed = signedMessageCodec.decode(forged.bytes);
    const own = await issueRevocationList({
      issuer: a.selfSigningKey,
      identityKey: a.identity.publicKey.bytes,
      revoke: [],
    });
    const swapped = signedMessageCodec.encode({
      body: signedMessageCodec.decode(own.bytes).body,
      signature: signed.signature,
    });
    expectNexusErrorSync(
      () =>
        verifyRevocationList(swapped, {
          identity: a.identity.uuid,
          selfSigningCertificate: a.selfSigningCertificate.bytes,
        }),
      'BAD_SIGNATURE',
    );
  });

  it('is cumulative and monotonic: an older list never overrides a newer one', async () => {
    const a = await makeAccount();
    const d1 = new Uint8Array(16).fill(1);
    const d2 = new Uint8Array(16).fill(2);
    const base = { issuer: a.selfSigningKey, identityKey: a.identity.publicKey.bytes };
    const v1 = await issueRevocationList({ ...base, revoke: [{ deviceId: d2 }] });
    const v2 = await issueRevocationList({ ...base, previous: v1, revoke: [{ deviceId: d1 }] });
    expect(v2.serial).toBe(2);
    expect(v2.devices.map((d) => d.deviceId[0])).toEqual([1, 2]);
    expect(acceptRevocationList(null, v1)).toBe(v1);
    expect(acceptRevocationList(v1, v2)).toBe(v2);
    expect(acceptRevocationList(v2, v2)).toBe(v2);
    expectNexusErrorSync(() => acceptRevocationList(v2, v1), 'STALE_REVOCATION_LIST');
    const fork = await issueRevocationList({
      ...base,
      previous: v1,
      revoke: [{ deviceId: new Uint8Array(16).fill(3) }],
    });
    expectNexusErrorSync(() => acceptRevocationList(v2, fork), 'STALE_REVOCATION_LIST');
    const dropping = await issueRevocationList({
      ...base,
      previous: { ...v2, devices: [] },
      revoke: [],
    });
    expectNexusErrorSync(() => acceptRevocationList(v2, dropping), 'STALE_REVOCATION_LIST');
  });

  it("after an SSK is retired, its lists give way only to the same identity's lists", async () => {
    const a = await makeAccount('alice');
    const mallory = await makeAccount('mallory');
    const old = await issueRevocationList({
      issuer: a.selfSigningKey,
      identityKey: a.identity.publicKey.bytes,
      revoke: [{ deviceId: new Uint8Array(16).fill(1) }],
    });
    // Alice retires her SSK: her held list was signed by an SSK that is no longer current.
    const successor = SigningKeyPair.generate();
    const current = await issueSelfSigningCertificate({
      identity: a.identity,
      signingKey: successor.publicKey,
    });
    const fresh = await issueRevocationList({
      issuer: successor,
      identityKey: a.identity.publicKey.bytes,
      revoke: [],
    });
    expect(acceptRevocationList(old, fresh, { selfSigningCertificate: current })).toBe(fresh);
    // Another identity's list (verified against its own certificates) never replaces hers.
    const foreign = await issueRevocationList({
      issuer: mallory.selfSigningKey,
      identityKey: mallory.identity.publicKey.bytes,
      revoke: [],
    });
    expectNexusErrorSync(
      () => acceptRevocationList(old, foreign, { selfSigningCertificate: current }),
      'UNKNOWN_ISSUER',
    );
  });
});

describe('size limits (spec/wire.md)', () => {
  it('a revocation list holds 2048 devices; the 2049th is refused without breaking the list', async () => {
    const a = await makeAccount();
    const ids = Array.from({ length: 2048 }, (_, i) => {
      const id = new Uint8Array(16);
      new DataView(id.buffer).setUint32(0, i + 1);
      return { deviceId: id, reason: 'lost' as const };
    });
    const full = await issueRevocationList({
      issuer: a.selfSigningKey,
      identityKey: a.identity.publicKey.bytes,
      revoke: ids,
    });
    const verified = verifyRevocationList(full.bytes, {
      identity: a.identity.uuid,
      selfSigningCertificate: a.selfSigningCertificate.bytes,
    });
    expect(verified.devices).toHaveLength(2048);
    await expect(
      issueRevocationList({
        issuer: a.selfSigningKey,
        identityKey: a.identity.publicKey.bytes,
        previous: full,
        revoke: [{ deviceId: new Uint8Array(16).fill(0xee) }],
      }),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });
});
