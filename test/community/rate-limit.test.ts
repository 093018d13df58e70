// RATE_LIMITED from a real community server process (started as its own
// tests start it): the community client reports it typed, with the
// server's Retry-After as `retryAfterMs`, and NexusClient passes it to the
// app as an error event and does not ask that directory again before then.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '@nexuslink/server-kit/testing';
import type { RunningServer } from '@nexuslink/server-kit/testing';
import {
  CommunityClient,
  createClient,
  directConversation,
  memoryStorage,
  NexusError,
} from '../../src/index.js';
import type { ClientEvent, NexusClient, PreKeyDirectory } from '../../src/index.js';
import { makePerson, until } from '../client/fixtures.js';

const WINDOW_MS = 60_000;

describe('a community server’s RATE_LIMITED', () => {
  let server: RunningServer;
  const communities: CommunityClient[] = [];
  const clients: NexusClient[] = [];

  beforeAll(async () => {
    server = await startServer({
      NEXUSLINK_SERVER_DATA_DIR: mkdtempSync(join(tmpdir(), 'nexuslink-rate-')),
      // One bundle of a device per member and window: the second fetch is refused.
      NEXUSLINK_LIMITS_PREKEY_BUNDLES_PER_REQUESTER: '1',
      NEXUSLINK_LIMITS_PREKEY_WINDOW_MS: String(WINDOW_MS),
    });
  });
  afterAll(async () => {
    for (const c of clients.splice(0)) await c.close();
    for (const c of communities.splice(0)) await c.close();
    expect(await server.stop()).toBe(0);
  });

  const join_ = async (name: string) => {
    const device = await (await makePerson(name)).addDevice();
    const community = new CommunityClient({ url: server.url, device });
    communities.push(community);
    await community.login();
    return { device, community };
  };

  it('arrives typed with retryAfterMs, and the client honours it', async () => {
    const bob = await join_('bob');
    const bobClient = await createClient({
      device: bob.device,
      storage: memoryStorage(),
      transports: [bob.community.transport],
      directory: bob.community.directory,
    });
    clients.push(bobClient);
    await bobClient.publishPreKeys();

    const alice = await join_('alice');
    expect(await alice.community.directory.fetchBundles(bob.device.uuid)).toHaveLength(1);
    const refused = await alice.community.directory.fetchBundles(bob.device.uuid).then(
      () => null,
      (err: unknown) => err,
    );
    expect(NexusError.is(refused, 'RATE_LIMITED')).toBe(true);
    const { retryAfterMs, retryElsewhere } = (refused as NexusError).details;
    expect(retryAfterMs).toBeGreaterThan(0);
    expect(retryAfterMs).toBeLessThanOrEqual(WINDOW_MS);
    expect(retryElsewhere).toBe(true);

    // The client: the app hears of it, and the directory is not asked again before then.
    let asked = 0;
    const counting: PreKeyDirectory = {
      publish: (upload) => alice.community.directory.publish(upload),
      preKeyCounts: (address) => alice.community.directory.preKeyCounts(address),
      fetchBundles: (uuid, options) => {
        if (uuid === bob.device.uuid) asked++;
        return alice.community.directory.fetchBundles(uuid, options);
      },
    };
    const aliceClient = await createClient({
      device: alice.device,
      storage: memoryStorage(),
      transports: [alice.community.transport],
      directory: counting,
      deviceRefreshIntervalMs: 0,
    });
    clients.push(aliceClient);
    const events: ClientEvent[] = [];
    aliceClient.on('error', (e) => events.push(e));
    const toBob = directConversation(bob.device.uuid);
    await expect(aliceClient.sendText(toBob, 'hello')).rejects.toMatchObject({
      code: 'NO_SESSION',
    });
    await until(() => events.length > 0, 5000, 'an error event');
    const error = events[0]!.type === 'error' ? events[0]!.error : null;
    expect(error?.code).toBe('RATE_LIMITED');
    expect(error?.details.retryAfterMs).toBeGreaterThan(0);
    expect(asked).toBe(1);
    await expect(aliceClient.sendText(toBob, 'again')).rejects.toMatchObject({
      code: 'NO_SESSION',
    });
    expect(asked).toBe(1); // the retry-after has not passed: not asked again
  });
});
