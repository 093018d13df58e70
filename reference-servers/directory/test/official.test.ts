// Official channels (spec/directory.md §7.2), both servers started as their
// READMEs say: the directory's own community server, listed by its
// operator and marked official; anyone finds its public channels through
// the directory and joins one in a few calls.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommunityClient, createDevice, DirectoryClient, memoryStorage } from '@nexuslink/sdk';
import type { LocalDevice } from '@nexuslink/sdk';
import { startServer } from '@nexuslink/server-kit/testing';
import type { RunningServer } from '@nexuslink/server-kit/testing';
import { serverDatabase } from '@nexuslink/server-kit/testing/db';
import { call } from './kyc-helpers.ts';

describe('official channels', () => {
  const stops: (() => Promise<unknown>)[] = [];
  let operator: LocalDevice;
  let community: RunningServer;
  let directory: RunningServer;

  beforeAll(async () => {
    operator = (await createDevice({ storage: memoryStorage(), displayName: 'operator' })).device;
    const cdb = await serverDatabase('sqlite');
    community = await startServer({
      ...cdb.env,
      NEXUSLINK_SERVER_OWNER: operator.uuid,
      NEXUSLINK_SERVER_NAME: 'NexusLink Official',
      NEXUSLINK_SERVER_PUBLISH_CHANNELS: 'true',
    });
    stops.push(async () => expect(await community.stop()).toBe(0), cdb.drop);
    const ddb = await serverDatabase('sqlite');
    directory = await startServer(
      {
        ...ddb.env,
        NEXUSLINK_OFFICIAL_ENDPOINT: community.url,
        NEXUSLINK_PROOF_ALLOW_PRIVATE: 'true',
        NEXUSLINK_POW_COST: '20',
        NEXUSLINK_POW_MAX_COUNTER: '20',
      },
      'directory',
    );
    stops.push(async () => expect(await directory.stop()).toBe(0), ddb.drop);
    // The operator lists its server and opens a public channel on it.
    const admin = new CommunityClient({ url: community.url, device: operator });
    await admin.login();
    await admin.createChannel({
      name: 'announcements',
      topic: 'News from the directory',
      visibility: 'public',
    });
    await admin.createChannel({ name: 'staff-room', visibility: 'private' });
    await new DirectoryClient({ url: directory.url }).register({
      device: operator,
      name: 'NexusLink Official',
      description: 'The directory’s own community: announcements and help.',
      tags: ['official', 'help'],
      language: 'en',
      endpoint: community.url,
    });
  }, 90_000);
  afterAll(async () => {
    for (const stop of stops.reverse()) await stop();
  });

  it('anyone finds the official server and its public channels, and joins one', async () => {
    const visitor = (await createDevice({ storage: memoryStorage(), displayName: 'visitor' }))
      .device;
    const directoryClient = new DirectoryClient({ url: directory.url });
    const official = await directoryClient.official();
    expect(official.community).toMatchObject({
      endpoint: community.url,
      official: true,
      name: 'NexusLink Official',
    });
    directoryClient.verify(official.community!);
    expect(official.channels.map((c) => c.name)).toEqual(['announcements']); // private ones are not shown
    const found = await directoryClient.search({ q: 'official' });
    expect(found.communities[0]).toMatchObject({ official: true });

    const server = new CommunityClient({ url: official.community!.endpoint, device: visitor });
    await server.login();
    const joined = await server.joinChannel(official.channels[0]!.id);
    expect(joined.name).toBe('announcements');
    expect((await server.listChannels()).map((c) => c.name)).toContain('announcements');
  });

  it('a community server publishes no channel list unless told to', async () => {
    const cdb = await serverDatabase('sqlite');
    const other = await startServer(cdb.env);
    try {
      const r = await call(other.url, 'GET', '/v1/server/channels');
      expect(r.body.error?.code).toBe('NOT_FOUND');
    } finally {
      await other.stop();
      await cdb.drop();
    }
  });
});
