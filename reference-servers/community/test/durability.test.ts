// Kill-and-restart runs: the community server process is stopped (SIGKILL or
// SIGTERM) and started again, on the same port and data, several times while
// a member sends channel messages and 1:1 envelopes and another receives and
// acknowledges them. Senders retry what got no answer (the SDK's client ids
// make a retry idempotent) and, as a well-behaved app does, wait what a
// RATE_LIMITED answer says before sending again (the SDK resends a send
// refused for the frame rate a few times itself; 16 sends in flight can
// still outrun the 200 frames/s of one connection right after a restart,
// when every worker's retry goes out at once). Counted per run: sent, acknowledged by the
// server, received, lost (acknowledged, never received) and duplicated
// (stored or received twice): lost and duplicated must be 0.
import { afterEach, describe, expect, it } from 'vitest';
import { CommunityClient, NexusError } from '@nexuslink/sdk';
import { startServer } from '@nexuslink/server-kit/testing';
import type { RunningServer } from '@nexuslink/server-kit/testing';
import { serverDatabase } from '@nexuslink/server-kit/testing/db';
import { makeAccount } from './helpers.ts';

/** A franking tag for ciphertexts that are not real messages (the server stores it as given). */
const FRANKING_TAG = new Uint8Array(32).fill(7);

type Kind = 'sqlite' | 'postgres';

const MESSAGES = 300;
const WORKERS = 16;
const RESTARTS = 3;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let server: RunningServer | null = null;
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c().catch(() => undefined);
  if (server) await server.stop('SIGKILL');
  server = null;
});

/** `n` as 4 bytes, big-endian: what each message carries, to count it on arrival. */
const payload = (n: number) =>
  new Uint8Array([n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]);
