// A burst of sends above a connection's frame rate, against a real
// community server process: the server refuses the frames over its bucket
// unread (RATE_LIMITED), and the CommunityClient sends them again after the
// wait, with the same client id, so the caller sees each send stored once
// rather than a RATE_LIMITED it would have to retry itself.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '@nexuslink/server-kit/testing';
import type { RunningServer } from '@nexuslink/server-kit/testing';
import { CommunityClient } from '../../src/index.js';
import { makePerson } from '../client/fixtures.js';

/** A franking tag for ciphertexts that are not real messages (the server stores it as given). */
const FRANKING_TAG = new Uint8Array(32).fill(7);

describe('community client: sends over the frame rate', () => {
  let server: RunningServer;
  const clients: CommunityClient[] = [];

  beforeAll(async () => {
    server = await startServer({
      NEXUSLINK_SERVER_DATA_DIR: mkdtempSync(join(tmpdir(), 'nexuslink-frames-')),
      // 20 frames a second, bursts of 40; more than 20 refused within a second closes the connection.
      NEXUSLINK_LIMITS_WS_MESSAGES_PER_SECOND: '20',
    });
  });
  afterAll(async () => {
    for (const c of clients.splice(0)) await c.close();
    expect(await server.stop()).toBe(0);
  });

  it('a burst past the bucket is resent after the wait: every send stored once, in no error', async () => {
    const alice = new CommunityClient({
      url: server.url,
      device: await (await makePerson('alice')).addDevice(),
    });
    clients.push(alice);
    await alice.connect();
    const channel = await alice.createChannel({ name: 'burst' });
    // 50 at once: 40 fit the burst, 10 are refused and sent again a second later.
    const seqs = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        alice.sendChannelMessage(channel.id, new Uint8Array([i]), FRANKING_TAG),
      ),
    );
    expect(new Set(seqs).size).toBe(50);
    const history = await alice.channelHistory(channel.id, { limit: 100 });
    expect(history.map((m) => m.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(new Set(history.map((m) => m.ciphertext[0])).size).toBe(50);
    expect(alice.state).toBe('connected');
  });
});
