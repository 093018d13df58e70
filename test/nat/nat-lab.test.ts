// The NAT lab (scripts/nat-lab.ts) behaves as its NAT types are named: small
// UDP programs (udp-probe.ts) run in its namespaces measure each router's
// mapping (RFC 4787 §4.1) and filtering (§5), that peers reach nothing
// outside the lab, and that hole punching works where the types allow it.
// Two labs cover the four types: A full-cone / B address-restricted, then
// A port-restricted / B symmetric. Needs root (ip netns, nft); skipped without it.
import type { ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import type { Server } from 'node:net';
import { networkInterfaces } from 'node:os';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoPath } from '../helpers.js';
import { requires } from '../support/system-tools.js';
import { createNatLab, runIn, spawnIn } from '../../scripts/nat-lab.js';
import type { NatLab, NatType } from '../../scripts/nat-lab.js';

const tag = (name: string) => `nat${name}${process.pid % 100000}`;
const probe = repoPath('test/nat/udp-probe.ts');
const [PORT_X, PORT_Y] = [3478, 3479];

/** A probe process in `namespace`, with its stdout as JSON lines. */
function start(namespace: string, args: string[]) {
  const proc = spawnIn(namespace, process.execPath, [probe, ...args], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: proc.stdout! })[Symbol.asyncIterator]();
  return {
    proc,
    async next<T>(): Promise<T> {
      const line = await lines.next();
      if (line.done) throw new Error(`the probe in ${namespace} ended`);
      return JSON.parse(line.value) as T;
    },
  };
}

const stop = (proc: ChildProcess) => {
  if (proc.exitCode === null) proc.kill();
};

interface ClientReport {
  mapping: { localPort: number; seen: [string, string] };
  knocks: string[];
  outside: { udp: string; tcp: Record<string, string> };
}

/** Which knocks (a: host1 port X, b: host1 port Y, c: host2 port X) each type lets in. */
const admitted: Record<NatType, string[]> = {
  'full-cone': ['a', 'b', 'c'],
  'address-restricted': ['a', 'b'],
  'port-restricted': ['a'],
  symmetric: ['a'],
};

const labNamespaces = (labTag: string) =>
  execFileSync('ip', ['netns', 'list'], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.startsWith(`nxl-${labTag}-`));

requires('netns', 'ip', 'nft').describe('NAT lab (network namespaces)', () => {
  // A TCP service of the host, which no peer must reach.
  let hostService: Server;
  let targets: string[];
  beforeAll(async () => {
    hostService = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => hostService.listen(0, '0.0.0.0', resolve));
    const { port } = hostService.address() as { port: number };
    const hostAddress = Object.values(networkInterfaces())
      .flat()
      .find((i) => i?.family === 'IPv4' && !i.internal)?.address;
    targets = [`127.0.0.1:${port}`, ...(hostAddress ? [`${hostAddress}:${port}`] : [])];
  });
  afterAll(() => hostService?.close());

  for (const [typeA, typeB, punches] of [
    ['full-cone', 'address-restricted', true],
    ['port-restricted', 'symmetric', false],
  ] as const) {
    describe(`A: ${typeA}, B: ${typeB}`, () => {
      let lab: NatLab;
      let server: ReturnType<typeof start>;
      beforeAll(async () => {
        lab = createNatLab(tag(typeA.slice(0, 4)), { a: typeA, b: typeB });
        const [host1, host2] = lab.publicHosts;
        server = start(lab.public, ['server', host1, host2, `${PORT_X}`, `${PORT_Y}`]);
        await new Promise<void>((resolve, reject) => {
          server.proc.stdout!.once('data', () => resolve());
          server.proc.once('exit', () => reject(new Error('the probe server ended')));
        });
      });
      afterAll(() => {
        if (server) stop(server.proc);
        lab?.remove();
      });

      for (const side of ['a', 'b'] as const) {
        const type = side === 'a' ? typeA : typeB;
        it(`${type}: mapping, filtering and isolation`, async () => {
          const client = start(lab[side], ['client', ...lab.publicHosts, `${PORT_X}`, ...targets]);
          const report = await client.next<ClientReport>();
          const wan = side === 'a' ? lab.wanA : lab.wanB;
          const [seen1, seen2] = report.mapping.seen.map((s) => s.split(':')) as [
            [string, string],
            [string, string],
          ];
          // The public hosts see the router's WAN address, never the private one.
          expect([seen1[0], seen2[0]]).toEqual([wan, wan]);
          if (type === 'symmetric') {
            expect(seen1[1]).not.toBe(seen2[1]);
          } else {
            // Endpoint-independent, and the lab's cone NATs keep the inside port.
            expect([seen1[1], seen2[1]]).toEqual([`${report.mapping.localPort}`, seen1[1]]);
          }
          expect(report.knocks).toEqual(admitted[type]);
          // Nothing outside the lab: no Internet, no host loopback, no host address.
          expect(report.outside.udp).not.toBe('reply');
          for (const target of targets) expect(report.outside.tcp[target]).not.toBe('connected');
        });
      }

      it('routes lead nowhere but through the lab', () => {
        const routes = (namespace: string) => runIn(namespace, 'ip', ['-4', 'route']);
        expect(routes(lab.a)).toMatch(/^default via 192\.168\.1\.1 dev eth0 *\n[^\n]+\n$/);
        expect(routes(lab.b)).toMatch(/^default via 192\.168\.2\.1 dev eth0 *\n[^\n]+\n$/);
        // The Internet knows only its own bridge: no default route, no private networks.
        expect(routes(lab.public).trim().split('\n')).toEqual([
          expect.stringMatching(/^203\.0\.113\.0\/24 dev br0 /),
        ]);
      });

      it(`hole punching between the peers ${punches ? 'works' : 'fails'}`, async () => {
        const peers = [lab.a, lab.b].map((ns) =>
          start(ns, ['punch', lab.publicHosts[0], `${PORT_X}`]),
        );
        try {
          const mapped = await Promise.all(peers.map((p) => p.next<{ mapped: string }>()));
          peers[0]!.proc.stdin!.write(`${mapped[1]!.mapped}\n`);
          peers[1]!.proc.stdin!.write(`${mapped[0]!.mapped}\n`);
          const reached = await Promise.all(peers.map((p) => p.next<{ reached: boolean }>()));
          expect(reached).toEqual([{ reached: punches }, { reached: punches }]);
        } finally {
          for (const p of peers) stop(p.proc);
        }
      });
    });
  }

  it('remove() leaves no namespace behind, also after a failed creation', () => {
    const made = createNatLab(tag('rm'), { a: 'symmetric', b: 'full-cone' });
    expect(labNamespaces(tag('rm'))).toHaveLength(5);
    made.remove();
    made.remove();
    expect(labNamespaces(tag('rm'))).toEqual([]);
    // Router A is up when router B's rules fail: all of it must go.
    expect(() => createNatLab(tag('bad'), { a: 'full-cone', b: 'open' as NatType })).toThrow(
      /unknown NAT type "open"/,
    );
    expect(labNamespaces(tag('bad'))).toEqual([]);
  });
});
