import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import {
  certifyNewDevice,
  createIdentity,
  decodeDeviceCertificate,
  decodeRevocationList,
  decodeSelfSigningCertificate,
  exportIdentityBackup,
  Identity,
  identityFromMnemonic,
  importIdentityBackup,
  issueRevocationList,
  issueSelfSigningCertificate,
  NexusError,
  parseUuid,
  safetyNumber,
  SigningKeyPair,
  softwareKeyStore,
  verifyDeviceCertificate,
} from '../index.js';
import type { KeyStore, RevocationReasonName, SignatureAlgorithm } from '../index.js';
import { fromHex, toHex } from '../primitives/bytes.js';
import packageJson from '../../package.json' with { type: 'json' };
import { runConformance } from './conformance.js';
import { Home } from './home.js';
import { writeAtomic } from '../storage/file.js';
import type { HomeSecrets, HomeState } from './home.js';

const USAGE = `nexuslink: NexusLink identity tool

Usage: nexuslink [--home DIR] <command> [options]

Identity:
  identity create [--name NAME] [--words 12|24] [--force]   new identity, self-signing key and this device
  identity show [--json]                                    UUID, keys and devices
  identity recover [--name NAME] [--force]                  from the mnemonic (stdin or NEXUSLINK_MNEMONIC)
  identity export --out FILE                                encrypted backup (passphrase: stdin or NEXUSLINK_BACKUP_PASSPHRASE)
  identity import --in FILE [--name NAME] [--force]         restore a backup; certifies this machine as a new device
  identity fingerprint <uuid> [--json]                      safety number with a contact

Devices:
  device add --name NAME [--algorithm ed25519|p256]         certify a new device key on this machine
  device list [--json]                                      every device and whether it is active
  device revoke <device-id> [--reason lost|compromised|retired]

Conformance (spec/conformance.md):
  conformance --impl "<command>" [--vectors DIR] [--only PATTERN] [--json]
  conformance --live --impl "<command>" --peer "<command>" [--json]

Options:
  --home DIR        state directory (default: $NEXUSLINK_HOME or ~/.nexuslink)
  --keystore KIND   software (default) or pkcs11, for create/recover/import
  --pkcs11-module P --pkcs11-slot N --pkcs11-token LABEL    PKCS#11 token; PIN from NEXUSLINK_PKCS11_PIN
  -h, --help        this text; after a command, that command's usage
  -V, --version     the version

The BIP-39 passphrase (if any) is read from NEXUSLINK_MNEMONIC_PASSPHRASE.
State and secrets are kept in <home>/identity.json, mode 0600, like an SSH key.
`;

interface Io {
  out(line: string): void;
  err(line: string): void;
  readLine(prompt: string): Promise<string>;
  env: NodeJS.ProcessEnv;
}

type Values = Record<string, string | boolean | undefined>;

async function openKeyStore(
  state: Pick<HomeState, 'keyStore'>,
  secrets: HomeSecrets | null,
  io: Io,
  onSoftwareChange: (keys: HomeSecrets['softwareKeys']) => void,
): Promise<KeyStore> {
  if (state.keyStore.kind === 'pkcs11') {
    const pin = io.env.NEXUSLINK_PKCS11_PIN;
    if (!pin)
      throw new NexusError(
        'INVALID_ARGUMENT',
        'set NEXUSLINK_PKCS11_PIN to use the PKCS#11 key store',
      );
    const { pkcs11KeyStore } = await import('../node.js');
    return pkcs11KeyStore({
      module: state.keyStore.module,
      pin,
      ...(state.keyStore.slot === undefined ? {} : { slot: state.keyStore.slot }),
      ...(state.keyStore.tokenLabel === undefined ? {} : { tokenLabel: state.keyStore.tokenLabel }),
    });
  }
  return softwareKeyStore({ keys: secrets?.softwareKeys ?? [], onChange: onSoftwareChange });
}

