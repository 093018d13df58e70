// The transport compliance suite must be able to fail: each broken transport
// below breaks one rule, and the suite has to catch it.
import { describe, expect, it } from 'vitest';
import { memoryNetwork, transportComplianceSuite } from '../../src/testing/index.js';
import type { Transport } from '../../src/index.js';

const address = (n: number) => ({ uuid: `Dev${n}ice`, deviceId: n.toString(16).padStart(32, '0') });

async function failures(wrap: (t: Transport) => Transport): Promise<string[]> {
  const cases: [string, () => Promise<void> | void][] = [];
  transportComplianceSuite(
    { describe: (_, fn) => fn(), it: (name, fn) => void cases.push([name, fn]) },
    {
      name: 'broken',
      create: async () => {
        const network = memoryNetwork();
        const a = network.transport(address(1));
        const b = network.transport(address(2));
        await a.connect();
        await b.connect();
        return {
          a: wrap(a),
          b: wrap(b),
          async reconnect(t) {
            await t.close();
            const next = network.transport(t.address);
            await next.connect();
            return wrap(next);
          },
        };
      },
    },
  );
  const failed: string[] = [];
  for (const [name, fn] of cases) {
    try {
      await fn();
    } catch {
      failed.push(name);
    }
  }
  return failed;
}

const proxy = (t: Transport, patch: Partial<Transport>): Transport =>
  new Proxy(t, {
    get: (target, p) => (p in patch ? patch[p as keyof Transport] : Reflect.get(target, p, target)),
  }) as Transport;

describe('transport compliance suite catches broken transports', () => {
  it('a correct transport passes every case', async () => {
    expect(await failures((t) => t)).toEqual([]);
  });

  it('at-most-once delivery (acknowledging on receipt)', async () => {
    const failed = await failures((t) =>
      proxy(t, {
        receive: async function* () {
          for await (const e of t.receive()) {
            await t.acknowledge(e.id);
            yield e;
          }
        },
      }),
    );
    expect(failed.some((n) => n.includes('comes again'))).toBe(true);
  });

  it('accepting envelopes it should refuse', async () => {
    const failed = await failures((t) =>
      proxy(t, { send: (to, e) => t.send(to, e.length === 0 ? Uint8Array.of(0) : e) }),
    );
    expect(failed.some((n) => n.includes('INVALID_ARGUMENT'))).toBe(true);
  });
});
