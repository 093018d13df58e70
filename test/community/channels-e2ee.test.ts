// Community channels end to end (spec/client.md §3.1): NexusClients on a real
// community server process post sender-key ciphertext to a channel, the
// server fans it out and keeps it, and only members' devices read it; a
// member who joins later gets the keys of what follows; one who leaves does
// not get the next chain.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '@nexuslink/server-kit/testing';
import type { RunningServer } from '@nexuslink/server-kit/testing';
import {
  channelConversation,
  CommunityClient,
  createClient,
  createDevice,
  groupDecrypt,
  loadDevice,
  memoryStorage,
  storageProtocolStores,
} from '../../src/index.js';
import type { Message, NexusClient } from '../../src/index.js';
import { until } from '../client/fixtures.js';

describe('community channels, end to end encrypted', () => {
  let server: RunningServer;
  const open: { client: NexusClient; community: CommunityClient }[] = [];

  beforeAll(async () => {
    server = await startServer({
      NEXUSLINK_SERVER_DATA_DIR: mkdtempSync(join(tmpdir(), 'nexuslink-channels-')),
    });
  });
  afterEach(async () => {
    for (const m of open.splice(0)) {
      await m.client.close();
      await m.community.close();
    }
  });
  afterAll(async () => {
    expect(await server.stop()).toBe(0);
  });

  async function member(name: string, again?: { storage: ReturnType<typeof memoryStorage> }) {
    const storage = again?.storage ?? memoryStorage();
    const device = again
      ? await loadDevice({ storage })
      : (await createDevice({ storage, displayName: name })).device;
    const community = new CommunityClient({ url: server.url, device });
    await community.login();
    const client = await createClient({
      device,
      storage,
      transports: [community.transport],
      directory: community.directory,
      channels: community,
      start: false,
    });
    const received: Message[] = [];
    client.on('message', ({ message }) => {
      if (!message.outgoing) received.push(message);
    });
    await client.start();
    await client.publishPreKeys();
    open.push({ client, community });
    return { name, client, community, received, uuid: device.uuid, storage };
  }

  const texts = (ms: Message[]) =>
    ms.map((m) => (m.content.kind === 'text' ? m.content.text : '?'));

  it('members read each other; the server holds only ciphertext; a later member reads what follows', async () => {
    const alice = await member('alice');
    const bob = await member('bob');
    const channel = await alice.community.createChannel({ name: 'general' });
    await bob.community.joinChannel(channel.id);
    const conversation = await alice.client.channels.open(channel.id);
    expect(conversation).toBe(channelConversation(channel.id));
    expect(await bob.client.channels.open(channel.id)).toBe(conversation);

    await alice.client.sendText(conversation, 'hello channel');
    await until(() => bob.received.length === 1, 15_000, 'bob reads alice');
    expect(bob.received[0]).toMatchObject({ conversation, sender: alice.uuid });
    expect(texts(bob.received)).toEqual(['hello channel']);
    await bob.client.sendText(conversation, 'hi alice');
    await until(() => alice.received.length === 1, 15_000, 'alice reads bob');
    expect(texts(alice.received)).toEqual(['hi alice']);

    // The server keeps the posts, as ciphertext only.
    const history = await alice.community.channelHistory(channel.id, { after: 0, limit: 10 });
    expect(history.length).toBe(2);
    for (const h of history) {
      expect(Buffer.from(h.ciphertext).toString('latin1')).not.toContain('hello channel');
      expect(Buffer.from(h.ciphertext).toString('latin1')).not.toContain('hi alice');
    }
    const view = await alice.client.conversation(conversation);
    expect(view).toMatchObject({ kind: 'group', channel: channel.id, group: { name: 'general' } });
    expect(view!.group!.members).toEqual([alice.uuid, bob.uuid].sort());

    // Carol joins later: she reads what is sent from then on.
    const carol = await member('carol');
    await carol.community.joinChannel(channel.id);
    await carol.client.channels.open(channel.id);
    await alice.client.sendText(conversation, 'welcome carol');
    await until(
      () => carol.received.length === 1 && bob.received.length === 2,
      15_000,
      'both read',
    );
    expect(texts(carol.received)).toEqual(['welcome carol']);
    // Bob had never heard of Carol: her first post makes him ask the server for the members.
    await carol.client.sendText(conversation, 'thanks');
    await until(
      () => bob.received.length === 3 && alice.received.length === 2,
      15_000,
      'carol read',
    );
    expect(texts(bob.received)).toEqual(['hello channel', 'welcome carol', 'thanks']);
    // No receipts in a channel: the senders' messages stay "sent".
    const own = await alice.client.messages(conversation);
    expect(own.filter((m) => m.outgoing).every((m) => m.state === 'sent')).toBe(true);
  });

  it('who leaves gets no key for what follows', async () => {
    const alice = await member('alice');
    const bob = await member('bob');
    const channel = await alice.community.createChannel({ name: 'team' });
    await bob.community.joinChannel(channel.id);
    const conversation = await alice.client.channels.open(channel.id);
    await bob.client.channels.open(channel.id);
    await alice.client.sendText(conversation, 'before');
    await until(() => bob.received.length === 1, 15_000);
    await bob.community.leaveChannel(channel.id);
    const carol = await member('carol');
    await carol.community.joinChannel(channel.id);
    await carol.client.channels.open(channel.id);
    await alice.client.sendText(conversation, 'after');
    await until(() => carol.received.length === 1, 15_000);
    // Alice rotated her chain when Bob left: even with the ciphertext (from the
    // server's history, as a former member or the operator could get it), Bob cannot read it.
    const history = await carol.community.channelHistory(channel.id, { after: 0, limit: 10 });
    const after = history[history.length - 1]!;
    await expect(
      groupDecrypt(after.ciphertext, { stores: storageProtocolStores(bob.storage) }),
    ).rejects.toMatchObject({ code: 'NO_SESSION' });
    expect((await alice.client.conversation(conversation))!.group!.members).toEqual(
      [alice.uuid, carol.uuid].sort(),
    );
  });

  it('a channel’s creator who was away gets what was posted meanwhile', async () => {
    const alice = await member('alice');
    const bob = await member('bob');
    const channel = await alice.community.createChannel({ name: 'away' });
    await bob.community.joinChannel(channel.id);
    const conversation = await alice.client.channels.open(channel.id);
    await bob.client.channels.open(channel.id);
    // Alice goes away before anything is posted (her device never acknowledged a message).
    const gone = open.splice(
      open.findIndex((m) => m.client === alice.client),
      1,
    )[0]!;
    await gone.client.close();
    await gone.community.close();
    await bob.client.sendText(conversation, 'while you were away');
    await bob.client.flush(15_000);
    const back = await member('alice', { storage: alice.storage });
    await until(() => back.received.length === 1, 15_000, 'alice gets the backlog');
    expect(texts(back.received)).toEqual(['while you were away']);
  });
});