const numberOf = (b: Uint8Array) => ((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0;

/**
 * Try `send` until the server answers (it is down or restarting meanwhile):
 * resent with the same client id after TRANSPORT (no answer, or the server
 * shutting down), and after RATE_LIMITED once its `retryAfterMs` passed.
 */
async function untilAnswered<T>(client: CommunityClient, send: () => Promise<T>): Promise<T> {
  for (let attempt = 0; attempt < 400; attempt++) {
    if (client.state !== 'connected') {
      await sleep(25);
      continue;
    }
    try {
      return await send();
    } catch (err) {
      if (NexusError.is(err, 'RATE_LIMITED')) await sleep(err.details.retryAfterMs ?? 1_000);
      else if (NexusError.is(err, 'TRANSPORT')) await sleep(25);
      else throw err;
    }
  }
  throw new Error('no answer within 400 attempts');
}

describe.each<[Kind, NodeJS.Signals]>([
  ['sqlite', 'SIGKILL'],
  ['sqlite', 'SIGTERM'],
  ['postgres', 'SIGKILL'],
  ['postgres', 'SIGTERM'],
])('community server killed and restarted (%s, %s)', (kind, signal) => {
  it('loses and duplicates nothing that was acknowledged', async () => {
    const db = await serverDatabase(kind);
    cleanups.push(async () => {
      await server?.stop('SIGKILL');
      server = null;
      await db.drop();
    });
    const env = { ...db.env, NEXUSLINK_SERVER_SHUTDOWN_TIMEOUT_MS: '5000' };
    server = await startServer(env);
    const port = new URL(server.url).port;
    const client = async (name: string) => {
      const account = await makeAccount(name);
      const c = new CommunityClient({
        url: server!.url,
        device: account.device,
        reconnect: { initialDelayMs: 50, maxDelayMs: 300 },
      });
      cleanups.push(() => c.close());
      await c.connect();
      return c;
    };
    const alice = await client('alice');
    const bob = await client('bob');
    const channel = await alice.createChannel({ name: 'durable' });
    await bob.joinChannel(channel.id);

    const channelReceived = new Map<number, number[]>(); // message number → seqs it came with
    bob.onChannelMessage((m) => {
      const n = numberOf(m.ciphertext);
      channelReceived.set(n, [...(channelReceived.get(n) ?? []), m.seq]);
      bob.acknowledgeChannel(m.channelId, m.seq);
    });
    const envelopesReceived = new Map<number, number>();
    const reading = (async () => {
      for await (const e of bob.transport.receive()) {
        const n = numberOf(e.envelope);
        envelopesReceived.set(n, (envelopesReceived.get(n) ?? 0) + 1);
        await bob.transport.acknowledge(e.id);
      }
    })().catch(() => undefined);

    // The killer: RESTARTS times, at a random moment, stop and start again
    // (on the same port: startServer chose one outside the kernel's
    // ephemeral range, so no outgoing connection takes it meanwhile). Its
    // failure is kept and thrown after the senders, never left unhandled.
    let stopped = false;
    let killerFailed: unknown = null;
    const killer = (async () => {
      for (let k = 0; k < RESTARTS && !stopped; k++) {
        await sleep(150 + Math.random() * 350);
        await server!.stop(signal);
        server = await startServer({ ...env, NEXUSLINK_SERVER_PORT: port });
      }
    })().catch((err: unknown) => {
      killerFailed = err;
      stopped = true;
    });
    const acked = new Map<number, number>(); // channel message number → seq
    let envelopesAcked = 0;
    // WORKERS sends in flight at once, so that kills land between a commit and its answer.
    let next = 0;
    await Promise.all(
      Array.from({ length: WORKERS }, async () => {
        for (let i = next++; i < MESSAGES && !killerFailed; i = next++) {
          acked.set(
            i,
            await untilAnswered(alice, () =>
              alice.sendChannelMessage(channel.id, payload(i), FRANKING_TAG),
            ),
          );
          await untilAnswered(alice, () => alice.sendEnvelope(bob.address, payload(i)));
          envelopesAcked++;
        }
      }),
    ).catch((err: unknown) => {
      throw killerFailed ?? err; // the server that did not come back, rather than its effect
    });
    stopped = true;
    await killer;
    if (killerFailed) throw killerFailed;

    const t0 = Date.now();
    while (
      (channelReceived.size < MESSAGES || envelopesReceived.size < MESSAGES) &&
      Date.now() - t0 < 20_000
    )
      await sleep(50);
    await sleep(300); // anything arriving twice arrives now
    const history = [];
    for (let after = 0; ;) {
      const page = await untilAnswered(alice, () =>
        alice.channelHistory(channel.id, { after, limit: 1000 }),
      );
      history.push(...page);
      if (page.length < 1000) break;
      after = page[page.length - 1]!.seq;
    }
    const stored = new Map<number, number>();
    for (const m of history)
      stored.set(numberOf(m.ciphertext), (stored.get(numberOf(m.ciphertext)) ?? 0) + 1);
    const counts = {
      sent: MESSAGES,
      acknowledged: acked.size,
      received: channelReceived.size,
      lost: [...acked.keys()].filter((n) => !channelReceived.has(n)).length,
      duplicated:
        [...stored.values()].filter((c) => c > 1).length +
        [...channelReceived.values()].filter((s) => s.length > 1).length,
      envelopes: {
        sent: MESSAGES,
        acknowledged: envelopesAcked,
        received: envelopesReceived.size,
        lost: MESSAGES - envelopesReceived.size,
        duplicated: [...envelopesReceived.values()].filter((c) => c > 1).length,
      },
    };
    // One line per run, for the record.
    process.stdout.write(`durability ${kind} ${signal}: ${JSON.stringify(counts)}\n`);
    expect(counts).toEqual({
      sent: MESSAGES,
      acknowledged: MESSAGES,
      received: MESSAGES,
      lost: 0,
      duplicated: 0,
      envelopes: {
        sent: MESSAGES,
        acknowledged: MESSAGES,
        received: MESSAGES,
        lost: 0,
        duplicated: 0,
      },
    });
    // Sequence ids are 1..MESSAGES, each message with the seq its sender was told.
    expect(history.map((m) => m.seq)).toEqual(Array.from({ length: MESSAGES }, (_, i) => i + 1));
    for (const m of history) expect(acked.get(numberOf(m.ciphertext))).toBe(m.seq);
    await bob.close();
    await reading;
  });
});
