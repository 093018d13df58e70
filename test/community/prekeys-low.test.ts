// PreKeysLow from a real community server process (started as its own
// tests start it) reaches the NexusClient that publishes the device's
// prekeys through the CommunityClient's directory: a drain of its one-time
// prekeys is answered by an upload at once, not at the hourly check; and
// however many low signals come, the client replenishes at most once per
// LOW_SIGNAL_INTERVAL_MS.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '@nexuslink/server-kit/testing';
import type { RunningServer } from '@nexuslink/server-kit/testing';
import { CommunityClient, createClient, deviceAddress, memoryStorage } from '../../src/index.js';
import type { DeviceAddress, NexusClient, PreKeyDirectory } from '../../src/index.js';
import { memoryNetwork, memoryPreKeyDirectory } from '../../src/testing/index.js';
import { makePerson, until } from '../client/fixtures.js';

describe('a community server’s PreKeysLow', () => {
  let server: RunningServer;
  const communities: CommunityClient[] = [];
  const clients: NexusClient[] = [];

  beforeAll(async () => {
    server = await startServer({
      NEXUSLINK_SERVER_DATA_DIR: mkdtempSync(join(tmpdir(), 'nexuslink-low-')),
      // The drain below is one member's: the limits against draining stay out of its way.
      NEXUSLINK_LIMITS_PREKEY_ONE_TIME_PER_REQUESTER: '1000',
      NEXUSLINK_LIMITS_PREKEY_ONE_TIME_PER_DEVICE: '1000',
      NEXUSLINK_LIMITS_PREKEY_BUNDLES_PER_REQUESTER: '1000',
    });
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) await c.close();
    for (const c of communities.splice(0)) await c.close();
  });
  afterAll(async () => {
    expect(await server.stop()).toBe(0);
  });

  const member = async (name: string) => {
    const device = await (await makePerson(name)).addDevice();
    const community = new CommunityClient({ url: server.url, device });
    communities.push(community);
    await community.login();
    return { device, community };
  };

  it('a drained device’s client uploads new one-time prekeys at once', async () => {
    const bob = await member('bob');
    await bob.community.connect();
    const bobClient = await createClient({
      device: bob.device,
      storage: memoryStorage(),
      transports: [bob.community.transport],
      directory: bob.community.directory,
      oneTimePreKeys: { batch: 20, minimum: 15 },
    });
    clients.push(bobClient);
    const own = deviceAddress(bob.device.uuid, bob.device.deviceId);
    const counts = () => bob.community.directory.preKeyCounts(own);
    // The first check on start publishes 20.
    await until(async () => (await counts()).oneTime === 20, 10_000, 'the first upload');
    let signals = 0;
    bob.community.onPreKeysLow(() => signals++);

    // Alice takes eleven bundles: 9 one-time prekeys are left, under the server's 10.
    const alice = await member('alice');
    for (let i = 0; i < 11; i++)
      expect(await alice.community.directory.fetchBundles(bob.device.uuid)).toHaveLength(1);
    await until(() => signals > 0, 10_000, 'PreKeysLow');
    // Bob's client tops up to its batch again, without waiting for its hourly check.
    await until(async () => (await counts()).oneTime === 20, 10_000, 'the replenish');
  });

  it('many low signals start one replenish per interval, for the device the client owns', async () => {
    const person = await makePerson('carol');
    const device = await person.addDevice();
    const own = deviceAddress(device.uuid, device.deviceId);
    const listeners = new Set<(device: DeviceAddress, count: number) => void>();
    const memory = memoryPreKeyDirectory();
    let checks = 0;
    const directory: PreKeyDirectory = {
      publish: (upload) => memory.publish(upload),
      fetchBundles: (uuid, options) => memory.fetchBundles(uuid, options),
      preKeyCounts: (address) => {
        checks++;
        return memory.preKeyCounts(address);
      },
      onPreKeysLow: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    const client = await createClient({
      device,
      storage: memoryStorage(),
      transports: [memoryNetwork().transport(own)],
      directory,
    });
    clients.push(client);
    await client.publishPreKeys();
    await until(() => listeners.size === 1, 5_000, 'the subscription');
    const before = checks;
    const other = deviceAddress(device.uuid, new Uint8Array(16).fill(7));
    for (let i = 0; i < 50; i++) for (const l of [...listeners]) l(i % 2 ? own : other, 3);
    await until(() => checks > before, 5_000, 'the replenish');
    await new Promise((r) => setTimeout(r, 300));
    // 25 signals for this device within the interval: one check now (the rest waits for its end).
    expect(checks - before).toBe(1);
    await client.close();
    expect(listeners.size).toBe(0);
  });
});
