import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { createIdentity, mnemonicToSeed, NexusError, safetyNumber } from '../../src/index.js';
import { softHsm } from '../softhsm.js';
import { requires } from '../support/system-tools.js';

function io(env: Record<string, string> = {}, stdin: string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      out: (l: string) => out.push(l),
      err: (l: string) => err.push(l),
      readLine: async () => stdin.shift() ?? '',
      env: { ...env } as NodeJS.ProcessEnv,
    },
  };
}

async function cli(args: string[], env: Record<string, string> = {}, stdin: string[] = []) {
  const t = io(env, stdin);
  const code = await runCli(args, t.io);
  return { code, out: t.out.join('\n'), err: t.err.join('\n') };
}

const home = () => mkdtempSync(join(tmpdir(), 'nexuslink-cli-'));

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

  it('refuses a weak backup passphrase, saying why, and writes nothing', async () => {
    const h = home();
    await cli(['--home', h, 'identity', 'create']);
    const out = join(h, 'backup.nxl');
    for (const weak of ['pw', 'aaaaaaaaaaaaaaaa', 'short words'])
      await expect(
        cli(['--home', h, 'identity', 'export', '--out', out], {
          NEXUSLINK_BACKUP_PASSPHRASE: weak,
        }),
      ).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
        message: expect.stringContaining('too weak'),
      });
    expect(() => statSync(out)).toThrow();
  });

  it('identity create / show / device add / list / revoke', async () => {
    const h = home();
    const created = await cli(['--home', h, 'identity', 'create', '--name', 'laptop', '--json']);
    expect(created.code).toBe(0);
    const { uuid, device, mnemonic } = JSON.parse(created.out) as {
      uuid: string;
      device: string;
      mnemonic: string;
    };
    expect(mnemonic.split(' ')).toHaveLength(24);
    expect(() => mnemonicToSeed(mnemonic)).not.toThrow();
    expect(statSync(join(h, 'identity.json')).mode & 0o777).toBe(0o600);
    // The mnemonic is shown once and never stored.
    expect(readFileSync(join(h, 'identity.json'), 'utf8')).not.toContain(
      mnemonic.split(' ').slice(0, 3).join(' '),
    );

    const shown = JSON.parse((await cli(['--home', h, 'identity', 'show', '--json'])).out);
    expect(shown.uuid).toBe(uuid);
    expect(shown.devices).toEqual([
      { id: device, name: 'laptop', algorithm: 'ed25519', status: 'active' },
    ]);

    expect(
      (await cli(['--home', h, 'device', 'add', '--name', 'phone', '--algorithm', 'p256'])).code,
    ).toBe(0);
    const listed = JSON.parse((await cli(['--home', h, 'device', 'list', '--json'])).out) as {
      id: string;
      name: string;
      algorithm: string;
      status: string;
    }[];
    const phone = listed.find((d) => d.name === 'phone')!;
    expect(phone.algorithm).toBe('p256');
    expect(listed.every((d) => d.status === 'active')).toBe(true);

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
    const { uuid, mnemonic } = JSON.parse(
      (await cli(['--home', h1, 'identity', 'create', '--json'])).out,
    );
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

  it('export and import a backup restore the identity and its self-signing key', async () => {
    const h1 = home();
    const { uuid } = JSON.parse((await cli(['--home', h1, 'identity', 'create', '--json'])).out);
    await cli(['--home', h1, 'device', 'add', '--name', 'second']);
    const file = join(h1, 'backup.nxl');
    const env = { NEXUSLINK_BACKUP_PASSPHRASE: 'a long backup passphrase' };
    expect((await cli(['--home', h1, 'identity', 'export', '--out', file], env)).code).toBe(0);
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
    expect(JSON.parse((await cli(['--home', h2, 'identity', 'show', '--json'])).out).uuid).toBe(
      uuid,
    );
    const state = (h: string) => JSON.parse(readFileSync(join(h, 'identity.json'), 'utf8')).state;
    expect(state(h2).selfSigningCertificate).toBe(state(h1).selfSigningCertificate);
  });

  it('fingerprint prints the safety number both sides agree on', async () => {
    const h = home();
    const { uuid } = JSON.parse((await cli(['--home', h, 'identity', 'create', '--json'])).out);
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
    await cli(['--home', h, 'identity', 'create']);
    await expect(cli(['--home', h, 'identity', 'create'])).rejects.toBeInstanceOf(NexusError);
    expect((await cli(['--home', h, 'identity', 'create', '--force'])).code).toBe(0);
    await expect(cli(['--home', home(), 'identity', 'show'])).rejects.toMatchObject({
      code: 'STORAGE',
    });
    expect((await cli(['bogus'])).code).toBe(2);
    expect((await cli(['--help'])).out).toContain('identity create');
  });

  it('concurrent commands on one home never lose an update', async () => {
    const h = home();
    await cli(['--home', h, 'identity', 'create', '--name', 'first']);
    // Ten device additions at once: each reads, changes and writes the home under its lock.
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => cli(['--home', h, 'device', 'add', '--name', `d${i}`])),
    );
    expect(results.every((r) => r.code === 0)).toBe(true);
    const listed = JSON.parse((await cli(['--home', h, 'device', 'list', '--json'])).out) as {
      name: string;
    }[];
    expect(listed.map((d) => d.name).sort()).toEqual([
      'd0',
      'd1',
      'd2',
      'd3',
      'd4',
      'd5',
      'd6',
      'd7',
      'd8',
      'd9',
      'first',
    ]);
  });

  it('a damaged or inconsistent home is a STORAGE error, and a stale lock is taken over', async () => {
    const h = home();
    await cli(['--home', h, 'identity', 'create']);
    const path = join(h, 'identity.json');
    const good = readFileSync(path, 'utf8');
    writeFileSync(path, good.slice(0, 100));
    await expect(cli(['--home', h, 'identity', 'show'])).rejects.toMatchObject({ code: 'STORAGE' });
    const other = home();
    await cli(['--home', other, 'identity', 'create']);
    const file = JSON.parse(good);
    file.secrets.selfSigningSeed = JSON.parse(
      readFileSync(join(other, 'identity.json'), 'utf8'),
    ).secrets.selfSigningSeed;
    writeFileSync(path, JSON.stringify(file));
    await expect(
      cli(['--home', h, 'identity', 'export', '--out', join(h, 'b')], {
        NEXUSLINK_BACKUP_PASSPHRASE: 'x',
      }),
    ).rejects.toMatchObject({ code: 'STORAGE' });
    writeFileSync(path, good);
    writeFileSync(join(h, 'lock'), '999999999'); // no such process
    expect((await cli(['--home', h, 'device', 'add', '--name', 'after-crash'])).code).toBe(0);
  });

  it('export replaces an existing backup file atomically with mode 0600', async () => {
    const h = home();
    await cli(['--home', h, 'identity', 'create']);
    const out = join(h, 'backup.nxl');
    writeFileSync(out, 'old', { mode: 0o644 });
    expect(
      (
        await cli(['--home', h, 'identity', 'export', '--out', out], {
          NEXUSLINK_BACKUP_PASSPHRASE: 'plenty of random words',
        })
      ).code,
    ).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readFileSync(out).length).toBeGreaterThan(100);
    await expect(
      cli(['--home', h, 'identity', 'import', '--in', join(h, 'missing')], {
        NEXUSLINK_BACKUP_PASSPHRASE: 'pw',
      }),
    ).rejects.toMatchObject({ code: 'STORAGE' });
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
    const { secrets } = JSON.parse(readFileSync(join(h, 'identity.json'), 'utf8'));
    expect(secrets.softwareKeys).toEqual([]);
    expect(
      (await cli(['--home', h, 'device', 'add', '--name', 'hsm-2', '--algorithm', 'p256'], env))
        .code,
    ).toBe(0);
    const listed = JSON.parse((await cli(['--home', h, 'device', 'list', '--json'])).out) as {
      algorithm: string;
      status: string;
    }[];
    expect(listed.map((d) => d.algorithm)).toEqual(['ed25519', 'p256']);
    expect(listed.every((d) => d.status === 'active')).toBe(true);
    await expect(cli(['--home', h, 'device', 'add', '--name', 'x'])).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
  });
});
