// Channels under attack (issue 14, items 7 and 8), on SQLite and PostgreSQL:
// a private channel does not exist for strangers on any route; history over
// HTTP starts where the member joined; a channel keeps an admin while it has
// members; the server owner's moderation delete; strings either database
// would refuse or mangle are a typed 400; a role change keeps an offline
// member's backlog.
import { afterEach, describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { migrate, Repository, uuidv7 } from '@nexuslink/community-server';
import { freshTestDb } from '@nexuslink/server-kit/testing/db';
import { applyMigrations } from '@nexuslink/server-kit';
import { MIGRATIONS } from '@nexuslink/community-server';
import { bearer, startApp, until } from './app-harness.ts';
import type { Harness } from './app-harness.ts';
import { makeAccount } from './helpers.ts';
import type { TestAccount } from './helpers.ts';

/** Stands in for the server key's signature: these tests are about storage, not franking. */
const attest = async () => new Uint8Array(64);

for (const kind of ['sqlite', 'postgres'] as const) {
  describe(`channel hardening on ${kind}`, () => {
    let h: Harness;
    const running: Harness[] = [];
    afterEach(async () => {
      for (const r of running.splice(0)) await r.stop();
    });
    /** Start the app; it stops after the test. */
    const start = async (...args: Parameters<typeof startApp>) => {
      running.push((h = await startApp(...args)));
      return h;
    };

    /** Members, each logged in (from an address of its own). */
    async function members(...names: string[]) {
      const out: { account: TestAccount; token: string }[] = [];
      for (const [i, name] of names.entries()) {
        const account = await makeAccount(name);
        out.push({ account, token: await h.login(account, `10.0.4.${i}`) });
      }
      return out;
    }

    const call = (token: string, method: InjectOptions['method'], url: string, payload?: object) =>
      h.app.inject({ method, url, headers: bearer(token), ...(payload ? { payload } : {}) });

    async function create(token: string, body: object) {
      const r = await call(token, 'POST', '/v1/channels', body);
      expect(r.statusCode).toBe(201);
      return r.json().data as { id: string; lastSeq: number };
    }

    /** Store `n` messages from `sender` as the WebSocket would. */
    async function post(channelId: string, sender: TestAccount, n: number) {
      const t = Date.now();
      await h.repo.appendChannelMessages(
        channelId,
        Array.from({ length: n }, (_, i) => ({
          id: uuidv7(t + i),
          senderUuid: sender.uuid,
          senderDevice: sender.device.deviceId,
          payload: new Uint8Array([i + 1]),
          sentAt: t + i,
          frankingTag: new Uint8Array(32),
        })),
        attest,
      );
    }

    const history = async (token: string, id: string, after = 0) => {
      const r = await call(token, 'GET', `/v1/channels/${id}/messages?after=${after}`);
      expect(r.statusCode).toBe(200);
      return (r.json().data.messages as { seq: number }[]).map((m) => m.seq);
    };

    it('a private channel is NOT_FOUND on every route to whoever is neither member nor invited', async () => {
      h = await start(kind);
      const [, bob, carol] = await members('owner', 'bob', 'carol');
      const staff = await create(bob!.token, { name: 'staff', visibility: 'private' });
      const base = `/v1/channels/${staff.id}`;
      const routes: [InjectOptions['method'], string, object?][] = [
        ['GET', base],
        ['PATCH', base, { topic: 'x' }],
        ['PATCH', base, { name: 'x' }],
        ['DELETE', base],
        ['POST', `${base}/join`],
        ['POST', `${base}/leave`],
        ['POST', `${base}/invites`, { uuid: carol!.account.uuid }],
        ['GET', `${base}/members`],
        ['PUT', `${base}/members/${bob!.account.uuid}/role`, { role: 'member' }],
        ['DELETE', `${base}/members/${bob!.account.uuid}`],
        ['GET', `${base}/messages`],
      ];
      for (const [method, url, body] of routes) {
        const r = await call(carol!.token, method, url, body);
        expect({ method, url, status: r.statusCode, code: r.json().error?.code }).toEqual({
          method,
          url,
          status: 404,
          code: 'NOT_FOUND',
        });
      }
      // Invited: it exists for carol, who may join; members' routes stay NOT_PERMITTED.
      expect(
        (await call(bob!.token, 'POST', `${base}/invites`, { uuid: carol!.account.uuid }))
          .statusCode,
      ).toBe(201);
      expect((await call(carol!.token, 'GET', base)).json().data).toMatchObject({ role: null });
      expect((await call(carol!.token, 'GET', `${base}/messages`)).statusCode).toBe(403);
      expect((await call(carol!.token, 'PATCH', base, { topic: 'x' })).statusCode).toBe(403);
      expect((await call(carol!.token, 'POST', `${base}/join`)).json().data.role).toBe('member');
      // A public channel is no secret: a stranger's attempts are NOT_PERMITTED.
      const open = await create(bob!.token, { name: 'open' });
      expect(
        (await call(carol!.token, 'PATCH', `/v1/channels/${open.id}`, { topic: 'x' })).statusCode,
      ).toBe(403);
    });

    it('history over HTTP starts where the member joined, as on the WebSocket', async () => {
      h = await start(kind);
      const [alice, bob] = await members('alice', 'bob');
      const general = await create(alice!.token, { name: 'general' });
      await post(general.id, alice!.account, 3);
      expect((await call(bob!.token, 'POST', `/v1/channels/${general.id}/join`)).statusCode).toBe(
        200,
      );
      await post(general.id, alice!.account, 2);
      expect(await history(bob!.token, general.id)).toEqual([4, 5]);
      expect(await history(bob!.token, general.id, 4)).toEqual([5]);
      expect(await history(alice!.token, general.id)).toEqual([1, 2, 3, 4, 5]);
      // Leaving and joining again starts again from then.
      expect((await call(bob!.token, 'POST', `/v1/channels/${general.id}/leave`)).statusCode).toBe(
        200,
      );
      await post(general.id, alice!.account, 2);
      expect((await call(bob!.token, 'POST', `/v1/channels/${general.id}/join`)).statusCode).toBe(
        200,
      );
      await post(general.id, alice!.account, 1);
      expect(await history(bob!.token, general.id)).toEqual([8]);
    });

    it('the last admin cannot leave while others remain; the last member leaving deletes the channel', async () => {
      h = await start(kind);
      const [alice, bob] = await members('alice', 'bob');
      const general = await create(alice!.token, { name: 'general' });
      const url = `/v1/channels/${general.id}`;
      expect((await call(bob!.token, 'POST', `${url}/join`)).statusCode).toBe(200);
      for (const [method, path] of [
        ['POST', `${url}/leave`],
        ['DELETE', `${url}/members/${alice!.account.uuid}`],
      ] as const) {
        const r = await call(alice!.token, method, path);
        expect(r.statusCode).toBe(409);
        expect(r.json().error.code).toBe('CONFLICT');
      }
      // With a second admin the first may go; the last member leaving ends the channel.
      expect(
        (
          await call(alice!.token, 'PUT', `${url}/members/${bob!.account.uuid}/role`, {
            role: 'admin',
          })
        ).statusCode,
      ).toBe(200);
      expect((await call(alice!.token, 'POST', `${url}/leave`)).statusCode).toBe(200);
      expect((await call(bob!.token, 'POST', `${url}/leave`)).statusCode).toBe(200);
      expect((await call(alice!.token, 'GET', url)).statusCode).toBe(404);
      expect(await h.repo.channel(general.id)).toBeUndefined();
      expect((await h.repo.auditLog(50)).map((e) => e.action)).toContain('channel.delete');
    });

    it('the server owner may delete any channel by id, a private one it is not in included (audited); a member may not', async () => {
      const ownerAccount = await makeAccount('owner');
      h = await start(kind, { 'server.owner': ownerAccount.uuid });
      const owner = { account: ownerAccount, token: await h.login(ownerAccount, '10.0.5.1') };
      const [bob, carol] = await members('bob', 'carol');
      const secret = await create(bob!.token, { name: 'secret', visibility: 'private' });
      const open = await create(bob!.token, { name: 'open' });
      expect((await call(carol!.token, 'DELETE', `/v1/channels/${secret.id}`)).statusCode).toBe(
        404,
      );
      expect((await call(carol!.token, 'DELETE', `/v1/channels/${open.id}`)).statusCode).toBe(403);
      // Not visible to the owner otherwise…
      expect((await call(owner.token, 'GET', `/v1/channels/${secret.id}`)).statusCode).toBe(404);
      // …but deletable by id, as moderation.
      expect((await call(owner.token, 'DELETE', `/v1/channels/${secret.id}`)).statusCode).toBe(200);
      expect(await h.repo.channel(secret.id)).toBeUndefined();
      const entry = (
        await h.repo.db.all(
          `SELECT actor_uuid, metadata_json FROM audit_log WHERE action = 'channel.delete'`,
        )
      )[0]!;
      expect(entry.actor_uuid).toBe(owner.account.uuid);
      const metadata =
        typeof entry.metadata_json === 'string'
          ? JSON.parse(entry.metadata_json)
          : entry.metadata_json;
      expect(metadata).toMatchObject({ moderation: true, visibility: 'private' });
    });

    it('strings the databases refuse or mangle are INVALID_ARGUMENT, and nothing is stored', async () => {
      h = await start(kind);
      const [alice] = await members('alice');
      const general = await create(alice!.token, { name: 'general', topic: 'hi' });
      const bad: [string, object][] = [
        ['NUL in a name', { name: 'a\u0000b' }],
        ['NUL in a topic', { name: 'ok', topic: 'a\u0000b' }],
        ['a lone high surrogate', { name: 'a\ud800b' }],
        ['a lone low surrogate in a topic', { name: 'ok', topic: '\udc00' }],
        ['a control character in a name', { name: 'bell\u0007' }],
        ['a name of only spaces', { name: '   ' }],
        ['a name too long', { name: 'x'.repeat(101) }],
        ['a topic too long', { name: 'ok', topic: 'x'.repeat(1001) }],
      ];
      for (const [what, body] of bad) {
        const created = await call(alice!.token, 'POST', '/v1/channels', body);
        expect({ what, status: created.statusCode, code: created.json().error?.code }).toEqual({
          what,
          status: 400,
          code: 'INVALID_ARGUMENT',
        });
        const patched = await call(alice!.token, 'PATCH', `/v1/channels/${general.id}`, body);
        expect({ what, status: patched.statusCode }).toEqual({ what, status: 400 });
      }
      // A member in the path with NUL, or too long, is refused the same way…
      const roleOf = (uuid: string) =>
        call(alice!.token, 'PUT', `/v1/channels/${general.id}/members/${uuid}/role`, {
          role: 'member',
        });
      for (const uuid of ['%00', `a%00${'b'.repeat(45)}`, 'x'.repeat(80)]) {
        const r = await roleOf(uuid);
        expect(r.statusCode).toBe(400);
        expect(r.json().error.code).toBe('INVALID_ARGUMENT');
      }
      // …and a lone surrogate (bytes that are not UTF-8) never gets past the router.
      const badUrl = await roleOf('%ED%A0%80');
      expect(badUrl.statusCode).toBe(400);
      expect(badUrl.json()).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
      const list = (await call(alice!.token, 'GET', '/v1/channels')).json().data.channels;
      expect(list).toEqual([expect.objectContaining({ name: 'general', topic: 'hi' })]);
      // Emoji (surrogate pairs), other scripts and new lines in a topic go through unchanged.
      const fine = { name: 'café ☕ 🎉 日本', topic: 'line one\nline two\ttab 👍🏽' };
      const made = await create(alice!.token, fine);
      expect(
        (await call(alice!.token, 'GET', `/v1/channels/${made.id}`)).json().data,
      ).toMatchObject(fine);
    });

    it('a role change keeps an offline member’s backlog: messages 4–8 reach its device afterwards', async () => {
      h = await start(kind);
      const [alice, bob] = await members('alice', 'bob');
      const general = await create(alice!.token, { name: 'general' });
      await post(general.id, alice!.account, 3);
      expect((await call(bob!.token, 'POST', `/v1/channels/${general.id}/join`)).statusCode).toBe(
        200,
      );
      // Bob is offline while 4–8 are sent and his role changes.
      await post(general.id, alice!.account, 5);
      const role = await call(
        alice!.token,
        'PUT',
        `/v1/channels/${general.id}/members/${bob!.account.uuid}/role`,
        {
          role: 'moderator',
        },
      );
      expect(role.json().data).toEqual({ uuid: bob!.account.uuid, role: 'moderator' });
      expect(await history(bob!.token, general.id)).toEqual([4, 5, 6, 7, 8]);
      // His device connects without saying what it holds: the server's cursor decides.
      const socket = await h.socket(bob!.token);
      const seqs = () =>
        socket.frames
          .filter((f) => f.frame.case === 'channelMessage')
          .map((f) => Number((f.frame.value as { seq: bigint }).seq));
      await until(() => seqs().length >= 5);
      expect(seqs()).toEqual([4, 5, 6, 7, 8]);
      socket.close();
    });

    it('migration 3 gives members from before it the join position they had on the WebSocket', async () => {
      // A database at schema version 2, with a channel, two messages, a member who joined, one more.
      const v2 = await freshTestDb(kind, (db) =>
        applyMigrations(
          db,
          MIGRATIONS.filter((m) => m.version <= 2),
          7424011,
        ),
      );
      try {
        const T = 1_800_000_000_000;
        const db = v2.db;
        for (const uuid of ['creator', 'joiner'])
          await db.run(
            `INSERT INTO members (uuid, identity_key, self_signing_certificate, role, joined_at)
             VALUES ($1, $2, $3, 'member', $4)`,
            [uuid, new Uint8Array(32), new Uint8Array(32), db.time(T)],
          );
        const id = uuidv7(T);
        await db.run(
          `INSERT INTO channels (id, name, created_by, created_at, last_seq) VALUES ($1, 'old', 'creator', $2, 3)`,
          [id, db.time(T)],
        );
        await db.run(
          `INSERT INTO channel_members (channel_id, member_uuid, role, joined_at)
           VALUES ($1, 'creator', 'admin', $2), ($1, 'joiner', 'member', $3)`,
          [id, db.time(T), db.time(T + 2500)],
        );
        for (const seq of [1, 2, 3])
          await db.run(
            `INSERT INTO messages (id, channel_id, sender_uuid, sender_device, encrypted_payload, sequence_id, sent_at)
             VALUES ($1, $2, 'creator', $3, $4, $5, $6)`,
            [
              uuidv7(T + seq * 1000),
              id,
              new Uint8Array(16),
              new Uint8Array([seq]),
              seq,
              db.time(T + seq * 1000),
            ],
          );
        await migrate(db);
        const repo = new Repository(db);
        expect(await repo.channelMember(id, 'creator')).toEqual({ role: 'admin', joinSeq: 0 });
        expect(await repo.channelMember(id, 'joiner')).toEqual({ role: 'member', joinSeq: 2 });
      } finally {
        await v2.drop();
      }
    });
  });
}
