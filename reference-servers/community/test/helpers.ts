// Shared by the community server's tests: accounts made with the public SDK,
// a configuration without environment or file, and a fresh database of
// either kind (PostgreSQL in a schema of its own, dropped afterwards).
import {
  certifyNewDevice,
  createIdentity,
  createKemPreKey,
  createOneTimePreKeys,
  createSignedPreKey,
  deviceSigner,
  issueRevocationList,
  issueSelfSigningCertificate,
  localDevice,
  signAuthChallenge,
  SigningKeyPair,
  softwareKeyStore,
} from '@nexuslink/sdk';
import type { Identity, KeyStore, LocalDevice } from '@nexuslink/sdk';
import { memoryProtocolStores } from '@nexuslink/sdk/testing';
import type { FastifyInstance } from 'fastify';
import { loadConfig, migrate } from '@nexuslink/community-server';
import { freshTestDb } from '@nexuslink/server-kit/testing/db';
import type { Config, ConfigKey, Db } from '@nexuslink/community-server';

/** A configuration from defaults and `overrides` only. */
export function testConfig(overrides: Partial<Record<ConfigKey, unknown>> = {}): Config {
  return loadConfig({
    env: {},
    file: undefined,
    overrides: { 'log.level': 'silent', ...overrides },
  });
}

/** A migrated, empty database of `kind`, and how to drop it. */
export function freshDb(
  kind: 'sqlite' | 'postgres',
): Promise<{ db: Db; url?: string; drop: () => Promise<void> }> {
  return freshTestDb(kind, migrate);
}

/** An identity with one device (keys in a software key store) and its prekey stores. */
export interface TestAccount {
  readonly identity: Identity;
  readonly selfSigningKey: SigningKeyPair;
  readonly selfSigningCertificate: Uint8Array;
  readonly keyStore: KeyStore;
  readonly device: LocalDevice;
  readonly stores: ReturnType<typeof memoryProtocolStores>;
  readonly uuid: string;
  readonly deviceHex: string;
}

export async function makeAccount(name = 'test'): Promise<TestAccount> {
  const { identity } = createIdentity();
  const selfSigningKey = SigningKeyPair.generate();
  const ssk = await issueSelfSigningCertificate({ identity, signingKey: selfSigningKey.publicKey });
  return {
    ...(await addDevice({ identity, selfSigningKey, selfSigningCertificate: ssk.bytes }, name)),
  };
}

/** Another device of the same identity. */
export async function addDevice(
  account: Pick<TestAccount, 'identity' | 'selfSigningKey' | 'selfSigningCertificate'>,
  name = 'second',
): Promise<TestAccount> {
  const keyStore = softwareKeyStore();
  const certified = await certifyNewDevice({
    keyStore,
    selfSigningKey: account.selfSigningKey,
    identityKey: account.identity.publicKey.bytes,
    displayName: `${name}'s device`,
  });
  const device = localDevice({
    deviceCertificate: certified.certificate.bytes,
    selfSigningCertificate: account.selfSigningCertificate,
    keyAgreementKey: certified.keyAgreementKey,
    signer: await deviceSigner(keyStore, certified.signingKeyId),
  });
  return {
    identity: account.identity,
    selfSigningKey: account.selfSigningKey,
    selfSigningCertificate: account.selfSigningCertificate,
    keyStore,
    device,
    stores: memoryProtocolStores(),
    uuid: account.identity.uuid,
    deviceHex: Buffer.from(device.deviceId).toString('hex'),
  };
}

/** A revocation list of `account`'s identity revoking `devices`. */
export async function revocationList(
  account: TestAccount,
  devices: Uint8Array[],
): Promise<Uint8Array> {
  const list = await issueRevocationList({
    issuer: account.selfSigningKey,
    identityKey: account.identity.publicKey.bytes,
    revoke: devices.map((deviceId) => ({ deviceId, reason: 'compromised' as const })),
  });
  return list.bytes;
}

export const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/**
 * What `POST /v1/prekeys` takes for `account`: fresh signed and last-resort
 * KEM keys (id `firstId`), `count` one-time keys, and `kemCount` one-time KEM
 * keys (ids after `firstId`), all made at `clock`'s time (default now).
 */
export async function preKeyUpload(
  account: TestAccount,
  count: number,
  firstId = 1,
  kemCount = 0,
  clock?: { now(): number },
) {
  const ctx = clock ? { clock } : {};
  const signed = await createSignedPreKey(account.device, account.stores.preKeys, firstId, ctx);
  const kem = await createKemPreKey(account.device, account.stores.preKeys, firstId, {
    ...ctx,
    lastResort: true,
  });
  const oneTime = await createOneTimePreKeys(account.stores.preKeys, firstId, count, ctx);
  const kemOneTime: Uint8Array[] = [];
  for (let i = 1; i <= kemCount; i++)
    kemOneTime.push(
      await createKemPreKey(account.device, account.stores.preKeys, firstId + i, ctx),
    );
  return {
    deviceCertificate: b64(account.device.deviceCertificate),
    selfSigningCertificate: b64(account.device.selfSigningCertificate),
    signedPreKey: b64(signed),
    kemPreKey: b64(kem),
    oneTimePreKeys: oneTime.map(b64),
    kemOneTimePreKeys: kemOneTime.map(b64),
  };
}

/** Log `account` in through the HTTP API; returns the tokens. */
export async function login(
  app: FastifyInstance,
  server: string,
  account: TestAccount,
  extra: { revocationList?: Uint8Array; remoteAddress?: string } = {},
): Promise<{
  accessToken: string;
  refreshToken: string;
  status: number;
  body: Record<string, unknown>;
}> {
  const c = await app.inject({
    method: 'POST',
    url: '/v1/auth/challenge',
    ...(extra.remoteAddress ? { remoteAddress: extra.remoteAddress } : {}),
  });
  const nonce = new Uint8Array(Buffer.from(c.json().data.nonce, 'base64'));
  const signature = await signAuthChallenge(account.device.signer, {
    server,
    nonce,
    deviceId: account.device.deviceId,
  });
  const r = await app.inject({
    method: 'POST',
    url: '/v1/auth/login',
    ...(extra.remoteAddress ? { remoteAddress: extra.remoteAddress } : {}),
    payload: {
      nonce: b64(nonce),
      deviceCertificate: b64(account.device.deviceCertificate),
      selfSigningCertificate: b64(account.device.selfSigningCertificate),
      signature: b64(signature),
      ...(extra.revocationList ? { revocationList: b64(extra.revocationList) } : {}),
    },
  });
  const body = r.json();
  return {
    status: r.statusCode,
    body,
    accessToken: body.data?.accessToken,
    refreshToken: body.data?.refreshToken,
  };
}

/** An access token for `account` from the server at `url`, logged in over HTTP. */
export async function tokenOf(url: string, account: TestAccount): Promise<string> {
  const c = (await (await fetch(`${url}/v1/auth/challenge`, { method: 'POST' })).json()).data;
  const nonce = new Uint8Array(Buffer.from(c.nonce, 'base64'));
  const signature = await signAuthChallenge(account.device.signer, {
    server: url,
    nonce,
    deviceId: account.device.deviceId,
  });
  const r = await fetch(`${url}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      nonce: c.nonce,
      deviceCertificate: b64(account.device.deviceCertificate),
      selfSigningCertificate: b64(account.device.selfSigningCertificate),
      signature: b64(signature),
    }),
  });
  return ((await r.json()) as { data: { accessToken: string } }).data.accessToken;
}
