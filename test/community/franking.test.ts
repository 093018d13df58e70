// Message franking end to end (spec/community.md §5.6): NexusClients on a
// real community server process. A recipient keeps what makes a channel
// message reportable and hands it out as evidence that verifies under the
// server's key; a sender whose message does not open its commitment, a
// server whose attestation does not verify or names another sender, and a
// channel message slipped in outside the channel are all refused, so nothing
// a recipient shows is unreportable.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '@nexuslink/server-kit/testing';
import type { RunningServer } from '@nexuslink/server-kit/testing';
import {
  CommunityClient,
  createClient,
  createDevice,
  loadDevice,
  memoryStorage,
  NexusError,
  signMessageAttestation,
  SigningKeyPair,
  verifyMessageEvidence,
} from '../../src/index.js';
import type {
  ChannelMessageEvent,
  ChannelTransport,
  Message,
  NexusClient,
} from '../../src/index.js';
import { until } from '../client/fixtures.js';

/** How a test member's client sees its server: the real one, or one a test changes. */
type Wrap = (real: CommunityClient) => ChannelTransport;

/** A ChannelTransport that passes everything to `real`, but what `over` replaces. */
function through(real: CommunityClient, over: Partial<ChannelTransport>): ChannelTransport {
  return {
    get state() {
      return real.state;
    },
    channel: (id) => real.channel(id),
    channelMembers: (id) => real.channelMembers(id),
    sendChannelMessage: (id, c, tag) => real.sendChannelMessage(id, c, tag),
    onChannelMessage: (l) => real.onChannelMessage(l),
    acknowledgeChannel: (id, seq) => real.acknowledgeChannel(id, seq),
    serverKey: () => real.serverKey(),
    ...over,
  };
}

