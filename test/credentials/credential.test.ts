// Verified credentials (spec/directory.md §6.5): SD-JWT VCs issued with an
// Ed25519 issuer key, bound to a device key (Ed25519 or P-256), presented
// with a key-binding JWT disclosing only the claims chosen, and verified
// offline. Every way a holder, a thief or a replaying verifier could bend
// one is refused with a typed error.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createDevice,
  issueCredential,
  issuerJwk,
  memoryStorage,
  NexusError,
  presentCredential,
  SigningKeyPair,
  verifyCredentialPresentation,
} from '../../src/index.js';
import type { LocalDevice, TrustedIssuer } from '../../src/index.js';
import { softwareKeyStore } from '../../src/keystores/software.js';

const ISSUER = 'https://directory.example';
const VERIFIER = 'https://chat.example';
const NOW = Date.UTC(2026, 11, 6, 12);
const clock = { now: () => NOW };

async function refused(p: Promise<unknown>): Promise<NexusError> {
  try {
    await p;
  } catch (err) {
    if (NexusError.is(err)) return err;
    throw err;
  }
  throw new Error('accepted');
}

describe('SD-JWT VC credentials', () => {
  const issuer = SigningKeyPair.generate();
  const trusted: TrustedIssuer[] = [{ issuer: ISSUER, keys: [issuerJwk(issuer.publicKey.bytes)] }];
  let alice: LocalDevice;
  let credential = '';

  beforeAll(async () => {
    alice = (await createDevice({ storage: memoryStorage(), displayName: 'alice' })).device;
    credential = await issueCredential({
      issuer,
      issuerUrl: ISSUER,
      subject: alice.uuid,
      holderKey: alice.signer.publicKey,
      claims: { verified: true, age_over_18: true, country: 'DE' },
      lifetimeS: 30 * 86_400,
      clock,
    });
  });

  const present = (
    disclose: ('verified' | 'age_over_18' | 'country')[],
    o: { nonce?: string; audience?: string; at?: number } = {},
  ) =>
    presentCredential({
      credential,
      device: alice,
      disclose,
      audience: o.audience ?? VERIFIER,
      nonce: o.nonce ?? 'n-1',
      clock: { now: () => o.at ?? NOW },
    });
  const verify = (
    presentation: string,
    o: Partial<Parameters<typeof verifyCredentialPresentation>[1]> = {},
  ) =>
    verifyCredentialPresentation(presentation, {
      issuers: trusted,
      audience: VERIFIER,
      nonce: 'n-1',
      now: NOW,
      ...o,
    });

  it('reveals only the claims the holder discloses, bound to the identity and device', async () => {
    const p = await present(['age_over_18']);
    const v = await verify(p, { require: { age_over_18: true } });
    expect(v).toMatchObject({ uuid: alice.uuid, issuer: ISSUER, claims: { age_over_18: true } });
    expect(v.claims).not.toHaveProperty('country');
    expect(v.claims).not.toHaveProperty('verified');
    expect(v.deviceKey).toEqual(alice.signer.publicKey);
    // The hidden claims are not in the presentation at all: only their salted digests are.
    const disclosures = p.split('~').slice(1, -1);
    expect(disclosures).toHaveLength(1);
    expect(Buffer.from(disclosures[0]!, 'base64url').toString()).toContain('age_over_18');
    const signedPayload = JSON.parse(
      Buffer.from(p.split('.')[1]!, 'base64url').toString(),
    ) as Record<string, unknown>;
    expect(signedPayload).not.toHaveProperty('country');
    expect(signedPayload).not.toHaveProperty('age_over_18');
    expect(signedPayload._sd).toHaveLength(3);
    expect(signedPayload).toMatchObject({ sub: alice.uuid, iss: ISSUER });
    // A required claim the holder hid is refused; a country in a set passes.
    expect((await refused(verify(p, { require: { verified: true } }))).code).toBe('NOT_PERMITTED');
    const withCountry = await present(['verified', 'country'], { nonce: 'n-1' });
    expect((await verify(withCountry, { countries: ['DE', 'FR'] })).claims).toEqual({
      verified: true,
      country: 'DE',
    });
    expect((await refused(verify(withCountry, { countries: ['FR'] }))).code).toBe('NOT_PERMITTED');
  });

  it('refuses another audience, another nonce, an old key binding, an expired credential', async () => {
    const p = await present(['verified']);
    expect((await refused(verify(p, { audience: 'https://elsewhere.example' }))).code).toBe(
      'NOT_PERMITTED',
    );
    expect((await refused(verify(p, { nonce: 'n-2' }))).code).toBe('NOT_PERMITTED');
    expect((await refused(verify(p, { now: NOW + 10 * 60_000 }))).code).toBe('EXPIRED');
    const late = await present(['verified'], { at: NOW + 31 * 86_400_000 });
    expect((await refused(verify(late, { now: NOW + 31 * 86_400_000 }))).code).toBe('EXPIRED');
  });

  it('refuses an untrusted issuer, a forged issuer signature, an altered or added disclosure, no key binding', async () => {
    const p = await present(['age_over_18']);
    const other = SigningKeyPair.generate();
    expect(
      (
        await refused(
          verify(p, { issuers: [{ issuer: ISSUER, keys: [issuerJwk(other.publicKey.bytes)] }] }),
        )
      ).code,
    ).toBe('UNKNOWN_ISSUER');
    expect((await refused(verify(p, { issuers: [] }))).code).toBe('UNKNOWN_ISSUER');
    // The same claims signed by a stranger under the issuer's kid.
    const forged = await issueCredential({
      issuer: other,
      issuerUrl: ISSUER,
      subject: alice.uuid,
      holderKey: alice.signer.publicKey,
      claims: { verified: true, age_over_18: true },
      lifetimeS: 86_400,
      clock,
    });
    const [jwt, ...rest] = forged.split('~');
    const [h, body, sig] = jwt!.split('.');
    const header = JSON.parse(Buffer.from(h!, 'base64url').toString()) as Record<string, unknown>;
    header.kid = issuerJwk(issuer.publicKey.bytes).kid;
    const relabelled = [Buffer.from(JSON.stringify(header)).toString('base64url'), body, sig].join(
      '.',
    );
    const forgedPresentation = await presentCredential({
      credential: [relabelled, ...rest].join('~'),
      device: alice,
      disclose: ['age_over_18'],
      audience: VERIFIER,
      nonce: 'n-1',
      clock,
    });
    expect((await refused(verify(forgedPresentation))).code).toBe('BAD_SIGNATURE');
    // A disclosure made up by the holder ("age_over_18": true, with a fresh salt) has no digest in the credential.
    const made = Buffer.from(
      JSON.stringify(['c2FsdHNhbHRzYWx0c2FsdA', 'age_over_18', true]),
    ).toString('base64url');
    const parts = p.split('~');
    const swapped = [parts[0], made, parts.at(-1)].join('~');
    expect((await refused(verify(swapped))).code).toMatch(/BAD_SIGNATURE|MALFORMED/);
    // Without the key-binding JWT: not a presentation.
    const bare = `${parts.slice(0, -1).join('~')}~`;
    expect((await refused(verify(bare))).code).toBe('NOT_PERMITTED');
    expect((await refused(verify('not an sd-jwt'))).code).toBe('MALFORMED');
  });

  it('is presented only by the device it is bound to; a P-256 device key works too', async () => {
    const bob = (await createDevice({ storage: memoryStorage(), displayName: 'bob' })).device;
    expect(
      (
        await refused(
          presentCredential({
            credential,
            device: bob,
            disclose: ['verified'],
            audience: VERIFIER,
            nonce: 'n-1',
          }),
        )
      ).code,
    ).toBe('NOT_PERMITTED');
    // Bob signs a key binding for Alice's credential anyway (a thief with the credential, not the key).
    const store = softwareKeyStore();
    const key = await store.createKey({ algorithms: ['p256'] });
    const p256Signer = { publicKey: key.publicKey, sign: (m: Uint8Array) => store.sign(key.id, m) };
    const p256Credential = await issueCredential({
      issuer,
      issuerUrl: ISSUER,
      subject: alice.uuid,
      holderKey: key.publicKey,
      claims: { verified: true },
      lifetimeS: 86_400,
      clock,
    });
    const p = await presentCredential({
      credential: p256Credential,
      device: { signer: p256Signer },
      disclose: ['verified'],
      audience: VERIFIER,
      nonce: 'n-1',
      clock,
    });
    expect((await verify(p)).deviceKey).toEqual(key.publicKey);
    // Its key binding, moved onto Alice's Ed25519-bound credential, does not verify.
    const stolen = `${credential.split('~').slice(0, -1).join('~')}~${p.split('~').at(-1)}`;
    expect((await refused(verify(stolen))).code).toMatch(/BAD_SIGNATURE|NOT_PERMITTED/);
  });

  it('refuses bad arguments with INVALID_ARGUMENT', async () => {
    for (const claims of [{ country: 'Germany' }, { admin: true }, { verified: 'yes' }])
      expect(
        (
          await refused(
            issueCredential({
              issuer,
              issuerUrl: ISSUER,
              subject: alice.uuid,
              holderKey: alice.signer.publicKey,
              claims: claims as never,
              lifetimeS: 600,
            }),
          )
        ).code,
      ).toBe('INVALID_ARGUMENT');
    expect(
      (
        await refused(
          issueCredential({
            issuer,
            issuerUrl: ISSUER,
            subject: 'nobody',
            holderKey: alice.signer.publicKey,
            claims: {},
            lifetimeS: 600,
          }),
        )
      ).code,
    ).toBe('INVALID_ARGUMENT');
    expect(
      (
        await refused(
          presentCredential({
            credential,
            device: alice,
            disclose: ['name' as never],
            audience: VERIFIER,
            nonce: 'n',
          }),
        )
      ).code,
    ).toBe('INVALID_ARGUMENT');
  });
});
