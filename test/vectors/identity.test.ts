import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  acceptRevocationList,
  acceptSelfSigningCertificate,
  decodeRevocationList,
  decodeSelfSigningCertificate,
  deriveEd25519,
  detectWordlist,
  identityFromMnemonic,
  importIdentityBackup,
  mnemonicEntropy,
  mnemonicToSeed,
  NexusError,
  parseUuid,
  safetyNumber,
  verifyContactCard,
  verifyDeviceCertificate,
  registerWordlists,
  verifyRevocationList,
} from '../../src/index.js';
import { WORDLISTS } from '../../src/wordlists.js';
import { identityVectors } from '../../scripts/vectors/identity.js';
import { hex, readJson, repoPath, unhex } from '../helpers.js';

// The vectors span every shipped language: detect them all, English first
// and the rest in the spec's order (spec/identity.md §2).
registerWordlists(WORDLISTS);

type Case = Record<string, unknown> & { description: string; error?: string; result?: unknown };
const load = (name: string) => readJson<{ cases: Case[] }>(`test-vectors/identity/${name}`).cases;

/** Run `fn`; compare its result with `c.result`, or its NexusError code with `c.error`. */
async function outcome(c: Case, fn: () => unknown): Promise<void> {
  if (c.error !== undefined) {
    let thrown: unknown;
    try {
      await fn();
    } catch (err) {
      thrown = err;
    }
    expect(thrown, c.description).toBeInstanceOf(NexusError);
    expect((thrown as NexusError).code, c.description).toBe(c.error);
  } else {
    expect(await fn(), c.description).toEqual(c.result);
  }
}

describe('identity vectors (test-vectors/identity)', () => {
  it('regenerating the vectors reproduces every file byte for byte', async () => {
    const fresh = await identityVectors();
    const onDisk = readdirSync(repoPath('test-vectors/identity'))
      .filter((f) => f.endsWith('.json'))
      .sort();
    expect(onDisk).toEqual(Object.keys(fresh).sort());
    for (const [name, content] of Object.entries(fresh)) {
      expect(readFileSync(repoPath(`test-vectors/identity/${name}`), 'utf8'), name).toBe(
        JSON.stringify(content, null, 2) + '\n',
      );
    }
  });

  it('uuid.json', async () => {
    for (const c of load('uuid.json')) {
      await outcome({ ...c, result: c.public_key }, () =>
        hex(parseUuid(c.uuid as string).publicKey),
      );
    }
  });

  it('mnemonic.json', async () => {
    for (const c of load('mnemonic.json')) {
      if (c.error) {
        await outcome(c, () => identityFromMnemonic(c.mnemonic as string, c.passphrase as string));
        continue;
      }
      expect(hex(mnemonicToSeed(c.mnemonic as string, c.passphrase as string)), c.description).toBe(
        c.seed,
      );
      const identity = identityFromMnemonic(c.mnemonic as string, c.passphrase as string);
      expect(hex(identity.exportSeed()), c.description).toBe(c.identity_seed);
      expect(hex(identity.publicKey.bytes), c.description).toBe(c.identity_public_key);
      expect(identity.uuid, c.description).toBe(c.uuid);
      // The language: the first list under which the mnemonic is valid (spec/identity.md §2).
      expect(hex(mnemonicEntropy(c.mnemonic as string)), c.description).toBe(c.entropy);
      const list = detectWordlist(c.mnemonic as string);
      expect(list, c.description).toBe(WORDLISTS[c.wordlist as keyof typeof WORDLISTS]);
    }
    // A mnemonic valid under two lists is the earlier list's (English before French).
    expect(load('mnemonic.json').map((c) => c.wordlist)).toContain('french');
  });

  it('certificates.json', async () => {
    for (const c of load('certificates.json')) {
      await outcome(c, () => {
        const { device } = verifyDeviceCertificate(unhex(c.device_certificate as string), {
          identity: c.identity as string,
          selfSigningCertificate: unhex(c.self_signing_certificate as string),
          revocationList: c.revocation_list ? unhex(c.revocation_list as string) : null,
          now: c.now as number,
        });
        return {
          device_id: hex(device.deviceId),
          display_name: device.displayName,
          signing_key: {
            algorithm: device.signingKey.algorithm,
            key: hex(device.signingKey.bytes),
          },
          key_agreement_key: hex(device.keyAgreementKey),
        };
      });
    }
  });

  it('revocation-lists.json', async () => {
    for (const c of load('revocation-lists.json')) {
      await outcome(c, () => {
        const list = verifyRevocationList(unhex(c.revocation_list as string), {
          identity: c.identity as string,
          selfSigningCertificate: unhex(c.self_signing_certificate as string),
          now: c.now as number,
        });
        return {
          serial: list.serial,
          issuer: { algorithm: list.issuerKey.algorithm, key: hex(list.issuerKey.bytes) },
          devices: list.devices.map((d) => ({
            device_id: hex(d.deviceId),
            revoked_at_ms: d.revokedAt,
            reason: d.reason,
          })),
        };
      });
    }
  });

  it('revocation-accept.json', async () => {
    for (const c of load('revocation-accept.json')) {
      const current = c.current ? decodeRevocationList(unhex(c.current as string)) : null;
      const incoming = decodeRevocationList(unhex(c.incoming as string));
      await outcome(c, () =>
        acceptRevocationList(current, incoming) === incoming ? 'incoming' : 'current',
      );
    }
  });

  it('self-signing-accept.json', async () => {
    const cases = load('self-signing-accept.json');
    expect(cases.some((c) => c.error === 'SUPERSEDED')).toBe(true);
    for (const c of cases) {
      const current = c.current ? decodeSelfSigningCertificate(unhex(c.current as string)) : null;
      const incoming = decodeSelfSigningCertificate(unhex(c.incoming as string));
      await outcome(c, () =>
        acceptSelfSigningCertificate(current, incoming) === current ? 'current' : 'incoming',
      );
    }
  });

  it('derivation.json', async () => {
    const cases = load('derivation.json');
    expect(cases.some((c) => c.error === 'INVALID_PATH')).toBe(true);
    for (const c of cases) {
      await outcome(c, () => {
        const node = deriveEd25519(unhex(c.seed as string), c.path as string);
        return {
          private_key: hex(node.privateKey),
          public_key: hex(node.publicKey),
          chain_code: hex(node.chainCode),
        };
      });
    }
  });

  it('safety-numbers.json', () => {
    for (const c of load('safety-numbers.json')) {
      const n = safetyNumber(c.a as string, c.b as string);
      expect(n.digits, c.description).toBe(c.digits);
      expect(hex(n.payload), c.description).toBe(c.payload);
      expect(safetyNumber(c.b as string, c.a as string).digits).toBe(c.digits);
    }
  });

  it('backups.json', async () => {
    for (const c of load('backups.json')) {
      await outcome(c, async () => {
        const b = await importIdentityBackup(unhex(c.file as string), c.passphrase as string);
        return {
          uuid: b.identity.uuid,
          self_signing_public_key: hex(b.selfSigningKey.publicKey.bytes),
          revocation_list_serial: b.revocationList?.serial ?? null,
        };
      });
    }
  });

  it('contact-cards.json', async () => {
    for (const c of load('contact-cards.json')) {
      await outcome(c, () => {
        const v = verifyContactCard(unhex(c.card as string), { now: c.now as number });
        return {
          uuid: v.uuid,
          display_name: v.displayName,
          device_ids: v.devices.map((d) => hex(d.deviceId)),
          hints: [...v.hints],
        };
      });
    }
  });
});
