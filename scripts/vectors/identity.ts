/**
 * The identity conformance vectors (`test-vectors/identity/*.json`), built
 * from a seeded random source and fixed timestamps so every run produces the
 * same bytes. `npm run vectors` writes them; the test suite regenerates them
 * in memory and fails on any difference.
 */
import { create, toBinary } from '@bufbuild/protobuf';
import {
  acceptSelfSigningCertificate,
  createContactCard,
  decodeSelfSigningCertificate,
  deriveEd25519,
  entropyToMnemonic,
  exportIdentityBackup,
  Identity,
  identityFromMnemonic,
  IDENTITY_KEY_PATH,
  issueDeviceCertificate,
  issueRevocationList,
  issueSelfSigningCertificate,
  KeyAgreementKeyPair,
  mnemonicToSeed,
  safetyNumber,
  SigningKeyPair,
  softwareKeyStore,
} from '../../src/index.js';
import type { DeviceCertificate, RevocationList, Signer } from '../../src/index.js';
import { keyStoreSigner, signingInput } from '../../src/identity/signing.js';
import { detectWordlist, mnemonicEntropy, registerWordlists } from '../../src/identity/mnemonic.js';
import { WORDLISTS } from '../../src/identity/wordlists.js';
import { fromHex, toHex } from '../../src/primitives/bytes.js';
import {
  contactCardBodyCodec,
  deviceCertificateBodyCodec,
  KeyAlgorithm,
  signedMessageCodec,
} from '../../src/wire/messages.js';
import { DeviceCertificateBodySchema } from '../../src/wire/gen/nexuslink/v1/identity_pb.js';
import { PublicKeySchema } from '../../src/wire/gen/nexuslink/v1/keys_pb.js';
import { base58 } from '@scure/base';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { ed25519 } from '@noble/curves/ed25519.js';
import { seededRandom } from './rng.js';
import { withPortableProvider } from './provider.js';

// The vectors span every shipped language, detected in the spec's order (§2).
registerWordlists(WORDLISTS);

const T0 = 1_767_225_600_000; // 2026-01-01T00:00:00Z
const DAY = 86_400_000;

type Json = Record<string, unknown>;

function file(description: string, cases: Json[]): Json {
  return { description, generator: 'scripts/vectors/identity.ts', cases };
}

function flip(bytes: Uint8Array, index: number): Uint8Array {
  const out = bytes.slice();
  out[index] = out[index]! ^ 0x01;
  return out;
}

/** Re-sign a body that our encoder would refuse (to make "valid signature, invalid field" cases). */
async function signRaw(signer: Signer, label: string, body: Uint8Array): Promise<Uint8Array> {
  const input = new Uint8Array([...new TextEncoder().encode(label), 0, ...body]);
  return signedMessageCodec.encode({ body, signature: await signer.sign(input) });
}

async function account(rng: ReturnType<typeof seededRandom>, name: string) {
  const mnemonic = entropyToMnemonic(rng.randomBytes(32));
  const identity = identityFromMnemonic(mnemonic);
  const sskSeed = rng.randomBytes(32);
  const ssk = SigningKeyPair.fromSeed(sskSeed);
  const sskCert = await issueSelfSigningCertificate({
    identity,
    signingKey: ssk.publicKey,
    createdAt: T0,
  });
  const keyStore = softwareKeyStore({
    keys: [
      {
        id: `${name}-ed`,
        algorithm: 'ed25519',
        privateKey: toHex(rng.randomBytes(32)),
        extractable: false,
        label: name,
      },
      {
        id: `${name}-p256`,
        algorithm: 'p256',
        privateKey: toHex(rng.randomBytes(32)),
        extractable: false,
        label: name,
      },
    ],
  });
  const edKey = (await keyStore.getKey(`${name}-ed`))!;
  const p256Key = (await keyStore.getKey(`${name}-p256`))!;
  const deviceCert = async (
    displayName: string,
    key: typeof edKey,
    extra: { expiresAt?: number; issuer?: Signer } = {},
  ) =>
    issueDeviceCertificate({
      issuer: extra.issuer ?? ssk,
      identityKey: identity.publicKey.bytes,
      deviceId: rng.randomBytes(16),
      displayName,
      signingKey: key.publicKey,
      keyAgreementKey: KeyAgreementKeyPair.fromSecret(rng.randomBytes(32)).publicKey,
      createdAt: T0 + 1000,
      ...(extra.expiresAt === undefined ? {} : { expiresAt: extra.expiresAt }),
    });
  return { mnemonic, identity, ssk, sskSeed, sskCert, keyStore, edKey, p256Key, deviceCert };
}

function deviceResult(cert: DeviceCertificate): Json {
  return {
    device_id: toHex(cert.deviceId),
    display_name: cert.displayName,
    signing_key: { algorithm: cert.signingKey.algorithm, key: toHex(cert.signingKey.bytes) },
    key_agreement_key: toHex(cert.keyAgreementKey),
  };
}

function listResult(list: RevocationList): Json {
  return {
    serial: list.serial,
    issuer: { algorithm: list.issuerKey.algorithm, key: toHex(list.issuerKey.bytes) },
    devices: list.devices.map((d) => ({
      device_id: toHex(d.deviceId),
      revoked_at_ms: d.revokedAt,
      reason: d.reason,
    })),
  };
}

