// End to end: the real server process on loopback (embedded SQLite, and
// PostgreSQL), SDK clients on its public API. 1:1 conversations through
// NexusClient over the server (two devices of one member), a channel with
// its sequence ids, a server restart in the middle of a stream, and a device
// offline for a while catching up in order.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CommunityClient,
  createClient,
  directConversation,
  memoryStorage,
  NexusError,
} from '@nexuslink/sdk';
import type { ChannelMessageEvent, Message, NexusClient } from '@nexuslink/sdk';
import { transportComplianceSuite } from '@nexuslink/sdk/testing';
import { addDevice, freshDb, makeAccount } from './helpers.ts';
import type { TestAccount } from './helpers.ts';
import { startServer } from '@nexuslink/server-kit/testing';
import type { RunningServer } from '@nexuslink/server-kit/testing';

/** A franking tag for ciphertexts that are not real messages (the server stores it as given). */
const FRANKING_TAG = new Uint8Array(32).fill(7);

const FAST = { reconnect: { initialDelayMs: 50, maxDelayMs: 500 } };

async function until(what: string, check: () => boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Retry `op` while the server is away (TRANSPORT), as an app's outbox does. */
async function retrying<T>(op: () => Promise<T>): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await op();
    } catch (err) {
      if (!NexusError.is(err, 'TRANSPORT') || i > 200) throw err;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

for (const kind of ['sqlite', 'postgres'] as const) {
  describe(`community server end to end (${kind})`, () => {
    let env: Record<string, string>;
    let server: RunningServer;
    let drop: () => Promise<void> = async () => {};
    const clients: CommunityClient[] = [];
    const nexus: NexusClient[] = [];
    const open = (account: TestAccount) => {
      const c = new CommunityClient({ url: server.url, device: account.device, ...FAST });
      clients.push(c);
      return c;
    };

    beforeEach(async () => {
      if (kind === 'sqlite')
        env = { NEXUSLINK_SERVER_DATA_DIR: mkdtempSync(join(tmpdir(), 'nexuslink-e2e-')) };
      else {
        const fresh = await freshDb('postgres');
        await fresh.db.close();
        drop = fresh.drop;
        env = { NEXUSLINK_DATABASE_DRIVER: 'postgres', NEXUSLINK_DATABASE_URL: fresh.url! };
      }
      // The tests send faster than a person: lift the per-connection frame rate.
      env.NEXUSLINK_LIMITS_WS_MESSAGES_PER_SECOND = '100000';
      server = await startServer(env);
    });
    afterEach(async () => {
      for (const n of nexus.splice(0)) await n.close();
      for (const c of clients.splice(0)) await c.close();
      expect(await server.stop()).toBe(0);
      await drop();
    });

    it('a 1:1 conversation through the server reaches both devices of the recipient', async () => {
      const alice = await makeAccount('alice');
      const bob = await makeAccount('bob');
      const bobPhone = await addDevice(bob, 'phone');
      const start = async (account: TestAccount) => {
        const server = open(account);
        await server.login();
        const client = await createClient({
          device: account.device,
          storage: memoryStorage(),
          transports: [server.transport],
          directory: server.directory,
        });
        nexus.push(client);
        await client.publishPreKeys();
        return client;
      };
      const a = await start(alice);
      const b1 = await start(bob);
      const b2 = await start(bobPhone);
      const received: string[] = [];
      for (const [name, c] of [
        ['laptop', b1],
        ['phone', b2],
      ] as const)
        c.on('message', ({ message }: { message: Message }) => {
          if (message.content.kind === 'text') received.push(`${name}:${message.content.text}`);
        });
      const aliceGot: string[] = [];
      a.on('message', ({ message }: { message: Message }) => {
        if (message.content.kind === 'text') aliceGot.push(message.content.text);
      });
      await a.contacts.add({
        uuid: bob.uuid,
        bundles: await clients[0]!.directory.fetchBundles(bob.uuid),
      });
      await a.sendText(directConversation(bob.uuid), 'hello over the community server');
      await until('both of bob’s devices', () => received.length === 2);
      expect(received.sort()).toEqual([
        'laptop:hello over the community server',
        'phone:hello over the community server',
      ]);
      await b1.sendText(directConversation(alice.uuid), 'hi alice');
      await until('alice’s answer', () => aliceGot.length === 1);
      expect(aliceGot).toEqual(['hi alice']);
    });

    it('a channel: ordered sequence ids, fan-out to every device, history over HTTP', async () => {
      const alice = await makeAccount('alice');
      const bob = await makeAccount('bob');
      const phone = await addDevice(bob, 'phone');
      const a = open(alice);
      const b = open(bob);
      const p = open(phone);
      for (const c of [a, b, p]) await c.connect();
      const channel = await a.createChannel({ name: 'general', topic: 'all of us' });
      await b.joinChannel(channel.id);
      const got = { b: [] as ChannelMessageEvent[], p: [] as ChannelMessageEvent[] };
      b.onChannelMessage((m) => got.b.push(m));
      p.onChannelMessage((m) => got.p.push(m));
      const sends = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          a.sendChannelMessage(channel.id, new Uint8Array([i + 1, 7]), FRANKING_TAG),
        ),
      );
      expect([...sends].sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      await until('20 on each of bob’s devices', () => got.b.length === 20 && got.p.length === 20);
      for (const list of [got.b, got.p]) {
        expect(list.map((m) => m.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
        for (const m of list) expect(m.sender).toEqual(a.address);
      }
      // What each seq carries is what was sent with it.
      for (const m of got.b)
        expect(m.ciphertext).toEqual(new Uint8Array([sends.indexOf(m.seq) + 1, 7]));
      const history = await b.channelHistory(channel.id, { after: 15 });
      expect(history.map((m) => m.seq)).toEqual([16, 17, 18, 19, 20]);
      // Someone outside the channel cannot send to it.
      const carol = open(await makeAccount('carol'));
      await carol.connect();
      await expect(
        carol.sendChannelMessage(channel.id, new Uint8Array([1]), FRANKING_TAG),
      ).rejects.toMatchObject({ code: 'NOT_PERMITTED' });
    });

    it('a server restart in the middle of a stream loses nothing', async () => {
      const alice = await makeAccount('alice');
      const bob = await makeAccount('bob');
      const a = open(alice);
      const b = open(bob);
      await a.connect();
      await b.connect();
      const channel = await a.createChannel({ name: 'stream' });
      await b.joinChannel(channel.id);
      const got: number[] = [];
      b.onChannelMessage((m) => {
        got.push(m.seq);
        b.acknowledgeChannel(m.channelId, m.seq);
      });
      const envelopes: string[] = [];
      const consume = (async () => {
        for await (const e of b.transport.receive()) {
          envelopes.push(Buffer.from(e.envelope).toString());
          await b.transport.acknowledge(e.id);
          if (envelopes.length === 40) break;
        }
      })();
      const sent: number[] = [];
      for (let i = 0; i < 40; i++) {
        if (i === 20) {
          expect(await server.stop('SIGTERM')).toBe(0);
          server = await startServer({ ...env, NEXUSLINK_SERVER_PORT: new URL(server.url).port });
        }
        sent.push(
          await retrying(() => a.sendChannelMessage(channel.id, new Uint8Array([i]), FRANKING_TAG)),
        );
        await retrying(() =>
          a.transport.send(b.address, new TextEncoder().encode(`envelope ${i}`)),
        );
      }
      await until('40 channel messages after the restart', () => got.length >= 40);
      await consume;
      expect(sent).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
      expect(got).toEqual(sent);
      expect(envelopes.join('|')).toEqual(
        Array.from({ length: 40 }, (_, i) => `envelope ${i}`).join('|'),
      );
    });

    it('a device offline for a while catches up in order, without repeats', async () => {
      const alice = await makeAccount('alice');
      const bob = await makeAccount('bob');
      const a = open(alice);
      let b = open(bob);
      await a.connect();
      await b.connect();
      const channel = await a.createChannel({ name: 'news' });
      await b.joinChannel(channel.id);
      const got: number[] = [];
      b.onChannelMessage((m) => got.push(m.seq));
      for (let i = 0; i < 5; i++)
        await a.sendChannelMessage(channel.id, new Uint8Array([i]), FRANKING_TAG);
      await until('the first five', () => got.length === 5);
      b.acknowledgeChannel(channel.id, 5);
      await new Promise((r) => setTimeout(r, 200)); // the acknowledgement is batched
      await b.close();
      // Back at once, before the server wrote the acknowledged position
      // (it does once a second): it must not get 1–5 again.
      const quick = open(bob);
      quick.onChannelMessage((m) => got.push(m.seq));
      await quick.connect();
      await new Promise((r) => setTimeout(r, 300));
      await quick.close();
      expect(got).toEqual([1, 2, 3, 4, 5]);
      for (let i = 5; i < 305; i++)
        await a.sendChannelMessage(channel.id, new Uint8Array([i >> 8, i & 255]), FRANKING_TAG);
      for (let i = 0; i < 10; i++) await a.transport.send(b.address, new Uint8Array([i + 1]));
      // Back, as a new process would be: the server's cursor says where it stopped.
      b = open(bob);
      b.onChannelMessage((m) => got.push(m.seq));
      await b.connect();
      await until('the 300 it missed', () => got.length >= 305, 45_000);
      expect(got).toEqual(Array.from({ length: 305 }, (_, i) => i + 1));
      const it = b.transport.receive()[Symbol.asyncIterator]();
      for (let i = 0; i < 10; i++)
        expect((await it.next()).value!.envelope).toEqual(new Uint8Array([i + 1]));
      await it.return!();
    });

    it('envelopes sent while a device fetches its queue do not overtake the queue', async () => {
      const alice = await makeAccount('alice');
      const bob = await makeAccount('bob');
      const a = open(alice);
      await a.connect();
      const b = open(bob);
      await b.login(); // known to the server, not connected
      const text = (i: number) => new TextEncoder().encode(`e${i}`);
      for (let i = 0; i < 300; i++) await a.transport.send(b.address, text(i));
      // The device comes back while more arrive.
      const live = (async () => {
        for (let i = 300; i < 400; i++) await a.transport.send(b.address, text(i));
      })();
      await b.connect();
      await live;
      const got: string[] = [];
      for await (const e of b.transport.receive()) {
        got.push(new TextDecoder().decode(e.envelope));
        await b.transport.acknowledge(e.id);
        if (got.length === 400) break;
      }
      expect(got).toEqual(Array.from({ length: 400 }, (_, i) => `e${i}`));
    });

    it('a revoked device is disconnected at once and cannot come back', async () => {
      const alice = await makeAccount('alice');
      const phone = await addDevice(alice, 'phone');
      const laptop = open(alice);
      const p = open(phone);
      await laptop.connect();
      await p.connect();
      const { revocationList } = await import('./helpers.ts');
      expect(
        await laptop.revokeDevices(await revocationList(alice, [phone.device.deviceId])),
      ).toEqual([phone.deviceHex]);
      await until('the phone to be cut off', () => p.state === 'disconnected');
      await expect(p.login()).rejects.toMatchObject({ code: 'REVOKED' });
    });
  });
}

describe('webSocketTransport against the real server', () => {
  let server: RunningServer;
  beforeEach(async () => {
    server = await startServer({
      NEXUSLINK_SERVER_DATA_DIR: mkdtempSync(join(tmpdir(), 'nexuslink-compliance-')),
    });
  });
  afterEach(async () => {
    await server.stop();
  });
  transportComplianceSuite(
    { describe, it },
    {
      name: 'webSocketTransport (community server, SQLite)',
      create: async () => {
        const make = async (account: TestAccount) => {
          const c = new CommunityClient({ url: server.url, device: account.device, ...FAST });
          await c.connect();
          return c.transport;
        };
        const accounts = new Map<string, TestAccount>();
        const a1 = await makeAccount('a');
        const b1 = await makeAccount('b');
        const a = await make(a1);
        const b = await make(b1);
        accounts.set(a.address.deviceId, a1);
        accounts.set(b.address.deviceId, b1);
        const open = [a, b];
        return {
          a,
          b,
          async reconnect(t) {
            await t.close();
            const next = await make(accounts.get(t.address.deviceId)!);
            open.push(next);
            return next;
          },
          async close() {
            for (const t of open) await t.close();
          },
        };
      },
    },
  );
});
void freshDb;
