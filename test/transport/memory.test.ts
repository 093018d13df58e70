import { describe, expect, it } from 'vitest';
import { NexusError } from '../../src/index.js';
import { memoryNetwork, transportComplianceSuite } from '../../src/testing/index.js';
import type { Transport } from '../../src/index.js';

const address = (n: number) => ({ uuid: `Dev${n}ice`, deviceId: n.toString(16).padStart(32, '0') });

transportComplianceSuite(
  { describe, it },
  {
    name: 'memoryNetwork',
    create: async () => {
      const network = memoryNetwork();
      const a = network.transport(address(1));
      const b = network.transport(address(2));
      await a.connect();
      await b.connect();
      return {
        a,
        b,
        async reconnect(t: Transport) {
          await t.close();
          const next = network.transport(t.address);
          await next.connect();
          return next;
        },
      };
    },
  },
);

describe('memoryNetwork', () => {
  it('an unreachable device disconnects, queues what is sent to it, and gets it after it is back', async () => {
    const network = memoryNetwork();
    const a = network.transport(address(1));
    const b = network.transport(address(2));
    await a.connect();
    await b.connect();
    const states: string[] = [];
    b.onStateChange((s) => states.push(s));
    network.setReachable(b.address, false);
    expect(b.state).toBe('disconnected');
    const refused = await b.send(a.address, Uint8Array.of(1)).catch((e: unknown) => e);
    expect(NexusError.is(refused, 'TRANSPORT')).toBe(true);
    await a.send(b.address, Uint8Array.of(5));
    expect(network.pending(b.address)).toBe(1);
    network.setReachable(b.address, true);
    expect(states).toEqual(['disconnected', 'connected']);
    for await (const inbound of b.receive()) {
      expect(inbound.envelope).toEqual(Uint8Array.of(5));
      await b.acknowledge(inbound.id);
      break;
    }
    expect(network.pending(b.address)).toBe(0);
  });

  it('one open transport per device', () => {
    const network = memoryNetwork();
    network.transport(address(1));
    expect(() => network.transport(address(1))).toThrow(NexusError);
  });
});