/** Every identity vector file, keyed by file name. */
export async function identityVectors(): Promise<Record<string, Json>> {
  return withPortableProvider(generateIdentityVectors);
}

async function generateIdentityVectors(): Promise<Record<string, Json>> {
  const rng = seededRandom('nexuslink identity vectors v1');
  const alice = await account(rng, 'alice');
  const bob = await account(rng, 'bob');

  // --- UUIDs -------------------------------------------------------------
  const uuidCases: Json[] = [];
  for (let i = 0; i < 4; i++) {
    const id = Identity.fromSeed(rng.randomBytes(32));
    uuidCases.push({
      description: `valid UUID ${i + 1}`,
      public_key: toHex(id.publicKey.bytes),
      uuid: id.uuid,
    });
  }
  const u = alice.identity.uuid;
  const sub = (at: number) => u.slice(0, at) + (u[at] === '2' ? '3' : '2') + u.slice(at + 1);
  const raw = base58.decode(u);
  const v2 = raw.slice();
  v2[0] = 2;
  const badPoint = new Uint8Array(37);
  badPoint[0] = 1;
  badPoint.set(new Uint8Array(32).fill(0xff), 1);
  uuidCases.push(
    { description: 'one character mistyped (first)', uuid: sub(0), error: 'INVALID_UUID' },
    { description: 'one character mistyped (middle)', uuid: sub(20), error: 'INVALID_UUID' },
    {
      description: 'one character mistyped (last)',
      uuid: sub(u.length - 1),
      error: 'INVALID_UUID',
    },
    {
      description: 'two adjacent characters swapped',
      uuid: u.slice(0, 10) + u[11] + u[10] + u.slice(12),
      error: 'INVALID_UUID',
    },
    { description: 'truncated', uuid: u.slice(0, -1), error: 'INVALID_UUID' },
    { description: 'extended', uuid: u + '1', error: 'INVALID_UUID' },
    { description: 'character outside Base58 (0)', uuid: '0' + u.slice(1), error: 'INVALID_UUID' },
    { description: 'version 2', uuid: base58.encode(v2), error: 'INVALID_UUID' },
    {
      description: 'checksum valid but key not an Ed25519 point',
      uuid: (() => {
        // Compute the checksum for the bogus key so only the point check fails.
        const body = badPoint.subarray(0, 33);
        const sum = sha256(
          new Uint8Array([...new TextEncoder().encode('NexusLink UUID'), ...body]),
        ).subarray(0, 4);
        return base58.encode(new Uint8Array([...body, ...sum]));
      })(),
      error: 'INVALID_UUID',
    },
    { description: 'empty', uuid: '', error: 'INVALID_UUID' },
    {
      description: 'surrounded by white space: trimmed, then parsed',
      uuid: ` ${uuidCases[0]!.uuid as string}\n`,
      public_key: uuidCases[0]!.public_key,
    },
    // Keys with a valid checksum that no signature verifies under (spec/identity.md §3).
    ...(
      [
        ['the identity point (y = 1)', SMALL_ORDER.identity],
        ['a key of order 2 (y = −1)', SMALL_ORDER.order2],
        ['a key of order 4 (y = 0)', SMALL_ORDER.order4],
        ['a key of order 4 (y = 0, sign bit set)', SMALL_ORDER.order4Negated],
        ['a key of order 8', SMALL_ORDER.order8],
      ] as const
    ).map(([what, key]) => ({
      description: `checksum valid, ${what}: a small-order key`,
      uuid: uuidOfAnyKey(fromHex(key)),
      error: 'INVALID_UUID',
    })),
  );

  // --- mnemonics ---------------------------------------------------------
  const mnemonicCases: Json[] = [];
  for (const [words, passphrase] of [
    [24, ''],
    [24, 'NexusLink'],
    [12, ''],
    [12, 'päss phrase'],
  ] as const) {
    const mnemonic = entropyToMnemonic(rng.randomBytes(words === 24 ? 32 : 16));
    const seed = mnemonicToSeed(mnemonic, passphrase);
    const identity = identityFromMnemonic(mnemonic, passphrase);
    mnemonicCases.push({
      description: `${words} words, passphrase ${passphrase ? JSON.stringify(passphrase) : 'empty'}`,
      mnemonic,
      passphrase,
      seed: toHex(seed),
      path: IDENTITY_KEY_PATH,
      identity_seed: toHex(identity.exportSeed()),
      identity_public_key: toHex(identity.publicKey.bytes),
      uuid: identity.uuid,
      ...mnemonicLanguage(mnemonic),
    });
  }
  const words = alice.mnemonic.split(' ');
  mnemonicCases.push(
    {
      description: 'last word changed (bad checksum)',
      mnemonic: [...words.slice(0, -1), words.at(-1) === 'zoo' ? 'wrong' : 'zoo'].join(' '),
      passphrase: '',
      error: 'INVALID_MNEMONIC',
    },
    {
      description: 'word not in any wordlist',
      mnemonic: [...words.slice(0, -1), 'nexuslink'].join(' '),
      passphrase: '',
      error: 'INVALID_MNEMONIC',
    },
    {
      description: '23 words',
      mnemonic: words.slice(0, -1).join(' '),
      passphrase: '',
      error: 'INVALID_MNEMONIC',
    },
    ...twoListMnemonics(),
  );

  // --- certificates ------------------------------------------------------
  const edDevice = await alice.deviceCert('Alice laptop', alice.edKey);
  const p256Device = await alice.deviceCert('Alice phone (secure enclave)', alice.p256Key);
  const expiring = await alice.deviceCert('Alice tablet', alice.edKey, {
    expiresAt: T0 + 30 * DAY,
  });
  const rogueSsk = SigningKeyPair.fromSeed(rng.randomBytes(32));
  const rogue = await alice.deviceCert('rogue', alice.edKey, { issuer: rogueSsk });
  const sskExpiring = await issueSelfSigningCertificate({
    identity: alice.identity,
    signingKey: alice.ssk.publicKey,
    createdAt: T0,
    expiresAt: T0 + 10 * DAY,
  });
  const aliceList = await issueRevocationList({
    issuer: alice.ssk,
    identityKey: alice.identity.publicKey.bytes,
    revoke: [{ deviceId: p256Device.deviceId, reason: 'lost', revokedAt: T0 + 2 * DAY }],
    issuedAt: T0 + 2 * DAY,
  });
  // A well-formed body with version 2, validly signed: must still be refused.
  const v2Body = toBinary(
    DeviceCertificateBodySchema,
    create(DeviceCertificateBodySchema, {
      ...deviceCertificateBodyCodec.decode(signedMessageCodec.decode(edDevice.bytes).body),
      version: 2,
    }),
  );
  const v2Cert = await signRaw(alice.ssk, 'nexuslink/v1/device-certificate', v2Body);
  const sig = signedMessageCodec.decode(edDevice.bytes);
  const base = {
    identity: u,
    self_signing_certificate: toHex(alice.sskCert.bytes),
    revocation_list: null,
    now: T0 + DAY,
  };
  const certCases: Json[] = [
    {
      description: 'Ed25519 device, full chain',
      ...base,
      device_certificate: toHex(edDevice.bytes),
      result: deviceResult(edDevice),
    },
    {
      description: 'P-256 device (hardware key), full chain',
      ...base,
      device_certificate: toHex(p256Device.bytes),
      result: deviceResult(p256Device),
    },
    {
      description: 'device certificate before its expiry',
      ...base,
      device_certificate: toHex(expiring.bytes),
      now: T0 + 30 * DAY - 1,
      result: deviceResult(expiring),
    },
    {
      description: 'device certificate at its expiry',
      ...base,
      device_certificate: toHex(expiring.bytes),
      now: T0 + 30 * DAY,
      error: 'EXPIRED',
    },
    {
      description: 'self-signing certificate expired',
      ...base,
      self_signing_certificate: toHex(sskExpiring.bytes),
      device_certificate: toHex(edDevice.bytes),
      now: T0 + 10 * DAY,
      error: 'EXPIRED',
    },
    {
      description: 'revoked device',
      ...base,
      revocation_list: toHex(aliceList.bytes),
      now: T0 + 3 * DAY,
      device_certificate: toHex(p256Device.bytes),
      error: 'REVOKED',
    },
    {
      description: 'unrevoked device with a revocation list',
      ...base,
      revocation_list: toHex(aliceList.bytes),
      now: T0 + 3 * DAY,
      device_certificate: toHex(edDevice.bytes),
      result: deviceResult(edDevice),
    },
    {
      description: 'verified against another identity',
      ...base,
      identity: bob.identity.uuid,
      device_certificate: toHex(edDevice.bytes),
      error: 'UNKNOWN_ISSUER',
    },
    {
      description: "another identity's self-signing certificate",
      ...base,
      self_signing_certificate: toHex(bob.sskCert.bytes),
      device_certificate: toHex(edDevice.bytes),
      error: 'UNKNOWN_ISSUER',
    },
    {
      description: 'issued by a self-signing key the identity never certified',
      ...base,
      device_certificate: toHex(rogue.bytes),
      error: 'UNKNOWN_ISSUER',
    },
    {
      description: 'signature bit flipped',
      ...base,
      device_certificate: toHex(
        signedMessageCodec.encode({ body: sig.body, signature: flip(sig.signature, 0) }),
      ),
      error: 'BAD_SIGNATURE',
    },
    {
      description:
        'signature with a small-order R (the identity point) where the cofactorless equation holds: forged with the self-signing secret scalar, refused (spec/identity.md §1)',
      ...base,
      device_certificate: toHex(
        signedMessageCodec.encode({
          body: sig.body,
          signature: smallOrderRSignature(
            alice.sskSeed,
            alice.ssk.publicKey.bytes,
            signingInput('nexuslink/v1/device-certificate', sig.body),
          ),
        }),
      ),
      error: 'BAD_SIGNATURE',
    },
    {
      description: 'body byte changed (display name)',
      ...base,
      device_certificate: toHex(
        signedMessageCodec.encode({
          body: flip(sig.body, Buffer.from(sig.body).indexOf('Alice laptop')),
          signature: sig.signature,
        }),
      ),
      error: 'BAD_SIGNATURE',
    },
    {
      description: 'trailing byte after the certificate',
      ...base,
      device_certificate: toHex(new Uint8Array([...edDevice.bytes, 0])),
      error: 'MALFORMED',
    },
    {
      description: 'truncated certificate',
      ...base,
      device_certificate: toHex(edDevice.bytes.subarray(0, edDevice.bytes.length - 1)),
      error: 'MALFORMED',
    },
    {
      description: 'format version 2, validly signed',
      ...base,
      device_certificate: toHex(v2Cert),
      error: 'MALFORMED',
    },
  ];

  // Field rules, keys and the order of checks (issue 15): their own random stream, so the
  // cases above keep their bytes.
  const checksRng = seededRandom('nexuslink identity vectors v1 checks');
  const edBody = deviceCertificateBodyCodec.decode(sig.body);
  /** A device certificate body changed as `change` says, signed by Alice's SSK. */
  const resigned = (change: Partial<typeof edBody>) =>
    signRaw(
      alice.ssk,
      'nexuslink/v1/device-certificate',
      toBinary(
        DeviceCertificateBodySchema,
        create(DeviceCertificateBodySchema, { ...edBody, ...change }),
      ),
    );
  const laterDeviceId = checksRng.randomBytes(16);
  const createdLater = await resigned({
    deviceId: laterDeviceId,
    displayName: 'Alice desktop',
    createdAtMs: BigInt(T0 + 365 * DAY),
  });
  const expiredFlipped = signedMessageCodec.decode(expiring.bytes);
  certCases.push(
    {
      description:
        'created a year after the verification time: created_at_ms is not compared with now, so it verifies',
      ...base,
      device_certificate: toHex(createdLater),
      result: {
        ...deviceResult(edDevice),
        device_id: toHex(laterDeviceId),
        display_name: 'Alice desktop',
      },
    },
    {
      description: 'expires_at_ms equal to created_at_ms, validly signed (must be later)',
      ...base,
      device_certificate: toHex(await resigned({ expiresAtMs: edBody.createdAtMs })),
      error: 'MALFORMED',
    },
    {
      description:
        'expires_at_ms one millisecond after created_at_ms, validly signed: accepted until then',
      ...base,
      now: Number(edBody.createdAtMs),
      device_certificate: toHex(await resigned({ expiresAtMs: edBody.createdAtMs + 1n })),
      result: deviceResult(edDevice),
    },
    {
      description: 'a signing key of small order (order 4), validly signed: not a valid key',
      ...base,
      device_certificate: toHex(
        await resigned({
          signingKey: create(PublicKeySchema, {
            algorithm: KeyAlgorithm.ED25519,
            key: fromHex(SMALL_ORDER.order4),
          }),
        }),
      ),
      error: 'MALFORMED',
    },
    {
      description: 'a P-256 signing key that is not on the curve, validly signed: not a valid key',
      ...base,
      device_certificate: toHex(
        await resigned({
          // x = 2^256 − 1, above the field prime: no point.
          signingKey: create(PublicKeySchema, {
            algorithm: KeyAlgorithm.ECDSA_P256,
            key: Uint8Array.of(0x02, ...new Uint8Array(32).fill(0xff)),
          }),
        }),
      ),
      error: 'MALFORMED',
    },
    {
      description:
        'two faults: the device certificate is expired and its signature altered (the signature is checked before the expiry)',
      ...base,
      now: T0 + 30 * DAY,
      device_certificate: toHex(
        signedMessageCodec.encode({
          body: expiredFlipped.body,
          signature: flip(expiredFlipped.signature, 5),
        }),
      ),
      error: 'BAD_SIGNATURE',
    },
    {
      description:
        'two faults: the self-signing certificate is expired and the device certificate was issued by a key it does not certify (step 1 comes before step 2)',
      ...base,
      self_signing_certificate: toHex(sskExpiring.bytes),
      device_certificate: toHex(rogue.bytes),
      now: T0 + 10 * DAY,
      error: 'EXPIRED',
    },
    {
      description:
        'two faults: a trailing byte after a certificate whose signature is altered (decoding comes first)',
      ...base,
      device_certificate: toHex(
        new Uint8Array([
          ...signedMessageCodec.encode({ body: sig.body, signature: flip(sig.signature, 0) }),
          0,
        ]),
      ),
      error: 'MALFORMED',
    },
  );

  // --- revocation lists --------------------------------------------------
  const d = (n: number) => new Uint8Array(16).fill(n);
  const rl = { issuer: alice.ssk, identityKey: alice.identity.publicKey.bytes };
  const l1 = await issueRevocationList({
    ...rl,
    revoke: [{ deviceId: d(2), reason: 'lost', revokedAt: T0 }],
    issuedAt: T0,
  });
  const l2 = await issueRevocationList({
    ...rl,
    previous: l1,
    revoke: [{ deviceId: d(1), reason: 'compromised', revokedAt: T0 + DAY }],
    issuedAt: T0 + DAY,
  });
  const l2fork = await issueRevocationList({
    ...rl,
    previous: l1,
    revoke: [{ deviceId: d(3), reason: 'retired', revokedAt: T0 + DAY }],
    issuedAt: T0 + DAY,
  });
  const l3drop = await issueRevocationList({
    ...rl,
    previous: { ...l2, devices: l2.devices.slice(1) },
    revoke: [],
    issuedAt: T0 + 2 * DAY,
  });
  const byIk = await issueRevocationList({
    issuer: alice.identity,
    identityKey: alice.identity.publicKey.bytes,
    revoke: [{ deviceId: d(9), revokedAt: T0 }],
    issuedAt: T0,
  });
  const forged = await issueRevocationList({
    issuer: bob.ssk,
    identityKey: alice.identity.publicKey.bytes,
    revoke: [{ deviceId: d(7), revokedAt: T0 }],
    issuedAt: T0,
  });
  const lsig = signedMessageCodec.decode(l2.bytes);
  const rbase = {
    identity: u,
    self_signing_certificate: toHex(alice.sskCert.bytes),
    now: T0 + 3 * DAY,
  };
  const revocationCases: Json[] = [
    {
      description: 'serial 1, one device, signed by the SSK',
      ...rbase,
      revocation_list: toHex(l1.bytes),
      result: listResult(l1),
    },
    {
      description: 'serial 2, cumulative, sorted',
      ...rbase,
      revocation_list: toHex(l2.bytes),
      result: listResult(l2),
    },
    {
      description: 'signed by the identity key',
      ...rbase,
      revocation_list: toHex(byIk.bytes),
      result: listResult(byIk),
    },
    {
      description: "signed by another identity's SSK",
      ...rbase,
      revocation_list: toHex(forged.bytes),
      error: 'UNKNOWN_ISSUER',
    },
    {
      description: 'signature bit flipped',
      ...rbase,
      revocation_list: toHex(
        signedMessageCodec.encode({ body: lsig.body, signature: flip(lsig.signature, 63) }),
      ),
      error: 'BAD_SIGNATURE',
    },
    {
      description: 'trailing garbage',
      ...rbase,
      revocation_list: toHex(new Uint8Array([...l2.bytes, 0x00])),
      error: 'MALFORMED',
    },
  ];
  const bobList = await issueRevocationList({
    issuer: bob.ssk,
    identityKey: bob.identity.publicKey.bytes,
    revoke: [{ deviceId: d(4), revokedAt: T0 }],
    issuedAt: T0,
  });
  const bobSig = signedMessageCodec.decode(bobList.bytes);
  const l1sig = signedMessageCodec.decode(l1.bytes);
  revocationCases.push(
    {
      description:
        'signed by the self-signing key, whose certificate has expired at now: the issuer is not valid',
      ...rbase,
      self_signing_certificate: toHex(sskExpiring.bytes),
      revocation_list: toHex(l1.bytes),
      now: T0 + 10 * DAY,
      error: 'EXPIRED',
    },
    {
      description:
        "two faults: another identity's list with its signature altered (identity_key is compared first)",
      ...rbase,
      revocation_list: toHex(
        signedMessageCodec.encode({ body: bobSig.body, signature: flip(bobSig.signature, 1) }),
      ),
      error: 'UNKNOWN_ISSUER',
    },
    {
      description:
        "two faults: the signature altered, and the self-signing certificate that certifies the issuer expired (the issuer's certificate is checked before the list's signature)",
      ...rbase,
      self_signing_certificate: toHex(sskExpiring.bytes),
      revocation_list: toHex(
        signedMessageCodec.encode({ body: l1sig.body, signature: flip(l1sig.signature, 2) }),
      ),
      now: T0 + 10 * DAY,
      error: 'EXPIRED',
    },
  );
  const acceptCases: Json[] = [
    {
      description: 'no list held: accept',
      current: null,
      incoming: toHex(l1.bytes),
      result: 'incoming',
    },
    {
      description: 'newer serial: replace',
      current: toHex(l1.bytes),
      incoming: toHex(l2.bytes),
      result: 'incoming',
    },
    {
      description: 'same list again: keep',
      current: toHex(l2.bytes),
      incoming: toHex(l2.bytes),
      result: 'current',
    },
    {
      description: 'older serial never overrides a newer one',
      current: toHex(l2.bytes),
      incoming: toHex(l1.bytes),
      error: 'STALE_REVOCATION_LIST',
    },
    {
      description: 'same serial, different content (equivocation)',
      current: toHex(l2.bytes),
      incoming: toHex(l2fork.bytes),
      error: 'STALE_REVOCATION_LIST',
    },
    {
      description: 'newer serial that drops a revoked device',
      current: toHex(l2.bytes),
      incoming: toHex(l3drop.bytes),
      error: 'STALE_REVOCATION_LIST',
    },
  ];

  // --- safety numbers ----------------------------------------------------
  const safetyCases: Json[] = [];
  const ids = [alice.identity, bob.identity, Identity.fromSeed(rng.randomBytes(32))];
  for (const [a, b] of [
    [0, 1],
    [1, 0],
    [0, 2],
    [2, 2],
  ] as const) {
    const n = safetyNumber(ids[a]!.uuid, ids[b]!.uuid);
    safetyCases.push({
      description: `identities ${a} and ${b}`,
      a: ids[a]!.uuid,
      b: ids[b]!.uuid,
      digits: n.digits,
      payload: toHex(n.payload),
    });
  }

  // --- backups -----------------------------------------------------------
  const kdf = { memoryKib: 8192, iterations: 1, parallelism: 1 };
  const backup = await exportIdentityBackup(
    {
      identity: alice.identity,
      selfSigningKey: alice.ssk,
      selfSigningCertificate: alice.sskCert,
      revocationList: aliceList,
      createdAt: T0,
    },
    'correct horse battery staple',
    { kdf, random: rng },
  );
  const backup2 = await exportIdentityBackup(
    {
      identity: bob.identity,
      selfSigningKey: bob.ssk,
      selfSigningCertificate: bob.sskCert,
      revocationList: null,
      createdAt: T0,
    },
    'Ünïcödé pässphrase',
    { kdf: { memoryKib: 8192, iterations: 2, parallelism: 2 }, random: rng },
  );
  const backupResult = (who: typeof alice, list: RevocationList | null) => ({
    uuid: who.identity.uuid,
    self_signing_public_key: toHex(who.ssk.publicKey.bytes),
    revocation_list_serial: list?.serial ?? null,
  });
  const tail = backup.length - 1;
  const backupCases: Json[] = [
    {
      description: 'Argon2id m=8MiB t=1 p=1, with revocation list',
      passphrase: 'correct horse battery staple',
      file: toHex(backup),
      result: backupResult(alice, aliceList),
    },
    {
      description: 'Argon2id m=8MiB t=2 p=2, NFKC passphrase',
      passphrase: 'Ünïcödé pässphrase',
      file: toHex(backup2),
      result: backupResult(bob, null),
    },
    {
      description: 'wrong passphrase',
      passphrase: 'correct horse battery stapler',
      file: toHex(backup),
      error: 'WRONG_PASSPHRASE',
    },
    {
      description: 'ciphertext tag altered',
      passphrase: 'correct horse battery staple',
      file: toHex(flip(backup, tail)),
      error: 'WRONG_PASSPHRASE',
    },
    {
      description: 'truncated file',
      passphrase: 'correct horse battery staple',
      file: toHex(backup.subarray(0, tail)),
      error: 'MALFORMED',
    },
  ];

  // --- contact cards -----------------------------------------------------
  const signer = keyStoreSigner(alice.keyStore, alice.edKey);
  const card = await createContactCard({
    signer,
    signerDeviceId: edDevice.deviceId,
    identityKey: alice.identity.publicKey.bytes,
    displayName: 'Alice',
    selfSigningCertificate: alice.sskCert.bytes,
    deviceCertificates: [edDevice.bytes, p256Device.bytes],
    revocationList: aliceList,
    hints: ['wss://community.example/v1', '/dns4/relay.example/tcp/443/wss'],
    createdAt: T0 + 3 * DAY,
  });
  const revokedSigner = await createContactCard({
    signer: keyStoreSigner(alice.keyStore, alice.p256Key),
    signerDeviceId: p256Device.deviceId,
    identityKey: alice.identity.publicKey.bytes,
    displayName: 'Alice',
    selfSigningCertificate: alice.sskCert.bytes,
    deviceCertificates: [edDevice.bytes, p256Device.bytes],
    revocationList: aliceList,
    createdAt: T0 + 3 * DAY,
  });
  const csig = signedMessageCodec.decode(card);
  const cardCases: Json[] = [
    {
      description: 'two devices, one revoked; signed by the Ed25519 device',
      card: toHex(card),
      now: T0 + 4 * DAY,
      result: {
        uuid: u,
        display_name: 'Alice',
        device_ids: [toHex(edDevice.deviceId)],
        hints: ['wss://community.example/v1', '/dns4/relay.example/tcp/443/wss'],
      },
    },
    {
      description: 'signed by the revoked device',
      card: toHex(revokedSigner),
      now: T0 + 4 * DAY,
      error: 'REVOKED',
    },
    {
      description: 'signature altered',
      card: toHex(
        signedMessageCodec.encode({ body: csig.body, signature: flip(csig.signature, 10) }),
      ),
      now: T0 + 4 * DAY,
      error: 'BAD_SIGNATURE',
    },
    {
      description: 'trailing garbage',
      card: toHex(new Uint8Array([...card, 0])),
      now: T0 + 4 * DAY,
      error: 'MALFORMED',
    },
  ];

  const cardBody = contactCardBodyCodec.decode(csig.body);
  const smallOrderCardBody = contactCardBodyCodec.encode({
    ...cardBody,
    identityKey: fromHex(SMALL_ORDER.order4),
  });
  const smallOrderCard = signedMessageCodec.encode({
    body: smallOrderCardBody,
    signature: await signer.sign(signingInput('nexuslink/v1/contact-card', smallOrderCardBody)),
  });
  const smallOrderSig = signedMessageCodec.decode(smallOrderCard);
  const revokedSig = signedMessageCodec.decode(revokedSigner);
  cardCases.push(
    {
      description:
        'two faults: signed by the revoked device, and the signature altered (the signer is checked before the signature)',
      card: toHex(
        signedMessageCodec.encode({
          body: revokedSig.body,
          signature: flip(revokedSig.signature, 3),
        }),
      ),
      now: T0 + 4 * DAY,
      error: 'REVOKED',
    },
    {
      description:
        'the identity key is a small-order point (the card validly signed by a listed device): not a valid key',
      card: toHex(smallOrderCard),
      now: T0 + 4 * DAY,
      error: 'MALFORMED',
    },
    {
      description:
        'two faults: the identity key is a small-order point and the signature is altered (the key is checked when the card is decoded)',
      card: toHex(
        signedMessageCodec.encode({
          body: smallOrderSig.body,
          signature: flip(smallOrderSig.signature, 4),
        }),
      ),
      now: T0 + 4 * DAY,
      error: 'MALFORMED',
    },
  );

  return {
    'uuid.json': file(
      'UUID encoding (spec/identity.md §3): valid UUIDs with their keys, and mistyped ones.',
      uuidCases,
    ),
    'mnemonic.json': file(
      `BIP-39 mnemonic → seed → SLIP-0010 identity key at ${IDENTITY_KEY_PATH} → UUID (spec/identity.md §2).`,
      mnemonicCases,
    ),
    'certificates.json': file(
      'Device certificate chains IK → SSK → device (spec/identity.md §5), verified at time `now` (ms).',
      certCases,
    ),
    'revocation-lists.json': file(
      'Revocation list verification (spec/identity.md §6).',
      revocationCases,
    ),
    'revocation-accept.json': file(
      'Which of two verified revocation lists to keep (acceptRevocationList, spec/identity.md §6).',
      acceptCases,
    ),
    ...(await supersededAndPathVectors(alice, bob)),
    'safety-numbers.json': file(
      'Safety numbers and their scannable payloads (spec/identity.md §7).',
      safetyCases,
    ),
    'backups.json': file(
      'Encrypted identity backups (spec/identity.md §8). Small Argon2id parameters keep the vectors fast.',
      backupCases,
    ),
    'contact-cards.json': file(
      'Contact cards (spec/identity.md §9), verified at time `now` (ms).',
      cardCases,
    ),
  };
}

