// No silent failures (issue 16, item 6): a failing storage is retried with a
// bound and reported; a transport that does not host a device hands the
// envelope to the next transport.
import { afterEach, describe, expect, it } from 'vitest';
import { deviceAddress, directConversation, memoryStorage, NexusError } from '../../src/index.js';
import type {
  DeviceAddress,
  InboundEnvelope,
  Storage,
  Transport,
  TransportState,
} from '../../src/index.js';
import { memoryNetwork, memoryPreKeyDirectory } from '../../src/testing/index.js';
import { makePerson, startClient, texts, until } from './fixtures.js';
import type { Started } from './fixtures.js';

let open: Started[] = [];
afterEach(async () => {
  await Promise.all(open.map((s) => s.client.close()));
  open = [];
});

/** A memory storage whose writes fail (`STORAGE`) while `failing` is set, counting the attempts. */
function flakyStorage() {
  const inner = memoryStorage();
  const state = { failing: false, failedWrites: 0 };
  const storage = new Proxy(inner, {
    get(target, key, receiver) {
      if (key === 'write')
        return (fn: Parameters<Storage['write']>[0]) => {
          if (state.failing) {
            state.failedWrites++;
            return Promise.reject(new NexusError('STORAGE', 'the disk is full'));
          }
          return target.write(fn);
        };
      const value = Reflect.get(target, key, receiver) as unknown;
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  }) as Storage;
  return { storage, state };
}

/** A connected transport that hosts no device: every send is `NOT_FOUND`. */
function hostsNobody(address: DeviceAddress): Transport & { refused: number } {
  let state: TransportState = 'connected';
  let stop: () => void = () => {};
  const t = {
    kind: 'elsewhere',
    address,
    refused: 0,
    get state() {
      return state;
    },
    connect: async () => {},
    send: async () => {
      t.refused++;
      throw new NexusError('NOT_FOUND', 'this server does not host that device');
    },
    receive: async function* (): AsyncGenerator<InboundEnvelope> {
      await new Promise<void>((resolve) => (stop = resolve));
      yield* []; // nothing ever arrives here
    },
    acknowledge: async () => {},
    onStateChange: () => () => {},
    close: async () => {
      state = 'closed';
      stop();
    },
  };
  return t;
}

const errorsOf = (s: Started) => s.events.flatMap((e) => (e.type === 'error' ? [e.error] : []));

describe('NexusClient: failures reach the app', () => {
  it('a failing storage is retried a bounded number of times, reported, and nothing is lost', async () => {
    const network = memoryNetwork();
    const directory = memoryPreKeyDirectory();
    const alice = await makePerson('alice');
    const bob = await makePerson('bob');
    const a = await startClient(network, directory, await alice.addDevice());
    const flaky = flakyStorage();
    const b = await startClient(network, directory, await bob.addDevice(), {
      storage: flaky.storage,
    });
    open.push(a, b);
    await a.client.contacts.add({ card: await bob.card() });

    flaky.state.failing = true;
    await a.client.sendText(directConversation(bob.uuid), 'kept until the disk has room');
    await until(() => flaky.state.failedWrites > 0, 5000, 'bob tries to store it');
    await new Promise((r) => setTimeout(r, 1500));
    // The fixture retries from 5 ms up to 50 ms: unbounded, that is ~30 tries in 1.5 s.
    expect(flaky.state.failedWrites).toBeLessThanOrEqual(6);
    const reported = errorsOf(b).filter((e) => e.code === 'STORAGE');
    expect(reported).toHaveLength(1);
    expect(reported[0]!.message).toMatch(/receiving on the memory transport: the disk is full/);

    flaky.state.failing = false;
    await until(
      () => texts(b.events).includes('kept until the disk has room'),
      15_000,
      'bob stores it once the storage works',
    );
  }, 30_000);

  it('a transport answering NOT_FOUND for a device hands the envelope to the next transport', async () => {
    const network = memoryNetwork();
    const directory = memoryPreKeyDirectory();
    const alice = await makePerson('alice');
    const bob = await makePerson('bob');
    const aliceDevice = await alice.addDevice();
    const address = deviceAddress(aliceDevice.uuid, aliceDevice.deviceId);
    const elsewhere = hostsNobody(address);
    const a = await startClient(network, directory, aliceDevice, {
      transports: [elsewhere, network.transport(address)],
    });
    const b = await startClient(network, directory, await bob.addDevice());
    open.push(a, b);
    await a.client.contacts.add({ card: await bob.card() });
    await a.client.sendText(directConversation(bob.uuid), 'through the second transport');
    await until(
      () => texts(b.events).includes('through the second transport'),
      5000,
      'bob gets it through the memory network',
    );
    await a.client.flush(5000);
    expect(elsewhere.refused).toBeGreaterThan(0);
    expect(await a.client.pendingOutbox()).toBe(0);
    expect(errorsOf(a)).toEqual([]);
  });
});
