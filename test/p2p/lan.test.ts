// Two devices on a LAN find each other by mDNS, with no addresses
// configured, and exchange envelopes. The LAN is two network namespaces
// joined by a veth pair (10.77.0.0/24), created here and removed at the end;
// no route leads out of them. Needs root (ip netns); skipped without it.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bundleChild } from '../helpers.js';
import { createLan } from '../../scripts/netns.js';
import type { Lan } from '../../scripts/netns.js';
import { requires } from '../support/system-tools.js';

const tag = `lan${process.pid % 100000}`;
let lan: Lan;

interface Child {
  proc: ChildProcess;
  lines: AsyncIterator<string>;
  next(): Promise<Record<string, unknown>>;
}

function run(namespace: string, file: string): Child {
  const proc = spawn('ip', ['netns', 'exec', namespace, process.execPath, file], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: proc.stdout! })[Symbol.asyncIterator]();
  return {
    proc,
    lines,
    async next() {
      const r = await lines.next();
      if (r.done) throw new Error('the device process ended');
      return JSON.parse(r.value) as Record<string, unknown>;
    },
  };
}

requires('netns', 'ip').describe('p2pTransport on a LAN (mDNS, no configuration)', () => {
  let file: string;
  beforeAll(async () => {
    lan = createLan(tag);
    file = await bundleChild('test/p2p/lan-child.ts', 'lan-child');
  });
  afterAll(() => lan?.remove());

  it('two devices find each other and exchange envelopes both ways', async () => {
    const alice = run(lan.a, file);
    const bob = run(lan.b, file);
    try {
      const a = await alice.next();
      const b = await bob.next();
      const started = Date.now();
      // Each knows the other's PeerId (from an invite) and nothing else.
      alice.proc.stdin!.write(`${JSON.stringify({ ...b, text: 'hello from alice' })}\n`);
      expect(await alice.next()).toEqual({ accepted: true });
      expect(await bob.next()).toEqual({ got: 'hello from alice' });
      bob.proc.stdin!.write(`${JSON.stringify({ ...a, text: 'hello from bob' })}\n`);
      expect(await bob.next()).toEqual({ accepted: true });
      expect(await alice.next()).toEqual({ got: 'hello from bob' });
      console.log(`LAN: the first envelope took ${Date.now() - started} ms, mDNS included`);
      for (const c of [alice, bob]) c.proc.stdin!.write('stop\n');
    } finally {
      for (const c of [alice, bob]) if (c.proc.exitCode === null) c.proc.kill();
    }
  }, 60_000);
});