/** The refusal code of `fn`, which must throw a NexusError. */
function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof Error && 'code' in err) return String(err.code);
    throw err;
  }
  throw new Error('expected a refusal');
}

/**
 * `self-signing-accept.json` (which of two self-signing certificates of an
 * identity to keep: `SUPERSEDED`) and `derivation.json` (SLIP-0010 paths:
 * `INVALID_PATH`). Their own random stream, so the other files draw what they
 * always drew.
 */
async function supersededAndPathVectors(
  alice: Awaited<ReturnType<typeof account>>,
  bob: Awaited<ReturnType<typeof account>>,
): Promise<Record<string, Json>> {
  const rng = seededRandom('nexuslink identity vectors v1 superseded and paths');
  const newer = await issueSelfSigningCertificate({
    identity: alice.identity,
    signingKey: SigningKeyPair.fromSeed(rng.randomBytes(32)).publicKey,
    createdAt: T0 + 1000,
  });
  const sameTime = await issueSelfSigningCertificate({
    identity: alice.identity,
    signingKey: SigningKeyPair.fromSeed(rng.randomBytes(32)).publicKey,
    createdAt: T0,
  });
  const older = decodeSelfSigningCertificate(alice.sskCert.bytes);
  const accept = (current: Uint8Array | null, incoming: Uint8Array) => {
    const held = current === null ? null : decodeSelfSigningCertificate(current);
    const kept = acceptSelfSigningCertificate(held, decodeSelfSigningCertificate(incoming));
    return kept === held ? 'current' : 'incoming';
  };
  const acceptCase = (description: string, current: Uint8Array | null, incoming: Uint8Array) => {
    const c: Json = {
      description,
      current: current === null ? null : toHex(current),
      incoming: toHex(incoming),
    };
    try {
      c.result = accept(current, incoming);
    } catch {
      c.error = refusal(() => accept(current, incoming));
    }
    return c;
  };
  const sskCases = [
    acceptCase('nothing held: the incoming certificate is kept', null, older.bytes),
    acceptCase('a newer certificate replaces the held one', older.bytes, newer.bytes),
    acceptCase('the same certificate again: the held one is kept', newer.bytes, newer.bytes),
    acceptCase('an older certificate than the one held', newer.bytes, older.bytes),
    acceptCase(
      'another certificate with the same creation time as the held one',
      older.bytes,
      sameTime.bytes,
    ),
    acceptCase("another identity's certificate", older.bytes, bob.sskCert.bytes),
  ];
  const seed = rng.randomBytes(64);
  const pathCases: Json[] = [IDENTITY_KEY_PATH, "m/0'", "m/44h/1H/2'"].map((path) => {
    const node = deriveEd25519(seed, path);
    return {
      description: `derive ${path}`,
      seed: toHex(seed),
      path,
      result: {
        private_key: toHex(node.privateKey),
        public_key: toHex(node.publicKey),
        chain_code: toHex(node.chainCode),
      },
    };
  });
  for (const [description, path] of [
    ['a non-hardened component', "m/20044'/0"],
    ['no leading m', "20044'/0'"],
    ['an index of 2^31 (out of range)', "m/2147483648'"],
    ['an empty component', "m//0'"],
    ['not a number', "m/x'"],
  ] as const)
    pathCases.push({
      description,
      seed: toHex(seed),
      path,
      error: refusal(() => deriveEd25519(seed, path)),
    });
  return {
    'self-signing-accept.json': file(
      'Which of two verified self-signing certificates of one identity to keep (acceptSelfSigningCertificate, spec/identity.md §5): the newer wins; an older or conflicting one is SUPERSEDED.',
      sskCases,
    ),
    'derivation.json': file(
      'SLIP-0010 ed25519 derivation of a path from a seed (deriveEd25519, spec/identity.md §2): hardened components only, else INVALID_PATH.',
      pathCases,
    ),
  };
}

