// The relay's HTTP API through the SDK's RelayClient, with the app served
// on loopback by Fastify (real HTTP), on both databases.
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  NexusError,
  RelayClient,
  relayMailbox,
  signAuthChallenge,
  signRelayAck,
} from '@nexuslink/sdk';
import type { SigningDevice } from '@nexuslink/sdk';
import { BlobStore, buildRelayApp, migrate } from '@nexuslink/relay-server';
import type { ConfigKey } from '@nexuslink/relay-server';
import type { FastifyInstance } from 'fastify';
import { applyMigrations, uuidv7 } from '@nexuslink/server-kit';
import { freshTestDb } from '@nexuslink/server-kit/testing/db';
import { MIGRATIONS } from '@nexuslink/relay-server';
import { freshDb, newDevice, testConfig } from './helpers.ts';

const bytes = (n: number, fill = 7) => new Uint8Array(n).fill(fill);
const box = (who: { device: SigningDevice; uuid: string }) =>
  relayMailbox({ uuid: who.uuid, deviceId: who.device.deviceId });

for (const kind of ['sqlite', 'postgres'] as const) {
  describe(`relay API on ${kind}`, () => {
    let app: FastifyInstance;
    let url = '';
    let drop: () => Promise<void>;
    let store: BlobStore;
    let clock = Date.now();
    let alice: { device: SigningDevice; uuid: string };
    let bob: { device: SigningDevice; uuid: string };
    const client = (who: { device: SigningDevice; uuid: string }) =>
      new RelayClient({ url, device: who.device, uuid: who.uuid });

    async function start(overrides: Partial<Record<ConfigKey, unknown>> = {}) {
      const fresh = await freshDb(kind);
      drop = fresh.drop;
      store = new BlobStore(fresh.db);
      ({ app } = await buildRelayApp({
        config: testConfig(overrides),
        store,
        publicUrl: () => url,
        now: () => clock,
      }));
      url = (await app.listen({ host: '127.0.0.1', port: 0 })).replace('[::1]', '127.0.0.1');
    }

    beforeEach(async () => {
      clock = Date.now();
      alice = await newDevice('alice');
      bob = await newDevice('bob');
    });
    afterEach(async () => {
      await app?.close();
      await drop?.();
    });

    it('a blob left for an offline device is delivered to it, and deleted only by its signed acknowledgement', async () => {
      await start();
      const a = client(alice);
      const stored = await a.put(box(bob), bytes(1000, 1));
      await a.put(box(bob), bytes(2000, 2));
      expect(stored.id).toMatch(/^[0-9a-f-]{36}$/);
      // Alice sees nothing of Bob's mailbox; Bob sees both, in order.
      expect(await a.held()).toEqual([]);
      const b = client(bob);
      const held = await b.held();
      expect(held.map((h) => h.blob[0])).toEqual([1, 2]);
      expect(held[0]!.id).toBe(stored.id);
      expect(held[0]!.blob).toEqual(bytes(1000, 1));
      // Held blobs stay until acknowledged: a second fetch gets them again.
      expect((await b.held()).length).toBe(2);
      expect(await b.held({ after: held[0]!.id })).toHaveLength(1);
      // An acknowledgement signed by another device deletes nothing.
      const forged = await signRelayAck(alice.device.signer, { server: url, ids: [held[0]!.id] });
      const token = await loginToken(bob);
      const res = await fetch(`${url}/v1/blobs/ack`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          ids: [held[0]!.id],
          signature: Buffer.from(forged).toString('base64'),
        }),
      });
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('BAD_SIGNATURE');
      expect((await b.held()).length).toBe(2);
      // Alice cannot delete Bob's blobs, even with her own valid signature.
      expect(await a.ack([held[0]!.id])).toBe(0);
      expect(await b.ack(held.map((h) => h.id))).toBe(2);
      expect(await b.held()).toEqual([]);
      expect(await b.ack(held.map((h) => h.id))).toBe(0); // twice: nothing more
    });

    async function loginToken(who: { device: SigningDevice; uuid: string }): Promise<string> {
      const post = async (path: string, body: unknown) =>
        (await (
          await fetch(url + path, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
          })
        ).json()) as { ok: boolean; data: Record<string, unknown> };
      const ch = await post('/v1/auth/challenge', {});
      const signature = await signAuthChallenge(who.device.signer, {
        server: url,
        nonce: Buffer.from(String(ch.data.nonce), 'base64'),
        deviceId: who.device.deviceId,
      });
      const login = await post('/v1/auth/login', {
        nonce: ch.data.nonce,
        deviceCertificate: Buffer.from(who.device.deviceCertificate).toString('base64'),
        selfSigningCertificate: Buffer.from(who.device.selfSigningCertificate).toString('base64'),
        signature: Buffer.from(signature).toString('base64'),
      });
      expect(login.ok).toBe(true);
      // A nonce works once.
      const again = await post('/v1/auth/login', {
        nonce: ch.data.nonce,
        deviceCertificate: Buffer.from(who.device.deviceCertificate).toString('base64'),
        selfSigningCertificate: Buffer.from(who.device.selfSigningCertificate).toString('base64'),
        signature: Buffer.from(signature).toString('base64'),
      });
      expect(again.ok).toBe(false);
      return String(login.data.token);
    }

    it('blobs expire after their TTL: never listed again, and deleted by the expiry task', async () => {
      await start({ 'limits.default_ttl_s': 60 });
      const a = client(alice);
      await a.put(box(bob), bytes(10), { ttlSeconds: 120 });
      await a.put(box(bob), bytes(10)); // the default: 60 s
      const b = client(bob);
      expect((await b.held()).length).toBe(2);
      clock += 61_000;
      expect((await b.held()).length).toBe(1);
      expect(await store.purgeExpired(clock)).toBe(1);
      clock += 60_000;
      expect(await b.held()).toEqual([]);
      expect(await store.purgeExpired(clock)).toBe(1);
      // Past the relay's maximum TTL: refused.
      await expect(a.put(box(bob), bytes(10), { ttlSeconds: 31 * 86_400 })).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    });

    it('quotas: per recipient and per sender, in blobs and bytes; refused puts change nothing', async () => {
      await start({
        // The shares of one mailbox are tested apart.
        'limits.sender_share_percent': 100,
        'limits.stranger_share_percent': 100,
        'limits.recipient_blobs': 3,
        'limits.recipient_bytes': 10_000,
        'limits.sender_blobs': 5,
        'limits.blob_bytes': 8192,
      });
      const a = client(alice);
      for (let i = 0; i < 3; i++) await a.put(box(bob), bytes(100));
      const full = await a.put(box(bob), bytes(100)).catch((e: unknown) => e);
      expect(full).toBeInstanceOf(NexusError);
      expect((full as NexusError).message).toMatch(/LIMIT.*mailbox is full/);
      const carol = await newDevice('carol');
      // Alice may still leave 2 more elsewhere (sender quota 5), then no more.
      await a.put(box(carol), bytes(100));
      await a.put(box(carol), bytes(100));
      await expect(a.put(box(carol), bytes(100))).rejects.toThrow(/too much held/);
      // Bytes: Carol's mailbox (10,000 bytes) takes one 8,000-byte blob more, not two.
      const dave = client(await newDevice('dave'));
      await dave.put(box(carol), bytes(8000));
      await expect(dave.put(box(carol), bytes(8000))).rejects.toThrow(/mailbox is full/);
      expect((await client(carol).held()).length).toBe(3);
      // Over the blob size limit: refused before anything is stored.
      await expect(dave.put(box(bob), bytes(8193))).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
      // Acknowledging frees the quota.
      const b = client(bob);
      await b.ack((await b.held()).map((h) => h.id));
      await a.put(box(bob), bytes(100));
    });

    it('one sender holds at most its share of a mailbox; strangers share one part, contacts the rest', async () => {
      await start({
        'limits.recipient_blobs': 20,
        'limits.sender_share_percent': 25,
        'limits.stranger_share_percent': 25,
      });
      const a = client(alice);
      const b = client(bob);
      // Alice becomes known to Bob's mailbox: Bob acknowledges a blob of hers.
      await a.put(box(bob), bytes(10, 0));
      expect(await b.ack((await b.held()).map((h) => h.id))).toBe(1);
      // Fresh identities together hold at most 25% (5 blobs), whoever sends them.
      const strangers = await Promise.all([1, 2, 3].map(async () => client(await newDevice())));
      let taken = 0;
      for (const stranger of strangers)
        for (let i = 0; i < 3; i++)
          await stranger.put(box(bob), bytes(10, 1)).then(
            () => taken++,
            (err: unknown) => expect(String(err)).toMatch(/LIMIT.*not acknowledged before/),
          );
      expect(taken).toBe(5);
      // Alice is still served, up to her own share (25%: 5 blobs), then refused.
      for (let i = 0; i < 5; i++) await a.put(box(bob), bytes(10, 2));
      await expect(a.put(box(bob), bytes(10, 2))).rejects.toThrow(/LIMIT.*full share/);
      expect((await b.held({ limit: 100 })).length).toBe(10);
      // A mark lasts one to two epochs (14 days each here) after the last acknowledgement.
      clock += 29 * 86_400_000;
      await store.purgeExpired(clock);
      const marks = await store.db.get<{ n: unknown }>('SELECT count(*) AS n FROM known_senders');
      expect(Number(marks?.n)).toBe(0);
      for (let i = 0; i < 5; i++) await strangers[0]!.put(box(bob), bytes(10, 3));
      await expect(a.put(box(bob), bytes(10, 2))).rejects.toThrow(/not acknowledged before/);
    });

    it('concurrent puts never exceed a quota', async () => {
      await start({
        'limits.recipient_blobs': 10,
        'limits.sender_share_percent': 100,
        'limits.stranger_share_percent': 100,
      });
      const senders = await Promise.all([1, 2, 3, 4].map(async () => client(await newDevice())));
      const results = await Promise.allSettled(
        Array.from({ length: 24 }, (_, i) => senders[i % 4]!.put(box(bob), bytes(50))),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(10);
      expect((await client(bob).held({ limit: 100 })).length).toBe(10);
    });

    it('refuses bad input with the error envelope, and requires a login', async () => {
      await start();
      const call = async (method: string, path: string, body?: unknown, token?: string) => {
        const res = await fetch(url + path, {
          method,
          headers: {
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
        return {
          status: res.status,
          body: (await res.json()) as { ok: boolean; error?: { code: string } },
        };
      };
      expect((await call('GET', '/v1/blobs')).body.error?.code).toBe('UNAUTHORIZED');
      expect((await call('POST', '/v1/blobs', { to: 'x', blob: 'AA==' })).status).toBe(401);
      const token = await loginToken(alice);
      const bad = [
        { to: box(bob) }, // no blob
        { to: 'not-a-mailbox-not-a-mailbox-not-a-mailbox!', blob: 'AAAA' },
        { to: box(bob), blob: 'not base64!' },
        { to: box(bob), blob: 'AAAA', extra: 1 },
        { to: box(bob), blob: 'AAAA', ttlSeconds: -5 },
      ];
      for (const body of bad) {
        const r = await call('POST', '/v1/blobs', body, token);
        expect(r.status).toBe(400);
        expect(r.body.ok).toBe(false);
      }
      const notJson = await fetch(`${url}/v1/blobs`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: '{"to":',
      });
      expect(((await notJson.json()) as { error: { code: string } }).error.code).toBe('MALFORMED');
      expect((await call('GET', '/v1/blobs?after=zzz', undefined, token)).status).toBe(400);
      expect((await call('GET', '/v1/blobs?limit=0', undefined, token)).status).toBe(400);
      expect(
        (await call('POST', '/v1/blobs/ack', { ids: ['x'], signature: 'AA==' }, token)).status,
      ).toBe(400);
      expect((await call('GET', '/v1/nothing')).body.error?.code).toBe('NOT_FOUND');
      // A login signed for another server is refused.
      const ch = await call('POST', '/v1/auth/challenge', {});
      const nonce = (ch.body as unknown as { data: { nonce: string } }).data.nonce;
      const signature = await signAuthChallenge(bob.device.signer, {
        server: 'https://elsewhere.example',
        nonce: Buffer.from(nonce, 'base64'),
        deviceId: bob.device.deviceId,
      });
      const refused = await call('POST', '/v1/auth/login', {
        nonce,
        deviceCertificate: Buffer.from(bob.device.deviceCertificate).toString('base64'),
        selfSigningCertificate: Buffer.from(bob.device.selfSigningCertificate).toString('base64'),
        signature: Buffer.from(signature).toString('base64'),
      });
      expect(refused.body.error?.code).toBe('BAD_SIGNATURE');
      // Nothing was stored by any refused request.
      expect(await store.usage(box(bob), clock)).toEqual({ blobs: 0, bytes: 0 });
    });

    it('issues TURN credentials to logged-in devices only, and never shows tokens', async () => {
      await start({
        'turn.secret': 'a-secret-of-at-least-16',
        'turn.urls': ['turn:203.0.113.10:3478?transport=udp'],
      });
      const info = await client(alice).info();
      expect(info.turn).toEqual(['turn:203.0.113.10:3478?transport=udp']);
      expect(info.limits.blobBytes).toBe(256 * 1024);
      const a = client(alice);
      const c = await a.turnCredentials();
      expect(c.urls).toEqual(['turn:203.0.113.10:3478?transport=udp']);
      expect(c.username).toMatch(/^\d+:[A-Za-z0-9]+$/);
      expect(c.username).not.toContain(alice.uuid);
      expect(c.credential).toMatch(/^[A-Za-z0-9+/]+=*$/);
      expect(c.expiresAt).toBeGreaterThan(clock);
      expect(inspect(a)).not.toMatch(/nxt_/);
      expect(JSON.stringify(a)).not.toMatch(/nxt_/);
      const res = await fetch(`${url}/v1/turn`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(res.status).toBe(401);
    });

    it('delivers over the stream: what is held, then each new blob as it is left', async () => {
      await start();
      const a = client(alice);
      await a.put(box(bob), bytes(10, 1));
      const token = await loginToken(bob);
      const ws = new WebSocket(`${url.replace('http', 'ws')}/v1/stream`);
      const frames: { type: string; blob?: string }[] = [];
      const ready = new Promise<void>((resolve) => {
        ws.addEventListener('message', (e) => {
          const f = JSON.parse(String(e.data)) as { type: string; blob?: string };
          frames.push(f);
          if (f.type === 'ready') resolve();
        });
      });
      await new Promise((r) => ws.addEventListener('open', r));
      ws.send(JSON.stringify({ type: 'auth', token }));
      await ready;
      await a.put(box(bob), bytes(10, 2));
      await expect.poll(() => frames.length, { timeout: 5000 }).toBe(3);
      expect(frames.map((f) => f.type)).toEqual(['blob', 'ready', 'blob']);
      expect(Buffer.from(frames[2]!.blob!, 'base64')[0]).toBe(2);
      ws.close();
      // The same through the SDK's RelayClient.stream.
      const b = client(bob);
      const seen: number[] = [];
      const stream = await b.stream((h) => seen.push(h.blob[0]!));
      expect(stream.held).toBe(2);
      await a.put(box(bob), bytes(10, 3));
      await expect.poll(() => seen, { timeout: 5000 }).toEqual([1, 2, 3]);
      stream.close();
      expect(await stream.closed).toBe(1000);
      // A stream without a valid token is closed with 4001.
      const bad = new WebSocket(`${url.replace('http', 'ws')}/v1/stream`);
      await new Promise((r) => bad.addEventListener('open', r));
      bad.send(JSON.stringify({ type: 'auth', token: 'nxt_nope' }));
      const code = await new Promise<number>((r) =>
        bad.addEventListener('close', (e) => r(e.code)),
      );
      expect(code).toBe(4001);
    });
  });
}

for (const kind of ['sqlite', 'postgres'] as const)
  it(`a version-1 database (${kind}) upgrades: its blobs stay listed and count as strangers'`, async () => {
    const { db, drop } = await freshTestDb(kind, (d) =>
      applyMigrations(d, MIGRATIONS.slice(0, 1), 7424012),
    );
    try {
      const now = Date.now();
      const mailbox = box(await newDevice('bob'));
      await db.run(
        'INSERT INTO blobs (id, mailbox, sender_tag, body, size, stored_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [
          uuidv7(now),
          mailbox,
          new Uint8Array(16),
          bytes(10),
          10,
          db.time(now),
          db.time(now + 60_000),
        ],
      );
      expect(await migrate(db)).toEqual([2]);
      const store = new BlobStore(db);
      expect((await store.list({ mailbox, limit: 10, maxBytes: 1 << 20, now })).length).toBe(1);
      const quotas = {
        recipientBlobs: 4,
        recipientBytes: 1 << 20,
        senderBlobs: 100,
        senderBytes: 1 << 20,
        strangerSharePercent: 50,
      };
      const put = () =>
        store.put({
          mailbox,
          senderTag: new Uint8Array(16).fill(1),
          body: bytes(10),
          now,
          expiresAt: now + 60_000,
          quotas,
        });
      await put();
      await expect(put()).rejects.toMatchObject({ quota: 'strangers' });
    } finally {
      await drop();
    }
  });

