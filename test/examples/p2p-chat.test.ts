// The p2p-chat example as people run it: two processes of
// examples/p2p-chat/main.ts, each in its own network namespace, driven
// through their terminals (stdin/stdout): each pastes the other's invite, and
// they talk. On a virtual LAN (mDNS; a changed invite is refused), and across
// two networks that meet only at a relay host running the relay server (the
// invites name its circuit relay).
// Root only.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createLan, createRelayNet } from '../../scripts/netns.js';
import type { Lan, RelayNet } from '../../scripts/netns.js';
import { repoPath } from '../helpers.js';
import { requires } from '../support/system-tools.js';

let file = '';
const namespaces = requires('netns', 'ip');

/** examples/p2p-chat/main.ts bundled with the SDK's sources for its imports (once). */
/** The example as its README runs it (`npm start` is `node main.ts` in its folder). */
function bundleChat(): void {
  file = repoPath('examples/p2p-chat/main.ts');
}

/** A terminal: what the process printed so far, and a way to wait for a line. */
function terminal(namespace: string, name: string, extra: string[] = []) {
  const proc: ChildProcess = spawn(
    'ip',
    ['netns', 'exec', namespace, process.execPath, file, '--name', name, '--no-qr', ...extra],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const exited = new Promise<number | null>((resolve) => proc.once('exit', resolve));
  const lines: string[] = [];
  const waiting = new Set<() => void>();
  createInterface({ input: proc.stdout! }).on('line', (l) => {
    lines.push(l);
    for (const w of [...waiting]) w();
  });
  return {
    proc,
    exited,
    type: (line: string) => proc.stdin!.write(`${line}\n`),
    async waitFor(test: (line: string) => boolean, what: string, ms = 30_000): Promise<string> {
      const end = Date.now() + ms;
      for (;;) {
        const found = lines.find(test);
        if (found) return found;
        if (Date.now() > end) throw new Error(`no ${what} in:\n${lines.join('\n')}`);
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, 100);
          waiting.add(() => {
            clearTimeout(t);
            resolve();
          });
        });
      }
    },
  };
}

/** Alice and Bob paste each other's invites (Alice a changed one first, if asked) and talk; both quit. */
async function converse(
  alice: ReturnType<typeof terminal>,
  bob: ReturnType<typeof terminal>,
  tamper: boolean,
): Promise<void> {
  try {
    const aliceInvite = await alice.waitFor((l) => l.startsWith('NXI1:'), "Alice's invite");
    const bobInvite = await bob.waitFor((l) => l.startsWith('NXI1:'), "Bob's invite");
    if (tamper) {
      // One character changed: refused, nothing added.
      const at = 40;
      alice.type(
        bobInvite.slice(0, at) + (bobInvite[at] === 'A' ? 'B' : 'A') + bobInvite.slice(at + 1),
      );
      await alice.waitFor((l) => l.startsWith('That invite did not work'), 'the refusal');
    }
    alice.type(bobInvite);
    bob.type(aliceInvite);
    await alice.waitFor((l) => l === 'Added Bob. Type to talk.', 'Bob added');
    await bob.waitFor((l) => l === 'Added Alice. Type to talk.', 'Alice added');
    alice.type('hello Bob');
    await bob.waitFor((l) => l === 'Alice: hello Bob', "Alice's message");
    bob.type('hi Alice');
    await alice.waitFor((l) => l === 'Bob: hi Alice', "Bob's answer");
    for (const t of [alice, bob]) t.type('/quit');
    expect(await Promise.all([alice.exited, bob.exited])).toEqual([0, 0]);
  } finally {
    for (const t of [alice, bob]) if (t.proc.exitCode === null) t.proc.kill();
  }
}

namespaces.describe('examples/p2p-chat on a LAN', () => {
  let lan: Lan;
  beforeAll(async () => {
    lan = createLan(`chat${process.pid % 10000}`, '10.79.0');
    bundleChat();
  });
  afterAll(() => lan?.remove());

  it('two people exchange invites and talk', async () => {
    await converse(terminal(lan.a, 'Alice'), terminal(lan.b, 'Bob'), true);
  }, 90_000);
});

namespaces.describe('examples/p2p-chat across two networks, through a relay', () => {
  let net: RelayNet;
  let relay: ChildProcess | undefined;
  let circuit: string;
  let dataDir: string;
  beforeAll(async () => {
    net = createRelayNet(`cr${process.pid % 10000}`);
    dataDir = mkdtempSync(join(tmpdir(), 'nexuslink-chat-relay-'));
    bundleChat();
    // The relay server on the relay host, with its circuit relay, started as its README says.
    relay = spawn(
      'ip',
      ['netns', 'exec', net.relay, process.execPath, 'reference-servers/relay/src/main.ts'],
      {
        cwd: repoPath(''),
        stdio: ['ignore', 'pipe', 'inherit'],
        env: {
          PATH: process.env.PATH ?? '',
          NEXUSLINK_SERVER_HOST: net.relayAddress,
          NEXUSLINK_SERVER_PORT: '8430',
          NEXUSLINK_SERVER_DATA_DIR: dataDir,
          NEXUSLINK_LOG_LEVEL: 'warn',
          NEXUSLINK_CIRCUIT_ENABLED: 'true',
          NEXUSLINK_CIRCUIT_LISTEN: `/ip4/${net.relayAddress}/tcp/4001`,
        },
      },
    );
    circuit = await new Promise<string>((resolve, reject) => {
      createInterface({ input: relay!.stdout! }).on('line', (line) => {
        const m = /^circuit relay: (\S+)/.exec(line);
        if (m) resolve(m[1]!);
      });
      relay!.once('exit', (code) => reject(new Error(`the relay exited (${code})`)));
    });
  });
  afterAll(() => {
    relay?.kill();
    net?.remove();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('Alice and Bob cannot reach each other, both reach the relay: their invites name it, and they talk', async () => {
    expect(circuit).toMatch(/^\/ip4\/198\.51\.100\.1\/tcp\/4001\/p2p\/12D3KooW/);
    await converse(
      // Alice asks the relay server for its circuit relay (and mailbox); Bob is given the circuit relay.
      terminal(net.a, 'Alice', ['--relay-server', `http://${net.relayAddress}:8430`]),
      terminal(net.b, 'Bob', ['--relay', circuit]),
      false,
    );
  }, 90_000);
});
