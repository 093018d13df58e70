// The community client's channel gap fill against a real community server
// process: a device restored from an older copy (it resumes before the
// server's cursor) gets what it misses from the channel's history, in order,
// also when it says it holds nothing (resume 0); a history fetch that fails
// advances nothing: it is retried, reported to onError after its bound, and
// the messages come once the history answers again.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '@nexuslink/server-kit/testing';
import type { RunningServer } from '@nexuslink/server-kit/testing';
import { CommunityClient, NexusError } from '../../src/index.js';
import type { LocalDevice } from '../../src/index.js';
import { makePerson, until } from '../client/fixtures.js';

/** A franking tag for ciphertexts that are not real messages (the server stores it as given). */
const FRANKING_TAG = new Uint8Array(32).fill(7);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('community client: gaps in a channel', () => {
  let server: RunningServer;
  const clients: CommunityClient[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'nexuslink-gaps-'));

  beforeAll(async () => {
    server = await startServer({ NEXUSLINK_SERVER_DATA_DIR: dataDir });
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) await c.close();
  });
  afterAll(async () => {
    expect(await server.stop()).toBe(0);
  });

  const client = (
    device: LocalDevice,
    options: Partial<ConstructorParameters<typeof CommunityClient>[0]> = {},
  ) => {
    const c = new CommunityClient({
      url: server.url,
      device,
      reconnect: { initialDelayMs: 20, maxDelayMs: 100 },
      ...options,
    });
    clients.push(c);
    return c;
  };

  /**
   * Alice's channel with messages 1..5, which Bob's first device copy
   * received and acknowledged (the server's cursor for it is 5); then that
   * copy is gone.
   */
  async function channelBobHadUpTo5() {
    const alice = client(await (await makePerson('alice')).addDevice());
    await alice.connect();
    const bobDevice = await (await makePerson('bob')).addDevice();
    const channel = await alice.createChannel({ name: `gaps-${Math.random()}` });
    const first = client(bobDevice);
    await first.connect();
    await first.joinChannel(channel.id);
    const seen: number[] = [];
    first.onChannelMessage((m) => {
      seen.push(m.seq);
      first.acknowledgeChannel(m.channelId, m.seq);
    });
    for (let i = 1; i <= 5; i++)
      await alice.sendChannelMessage(channel.id, new Uint8Array([i]), FRANKING_TAG);
    await until(() => seen.length === 5, 10_000, 'the first five');
    await sleep(1_300); // the server writes cursors every second
    await first.close();
    return { alice, bobDevice, channel };
  }

  it('a device resuming before the server’s cursor gets the missing messages in order; resume 0 too', async () => {
    for (const held of [2, 0]) {
      const { alice, bobDevice, channel } = await channelBobHadUpTo5();
      const restored = client(bobDevice, { resume: new Map([[channel.id, held]]) });
      const got: { seq: number; byte: number }[] = [];
      restored.onChannelMessage((m) => got.push({ seq: m.seq, byte: m.ciphertext[0]! }));
      await restored.connect();
      await alice.sendChannelMessage(channel.id, new Uint8Array([6]), FRANKING_TAG);
      await until(() => got.length >= 6 - held, 10_000, `the messages after ${held}`);
      await sleep(200);
      const expected = Array.from({ length: 6 - held }, (_, i) => held + 1 + i);
      expect(got).toEqual(expected.map((n) => ({ seq: n, byte: n })));
      expect(restored.cursor(channel.id)).toBe(6);
    }
  });

  it('a failed history fetch skips nothing: retried, reported after its bound, filled once it answers', async () => {
    const { alice, bobDevice, channel } = await channelBobHadUpTo5();
    // The network drops every history request while `down` (a proxy, a flaky link).
    let down = true;
    let historyAsked = 0;
    const flaky: typeof fetch = async (input, init) => {
      if (String(input).includes('/messages?')) {
        historyAsked++;
        if (down) throw new TypeError('fetch failed');
      }
      return fetch(input, init);
    };
    const restored = client(bobDevice, { resume: new Map([[channel.id, 2]]), fetch: flaky });
    const got: number[] = [];
    restored.onChannelMessage((m) => got.push(m.seq));
    const errors: { error: NexusError; channelId?: string; afterSeq?: number }[] = [];
    restored.onError((error, context) => errors.push({ error, ...context }));
    await restored.connect();
    await alice.sendChannelMessage(channel.id, new Uint8Array([6]), FRANKING_TAG);
    await until(() => errors.length === 1, 10_000, 'the gap reported');
    expect(NexusError.is(errors[0]!.error, 'TRANSPORT')).toBe(true);
    expect(errors[0]).toMatchObject({ channelId: channel.id, afterSeq: 2 });
    expect(historyAsked).toBe(5);
    // Nothing was handed out past the gap, and the cursor stayed where it was.
    expect(got).toEqual([]);
    expect(restored.cursor(channel.id)).toBe(2);
    await sleep(300);
    expect(historyAsked).toBe(5); // bounded: no more tries until something happens

    // The history answers again; the channel's next message starts a new round.
    down = false;
    await alice.sendChannelMessage(channel.id, new Uint8Array([7]), FRANKING_TAG);
    await until(() => got.length === 5, 10_000, 'the gap filled');
    expect(got).toEqual([3, 4, 5, 6, 7]);
    expect(restored.cursor(channel.id)).toBe(7);
  });

  it('a gap left after its attempts is fetched again when the connection comes back', async () => {
    const { alice, bobDevice, channel } = await channelBobHadUpTo5();
    let down = true;
    const flaky: typeof fetch = async (input, init) => {
      if (String(input).includes('/messages?') && down) throw new TypeError('fetch failed');
      return fetch(input, init);
    };
    const restored = client(bobDevice, { resume: new Map([[channel.id, 2]]), fetch: flaky });
    const got: number[] = [];
    restored.onChannelMessage((m) => got.push(m.seq));
    let reported = 0;
    restored.onError(() => reported++);
    await restored.connect();
    await alice.sendChannelMessage(channel.id, new Uint8Array([6]), FRANKING_TAG);
    await until(() => reported === 1, 10_000, 'the gap reported');
    expect(got).toEqual([]);
    down = false;
    // The server restarts (same data, same port); the client reconnects by
    // itself and fetches the gap again, though no new message came.
    const port = new URL(server.url).port;
    expect(await server.stop()).toBe(0);
    server = await startServer({ NEXUSLINK_SERVER_DATA_DIR: dataDir, NEXUSLINK_SERVER_PORT: port });
    await until(() => got.length === 4, 15_000, 'the gap filled after the reconnect');
    expect(got).toEqual([3, 4, 5, 6]);
  });
});