function keyStoreConfig(values: Values): HomeState['keyStore'] {
  const kind = (values.keystore as string | undefined) ?? 'software';
  if (kind === 'software') return { kind: 'software' };
  if (kind !== 'pkcs11')
    throw new NexusError('INVALID_ARGUMENT', `unknown key store "${kind}" (software or pkcs11)`);
  const module = values['pkcs11-module'] as string | undefined;
  if (!module)
    throw new NexusError('INVALID_ARGUMENT', '--pkcs11-module is required with --keystore pkcs11');
  const slot = values['pkcs11-slot'] === undefined ? undefined : Number(values['pkcs11-slot']);
  if (slot !== undefined && !Number.isInteger(slot))
    throw new NexusError('INVALID_ARGUMENT', '--pkcs11-slot must be an integer');
  const tokenLabel = values['pkcs11-token'] as string | undefined;
  return {
    kind: 'pkcs11',
    module: resolve(module),
    ...(slot === undefined ? {} : { slot }),
    ...(tokenLabel ? { tokenLabel } : {}),
  };
}

/** Set up a home with an identity: new SSK, this device, empty revocation list unless given. */
async function establish(
  home: Home,
  io: Io,
  values: Values,
  identity: Identity,
  selfSigning: { key: SigningKeyPair; certificate: Uint8Array } | null,
  revocationList: Uint8Array | null,
): Promise<{ state: HomeState; secrets: HomeSecrets }> {
  if ((await home.exists()) && !values.force) {
    throw new NexusError(
      'INVALID_ARGUMENT',
      `${home.dir} already holds an identity (use --force to replace it)`,
    );
  }
  const selfSigningKey = selfSigning?.key ?? SigningKeyPair.generate();
  const selfSigningCertificate =
    selfSigning?.certificate ??
    (await issueSelfSigningCertificate({ identity, signingKey: selfSigningKey.publicKey })).bytes;
  const keyStoreCfg = keyStoreConfig(values);
  let softwareKeys: HomeSecrets['softwareKeys'] = [];
  const keyStore = await openKeyStore(
    { keyStore: keyStoreCfg },
    null,
    io,
    (keys) => (softwareKeys = keys),
  );
  const name = (values.name as string | undefined) ?? 'this device';
  const device = await certifyNewDevice({
    keyStore,
    selfSigningKey,
    identityKey: identity.publicKey.bytes,
    displayName: name,
  });
  await (keyStore as { close?: () => Promise<void> }).close?.();
  const state: HomeState = {
    format: 1,
    uuid: identity.uuid,
    displayName: name,
    selfSigningCertificate: toHex(selfSigningCertificate),
    devices: [{ certificate: toHex(device.certificate.bytes), signingKeyId: device.signingKeyId }],
    thisDevice: toHex(device.certificate.deviceId),
    revocationList: revocationList ? toHex(revocationList) : null,
    keyStore: keyStoreCfg,
    contacts: {},
  };
  const secrets: HomeSecrets = {
    format: 1,
    identitySeed: toHex(identity.exportSeed()),
    selfSigningSeed: toHex(selfSigningKey.exportSeed()),
    keyAgreementSecret: toHex(device.keyAgreementKey.exportSecret()),
    softwareKeys,
  };
  await home.save(state, secrets);
  return { state, secrets };
}

function deviceStatus(state: HomeState, certificateHex: string): string {
  try {
    verifyDeviceCertificate(fromHex(certificateHex), {
      identity: state.uuid,
      selfSigningCertificate: fromHex(state.selfSigningCertificate),
      revocationList: state.revocationList ? fromHex(state.revocationList) : null,
    });
    return 'active';
  } catch (err) {
    if (NexusError.is(err, 'REVOKED')) return 'revoked';
    if (NexusError.is(err, 'EXPIRED')) return 'expired';
    if (NexusError.is(err, 'UNKNOWN_ISSUER')) return 'superseded';
    throw err;
  }
}

async function secretInput(io: Io, envName: string, prompt: string): Promise<string> {
  const fromEnv = io.env[envName];
  if (fromEnv) return fromEnv;
  const line = (await io.readLine(prompt)).trim();
  if (!line)
    throw new NexusError('INVALID_ARGUMENT', `no input (set ${envName} or type it on stdin)`);
  return line;
}

/**
 * `nexuslink <group> [command] --help`: the usage lines of that command (or
 * of every command of the group) and the options. An unknown one exits 2.
 */
function commandHelp(io: Io, group: string, command: string | undefined): number {
  const prefix = `  ${group}${command === undefined ? ' ' : ` ${command} `}`;
  const lines = USAGE.split('\n').filter((line) => line.startsWith(prefix));
  if (lines.length === 0) {
    io.err(`unknown command: ${[group, command].filter(Boolean).join(' ')} (see nexuslink --help)`);
    return 2;
  }
  const options = USAGE.slice(USAGE.indexOf('Options:'));
  io.out(`Usage: nexuslink [--home DIR]\n${lines.join('\n')}\n\n${options}`);
  return 0;
}

