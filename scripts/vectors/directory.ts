/**
 * Vectors of the directory (spec/directory.md): community registrations,
 * signed by a device of the owner, from a seeded RNG and fixed times.
 */
import { create, toBinary } from '@bufbuild/protobuf';
import {
  createCommunityDeregistration,
  createDirectoryRequest,
  directoryProofBody,
  signDirectoryProof,
  verifyCommunityDeregistration,
  verifyDirectoryProof,
  createCommunityRegistration,
  issueRevocationList,
  SigningKeyPair,
  verifyCommunityRegistration,
  verifyDirectoryRequest,
} from '../../src/index.js';
import type {
  DirectoryRequestTarget,
  OwnerDevice,
  VerifiedCommunityRegistration,
} from '../../src/index.js';
import { SIGNATURE_LABELS, signLabelled } from '../../src/identity/signing.js';
import { toHex } from '../../src/primitives/bytes.js';
import { CommunityRegistrationBodySchema } from '../../src/wire/gen/nexuslink/v1/directory_pb.js';
import type { CommunityRegistrationBody } from '../../src/wire/gen/nexuslink/v1/directory_pb.js';
import { signedMessageCodec } from '../../src/wire/messages.js';
import { communityRegistrationBodyCodec } from '../../src/wire/directory.js';
import type { Json } from './proto-json.js';
import { withPortableProvider } from './provider.js';
import { refusedWith, seededDevice, seededIdentity } from './accounts.js';
import { seededRandom } from './rng.js';

const GENERATOR = 'scripts/vectors/directory.ts';
const T0 = 1_767_225_600_000; // 2026-01-01T00:00:00Z
const SIGNED = T0 + 86_400_000;
const MINUTE = 60_000;

export async function directoryVectors(): Promise<Record<string, Json>> {
  return withPortableProvider(generate);
}

function result(v: VerifiedCommunityRegistration): Json {
  return {
    owner: v.owner,
    signer_device_id: toHex(v.signer.deviceId),
    name: v.name,
    description: v.description,
    tags: [...v.tags],
    language: v.language,
    endpoint: v.endpoint,
    server_key: toHex(v.serverKey),
    revision: v.revision,
    created_at_ms: v.createdAt,
    community_id: v.communityId,
  };
}

