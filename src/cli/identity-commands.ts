/**
 * `nexuslink identity …` and `nexuslink device …`: make, recover, back up
 * and show an identity; link, list and revoke its devices. Each home holds
 * one device (spec/client.md §4.1), encrypted under the home passphrase.
 */
import { readFile, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { NexusError } from '../interfaces/errors.js';
import {
  decodeDeviceCertificate,
  decodeRevocationList,
  decodeSelfSigningCertificate,
  issueRevocationList,
  systemRandom,
  verifyDeviceCertificate,
  verifySelfSigningCertificate,
} from '../identity/certificates.js';
import type { RevocationReasonName } from '../identity/certificates.js';
import { exportIdentityBackup, importIdentityBackup } from '../identity/backup.js';
import { Identity, identityFromMnemonic } from '../identity/identity.js';
import { safetyNumber } from '../identity/safety-number.js';
import { SigningKeyPair } from '../identity/signing-key.js';
import { parseUuid } from '../identity/uuid.js';
import { readSelfSigningKey } from '../device/device.js';
import { bytesEqual, fromHex, toHex } from '../primitives/bytes.js';

import { writeAtomic } from '../storage/file.js';
import { Home, openKeyStore } from './home.js';
import type { CliRecord, KeyStoreConfig, OpenHome } from './home.js';
import { homePassphrase, secretInput, stringOption } from './io.js';
import type { Io, Values } from './io.js';
import { checkPassphraseStrength } from './passphrase.js';
import { connect } from './session.js';

/** What a command gets. */
export interface CommandContext {
  readonly values: Values;
  /** Positional arguments after the command's name. */
  readonly rest: readonly string[];
  readonly home: Home;
  readonly io: Io;
  json(value: unknown): void;
}

const random = (n: number) => systemRandom.randomBytes(n);

/**
 * Open the home's device with its passphrase (migrating a legacy
 * `identity.json` first). The caller holds the home's lock. Throws
 * `NOT_FOUND` when the home holds none.
 */
export async function openHome(home: Home, io: Io): Promise<OpenHome> {
  if (await home.hasLegacy()) await migrate(home, io);
  if (!(await home.exists()))
    throw new NexusError(
      'NOT_FOUND',
      `no identity in ${home.dir} (run "nexuslink identity create", or "identity recover")`,
    );
  const passphrase = await homePassphrase(io, false);
  const keyStore = await openKeyStore(await home.keyStoreConfig(), io.env);
  return home.open({
    passphrase,
    create: false,
    random,
    ...(keyStore ? { keyStore } : {}),
  });
}

/** Run `fn` on the open home, and close it. */
export async function withHome<T>(
  home: Home,
  io: Io,
  fn: (open: OpenHome) => Promise<T>,
): Promise<T> {
  const open = await openHome(home, io);
  try {
    return await fn(open);
  } finally {
    await open.close();
  }
}

function keyStoreConfig(values: Values): KeyStoreConfig {
  const kind = stringOption(values, 'keystore') ?? 'software';
  if (kind === 'software') return { kind: 'software' };
  if (kind !== 'pkcs11')
    throw new NexusError('INVALID_ARGUMENT', `unknown key store "${kind}" (software or pkcs11)`);
  const module = stringOption(values, 'pkcs11-module');
  if (!module)
    throw new NexusError('INVALID_ARGUMENT', '--pkcs11-module is required with --keystore pkcs11');
  const slotText = stringOption(values, 'pkcs11-slot');
  const slot = slotText === undefined ? undefined : Number(slotText);
  if (slot !== undefined && !Number.isInteger(slot))
    throw new NexusError('INVALID_ARGUMENT', '--pkcs11-slot must be an integer');
  const tokenLabel = stringOption(values, 'pkcs11-token');
  return {
    kind: 'pkcs11',
    module: resolve(module),
    ...(slot === undefined ? {} : { slot }),
    ...(tokenLabel ? { tokenLabel } : {}),
  };
}

/**
 * Make this home's device: a new identity, one recovered from its phrase,
 * or a device linked to an existing identity (`selfSigning`). Refused when
 * the home holds one, unless `--force`.
 */
async function establish(
  ctx: CommandContext,
  how: {
    mnemonic?: string;
    selfSigning?: { key: SigningKeyPair; certificate: Uint8Array };
    revocationList?: Uint8Array | null;
    devices?: readonly string[];
  },
): Promise<OpenHome> {
  const { home, io, values } = ctx;
  if (await home.exists()) {
    if (values.force !== true)
      throw new NexusError(
        'INVALID_ARGUMENT',
        `${home.dir} already holds an identity (use --force to replace it)`,
      );
    await home.clear();
    await rm(home.legacyPath, { force: true });
  }
  const words = stringOption(values, 'words');
  if (words !== undefined && words !== '12' && words !== '24')
    throw new NexusError('INVALID_ARGUMENT', '--words must be 12 or 24');
  const config = keyStoreConfig(values);
  const passphrase = await homePassphrase(io, true);
  const keyStore = await openKeyStore(config, io.env);
  await home.saveKeyStoreConfig(config);
  const name = stringOption(values, 'name') ?? (hostname().slice(0, 64) || 'this device');
  const open = await home.open({
    passphrase,
    displayName: name,
    random,
    ...(io.kdf ? { kdf: io.kdf } : {}),
    ...(keyStore ? { keyStore } : {}),
    ...(how.mnemonic === undefined ? {} : { mnemonic: how.mnemonic }),
    ...(how.selfSigning === undefined ? {} : { selfSigning: how.selfSigning }),
    ...(words === undefined ? {} : { words: Number(words) as 12 | 24 }),
    ...(io.env.NEXUSLINK_MNEMONIC_PASSPHRASE
      ? { mnemonicPassphrase: io.env.NEXUSLINK_MNEMONIC_PASSPHRASE }
      : {}),
  });
  if (how.revocationList || how.devices)
    await open.update((r) => ({
      ...r,
      devices: [...new Set([...r.devices, ...(how.devices ?? [])])],
      revocationList: how.revocationList ? toHex(how.revocationList) : r.revocationList,
    }));
  return open;
}

/** Whether a device certificate of the identity is active, revoked, expired or superseded. */
export function deviceStatus(
  open: OpenHome,
  record: CliRecord,
  certificate: Uint8Array,
): 'active' | 'revoked' | 'expired' | 'superseded' {
  try {
    verifyDeviceCertificate(certificate, {
      identity: open.device.uuid,
      selfSigningCertificate: open.device.selfSigningCertificate,
      revocationList: record.revocationList ? fromHex(record.revocationList) : null,
    });
    return 'active';
  } catch (err) {
    if (NexusError.is(err, 'REVOKED')) return 'revoked';
    if (NexusError.is(err, 'EXPIRED')) return 'expired';
    if (NexusError.is(err, 'UNKNOWN_ISSUER')) return 'superseded';
    throw err;
  }
}

function devicesOf(open: OpenHome, record: CliRecord) {
  return record.devices.map((hex) => {
    const cert = decodeDeviceCertificate(fromHex(hex));
    const id = toHex(cert.deviceId);
    return {
      id,
      name: cert.displayName,
      algorithm: cert.signingKey.algorithm,
      created: new Date(cert.createdAt).toISOString(),
      status: deviceStatus(open, record, fromHex(hex)),
      thisDevice: id === toHex(open.device.deviceId),
    };
  });
}

async function selfSigningKeyOf(open: OpenHome) {
  const ssk = await readSelfSigningKey(open.storage);
  if (ssk === null)
    throw new NexusError(
      'NOT_PERMITTED',
      'this device does not keep the self-signing key: link or revoke devices from one that does, or import a backup',
    );
  return ssk;
}

function printMnemonic(io: Io, mnemonic: string): void {
  io.out('');
  io.out('Recovery phrase: write it down and keep it offline. It is shown only once.');
  const list = mnemonic.split(' ');
  for (let i = 0; i < list.length; i += 6)
    io.out(
      '  ' +
        list
          .slice(i, i + 6)
          .map((w, j) => `${String(i + j + 1).padStart(2)}. ${w.padEnd(9)}`)
          .join(' '),
    );
}

/** The identity and device commands, by name; undefined for another command. */
export const identityCommands: Record<string, (ctx: CommandContext) => Promise<number>> = {
  async 'identity create'(ctx) {
    const open = await establish(ctx, {});
    try {
      const { device } = open;
      if (ctx.values.json === true)
        ctx.json({ uuid: device.uuid, device: toHex(device.deviceId), mnemonic: open.mnemonic });
      else {
        ctx.io.out(`Identity created in ${ctx.home.dir}`);
        ctx.io.out(`UUID:   ${device.uuid}`);
        ctx.io.out(
          `Device: ${toHex(device.deviceId)} (${decodeDeviceCertificate(device.deviceCertificate).displayName})`,
        );
        printMnemonic(ctx.io, open.mnemonic!);
      }
      return 0;
    } finally {
      await open.close();
    }
  },

  async 'identity recover'(ctx) {
    const mnemonic = await secretInput(ctx.io, 'NEXUSLINK_MNEMONIC', 'Recovery phrase: ');
    const open = await establish(ctx, { mnemonic });
    try {
      if (ctx.values.json === true)
        ctx.json({ uuid: open.device.uuid, device: toHex(open.device.deviceId) });
      else {
        ctx.io.out(
          `Recovered ${open.device.uuid}; this machine is device ${toHex(open.device.deviceId)}`,
        );
        ctx.io.out(
          'A new self-signing key was issued: link your other devices again, or import a backup to keep them.',
        );
      }
      return 0;
    } finally {
      await open.close();
    }
  },

  async 'identity import'(ctx) {
    const file = stringOption(ctx.values, 'in');
    if (!file) throw new NexusError('INVALID_ARGUMENT', '--in FILE is required');
    const bytes = await readFile(file).then(
      (b) => new Uint8Array(b),
      (cause: unknown) => {
        throw new NexusError('STORAGE', `could not read ${file}`, { cause });
      },
    );
    const passphrase = await secretInput(
      ctx.io,
      'NEXUSLINK_BACKUP_PASSPHRASE',
      'Backup passphrase: ',
    );
    const backup = await importIdentityBackup(bytes, passphrase);
    try {
      const open = await establish(ctx, {
        selfSigning: {
          key: backup.selfSigningKey,
          certificate: backup.selfSigningCertificate.bytes,
        },
        revocationList: backup.revocationList?.bytes ?? null,
      });
      try {
        ctx.io.out(
          `Imported ${open.device.uuid}; this machine is device ${toHex(open.device.deviceId)}`,
        );
      } finally {
        await open.close();
      }
    } finally {
      backup.identity.destroy();
      backup.selfSigningKey.destroy();
    }
    return 0;
  },

  async 'identity show'(ctx) {
    return withHome(ctx.home, ctx.io, async (open) => {
      const record = await open.record();
      const devices = devicesOf(open, record).map(({ id, name, algorithm, status }) => ({
        id,
        name,
        algorithm,
        status,
      }));
      const publicKey = toHex(open.device.identityKey);
      if (ctx.values.json === true)
        ctx.json({
          uuid: open.device.uuid,
          publicKey,
          thisDevice: toHex(open.device.deviceId),
          devices,
        });
      else {
        ctx.io.out(`UUID:        ${open.device.uuid}`);
        ctx.io.out(`Public key:  ${publicKey}`);
        ctx.io.out(`This device: ${toHex(open.device.deviceId)}`);
        ctx.io.out(
          `Devices:     ${devices.filter((d) => d.status === 'active').length} active of ${devices.length}`,
        );
        if (record.server) ctx.io.out(`Server:      ${record.server}`);
      }
      return 0;
    });
  },

  async 'identity export'(ctx) {
    const out = stringOption(ctx.values, 'out');
    if (!out) throw new NexusError('INVALID_ARGUMENT', '--out FILE is required');
    return withHome(ctx.home, ctx.io, async (open) => {
      // The identity seed is kept nowhere but in the recovery phrase.
      const mnemonic = await secretInput(ctx.io, 'NEXUSLINK_MNEMONIC', 'Recovery phrase: ');
      const identity = identityFromMnemonic(
        mnemonic,
        ctx.io.env.NEXUSLINK_MNEMONIC_PASSPHRASE ?? '',
      );
      const ssk = await selfSigningKeyOf(open);
      try {
        if (identity.uuid !== open.device.uuid)
          throw new NexusError(
            'INVALID_ARGUMENT',
            `that recovery phrase is of another identity (${identity.uuid}), not ${open.device.uuid}`,
          );
        const passphrase = await secretInput(
          ctx.io,
          'NEXUSLINK_BACKUP_PASSPHRASE',
          'Backup passphrase: ',
        );
        await checkPassphraseStrength(passphrase, 'backup passphrase', [open.device.uuid]);
        const record = await open.record();
        const file = await exportIdentityBackup(
          {
            identity,
            selfSigningKey: ssk.key,
            selfSigningCertificate: decodeSelfSigningCertificate(ssk.certificate),
            revocationList: record.revocationList
              ? decodeRevocationList(fromHex(record.revocationList))
              : null,
          },
          passphrase,
          ctx.io.kdf ? { kdf: ctx.io.kdf } : {},
        );
        await writeAtomic(resolve(out), file, 0o600);
        ctx.io.out(`Backup of ${open.device.uuid} written to ${out} (${file.length} bytes)`);
        return 0;
      } finally {
        identity.destroy();
        ssk.key.destroy();
      }
    });
  },

  async 'identity fingerprint'(ctx) {
    const other = ctx.rest[0];
    if (!other) throw new NexusError('INVALID_ARGUMENT', 'usage: identity fingerprint <uuid>');
    const contact = parseUuid(other).uuid;
    return withHome(ctx.home, ctx.io, async (open) => {
      const number = safetyNumber(open.device.uuid, contact);
      if (ctx.values.json === true)
        ctx.json({
          uuid: open.device.uuid,
          contact,
          safetyNumber: number.digits,
          payload: toHex(number.payload),
        });
      else {
        ctx.io.out(`Safety number with ${contact}:`);
        ctx.io.out(`  ${number.groups.slice(0, 6).join(' ')}`);
        ctx.io.out(`  ${number.groups.slice(6).join(' ')}`);
      }
      return 0;
    });
  },

  async 'device add'(ctx) {
    const name = stringOption(ctx.values, 'name');
    const into = stringOption(ctx.values, 'into');
    if (!name || !into)
      throw new NexusError('INVALID_ARGUMENT', 'usage: device add --name NAME --into DIR');
    const target = new Home(into);
    if (target.dir === ctx.home.dir)
      throw new NexusError('INVALID_ARGUMENT', '--into must be another folder than this home');
    return withHome(ctx.home, ctx.io, async (open) => {
      const ssk = await selfSigningKeyOf(open);
      try {
        const record = await open.record();
        // The new home gets a passphrase of its own.
        const io: Io = {
          ...ctx.io,
          env: { ...ctx.io.env, NEXUSLINK_PASSPHRASE: ctx.io.env.NEXUSLINK_NEW_PASSPHRASE ?? '' },
        };
        const linked = await target.withLock(() =>
          establish(
            { ...ctx, home: target, io, values: { ...ctx.values, name } },
            {
              selfSigning: ssk,
              revocationList: record.revocationList ? fromHex(record.revocationList) : null,
              devices: record.devices,
            },
          ),
        );
        try {
          const certificate = toHex(linked.device.deviceCertificate);
          await open.update((r) => ({ ...r, devices: [...r.devices, certificate] }));
          ctx.io.out(
            `Device ${toHex(linked.device.deviceId)} (${name}) of ${open.device.uuid} made in ${target.dir}`,
          );
        } finally {
          await linked.close();
        }
        return 0;
      } finally {
        ssk.key.destroy();
      }
    });
  },

  async 'device list'(ctx) {
    return withHome(ctx.home, ctx.io, async (open) => {
      const rows = devicesOf(open, await open.record());
      if (ctx.values.json === true) ctx.json(rows);
      else
        for (const r of rows)
          ctx.io.out(
            `${r.id}  ${r.status.padEnd(10)} ${r.algorithm.padEnd(8)} ${r.name}${r.thisDevice ? '  (this device)' : ''}`,
          );
      return 0;
    });
  },

  async 'device revoke'(ctx) {
    const id = ctx.rest[0];
    if (!id || !/^[0-9a-f]{32}$/.test(id))
      throw new NexusError('INVALID_ARGUMENT', 'usage: device revoke <32-hex-digit device id>');
    const reason = (stringOption(ctx.values, 'reason') ?? 'unspecified') as RevocationReasonName;
    if (!['unspecified', 'lost', 'compromised', 'retired'].includes(reason))
      throw new NexusError('INVALID_ARGUMENT', '--reason must be lost, compromised or retired');
    return withHome(ctx.home, ctx.io, async (open) => {
      const record = await open.record();
      if (!record.devices.some((d) => toHex(decodeDeviceCertificate(fromHex(d)).deviceId) === id))
        throw new NexusError('INVALID_ARGUMENT', `no device ${id} in this identity`);
      const ssk = await selfSigningKeyOf(open);
      try {
        const list = await issueRevocationList({
          issuer: ssk.key,
          identityKey: open.device.identityKey,
          previous: record.revocationList
            ? decodeRevocationList(fromHex(record.revocationList))
            : null,
          revoke: [{ deviceId: fromHex(id), reason }],
        });
        const updated = await open.update((r) => ({ ...r, revocationList: toHex(list.bytes) }));
        ctx.io.out(`Device ${id} revoked (revocation list serial ${list.serial})`);
        // Tell the server (it refuses the device from now on) and every contact (they stop
        // sending to it and accepting from it), when a server is known.
        if (updated.server || stringOption(ctx.values, 'server') || ctx.io.env.NEXUSLINK_SERVER) {
          const s = await connect(open, ctx.values, ctx.io);
          try {
            await s.start();
            // The server drops the device's logins and connections at once; contacts hear it 1:1.
            await s.community?.revokeDevices(list.bytes);
            await s.client.publishIdentityUpdate({ revocationList: list.bytes });
            await s.drain(30_000);
            ctx.io.out(`The revocation went to ${s.via} and to every contact`);
          } catch (err) {
            if (!NexusError.is(err, 'TRANSPORT')) throw err;
            ctx.io.err(
              `warning: the revocation is saved but did not reach ${s.via}: run "nexuslink device revoke ${id}" again when online`,
            );
          } finally {
            await s.close();
          }
        }
        if (id === toHex(open.device.deviceId))
          ctx.io.err("warning: you revoked this machine's own device");
        return 0;
      } finally {
        ssk.key.destroy();
      }
    });
  },
};

/** The state file of earlier CLI versions (plaintext seeds, mode 0600). */
interface LegacyHome {
  format: 1;
  state: {
    uuid: string;
    displayName: string;
    selfSigningCertificate: string;
    devices: { certificate: string }[];
    thisDevice: string;
    revocationList: string | null;
    keyStore: KeyStoreConfig;
  };
  secrets: { identitySeed: string; selfSigningSeed: string };
}

/**
 * Move a legacy home (`identity.json`, its seeds in plaintext) into an
 * encrypted one, once: a new device of the same identity, certified by its
 * self-signing key (the identity's other devices stay valid), the old
 * device revoked as retired (its keys are deleted with the file), and the
 * identity seed kept only in an encrypted backup `identity-backup.nxl`
 * under the new home passphrase. Then `identity.json` is removed.
 */
async function migrate(home: Home, io: Io): Promise<void> {
  if (!(await home.hasLegacy())) return; // another process did it
  let legacy: LegacyHome;
  try {
    legacy = JSON.parse(await readFile(home.legacyPath, 'utf8')) as LegacyHome;
  } catch (cause) {
    throw new NexusError('STORAGE', `${home.legacyPath} is not valid JSON`, { cause });
  }
  if (
    legacy?.format !== 1 ||
    typeof legacy.state !== 'object' ||
    typeof legacy.secrets !== 'object'
  )
    throw new NexusError('STORAGE', `${home.legacyPath} has an unsupported format`);
  let identity: Identity;
  let ssk: SigningKeyPair;
  try {
    identity = Identity.fromSeed(fromHex(legacy.secrets.identitySeed));
    ssk = SigningKeyPair.fromSeed(fromHex(legacy.secrets.selfSigningSeed));
    const cert = verifySelfSigningCertificate(
      fromHex(legacy.state.selfSigningCertificate),
      identity.uuid,
      { now: 0 },
    );
    if (
      identity.uuid !== legacy.state.uuid ||
      !bytesEqual(cert.signingKey.bytes, ssk.publicKey.bytes)
    )
      throw new NexusError('STORAGE', 'seeds do not match the identity and certificate');
  } catch (cause) {
    throw new NexusError('STORAGE', `${home.legacyPath} is inconsistent or damaged`, { cause });
  }
  try {
    io.err(
      `${home.legacyPath} keeps the identity's seeds in plaintext: moving it into an encrypted home (once).`,
    );
    await home.clear();
    const passphrase = await homePassphrase(io, true);
    const config =
      legacy.state.keyStore?.kind === 'pkcs11'
        ? legacy.state.keyStore
        : { kind: 'software' as const };
    const keyStore = await openKeyStore(config, io.env);
    await home.saveKeyStoreConfig(config);
    const certificate = fromHex(legacy.state.selfSigningCertificate);
    const open = await home.open({
      passphrase,
      displayName: (legacy.state.displayName || 'this device').slice(0, 64),
      random,
      selfSigning: { key: ssk, certificate },
      ...(io.kdf ? { kdf: io.kdf } : {}),
      ...(keyStore ? { keyStore } : {}),
    });
    try {
      const previous = legacy.state.revocationList
        ? decodeRevocationList(fromHex(legacy.state.revocationList))
        : null;
      const list = await issueRevocationList({
        issuer: ssk,
        identityKey: identity.publicKey.bytes,
        previous,
        revoke: [{ deviceId: fromHex(legacy.state.thisDevice), reason: 'retired' }],
      });
      await open.update((r) => ({
        ...r,
        devices: [...r.devices, ...legacy.state.devices.map((d) => d.certificate)],
        revocationList: toHex(list.bytes),
      }));
      const backup = await exportIdentityBackup(
        {
          identity,
          selfSigningKey: ssk,
          selfSigningCertificate: decodeSelfSigningCertificate(certificate),
          revocationList: list,
        },
        passphrase,
        io.kdf ? { kdf: io.kdf } : {},
      );
      await writeAtomic(join(home.dir, 'identity-backup.nxl'), backup, 0o600);
      io.err(
        `Moved: this machine is now device ${toHex(open.device.deviceId)} (the old one, ${legacy.state.thisDevice}, is revoked as retired); the identity seed is in ${join(home.dir, 'identity-backup.nxl')}, encrypted under the home passphrase.`,
      );
    } finally {
      await open.close();
    }
    await rm(home.legacyPath);
  } finally {
    identity.destroy();
    ssk.destroy();
  }
}