/** A backup passphrase is the only thing between a stolen backup file and the identity. */
const MIN_BACKUP_PASSPHRASE = 12;

/** Refuse a backup passphrase an attacker with the file could guess offline. */
function checkBackupPassphrase(passphrase: string): void {
  const distinct = new Set(passphrase).size;
  if ([...passphrase].length < MIN_BACKUP_PASSPHRASE || distinct < 5)
    throw new NexusError(
      'INVALID_ARGUMENT',
      `the backup passphrase is too weak: use at least ${MIN_BACKUP_PASSPHRASE} characters, not one repeated (four or five random words make a good one)`,
    );
}

/** Run the CLI with `argv` (without `node` and the script). Returns the exit code. */
export async function runCli(argv: string[], io: Io): Promise<number> {
  // The conformance runner has options of its own and never touches the home.
  if (argv[0] === 'conformance') return runConformance(argv.slice(1), io);
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      home: { type: 'string' },
      name: { type: 'string' },
      words: { type: 'string' },
      force: { type: 'boolean' },
      json: { type: 'boolean' },
      out: { type: 'string' },
      in: { type: 'string' },
      algorithm: { type: 'string' },
      reason: { type: 'string' },
      keystore: { type: 'string' },
      'pkcs11-module': { type: 'string' },
      'pkcs11-slot': { type: 'string' },
      'pkcs11-token': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'V' },
    },
  });
  const [group, command, ...rest] = positionals;
  if (values.version || (group === 'version' && command === undefined)) {
    io.out(`nexuslink ${packageJson.version}`);
    return 0;
  }
  if (values.help && group !== undefined && group !== 'help')
    return commandHelp(io, group, command);
  if (values.help || group === undefined || group === 'help') {
    io.out(USAGE);
    return group === undefined && !values.help ? 2 : 0;
  }
  const home = new Home(
    resolve(values.home ?? io.env.NEXUSLINK_HOME ?? join(homedir(), '.nexuslink')),
  );
  const json = (value: unknown) => io.out(JSON.stringify(value, null, 2));

  const name = `${group} ${command ?? ''}`.trim();
  const dispatch = () => runCommand(name, { values, rest, positionals, home, io, json });
  // Commands that change the home hold its lock for their whole read-modify-write.
  return MUTATING.has(name) ? home.withLock(dispatch) : dispatch();
}

const MUTATING = new Set([
  'identity create',
  'identity recover',
  'identity import',
  'device add',
  'device revoke',
]);

interface CommandContext {
  values: Values & {
    name?: string;
    words?: string;
    json?: boolean;
    out?: string;
    in?: string;
    algorithm?: string;
    reason?: string;
  };
  rest: string[];
  positionals: string[];
  home: Home;
  io: Io;
  json: (value: unknown) => void;
}