describe('message franking on a real community server', () => {
  let server: RunningServer;
  const open: { client: NexusClient; community: CommunityClient }[] = [];

  beforeAll(async () => {
    server = await startServer({
      NEXUSLINK_SERVER_DATA_DIR: mkdtempSync(join(tmpdir(), 'nexuslink-franking-')),
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

  async function member(
    name: string,
    options: { storage?: ReturnType<typeof memoryStorage>; wrap?: Wrap } = {},
  ) {
    const storage = options.storage ?? memoryStorage();
    const device = options.storage
      ? await loadDevice({ storage })
      : (await createDevice({ storage, displayName: name })).device;
    const community = new CommunityClient({ url: server.url, device });
    await community.login();
    const client = await createClient({
      device,
      storage,
      transports: [community.transport],
      directory: community.directory,
      channels: options.wrap ? options.wrap(community) : community,
      start: false,
    });
    const received: Message[] = [];
    const errors: NexusError[] = [];
    client.on('message', ({ message }) => {
      if (!message.outgoing) received.push(message);
    });
    client.on('error', ({ error }) => errors.push(error));
    await client.start();
    await client.publishPreKeys();
    open.push({ client, community });
    return { name, client, community, received, errors, uuid: device.uuid, storage };
  }

  const texts = (ms: Message[]) =>
    ms.map((m) => (m.content.kind === 'text' ? m.content.text : '?'));

  async function channelOf(owner: Awaited<ReturnType<typeof member>>, ...others: (typeof owner)[]) {
    const channel = await owner.community.createChannel({ name: `c${Date.now()}` });
    for (const o of others) await o.community.joinChannel(channel.id);
    const conversation = await owner.client.channels.open(channel.id);
    for (const o of others) await o.client.channels.open(channel.id);
    return { channel, conversation };
  }

  it('a received message gives evidence that verifies under the server’s listed key, after a restart too; altered evidence does not', async () => {
    const alice = await member('alice');
    const bob = await member('bob');
    const { channel, conversation } = await channelOf(alice, bob);
    const sent = await alice.client.sendText(conversation, 'you will regret this');
    await until(() => bob.received.length === 1, 15_000, 'bob reads alice');

    // The key the server signs with is the one it publishes (and a directory lists).
    const info = (await (await fetch(`${server.url}/v1/server`)).json()) as {
      data: { serverKey: string };
    };
    const serverKey = Uint8Array.from(Buffer.from(info.data.serverKey, 'hex'));
    expect(Buffer.from(await bob.community.serverKey()).toString('hex')).toBe(info.data.serverKey);

    const evidence = await bob.client.channels.evidence(sent.id);
    const verified = verifyMessageEvidence(serverKey, evidence);
    expect(verified).toMatchObject({
      channelId: channel.id,
      seq: 1,
      sender: { uuid: alice.uuid, deviceId: alice.community.address.deviceId },
      id: sent.id,
      content: { kind: 'text', text: 'you will regret this' },
    });
    expect(Math.abs(verified.sentAt - Date.now())).toBeLessThan(60_000);

    // Any byte changed: the commitment, the signature or the form gives way.
    for (const at of [10, Math.floor(evidence.length / 2), evidence.length - 1]) {
      const altered = evidence.slice();
      altered[at] = altered[at]! ^ 1;
      expect(() => verifyMessageEvidence(serverKey, altered)).toThrow(NexusError);
    }
    const otherKey = SigningKeyPair.generate().publicKey.bytes;
    expect(() => verifyMessageEvidence(otherKey, evidence)).toThrow(/does not verify/);

    // Only a message received in a channel has evidence.
    await expect(alice.client.channels.evidence(sent.id)).rejects.toMatchObject({
      code: 'NOT_PERMITTED',
    });
    await expect(bob.client.channels.evidence('00'.repeat(16))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(bob.client.channels.evidence('not an id')).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });

    // Bob's device restarts from its storage: the evidence is still there.
    await bob.client.close();
    await bob.community.close();
    const again = await member('bob', { storage: bob.storage });
    expect(await again.client.channels.evidence(sent.id)).toEqual(evidence);
  });

  it('a sender whose franking key does not open its tag is not shown (it could not be reported)', async () => {
    const alice = await member('alice');
    let lie = false;
    const mallory = await member('mallory', {
      wrap: (real) =>
        through(real, {
          sendChannelMessage: (id, c, tag) =>
            real.sendChannelMessage(id, c, lie ? crypto.getRandomValues(new Uint8Array(32)) : tag),
        }),
    });
    const { conversation } = await channelOf(alice, mallory);
    lie = true;
    await mallory.client.sendText(conversation, 'unreportable abuse');
    await until(() => alice.errors.length > 0, 15_000, 'alice refuses it');
    expect(alice.errors[0]!.code).toBe('BAD_SIGNATURE');
    expect(alice.errors[0]!.message).toMatch(/does not open the commitment/);
    lie = false;
    await mallory.client.sendText(conversation, 'an honest one');
    await until(() => alice.received.length === 1, 15_000, 'alice reads the honest one');
    expect(texts(alice.received)).toEqual(['an honest one']);
  });

  it('an attestation that does not verify, or that names another sender, is not believed', async () => {
    const alice = await member('alice');
    const mallory = await member('mallory');
    // Bob's "server" is the real one seen through a man in the middle, who
    // signs attestations with its own key (the key Bob was given).
    const fake = SigningKeyPair.generate();
    let mode: 'flip' | 'sender' | 'honest' = 'flip';
    const bob = await member('bob', {
      wrap: (real) =>
        through(real, {
          serverKey: async () => fake.publicKey.bytes,
          onChannelMessage: (listener) =>
            real.onChannelMessage((m: ChannelMessageEvent) => {
              void (async () => {
                const sender = mode === 'sender' ? mallory.community.address : m.sender;
                let attestation = await signMessageAttestation(fake, { ...m, sender });
                if (mode === 'flip') attestation = attestation.map((b, i) => (i === 0 ? b ^ 1 : b));
                listener({ ...m, sender, attestation });
              })();
            }),
        }),
    });
    const { conversation } = await channelOf(alice, bob, mallory);
    await alice.client.sendText(conversation, 'one');
    await until(() => bob.errors.length >= 1, 15_000, 'a bad signature');
    expect(bob.errors[0]!.code).toBe('BAD_SIGNATURE');
    mode = 'sender';
    await alice.client.sendText(conversation, 'two');
    await until(() => bob.errors.length >= 2, 15_000, 'another sender');
    expect(bob.errors[1]!.code).toBe('NOT_PERMITTED');
    expect(bob.errors[1]!.message).toMatch(/another sender/);
    expect(bob.received).toEqual([]);
    mode = 'honest';
    await alice.client.sendText(conversation, 'three');
    await until(() => bob.received.length === 1, 15_000, 'bob reads three');
    expect(texts(bob.received)).toEqual(['three']);
  });

  it('a channel message sent outside the channel (straight to a device) is refused', async () => {
    const alice = await member('alice');
    let aside = false;
    let target: CommunityClient | null = null;
    const mallory = await member('mallory', {
      wrap: (real) =>
        through(real, {
          // Past the server: the ciphertext goes to Alice's device as an envelope, unattested.
          sendChannelMessage: async (id, c, tag) => {
            if (!aside) return real.sendChannelMessage(id, c, tag);
            await real.sendEnvelope(target!.address, c);
            return 0;
          },
        }),
    });
    target = alice.community;
    const { conversation } = await channelOf(alice, mallory);
    await mallory.client.sendText(conversation, 'in the channel');
    await until(() => alice.received.length === 1, 15_000, 'alice reads it');
    aside = true;
    await mallory.client.sendText(conversation, 'around the server');
    await until(() => alice.errors.length > 0, 15_000, 'alice refuses it');
    expect(alice.errors[0]!.code).toBe('MALFORMED');
    expect(alice.errors[0]!.message).toMatch(/outside a channel/);
    expect(texts(alice.received)).toEqual(['in the channel']);
  });
});