/**
 * An Ed25519 signature (R, S) with R the identity point, 01 00..00, that
 * satisfies the cofactorless equation [S]B = R + [k]A: with A = [a]B, S = k·a.
 * Only the holder of the secret scalar a can make it; verifiers must refuse it.
 */
function smallOrderRSignature(
  seed: Uint8Array,
  publicKey: Uint8Array,
  input: Uint8Array,
): Uint8Array {
  const L = ed25519.Point.Fn.ORDER;
  const le = (b: Uint8Array) => b.reduceRight((n, byte) => (n << 8n) | BigInt(byte), 0n);
  const h = sha512(seed).slice(0, 32);
  h[0]! &= 248;
  h[31]! &= 127;
  h[31]! |= 64;
  const a = le(h) % L;
  const R = new Uint8Array(32);
  R[0] = 1;
  const k = le(sha512(new Uint8Array([...R, ...publicKey, ...input]))) % L;
  let S = (k * a) % L;
  const signature = new Uint8Array(64);
  signature.set(R);
  for (let i = 32; i < 64; i++, S >>= 8n) signature[i] = Number(S & 0xffn);
  return signature;
}

/** The canonical encodings of small-order Ed25519 points (spec/identity.md §3). */
const SMALL_ORDER = {
  identity: '0100000000000000000000000000000000000000000000000000000000000000',
  order2: 'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  order4: '0000000000000000000000000000000000000000000000000000000000000000',
  order4Negated: '0000000000000000000000000000000000000000000000000000000000000080',
  order8: '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05',
} as const;