async function runCommand(
  command: string,
  { values, rest, positionals, home, io, json }: CommandContext,
): Promise<number> {
  switch (command) {
    case 'identity create': {
      const words = values.words === undefined ? 24 : Number(values.words);
      if (words !== 12 && words !== 24)
        throw new NexusError('INVALID_ARGUMENT', '--words must be 12 or 24');
      const { identity, mnemonic } = createIdentity({
        words,
        passphrase: io.env.NEXUSLINK_MNEMONIC_PASSPHRASE ?? '',
      });
      const { state } = await establish(home, io, values, identity, null, null);
      if (values.json) {
        json({ uuid: state.uuid, device: state.thisDevice, mnemonic });
      } else {
        io.out(`Identity created in ${home.dir}`);
        io.out(`UUID:   ${state.uuid}`);
        io.out(`Device: ${state.thisDevice} (${state.displayName})`);
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
      return 0;
    }

    case 'identity recover': {
      const mnemonic = await secretInput(io, 'NEXUSLINK_MNEMONIC', 'Recovery phrase: ');
      const identity = identityFromMnemonic(mnemonic, io.env.NEXUSLINK_MNEMONIC_PASSPHRASE ?? '');
      const { state } = await establish(home, io, values, identity, null, null);
      io.out(`Recovered ${state.uuid}`);
      io.out(
        'A new self-signing key was issued: certify your other devices again, or import a backup to keep them.',
      );
      return 0;
    }

    case 'identity import': {
      if (!values.in) throw new NexusError('INVALID_ARGUMENT', '--in FILE is required');
      const file = await readFile(values.in).then(
        (b) => new Uint8Array(b),
        (cause: unknown) => {
          throw new NexusError('STORAGE', `could not read ${values.in}`, { cause });
        },
      );
      const passphrase = await secretInput(
        io,
        'NEXUSLINK_BACKUP_PASSPHRASE',
        'Backup passphrase: ',
      );
      const backup = await importIdentityBackup(file, passphrase);
      const { state } = await establish(
        home,
        io,
        values,
        backup.identity,
        { key: backup.selfSigningKey, certificate: backup.selfSigningCertificate.bytes },
        backup.revocationList?.bytes ?? null,
      );
      io.out(`Imported ${state.uuid}; this machine is device ${state.thisDevice}`);
      return 0;
    }

    case 'identity show': {
      const { state } = await home.load();
      const devices = state.devices.map((d) => {
        const cert = decodeDeviceCertificate(fromHex(d.certificate));
        return {
          id: toHex(cert.deviceId),
          name: cert.displayName,
          algorithm: cert.signingKey.algorithm,
          status: deviceStatus(state, d.certificate),
        };
      });
      const publicKey = toHex(parseUuid(state.uuid).publicKey);
      if (values.json) {
        json({ uuid: state.uuid, publicKey, thisDevice: state.thisDevice, devices });
      } else {
        io.out(`UUID:        ${state.uuid}`);
        io.out(`Public key:  ${publicKey}`);
        io.out(`This device: ${state.thisDevice}`);
        io.out(
          `Devices:     ${devices.filter((d) => d.status === 'active').length} active of ${devices.length}`,
        );
      }
      return 0;
    }

    case 'identity export': {
      if (!values.out) throw new NexusError('INVALID_ARGUMENT', '--out FILE is required');
      const { state, secrets } = await home.load();
      const passphrase = await secretInput(
        io,
        'NEXUSLINK_BACKUP_PASSPHRASE',
        'Backup passphrase: ',
      );
      checkBackupPassphrase(passphrase);
      const identity = Identity.fromSeed(fromHex(secrets.identitySeed));
      const file = await exportIdentityBackup(
        {
          identity,
          selfSigningKey: SigningKeyPair.fromSeed(fromHex(secrets.selfSigningSeed)),
          selfSigningCertificate: decodeSelfSigningCertificate(
            fromHex(state.selfSigningCertificate),
          ),
          revocationList: state.revocationList
            ? decodeRevocationList(fromHex(state.revocationList))
            : null,
        },
        passphrase,
      );
      await writeAtomic(resolve(values.out), file, 0o600);
      io.out(`Backup of ${state.uuid} written to ${values.out} (${file.length} bytes)`);
      return 0;
    }

    case 'identity fingerprint': {
      const other = rest[0];
      if (!other) throw new NexusError('INVALID_ARGUMENT', 'usage: identity fingerprint <uuid>');
      const { state } = await home.load();
      const number = safetyNumber(state.uuid, parseUuid(other).uuid);
      if (values.json)
        json({
          uuid: state.uuid,
          contact: other.trim(),
          safetyNumber: number.digits,
          payload: toHex(number.payload),
        });
      else {
        io.out(`Safety number with ${other.trim()}:`);
        io.out(`  ${number.groups.slice(0, 6).join(' ')}`);
        io.out(`  ${number.groups.slice(6).join(' ')}`);
      }
      return 0;
    }

    case 'device add': {
      if (!values.name) throw new NexusError('INVALID_ARGUMENT', '--name NAME is required');
      const { state, secrets } = await home.load();
      let softwareKeys = secrets.softwareKeys;
      const keyStore = await openKeyStore(state, secrets, io, (keys) => (softwareKeys = keys));
      const algorithms: SignatureAlgorithm[] = values.algorithm
        ? [values.algorithm as SignatureAlgorithm]
        : ['ed25519', 'p256'];
      const device = await certifyNewDevice({
        keyStore,
        selfSigningKey: SigningKeyPair.fromSeed(fromHex(secrets.selfSigningSeed)),
        identityKey: parseUuid(state.uuid).publicKey,
        displayName: values.name,
        algorithms,
      });
      await (keyStore as { close?: () => Promise<void> }).close?.();
      await home.save(
        {
          ...state,
          devices: [
            ...state.devices,
            { certificate: toHex(device.certificate.bytes), signingKeyId: device.signingKeyId },
          ],
        },
        { ...secrets, softwareKeys },
      );
      io.out(
        `Device ${toHex(device.certificate.deviceId)} (${values.name}, ${device.certificate.signingKey.algorithm}) certified`,
      );
      return 0;
    }

    case 'device list': {
      const { state } = await home.load();
      const rows = state.devices.map((d) => {
        const cert = decodeDeviceCertificate(fromHex(d.certificate));
        return {
          id: toHex(cert.deviceId),
          name: cert.displayName,
          algorithm: cert.signingKey.algorithm,
          created: new Date(cert.createdAt).toISOString(),
          status: deviceStatus(state, d.certificate),
          thisDevice: toHex(cert.deviceId) === state.thisDevice,
        };
      });
      if (values.json) json(rows);
      else
        for (const r of rows)
          io.out(
            `${r.id}  ${r.status.padEnd(10)} ${r.algorithm.padEnd(8)} ${r.name}${r.thisDevice ? '  (this device)' : ''}`,
          );
      return 0;
    }

    case 'device revoke': {
      const id = rest[0];
      if (!id || !/^[0-9a-f]{32}$/.test(id))
        throw new NexusError('INVALID_ARGUMENT', 'usage: device revoke <32-hex-digit device id>');
      const reason = (values.reason ?? 'unspecified') as RevocationReasonName;
      if (!['unspecified', 'lost', 'compromised', 'retired'].includes(reason))
        throw new NexusError('INVALID_ARGUMENT', '--reason must be lost, compromised or retired');
      const { state, secrets } = await home.load();
      if (
        !state.devices.some(
          (d) => toHex(decodeDeviceCertificate(fromHex(d.certificate)).deviceId) === id,
        )
      ) {
        throw new NexusError('INVALID_ARGUMENT', `no device ${id} in this identity`);
      }
      const list = await issueRevocationList({
        issuer: SigningKeyPair.fromSeed(fromHex(secrets.selfSigningSeed)),
        identityKey: parseUuid(state.uuid).publicKey,
        previous: state.revocationList ? decodeRevocationList(fromHex(state.revocationList)) : null,
        revoke: [{ deviceId: fromHex(id), reason }],
      });
      await home.save({ ...state, revocationList: toHex(list.bytes) }, secrets);
      io.out(`Device ${id} revoked (revocation list serial ${list.serial})`);
      if (id === state.thisDevice) io.err("warning: you revoked this machine's own device");
      return 0;
    }

    default:
      io.err(`unknown command: ${positionals.join(' ')}\n`);
      io.out(USAGE);
      return 2;
  }
}

/** Read one line from stdin; on a terminal the typed text is not echoed (it is a secret). */
function stdinLine(prompt: string): Promise<string> {
  return new Promise((resolvePromise) => {
    const tty = process.stdin.isTTY === true;
    // On a terminal, readline echoes through `output`: give it one that drops everything.
    const muted = new Writable({ write: (_chunk, _encoding, done) => done() });
    const rl = createInterface({
      input: process.stdin,
      output: tty ? muted : undefined,
      terminal: tty,
    });
    if (tty) process.stderr.write(prompt);
    let answered = false;
    rl.once('line', (line) => {
      answered = true;
      if (tty) process.stderr.write('\n');
      rl.close();
      resolvePromise(line);
    });
    rl.once('close', () => {
      if (!answered) resolvePromise('');
    });
  });
}

const isMain = process.argv[1] !== undefined && /cli\.(js|ts)$|nexuslink$/.test(process.argv[1]);
if (isMain) {
  const io: Io = {
    out: (line) => process.stdout.write(line + '\n'),
    err: (line) => process.stderr.write(line + '\n'),
    readLine: stdinLine,
    env: process.env,
  };
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      if (NexusError.is(err)) process.stderr.write(`nexuslink: ${err.code}: ${err.message}\n`);
      else if (
        err instanceof TypeError &&
        (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
      )
        process.stderr.write(`nexuslink: ${err.message}\n`);
      else
        process.stderr.write(
          `nexuslink: unexpected error: ${err instanceof Error ? err.message : String(err)}\n`,
        );
      process.exitCode = 1;
    },
  );
}