for (const kind of ['sqlite', 'postgres'] as const)
  it(`a full strangers' share (${kind}) stays refused for a second at most, and is forgotten as soon as room is made`, async () => {
    const { db, drop } = await freshTestDb(kind, (d) => migrate(d).then(() => undefined));
    try {
      let now = Date.now();
      const mailbox = box(await newDevice('bob'));
      const store = new BlobStore(db);
      const other = new BlobStore(db); // a second relay on the same database
      const quotas = {
        recipientBlobs: 4,
        recipientBytes: 1 << 20,
        senderBlobs: 100,
        senderBytes: 1 << 20,
        strangerSharePercent: 50,
      };
      const tag = (n: number) => new Uint8Array(16).fill(n);
      const put = (sender: number) =>
        store.put({
          mailbox,
          senderTag: tag(sender),
          body: bytes(10),
          now,
          expiresAt: now + 60_000,
          quotas,
        });
      const first = await put(1);
      const second = await put(2);
      await expect(put(3)).rejects.toMatchObject({ quota: 'strangers' });
      await expect(put(4)).rejects.toMatchObject({ quota: 'strangers' });
      // The recipient acknowledges a stranger's blob here: the next stranger fits at once,
      // and sender 1 is known from now on (the finding does not refuse it).
      expect(await store.delete(mailbox, [first.id], now)).toBe(1);
      await put(3);
      await expect(put(4)).rejects.toMatchObject({ quota: 'strangers' });
      expect((await put(1)).known).toBe(true);
      // Room made by another relay is seen after a second at most.
      expect(await other.delete(mailbox, [second.id], now)).toBe(1);
      await expect(put(4)).rejects.toMatchObject({ quota: 'strangers' });
      now += 1_001;
      await put(4);
    } finally {
      await drop();
    }
  });