/** The UUID text of any 32 bytes (checksum included), without checking the key. */
function uuidOfAnyKey(key: Uint8Array): string {
  const body = new Uint8Array([1, ...key]);
  const sum = sha256(
    new Uint8Array([...new TextEncoder().encode('NexusLink UUID'), ...body]),
  ).subarray(0, 4);
  return base58.encode(new Uint8Array([...body, ...sum]));
}

/** How a mnemonic's language is told (spec/identity.md §2): its entropy under that list, and the list. */
function mnemonicLanguage(mnemonic: string): Json {
  const list = detectWordlist(mnemonic);
  const name = Object.entries(WORDLISTS).find(([, l]) => l === list)?.[0];
  if (name === undefined) throw new Error(`no wordlist for ${mnemonic}`);
  return { entropy: toHex(mnemonicEntropy(mnemonic)), wordlist: name };
}

/**
 * Two 12-word mnemonics whose every word is in both the English and the French
 * list: one valid under both (English wins: it is tried first), one valid under
 * French only (the checksum decides).
 */
function twoListMnemonics(): Json[] {
  const rng = seededRandom('nexuslink identity vectors v1 wordlists');
  const shared = WORDLISTS.english.filter((w) => WORDLISTS.french.includes(w));
  const valid = (m: string, list: readonly string[]) => {
    try {
      mnemonicEntropy(m, list);
      return true;
    } catch {
      return false;
    }
  };
  const find = (english: boolean): string => {
    for (;;) {
      const words = Array.from({ length: 12 }, () => {
        const pick = rng.randomBytes(2);
        return shared[((pick[0]! << 8) | pick[1]!) % shared.length]!;
      });
      const m = words.join(' ');
      if (valid(m, WORDLISTS.french) && valid(m, WORDLISTS.english) === english) return m;
    }
  };
  return [
    [find(true), 'both: its language is English, the first list tried'],
    [find(false), 'French only (the checksum fails under English): its language is French'],
  ].map(([mnemonic, language]) => {
    const identity = identityFromMnemonic(mnemonic!);
    return {
      description: `12 words each in both the English and the French list, valid under ${language}`,
      mnemonic,
      passphrase: '',
      seed: toHex(mnemonicToSeed(mnemonic!)),
      path: IDENTITY_KEY_PATH,
      identity_seed: toHex(identity.exportSeed()),
      identity_public_key: toHex(identity.publicKey.bytes),
      uuid: identity.uuid,
      ...mnemonicLanguage(mnemonic!),
    };
  });
}