async function generate(): Promise<Record<string, Json>> {
  const rng = seededRandom('nexuslink directory vectors v1');
  const owner = await seededIdentity(rng, T0);
  const laptop = await seededDevice(rng, owner, 'owner laptop', T0 + 1000);
  const phone = await seededDevice(rng, owner, 'owner phone', T0 + 1000);
  const stranger = await seededIdentity(rng, T0);
  const serverKey = SigningKeyPair.fromSeed(rng.randomBytes(32)).publicKey.bytes;
  const device = (d: typeof laptop): OwnerDevice => ({
    identityKey: owner.identity.publicKey.bytes,
    deviceCertificate: d.cert.bytes,
    selfSigningCertificate: owner.sskCert.bytes,
    signer: d.dsk,
  });
  const listing = {
    name: 'Open Source Hub',
    description: 'Maintainers and users of free software, all languages welcome.',
    tags: ['Open-Source', 'programming', 'linux'],
    language: 'en',
    endpoint: 'https://chat.example.org',
    serverKey,
    revision: 1,
    createdAt: SIGNED,
  };
  const english = await createCommunityRegistration({ ...listing, device: device(laptop) });
  const chinese = await createCommunityRegistration({
    ...listing,
    device: device(phone),
    name: '开源社区',
    description: '自由软件的维护者和用户。',
    tags: ['开源', '编程'],
    language: 'zh-Hans',
    endpoint: 'https://社区.example.cn'.replace('社区', 'xn--5tzm5g'),
    revision: 7,
  });
  const COMMUNITY_ID = '019b7a3c-2f00-7000-8000-0123456789ab';
  const update = await createCommunityRegistration({
    ...listing,
    device: device(laptop),
    communityId: COMMUNITY_ID,
    description: 'Now with a channel for newcomers.',
    revision: 2,
  });
  const loopback = await createCommunityRegistration({
    ...listing,
    device: device(laptop),
    endpoint: 'http://127.0.0.1:8420',
    tags: [],
    description: '',
  });
  const revocation = await issueRevocationList({
    issuer: owner.ssk,
    identityKey: owner.identity.publicKey.bytes,
    previous: null,
    revoke: [{ deviceId: phone.cert.deviceId, reason: 'lost' }],
    issuedAt: T0 + 2000,
  });
  // A body the encoder refuses, signed all the same by the laptop: the decoder must refuse it.
  const fields: Parameters<typeof create<typeof CommunityRegistrationBodySchema>>[1] = {
    version: 1,
    identityKey: owner.identity.publicKey.bytes,
    selfSigningCertificate: signedMessageCodec.decode(owner.sskCert.bytes),
    deviceCertificate: signedMessageCodec.decode(laptop.cert.bytes),
    name: listing.name,
    description: listing.description,
    tags: ['linux', 'open-source', 'programming'],
    language: 'en',
    endpoint: listing.endpoint,
    serverKey,
    revision: 1n,
    createdAtMs: BigInt(SIGNED),
  };
  const signedRaw = async (change: Partial<CommunityRegistrationBody>) => {
    const body = toBinary(
      CommunityRegistrationBodySchema,
      create(CommunityRegistrationBodySchema, { ...fields, ...change } as never),
    );
    const signature = await signLabelled(laptop.dsk, SIGNATURE_LABELS.communityRegistration, body);
    return signedMessageCodec.encode({ body, signature });
  };
  // The generator checks that the valid body is one the encoder makes.
  communityRegistrationBodyCodec.encode(create(CommunityRegistrationBodySchema, fields as never));

  const now = SIGNED + MINUTE;
  const valid: [string, Uint8Array, Json][] = [
    [
      'a listing in English, signed by the owner’s laptop (tags put in their one form)',
      english,
      {},
    ],
    ['a listing in Chinese, signed by the owner’s phone, revision 7', chinese, {}],
    ['an http endpoint on loopback, no tags, no description', loopback, {}],
    ['an update of listing 019b7a3c-…, revision 2', update, {}],
  ];
  const cases: Json[] = valid.map(([description, reg, extra]) => ({
    description,
    registration: toHex(reg),
    now,
    ...extra,
    result: result(verifyCommunityRegistration(reg, { now })),
  }));
  const refused = async (
    description: string,
    registration: Uint8Array,
    at = now,
    revocationList: Uint8Array | null = null,
  ) => ({
    description,
    registration: toHex(registration),
    now: at,
    ...(revocationList ? { revocation_list: toHex(revocationList) } : {}),
    error: refusedWith(description, () =>
      verifyCommunityRegistration(registration, { now: at, revocationList }),
    ),
  });
  const englishSigned = signedMessageCodec.decode(english);
  const altered = new Uint8Array(englishSigned.signature);
  altered[5] = altered[5]! ^ 1;
  const byStranger = await createCommunityRegistration({
    ...listing,
    device: {
      ...device(laptop),
      identityKey: stranger.identity.publicKey.bytes,
      selfSigningCertificate: stranger.sskCert.bytes,
    },
  }).catch(() => null);
  cases.push(
    await refused(
      'the signature altered',
      signedMessageCodec.encode({ body: englishSigned.body, signature: altered }),
    ),
    await refused('signed by a revoked device', chinese, now, revocation.bytes),
    await refused('signed 11 minutes before now', english, SIGNED + 11 * MINUTE),
    await refused('dated 6 minutes after now', english, SIGNED - 6 * MINUTE),
    await refused('an empty name', await signedRaw({ name: '' })),
    await refused('a name of 65 bytes', await signedRaw({ name: 'n'.repeat(65) })),
    await refused('a name not in NFC', await signedRaw({ name: 'Cafe\u0301' })),
    await refused('a name with a control character', await signedRaw({ name: 'Hub\u0007' })),
    await refused(
      'a description of 2 049 bytes',
      await signedRaw({ description: 'd'.repeat(2049) }),
    ),
    await refused('tags not sorted', await signedRaw({ tags: ['programming', 'linux'] })),
    await refused('a tag twice', await signedRaw({ tags: ['linux', 'linux'] })),
    await refused('a tag in upper case', await signedRaw({ tags: ['Linux'] })),
    await refused('a tag with a space', await signedRaw({ tags: ['open source'] })),
    await refused('a tag of 33 bytes', await signedRaw({ tags: ['t'.repeat(33)] })),
    await refused(
      '17 tags',
      await signedRaw({
        tags: Array.from({ length: 17 }, (_, i) => `t${String(i).padStart(2, '0')}`),
      }),
    ),
    await refused('a language that is not a BCP 47 tag', await signedRaw({ language: 'english!' })),
    await refused(
      'an http endpoint off loopback',
      await signedRaw({ endpoint: 'http://chat.example.org' }),
    ),
    await refused(
      'an endpoint with a path',
      await signedRaw({ endpoint: 'https://chat.example.org/app' }),
    ),
    await refused('a server key of 31 bytes', await signedRaw({ serverKey: serverKey.slice(1) })),
    await refused('revision 0', await signedRaw({ revision: 0n })),
    await refused(
      'a community id of 15 bytes',
      await signedRaw({ communityId: new Uint8Array(15).fill(1) }),
    ),
    await refused('a trailing byte', new Uint8Array([...english, 0])),
  );
  if (byStranger !== null)
    cases.push(await refused('a device certificate of another identity', byStranger));

  // Deregistrations (§2.2): the owner ends listing COMMUNITY_ID at its current revision.
  const deregistration = await createCommunityDeregistration({
    device: device(laptop),
    communityId: COMMUNITY_ID,
    revision: 2,
    createdAt: SIGNED,
  });
  const deregistrationCase = (
    description: string,
    bytes: Uint8Array,
    at = now,
    revocationList: Uint8Array | null = null,
  ): Json => {
    const input = {
      description,
      deregistration: toHex(bytes),
      now: at,
      ...(revocationList ? { revocation_list: toHex(revocationList) } : {}),
    };
    try {
      const v = verifyCommunityDeregistration(bytes, { now: at, revocationList });
      return {
        ...input,
        result: {
          owner: v.owner,
          signer_device_id: toHex(v.signer.deviceId),
          community_id: v.communityId,
          revision: v.revision,
          created_at_ms: v.createdAt,
        },
      };
    } catch (err) {
      return {
        ...input,
        error: refusedWith(description, () => {
          throw err;
        }),
      };
    }
  };
  const deregistrationSigned = signedMessageCodec.decode(deregistration);
  // A registration is not a deregistration: its body does not decode as one (and the labels differ).
  const asDeregistration = signedMessageCodec.encode({
    body: signedMessageCodec.decode(update).body,
    signature: signedMessageCodec.decode(update).signature,
  });
  const byRevoked = await createCommunityDeregistration({
    device: device(phone),
    communityId: COMMUNITY_ID,
    revision: 2,
    createdAt: SIGNED,
  });
  const deregistrationCases = [
    deregistrationCase('the owner’s laptop ends the listing at revision 2', deregistration),
    deregistrationCase(
      'the signature altered',
      signedMessageCodec.encode({
        body: deregistrationSigned.body,
        signature: deregistrationSigned.signature.map((b, i) => (i === 9 ? b ^ 1 : b)),
      }),
    ),
    deregistrationCase('signed by a revoked device', byRevoked, now, revocation.bytes),
    deregistrationCase('signed 11 minutes before now', deregistration, SIGNED + 11 * MINUTE),
    deregistrationCase('a registration sent as a deregistration', asDeregistration),
  ];

  // Endpoint proofs (§2.1): the server key signs the nonce, the owner it names and the directory.
  const serverPair = SigningKeyPair.fromSeed(rng.randomBytes(32));
  const proofRequest = {
    nonce: rng.randomBytes(32),
    owner: owner.identity.uuid,
    directory: 'https://directory.nexuslink.example',
  };
  const proof = await signDirectoryProof(serverPair, proofRequest);
  const proofCase = (
    description: string,
    change: Partial<typeof proofRequest>,
    signature = proof,
  ) => {
    const request = { ...proofRequest, ...change };
    const input = {
      server_key: toHex(serverPair.publicKey.bytes),
      nonce: toHex(request.nonce),
      owner: request.owner,
      directory: request.directory,
      signature: toHex(signature),
    };
    const verdict = (() => {
      try {
        verifyDirectoryProof(serverPair.publicKey.bytes, request, signature);
        return null;
      } catch (err) {
        return (err as { code: string }).code;
      }
    })();
    return verdict === null
      ? { description, ...input, result: { body: toHex(directoryProofBody(request)) } }
      : { description, ...input, error: verdict };
  };
  const flipped = proof.slice();
  flipped[0] = flipped[0]! ^ 1;
  const proofCases = [
    proofCase('a proof for this nonce, owner and directory', {}),
    proofCase('another directory', { directory: 'https://other-directory.example' }),
    proofCase('another owner', { owner: stranger.identity.uuid }),
    proofCase('another nonce', { nonce: rng.randomBytes(32) }),
    proofCase('the signature altered', {}, flipped),
  ];

  // Signed requests (§2.3): an identity's request to the directory, in its Authorization header.
  const DIRECTORY = 'https://directory.nexuslink.example';
  const requestBody = new TextEncoder().encode('{"reason":"export"}');
  const target = { audience: DIRECTORY, method: 'POST', target: '/v1/privacy/export' };
  const request = await createDirectoryRequest({
    device: device(laptop),
    ...target,
    body: requestBody,
    createdAt: SIGNED,
    nonce: rng.randomBytes(16),
  });
  const byRevokedRequest = await createDirectoryRequest({
    device: device(phone),
    ...target,
    body: requestBody,
    createdAt: SIGNED,
    nonce: rng.randomBytes(16),
  });
  const requestCase = (
    description: string,
    authorization: string,
    expect: DirectoryRequestTarget & { body: Uint8Array } = { ...target, body: requestBody },
    at = now,
    revocationList: Uint8Array | null = null,
  ): Json => {
    const input = {
      description,
      authorization,
      audience: expect.audience,
      method: expect.method,
      target: expect.target,
      body: toHex(expect.body),
      now: at,
      ...(revocationList ? { revocation_list: toHex(revocationList) } : {}),
    };
    try {
      const v = verifyDirectoryRequest(authorization, { ...expect, now: at, revocationList });
      return {
        ...input,
        result: {
          uuid: v.uuid,
          signer_device_id: toHex(v.signer.deviceId),
          created_at_ms: v.createdAt,
          nonce: toHex(v.nonce),
        },
      };
    } catch (err) {
      return {
        ...input,
        error: refusedWith(description, () => {
          throw err;
        }),
      };
    }
  };
  const token = request.slice('NexusLink-Request '.length);
  const requestCases = [
    requestCase('the owner’s laptop asks for an export', request),
    requestCase('sent to another directory', request, {
      ...target,
      audience: 'https://other-directory.example',
      body: requestBody,
    }),
    requestCase('replayed on another route', request, {
      ...target,
      target: '/v1/privacy/erase',
      body: requestBody,
    }),
    requestCase('replayed with another method', request, {
      ...target,
      method: 'DELETE',
      body: requestBody,
    }),
    requestCase('with another body', request, {
      ...target,
      body: new TextEncoder().encode('{"reason":"erase"}'),
    }),
    requestCase('signed 6 minutes before now', request, undefined, SIGNED + 6 * MINUTE),
    requestCase('signed by a revoked device', byRevokedRequest, undefined, now, revocation.bytes),
    requestCase('another scheme', `Bearer ${token}`),
    requestCase('not base64url', `NexusLink-Request ${token.slice(0, -2)}+/`),
  ];

  return {
    'directory/requests.json': {
      description:
        'Signed requests to the directory (spec/directory.md §2.3): `authorization` is the header value `NexusLink-Request <base64url SignedMessage>` whose body is a DirectoryRequestBody signed under `nexuslink/v1/directory-request` by a device of the identity. Verify it for `audience`, `method`, `target` and the request `body` at time `now` (ms), with the identity’s `revocation_list` when given; a valid one answers `result`, an invalid one is refused with `error`.',
      generator: GENERATOR,
      cases: requestCases,
    },
    'directory/proofs.json': {
      description:
        'Endpoint proofs (spec/directory.md §2.1): `signature` is Ed25519 under `server_key` over `nexuslink/v1/directory-proof`, a zero byte, and the body: `nonce` (32 bytes), `owner` (UTF-8) and `directory` (UTF-8). A valid case answers `body`; a refused one `error`.',
      generator: GENERATOR,
      cases: proofCases,
    },
    'directory/deregistrations.json': {
      description:
        'Community deregistrations (spec/directory.md §2.2): a SignedMessage whose body is a CommunityDeregistrationBody, signed under `nexuslink/v1/community-deregistration` by a device of the owner. Verify `deregistration` at time `now` (ms), with the owner’s `revocation_list` when given; a valid one answers `result`, an invalid one is refused with `error`.',
      generator: GENERATOR,
      cases: deregistrationCases,
    },
    'directory/registrations.json': {
      description:
        'Community registrations (spec/directory.md §2): a SignedMessage whose body is a CommunityRegistrationBody, signed under `nexuslink/v1/community-registration` by a device of the owner. Verify `registration` at time `now` (ms), with the owner’s `revocation_list` when given; a valid one answers `result`, an invalid one is refused with `error`.',
      generator: GENERATOR,
      cases,
    },
  };
}
