import { homedir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { NexusError } from '../interfaces/errors.js';
import packageJson from '../../package.json' with { type: 'json' };
import { chatCommands } from './chat-commands.js';
import { runConformance } from './conformance.js';
import { Home } from './home.js';
import { identityCommands } from './identity-commands.js';
import type { Io, Values } from './io.js';

export type { Io } from './io.js';

const USAGE = `nexuslink: NexusLink from a terminal: identities, devices, contacts and end-to-end encrypted chat

Usage: nexuslink [--home DIR] <command> [options]

Identity:
  identity create [--name NAME] [--words 12|24] [--force]   new identity and this device, in an encrypted home
  identity recover [--name NAME] [--force]                  a device of the identity a recovery phrase names
  identity import --in FILE [--name NAME] [--force]         a device of the identity in a backup (other devices stay valid)
  identity export --out FILE                                encrypted backup (needs the recovery phrase)
  identity show [--json]                                    UUID, keys and devices
  identity fingerprint <uuid> [--json]                      safety number with a contact

Devices:
  device add --name NAME --into DIR                         link a new device of this identity, in its own home
  device list [--json]                                      every device and whether it is active
  device revoke <device-id> [--reason lost|compromised|retired]

Contacts (through --server URL or --p2p):
  card [--name NAME] [--no-qr] [--json]                     your invite, as a QR code and text
  contact add <invite|uuid> [--name NAME] [--address MULTIADDR]... [--wait S]
  contact verify <contact> <safety number>                  mark a contact verified
  contacts [--json]                                         your contacts

Messages (through --server URL or --p2p):
  send <to> <text...> [--wait S] [--json]                   send a message; <to>: contact, group or conversation id
  receive [--wait S] [--count N] [--follow] [--json]        print what arrives (JSON lines with --json)
  chat <to>                                                 send each line typed, print what arrives
  group create --name NAME <member>... [--json]             a group of contacts
  channel list [--json]                                     the server's channels
  channel create <name> [--private] [--json]                a channel on the server (you are its admin)
  channel join <id|name> [--json]                           join a channel; send to it by its name
  channel leave <id|name>
  conversations [--json]                                    every conversation
  history <to> [--limit N] [--json]                         the newest messages of a conversation

Conformance (spec/conformance.md):
  conformance --impl "<command>" [--vectors DIR] [--only PATTERN] [--json]
  conformance --live --impl "<command>" --peer "<command>" [--json]

Options:
  --home DIR         home folder (default: $NEXUSLINK_HOME or ~/.nexuslink)
  --server URL       a community server (remembered; or $NEXUSLINK_SERVER)
  --p2p              peer to peer instead (libp2p; mDNS finds others on the LAN)
  --listen MULTIADDR where to listen peer to peer (default /ip4/0.0.0.0/tcp/0)
  --keystore KIND    software (default) or pkcs11, for create/recover/import
  --pkcs11-module P --pkcs11-slot N --pkcs11-token LABEL    PKCS#11 token; PIN from NEXUSLINK_PKCS11_PIN
  --json             machine-readable output
  -h, --help         this text; after a command, that command's usage
  -V, --version      the version

Secrets come from the environment or are typed (not echoed): the home passphrase
NEXUSLINK_PASSPHRASE (a new one must be strong), the recovery phrase NEXUSLINK_MNEMONIC
(its BIP-39 passphrase NEXUSLINK_MNEMONIC_PASSPHRASE), a backup's passphrase
NEXUSLINK_BACKUP_PASSPHRASE, a linked device's home passphrase NEXUSLINK_NEW_PASSPHRASE.
The home keeps the device encrypted under its passphrase (storage.key, nexuslink.db);
one command uses a home at a time.
`;

/**
 * \`nexuslink <group> [command] --help\`: the usage lines of that command (or
 * of every command of the group) and the options. An unknown one exits 2.
 */
function commandHelp(io: Io, group: string, command: string | undefined): number {
  const prefix = `  ${group}${command === undefined ? '' : ` ${command}`}`;
  const lines = USAGE.split('\n').filter(
    (line) => line.startsWith(prefix + ' ') || line === prefix,
  );
  if (lines.length === 0) {
    io.err(`unknown command: ${[group, command].filter(Boolean).join(' ')} (see nexuslink --help)`);
    return 2;
  }
  const options = USAGE.slice(USAGE.indexOf('Options:'));
  io.out(`Usage: nexuslink [--home DIR]\n${lines.join('\n')}\n\n${options}`);
  return 0;
}

const COMMANDS = { ...identityCommands, ...chatCommands };

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
      into: { type: 'string' },
      reason: { type: 'string' },
      server: { type: 'string' },
      p2p: { type: 'boolean' },
      listen: { type: 'string', multiple: true },
      address: { type: 'string', multiple: true },
      wait: { type: 'string' },
      count: { type: 'string' },
      limit: { type: 'string' },
      follow: { type: 'boolean' },
      private: { type: 'boolean' },
      'no-qr': { type: 'boolean' },
      keystore: { type: 'string' },
      'pkcs11-module': { type: 'string' },
      'pkcs11-slot': { type: 'string' },
      'pkcs11-token': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'V' },
    },
  });
  const [group, ...others] = positionals;
  if (values.version || (group === 'version' && others.length === 0)) {
    io.out(`nexuslink ${packageJson.version}`);
    return 0;
  }
  if (values.help && group !== undefined && group !== 'help')
    return commandHelp(io, group, COMMANDS[group] ? undefined : others[0]);
  if (values.help || group === undefined || group === 'help') {
    io.out(USAGE);
    return group === undefined && !values.help ? 2 : 0;
  }
  // One-word commands (send, receive...) and two-word ones (identity create...).
  const oneWord = COMMANDS[group];
  const name = oneWord ? group : `${group} ${others[0] ?? ''}`.trim();
  const run = oneWord ?? COMMANDS[name];
  if (!run) {
    io.err(`unknown command: ${positionals.join(' ')} (see nexuslink --help)`);
    return 2;
  }
  const home = new Home(values.home ?? io.env.NEXUSLINK_HOME ?? join(homedir(), '.nexuslink'));
  const rest = oneWord ? others : others.slice(1);
  const json = (value: unknown) => io.out(JSON.stringify(value, null, 2));
  // Every command holds the home's lock while it has the home open.
  return home.withLock(() => run({ values: values as Values, rest, home, io, json }));
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
