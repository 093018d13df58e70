// Kill-and-restart runs (issue 14, "Proof"): a sender leaves N blobs for a
// recipient while the relay process (started as the README says) is killed
// at random points, with SIGKILL or SIGTERM, and started again on the same
// database; the recipient fetches and acknowledges throughout. Spec
// (spec/relay.md §4.1, §3): a put answered 201 is committed, and an
// acknowledgement answered is committed. So:
//   lost       = blobs whose put was answered but that the recipient never got;
//   duplicated = blobs the recipient got again after their acknowledgement was answered.
// Both must be 0 on every run. (A put retried after a lost answer may store the
// blob twice under two ids: the relay has no idempotency key, spec §4.1; the
// count is printed, and the SDK's envelope layer drops such copies.)
import { afterEach, describe, expect, it } from 'vitest';
import { RelayClient, relayMailbox } from '@nexuslink/sdk';
import { newDevice } from './helpers.ts';
import { relayDatabase, startRelay } from './process.ts';
import type { RelayProcess } from './process.ts';

const BLOBS = 200;
const KILLS = 3;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Set when a restart failed: the clients stop retrying and the test reports why. */
const stopped: { reason?: unknown } = {};

/** `call` until it answers: each failure (the relay is down, restarting) is retried after a pause. */
async function untilAnswered<T>(call: () => Promise<T>, deadline: number): Promise<T> {
  for (;;) {
    try {
      return await call();
    } catch (err) {
      if (Date.now() > deadline || stopped.reason) throw stopped.reason ?? err;
      await sleep(25);
    }
  }
}

const runs = [
  ['sqlite', 'SIGKILL'],
  ['sqlite', 'SIGTERM'],
  ['postgres', 'SIGKILL'],
  ['postgres', 'SIGTERM'],
] as const;

describe('relay durability across kills and restarts', () => {
  let relay: RelayProcess | undefined;
  let drop: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await relay?.stop('SIGKILL');
    relay = undefined;
    await drop?.();
    drop = undefined;
  });

  for (const [kind, signal] of runs)
    it(`${kind}, ${signal}: ${BLOBS} blobs through ${KILLS} restarts, none lost, none delivered after its acknowledgement`, async () => {
      const db = await relayDatabase(kind);
      drop = db.drop;
      const env = {
        ...db.env,
        NEXUSLINK_LIMITS_RATE_PER_MINUTE: '100000',
        NEXUSLINK_LIMITS_AUTH_RATE_PER_MINUTE: '100000',
        NEXUSLINK_LIMITS_PUTS_PER_MINUTE: '100000',
      };
      relay = await startRelay(env);
      const url = relay.url;
      const port = String(relay.port);
      const deadline = Date.now() + 45_000;
      const alice = await newDevice('alice');
      const bob = await newDevice('bob');
      const box = relayMailbox({ uuid: bob.uuid, deviceId: bob.device.deviceId });
      const a = new RelayClient({
        url,
        device: alice.device,
        uuid: alice.uuid,
        requestTimeoutMs: 5000,
      });
      const b = new RelayClient({
        url,
        device: bob.device,
        uuid: bob.uuid,
        requestTimeoutMs: 5000,
      });

      // Kill points: after a random number of answered puts, in KILLS bands.
      const killAt = Array.from({ length: KILLS }, (_, i) => {
        const band = Math.floor((BLOBS - 20) / KILLS);
        return 10 + i * band + Math.floor(Math.random() * band);
      });
      const answered = new Map<string, number>(); // id → sequence number
      let attempts = 0;
      let restarting: Promise<void> = Promise.resolve();
      let restarts = 0;
      const restart = async () => {
        await relay!.stop(signal);
        relay = await startRelay({ ...env, NEXUSLINK_SERVER_PORT: port });
        restarts++;
      };
      const failures: string[] = [];
      delete stopped.reason;
      const sender = (async () => {
        for (let seq = 0; seq < BLOBS; seq++) {
          const blob = new Uint8Array(8);
          new DataView(blob.buffer).setUint32(0, seq);
          crypto.getRandomValues(blob.subarray(4));
          const { id } = await untilAnswered(() => {
            attempts++;
            return a.put(box, blob);
          }, deadline);
          answered.set(id, seq);
          if (killAt.includes(answered.size)) {
            // Killed at a random moment of what follows, without waiting for it.
            await sleep(Math.random() * 15);
            restarting = restarting.then(restart).catch((err: unknown) => {
              failures.push(String(err));
              stopped.reason = err;
            });
          }
        }
        await restarting;
      })();

      const received = new Map<string, number>(); // id → times received
      const ackAnswered = new Set<string>();
      const seqsReceived = new Map<number, number>(); // sequence → copies stored
      let duplicated = 0;
      let senderDone = false;
      void sender.then(() => (senderDone = true));
      const recipient = (async () => {
        for (;;) {
          let held;
          try {
            held = await b.held({ limit: 100 });
          } catch {
            await sleep(25);
            continue;
          }
          for (const h of held) {
            if (ackAnswered.has(h.id)) duplicated++;
            if (!received.has(h.id)) {
              const seq = new DataView(h.blob.buffer, h.blob.byteOffset).getUint32(0);
              seqsReceived.set(seq, (seqsReceived.get(seq) ?? 0) + 1);
            }
            received.set(h.id, (received.get(h.id) ?? 0) + 1);
          }
          if (held.length > 0) {
            const ids = held.map((h) => h.id);
            try {
              await b.ack(ids);
              for (const id of ids) ackAnswered.add(id);
            } catch {
              // Unanswered: they are listed again (not a duplicate: no answer came).
            }
          } else if (senderDone)
            return; // nothing is held: everything left was fetched
          else await sleep(10);
          if (Date.now() > deadline || stopped.reason)
            throw new Error(`the recipient did not finish: ${failures.join('; ')}`);
        }
      })();
      await sender;
      await recipient;

      const lost = [...answered.keys()].filter((id) => !received.has(id)).length;
      const storedTwice = [...seqsReceived.values()].filter((n) => n > 1).length;
      process.stdout.write(
        `[relay ${kind} ${signal}] kills at ${killAt.join('/')}: sent ${answered.size} (${attempts} attempts), acknowledged ${ackAnswered.size}, received ${received.size}, lost ${lost}, duplicated ${duplicated}; retried puts stored twice ${storedTwice}\n`,
      );
      expect(failures).toEqual([]);
      expect(restarts).toBe(KILLS);
      expect(answered.size).toBe(BLOBS);
      expect(lost).toBe(0);
      expect(duplicated).toBe(0);
      // Every blob the sender meant arrived (retries included), and nothing is left.
      expect(seqsReceived.size).toBe(BLOBS);
      expect(await b.held()).toEqual([]);
    });
});
