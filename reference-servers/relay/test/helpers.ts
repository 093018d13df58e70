// Shared by the relay's tests: devices made with the public SDK, a
// configuration without environment or file, and the app on a fresh
// database of either kind.
import {
  certifyNewDevice,
  createIdentity,
  deviceSigner,
  issueSelfSigningCertificate,
  SigningKeyPair,
  softwareKeyStore,
} from '@nexuslink/sdk';
import type { SigningDevice } from '@nexuslink/sdk';
import { freshTestDb } from '@nexuslink/server-kit/testing/db';
import type { Db } from '@nexuslink/server-kit';
import { loadConfig, migrate } from '@nexuslink/relay-server';
import type { Config, ConfigKey } from '@nexuslink/relay-server';

/** A configuration from defaults and `overrides` only. */
export function testConfig(overrides: Partial<Record<ConfigKey, unknown>> = {}): Config {
  return loadConfig({
    env: {},
    file: undefined,
    overrides: { 'log.level': 'silent', ...overrides },
  });
}

/** A migrated, empty relay database of `kind`, and how to drop it. */
export function freshDb(
  kind: 'sqlite' | 'postgres',
): Promise<{ db: Db; url?: string; drop: () => Promise<void> }> {
  return freshTestDb(kind, migrate);
}

/** A device of a new identity, and the identity's UUID. */
export async function newDevice(name = 'test'): Promise<{ device: SigningDevice; uuid: string }> {
  const { identity } = createIdentity();
  const ssk = SigningKeyPair.generate();
  const sskCert = await issueSelfSigningCertificate({ identity, signingKey: ssk.publicKey });
  const keyStore = softwareKeyStore();
  const d = await certifyNewDevice({
    keyStore,
    selfSigningKey: ssk,
    identityKey: identity.publicKey.bytes,
    displayName: name,
  });
  return {
    uuid: identity.uuid,
    device: {
      identityKey: identity.publicKey.bytes,
      deviceId: d.certificate.deviceId,
      deviceCertificate: d.certificate.bytes,
      selfSigningCertificate: sskCert.bytes,
      signer: await deviceSigner(keyStore, d.signingKeyId),
    },
  };
}
