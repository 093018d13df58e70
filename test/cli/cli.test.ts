import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, PASSPHRASE } from './helpers.js';
import {
  certifyNewDevice,
  createIdentity,
  issueSelfSigningCertificate,
  mnemonicToSeed,
  NexusError,
  safetyNumber,
  SigningKeyPair,
  softwareKeyStore,
} from '../../src/index.js';
import type { SoftwareKeyRecord } from '../../src/index.js';
import { softHsm } from '../softhsm.js';
import { requires } from '../support/system-tools.js';

const home = () => mkdtempSync(join(tmpdir(), 'nexuslink-cli-'));

/** Every byte the home keeps on disk, as one string (to look for secrets in). */
function homeBytes(h: string): string {
  return readdirSync(h)
    .map((f) => readFileSync(join(h, f)).toString('latin1'))
    .join('');
}

describe('nexuslink CLI', () => {
  it("--version, and a command's own --help; an unknown one exits 2", async () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8'));
    for (const args of [['--version'], ['-V'], ['version']]) {
      const r = await cli(args);
      expect(r.code).toBe(0);
      expect(r.out).toBe(`nexuslink ${pkg.version}`);
    }
    const create = await cli(['identity', 'create', '--help']);
    expect(create.code).toBe(0);
    expect(create.out).toContain('identity create [--name NAME]');
    expect(create.out).not.toContain('device revoke');
    expect(create.out).toContain('--home DIR');
    const devices = await cli(['device', '--help']);
    expect(devices.out).toContain('device add');
    expect(devices.out).toContain('device revoke');
    expect(devices.out).not.toContain('identity create');
    const unknown = await cli(['identity', 'frobnicate', '--help']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('unknown command: identity frobnicate');
  });

  it('refuses a weak passphrase, saying why, and writes nothing', async () => {
    const h = home();
    const weak = await nexusError(() =>
      cli(['--home', h, 'identity', 'create'], { NEXUSLINK_PASSPHRASE: 'password1' }),
    );
    expect(weak.code).toBe('INVALID_ARGUMENT');
    expect(weak.message).toMatch(/home passphrase is too weak \(strength [0-2] of 4/);
    expect(readdirSync(h).filter((f) => f !== 'lock')).toEqual([]);
    await create(h);
    const out = join(h, 'backup.nxl');
    for (const weak of ['pw', 'aaaaaaaaaaaaaaaa', 'qwertyuiop'])
      await expect(
        cli(['--home', h, 'identity', 'export', '--out', out], {
          NEXUSLINK_BACKUP_PASSPHRASE: weak,
          NEXUSLINK_MNEMONIC: mnemonicOf.get(h)!,
        }),
      ).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
        message: expect.stringContaining('backup passphrase is too weak'),
      });
    expect(() => statSync(out)).toThrow();
  });

  it('identity create / show / device add / list / revoke; no secret on disk in plaintext', async () => {
    const h = home();
    const { uuid, device, mnemonic } = await create(h, ['--name', 'laptop']);
    expect(mnemonic.split(' ')).toHaveLength(24);
    expect(() => mnemonicToSeed(mnemonic)).not.toThrow();
    expect(statSync(join(h, 'storage.key')).mode & 0o777).toBe(0o600);
    expect(existsSync(join(h, 'identity.json'))).toBe(false);
    // The mnemonic is shown once and never stored; nothing readable is.
    const disk = homeBytes(h);
    expect(disk).not.toContain(mnemonic.split(' ').slice(0, 3).join(' '));
    expect(disk).not.toContain('laptop');
    await expect(
      cli(['--home', h, 'identity', 'show'], { NEXUSLINK_PASSPHRASE: 'not the passphrase' }),
    ).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });

    const shown = JSON.parse((await cli(['--home', h, 'identity', 'show', '--json'])).out);
    expect(shown.uuid).toBe(uuid);
    expect(shown.devices).toEqual([
      { id: device, name: 'laptop', algorithm: 'ed25519', status: 'active' },
    ]);

    const phoneHome = home();
    const linked = await cli(
      ['--home', h, 'device', 'add', '--name', 'phone', '--into', phoneHome],
      {
        NEXUSLINK_NEW_PASSPHRASE: 'another strong passphrase for the phone',
      },
    );
    expect(linked.code).toBe(0);
    const listed = JSON.parse((await cli(['--home', h, 'device', 'list', '--json'])).out) as {
      id: string;
      name: string;
      status: string;
    }[];
    const phone = listed.find((d) => d.name === 'phone')!;
    expect(listed.every((d) => d.status === 'active')).toBe(true);
    // The linked home is a device of the same identity, under its own passphrase.
    const phoneShown = JSON.parse(
      (
        await cli(['--home', phoneHome, 'identity', 'show', '--json'], {
          NEXUSLINK_PASSPHRASE: 'another strong passphrase for the phone',
        })
      ).out,
    );
    expect(phoneShown).toMatchObject({ uuid, thisDevice: phone.id });
    expect(phoneShown.devices.map((d: { id: string }) => d.id).sort()).toEqual(
      [device, phone.id].sort(),
    );

    const revoked = await cli(['--home', h, 'device', 'revoke', phone.id, '--reason', 'lost']);
    expect(revoked.out).toContain('serial 1');
    const after = JSON.parse((await cli(['--home', h, 'device', 'list', '--json'])).out) as {
      id: string;
      status: string;
    }[];
    expect(after.find((d) => d.id === phone.id)!.status).toBe('revoked');
    expect(after.find((d) => d.id === device)!.status).toBe('active');
  });

  it('recover from the mnemonic gives the same UUID', async () => {
    const h1 = home();
    const { uuid, mnemonic } = await create(h1);
    const h2 = home();
    const recovered = await cli(['--home', h2, 'identity', 'recover'], {}, [mnemonic]);
    expect(recovered.code).toBe(0);
    expect(recovered.out).toContain(uuid);
    await expect(
      cli(['--home', h2, 'identity', 'recover'], { NEXUSLINK_MNEMONIC: mnemonic }),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(
      cli(['--home', home(), 'identity', 'recover'], { NEXUSLINK_MNEMONIC: 'abandon '.repeat(24) }),
    ).rejects.toMatchObject({ code: 'INVALID_MNEMONIC' });
  });

  it('export and import a backup: a device of the identity with its self-signing key', async () => {
    const h1 = home();
    const { uuid, mnemonic, device } = await create(h1);
    const file = join(h1, 'backup.nxl');
    const env = { NEXUSLINK_BACKUP_PASSPHRASE: 'a long backup passphrase nobody guesses' };
    // The identity seed is kept only in the recovery phrase: export asks for it.
    await expect(
      cli(['--home', h1, 'identity', 'export', '--out', file], {
        ...env,
        NEXUSLINK_MNEMONIC: createIdentity().mnemonic,
      }),
    ).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: expect.stringContaining('another identity'),
    });
    expect(
      (
        await cli(['--home', h1, 'identity', 'export', '--out', file], {
          ...env,
          NEXUSLINK_MNEMONIC: mnemonic,
        })
      ).code,
    ).toBe(0);
    const h2 = home();
    await expect(
      cli(['--home', h2, 'identity', 'import', '--in', file], {
        NEXUSLINK_BACKUP_PASSPHRASE: 'wrong',
      }),
    ).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect(
      (await cli(['--home', h2, 'identity', 'import', '--in', file, '--name', 'restored'], env))
        .code,
    ).toBe(0);
    const shown = JSON.parse((await cli(['--home', h2, 'identity', 'show', '--json'])).out);
    expect(shown.uuid).toBe(uuid);
    // Same self-signing key: the first device is still active from the second home.
    const listed = JSON.parse((await cli(['--home', h2, 'device', 'list', '--json'])).out);
    expect(listed.find((d: { id: string }) => d.id === shown.thisDevice).status).toBe('active');
    expect(shown.thisDevice).not.toBe(device);
  });

  it('fingerprint prints the safety number both sides agree on', async () => {
    const h = home();
    const { uuid } = await create(h);
    const other = createIdentity().identity.uuid;
    const result = JSON.parse(
      (await cli(['--home', h, 'identity', 'fingerprint', other, '--json'])).out,
    );
    expect(result.safetyNumber).toBe(safetyNumber(other, uuid).digits);
    await expect(
      cli([
        '--home',
        h,
        'identity',
        'fingerprint',
        other.slice(0, -1) + (other.endsWith('2') ? '3' : '2'),
      ]),
    ).rejects.toMatchObject({ code: 'INVALID_UUID' });
  });

  it('refuses to overwrite an identity without --force, and reports a missing home', async () => {
    const h = home();
    await create(h);
    await expect(cli(['--home', h, 'identity', 'create'])).rejects.toBeInstanceOf(NexusError);
    expect((await cli(['--home', h, 'identity', 'create', '--force'])).code).toBe(0);
    await expect(cli(['--home', home(), 'identity', 'show'])).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('identity create'),
    });
    expect((await cli(['bogus'])).code).toBe(2);
    expect((await cli(['--help'])).out).toContain('identity create');
  });

  it('concurrent commands on one home never lose an update', async () => {
    const h = home();
    const { device } = await create(h, ['--name', 'first']);
    // Five devices linked at once: each reads, changes and writes the record under the lock.
    const env = { NEXUSLINK_NEW_PASSPHRASE: 'another strong passphrase for the phone' };
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        cli(['--home', h, 'device', 'add', '--name', `d${i}`, '--into', home()], env),
      ),
    );
    expect(results.every((r) => r.code === 0)).toBe(true);
    const listed = JSON.parse((await cli(['--home', h, 'device', 'list', '--json'])).out) as {
      id: string;
      name: string;
    }[];
    expect(listed.map((d) => d.name).sort()).toEqual(['d0', 'd1', 'd2', 'd3', 'd4', 'first']);
    expect(listed[0]!.id).toBe(device);
  });

  it('a damaged home is an error that changes nothing, and a stale lock is taken over', async () => {
    const h = home();
    const { uuid } = await create(h);
    const keyFile = join(h, 'storage.key');
    const good = readFileSync(keyFile);
    writeFileSync(keyFile, good.subarray(0, 20));
    await expect(cli(['--home', h, 'identity', 'show'])).rejects.toBeInstanceOf(NexusError);
    writeFileSync(keyFile, good);
    writeFileSync(join(h, 'lock'), '999999999'); // no such process
    expect(JSON.parse((await cli(['--home', h, 'identity', 'show', '--json'])).out).uuid).toBe(
      uuid,
    );
  });

  it('export replaces an existing backup file atomically with mode 0600', async () => {
    const h = home();
    const { mnemonic } = await create(h);
    const out = join(h, 'backup.nxl');
    writeFileSync(out, 'old', { mode: 0o644 });
    expect(
      (
        await cli(['--home', h, 'identity', 'export', '--out', out], {
          NEXUSLINK_BACKUP_PASSPHRASE: 'plenty of random words here',
          NEXUSLINK_MNEMONIC: mnemonic,
        })
      ).code,
    ).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readFileSync(out).length).toBeGreaterThan(100);
    await expect(
      cli(['--home', h, 'identity', 'import', '--in', join(h, 'missing'), '--force'], {
        NEXUSLINK_BACKUP_PASSPHRASE: 'pw',
      }),
    ).rejects.toMatchObject({ code: 'STORAGE' });
  });

  it('moves a legacy identity.json (plaintext seeds) into an encrypted home, once', async () => {
    const h = home();
    const { identity, mnemonic } = createIdentity();
    const uuid = identity.uuid;
    const ssk = SigningKeyPair.generate();
    const certificate = await issueSelfSigningCertificate({ identity, signingKey: ssk.publicKey });
    let keys: SoftwareKeyRecord[] = [];
    const old = await certifyNewDevice({
      keyStore: softwareKeyStore({ onChange: (k) => void (keys = k) }),
      selfSigningKey: ssk,
      identityKey: identity.publicKey.bytes,
      displayName: 'old laptop',
    });
    const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
    const legacy = {
      format: 1,
      state: {
        format: 1,
        uuid,
        displayName: 'old laptop',
        selfSigningCertificate: hex(certificate.bytes),
        devices: [{ certificate: hex(old.certificate.bytes), signingKeyId: old.signingKeyId }],
        thisDevice: hex(old.certificate.deviceId),
        revocationList: null,
        keyStore: { kind: 'software' },
        contacts: {},
      },
      secrets: {
        format: 1,
        identitySeed: hex(identity.exportSeed()),
        selfSigningSeed: hex(ssk.exportSeed()),
        keyAgreementSecret: hex(old.keyAgreementKey.exportSecret()),
        softwareKeys: keys,
      },
    };
    writeFileSync(join(h, 'identity.json'), JSON.stringify(legacy), { mode: 0o600 });
    const shown = await cli(['--home', h, 'identity', 'show', '--json']);
    expect(shown.err).toContain('plaintext');
    expect(JSON.parse(shown.out).uuid).toBe(uuid);
    expect(existsSync(join(h, 'identity.json'))).toBe(false);
    expect(homeBytes(h)).not.toContain(legacy.secrets.identitySeed);
    expect(homeBytes(h)).not.toContain(legacy.secrets.selfSigningSeed);
    // The old device is retired; the identity seed is in a backup under the home passphrase.
    const listed = JSON.parse((await cli(['--home', h, 'device', 'list', '--json'])).out);
    expect(listed.find((d: { id: string }) => d.id === legacy.state.thisDevice).status).toBe(
      'revoked',
    );
    const restored = home();
    expect(
      (
        await cli(
          ['--home', restored, 'identity', 'import', '--in', join(h, 'identity-backup.nxl')],
          {
            NEXUSLINK_BACKUP_PASSPHRASE: PASSPHRASE,
          },
        )
      ).code,
    ).toBe(0);
    expect(
      JSON.parse((await cli(['--home', restored, 'identity', 'show', '--json'])).out).uuid,
    ).toBe(uuid);
    // The recovery phrase still exports a backup from the moved home.
    expect(
      (
        await cli(['--home', h, 'identity', 'export', '--out', join(h, 'b.nxl')], {
          NEXUSLINK_MNEMONIC: mnemonic,
          NEXUSLINK_BACKUP_PASSPHRASE: 'a long backup passphrase nobody guesses',
        })
      ).code,
    ).toBe(0);
  });

  requires('softhsm').it('keeps the device key in a PKCS#11 token (SoftHSM)', async () => {
    const hsm = softHsm();
    hsm.initToken('nexuslink-cli', '4321');
    const module = hsm.module;
    const h = home();
    const env = { NEXUSLINK_PKCS11_PIN: '4321' };
    const args = [
      '--home',
      h,
      '--keystore',
      'pkcs11',
      '--pkcs11-module',
      module,
      '--pkcs11-token',
      'nexuslink-cli',
    ];
    expect((await cli([...args, 'identity', 'create', '--name', 'hsm-device'], env)).code).toBe(0);
    expect(JSON.parse(readFileSync(join(h, 'keystore.json'), 'utf8'))).toMatchObject({
      kind: 'pkcs11',
      tokenLabel: 'nexuslink-cli',
    });
    const listed = JSON.parse((await cli(['--home', h, 'device', 'list', '--json'], env)).out) as {
      status: string;
    }[];
    expect(listed.map((d) => d.status)).toEqual(['active']);
    // Without the PIN the device key cannot be used.
    await expect(cli(['--home', h, 'identity', 'show'])).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: expect.stringContaining('NEXUSLINK_PKCS11_PIN'),
    });
  });
});

/** Recovery phrases of the homes `create` made, for the tests that export. */
const mnemonicOf = new Map<string, string>();

/** `identity create --json` in `h`. */
async function create(h: string, extra: string[] = []) {
  const r = await cli(['--home', h, 'identity', 'create', '--json', ...extra]);
  const made = JSON.parse(r.out) as { uuid: string; device: string; mnemonic: string };
  mnemonicOf.set(h, made.mnemonic);
  return made;
}

async function nexusError(op: () => Promise<unknown>): Promise<NexusError> {
  try {
    await op();
  } catch (err) {
    if (err instanceof NexusError) return err;
    throw err;
  }
  throw new Error('expected a NexusError');
}
