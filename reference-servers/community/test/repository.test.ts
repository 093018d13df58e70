// The repository compliance suite: the same cases against the embedded
// SQLite and against PostgreSQL (NEXUSLINK_TEST_DATABASE_URL, a schema of its
// own per test). What must hold on both: single use (nonces, refresh tokens,
// one-time prekeys), sequence ids without gaps or repeats under concurrency,
// and nothing written when a limit refuses.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  migrate,
  Repository,
  RepositoryError,
  SCHEMA_VERSION,
  uuidv7,
} from '@nexuslink/community-server';
import type { Db } from '@nexuslink/community-server';
import { freshDb } from './helpers.ts';

/** Stands in for the server key's signature: these tests are about storage, not franking. */
const attest = async () => new Uint8Array(64);

const T = 1_800_000_000_000;
const dev = (n: number) => new Uint8Array(16).fill(n);
const bytes = (n: number, len = 32) => new Uint8Array(len).fill(n);
const U1 = 'member-one-uuid-11111111111111111111111111';
const U2 = 'member-two-uuid-22222222222222222222222222';

async function addMember(repo: Repository, uuid: string, devices: number[]) {
  await repo.saveMember({
    uuid,
    identityKey: bytes(1),
    selfSigningCertificate: bytes(2, 100),
    revocationList: null,
    role: 'member',
    now: T,
  });
  for (const d of devices)
    await repo.saveDevice({
      memberUuid: uuid,
      deviceId: dev(d),
      publicKey: bytes(3),
      certificate: bytes(d, 200),
      deviceName: `device ${d}`,
      now: T,
    });
}

for (const kind of ['sqlite', 'postgres'] as const) {
  describe(`repository on ${kind}`, () => {
    let db: Db;
    let drop: () => Promise<void>;
    let repo: Repository;
    beforeEach(async () => {
      ({ db, drop } = await freshDb(kind));
      repo = new Repository(db);
    });
    afterEach(async () => drop());

    it('migrations run once; a database from a newer server is refused untouched', async () => {
      expect(await migrate(db)).toEqual([]);
      await db.run(
        'INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)',
        [SCHEMA_VERSION + 1, 'from the future', db.time(T)],
      );
      await expect(migrate(db)).rejects.toThrow(/upgrade the server/);
    });

    it('members and devices: saved, updated, listed; a revoked device stays revoked', async () => {
      await addMember(repo, U1, [1, 2]);
      expect((await repo.member(U1))?.role).toBe('member');
      expect(await repo.memberCount()).toBe(1);
      expect((await repo.devices(U1)).map((d) => d.deviceName)).toEqual(['device 1', 'device 2']);
      expect(await repo.revokeDevices(U1, [dev(2)], bytes(9, 50), T + 1)).toEqual([dev(2)]);
      // again: nothing new
      expect(await repo.revokeDevices(U1, [dev(2)], bytes(9, 50), T + 2)).toEqual([]);
      await addMember(repo, U1, [2]); // a login refreshing the certificate
      expect((await repo.device(U1, dev(2)))?.revokedAt).toBe(T + 1);
      expect((await repo.member(U1))?.revocationList).toEqual(bytes(9, 50));
    });

    it('a login nonce works once and not after it expires', async () => {
      await repo.addChallenge(bytes(5), T + 1000);
      await repo.addChallenge(bytes(6), T + 1000);
      expect(await repo.takeChallenge(bytes(5), T)).toBe(true);
      expect(await repo.takeChallenge(bytes(5), T)).toBe(false);
      expect(await repo.takeChallenge(bytes(6), T + 1000)).toBe(false);
      expect(await repo.takeChallenge(bytes(7), T)).toBe(false);
    });

    it('sessions: an access token finds its session; a refresh token works once; reuse revokes the family', async () => {
      await addMember(repo, U1, [1]);
      const first = {
        id: uuidv7(T),
        familyId: uuidv7(T),
        memberUuid: U1,
        deviceId: dev(1),
        accessHash: bytes(10),
        accessExpiresAt: T + 900_000,
        refreshHash: bytes(11),
        refreshExpiresAt: T + 86_400_000,
      };
      await repo.addSession(first, T);
      expect((await repo.sessionByAccess(bytes(10), T))?.memberUuid).toBe(U1);
      expect(await repo.sessionByAccess(bytes(10), T + 900_000)).toBeUndefined();
      const next = {
        id: uuidv7(T + 1),
        accessHash: bytes(12),
        accessExpiresAt: T + 1_800_000,
        refreshHash: bytes(13),
        refreshExpiresAt: T + 86_400_000,
      };
      const rotated = await repo.rotateSession(bytes(11), next, T + 1);
      expect(rotated).toMatchObject({ familyId: first.familyId, memberUuid: U1 });
      expect(await repo.sessionByAccess(bytes(10), T + 2)).toBeUndefined(); // the old pair is done
      expect(await repo.sessionByAccess(bytes(12), T + 2)).toBeDefined();
      // The old refresh token again: stolen. The whole family goes.
      expect(
        await repo.rotateSession(
          bytes(11),
          { ...next, id: uuidv7(T + 3), accessHash: bytes(14), refreshHash: bytes(15) },
          T + 3,
        ),
      ).toBe('reused');
      expect(await repo.sessionByAccess(bytes(12), T + 4)).toBeUndefined();
      expect(
        await repo.rotateSession(
          bytes(13),
          { ...next, id: uuidv7(T + 5), accessHash: bytes(16), refreshHash: bytes(17) },
          T + 5,
        ),
      ).toBeUndefined();
      expect(await repo.rotateSession(bytes(99), next, T)).toBeUndefined();
    });

    it('a revoked device has no session', async () => {
      await addMember(repo, U1, [1]);
      await repo.addSession(
        {
          id: uuidv7(T),
          familyId: uuidv7(T),
          memberUuid: U1,
          deviceId: dev(1),
          accessHash: bytes(20),
          accessExpiresAt: T + 900_000,
          refreshHash: bytes(21),
          refreshExpiresAt: T + 86_400_000,
        },
        T,
      );
      await repo.revokeDevices(U1, [dev(1)], bytes(9, 40), T + 1);
      expect(await repo.sessionByAccess(bytes(20), T + 2)).toBeUndefined();
    });

    const keys = (n: number, first = 1) =>
      Array.from({ length: n }, (_, i) => ({ keyId: first + i, data: bytes(first + i, 40) }));
    const publish = (
      uuid: string,
      d: number,
      oneTime: { keyId: number; data: Uint8Array }[],
      max = 100,
      kemOneTime: { keyId: number; data: Uint8Array; createdAt: number }[] = [],
    ) =>
      repo.savePreKeys(
        uuid,
        dev(d),
        {
          signed: { keyId: 1, data: bytes(201, 80) },
          kem: { keyId: 1, data: bytes(202, 1600) },
          oneTime,
          kemOneTime,
        },
        { oneTime: max, kemOneTime: max },
        T,
      );

    it('prekeys: each one-time key is handed out once, even to concurrent fetches; the last-resort key stays', async () => {
      await addMember(repo, U1, [1, 2]);
      expect(await publish(U1, 1, keys(20))).toEqual({ oneTime: 20, kemOneTime: 0 });
      expect(await publish(U1, 2, keys(3))).toEqual({ oneTime: 3, kemOneTime: 0 });
      const fetches = await Promise.all(
        Array.from({ length: 20 }, () => repo.takeBundles(U1, [], T)),
      );
      const handed = fetches.flatMap((f) => f.bundles).filter((b) => b.oneTimePreKey !== null);
      // 20 fetches of 2 bundles: device 1's 20 keys and device 2's 3, each once.
      expect(handed.length).toBe(23);
      const seen = new Set(handed.map((b) => `${b.deviceId[0]}/${b.oneTimePreKey![0]}`));
      expect(seen.size).toBe(23);
      expect((await repo.preKeyCounts(U1, dev(1), T)).oneTime).toBe(0);
      const after = await repo.takeBundles(U1, [], T);
      expect(after.bundles.map((b) => b.oneTimePreKey)).toEqual([null, null]);
      expect(after.bundles[0]!.kemPreKey).toEqual(bytes(202, 1600));
      // excluded devices are skipped
      expect((await repo.takeBundles(U1, [dev(1)], T)).bundles.map((b) => b.deviceId)).toEqual([
        dev(2),
      ]);
    });

    it('prekeys: over the limit nothing is written; re-uploaded ids are kept; delete removes one', async () => {
      await addMember(repo, U1, [1]);
      await publish(U1, 1, keys(8));
      await expect(publish(U1, 1, keys(5, 9), 10)).rejects.toBeInstanceOf(RepositoryError);
      expect((await repo.preKeyCounts(U1, dev(1), T)).oneTime).toBe(8);
      expect((await publish(U1, 1, keys(10), 10)).oneTime).toBe(10); // 1..8 kept, 9..10 added
      expect(await repo.deleteOneTimePreKey(U1, dev(1), 3)).toBe(true);
      expect(await repo.deleteOneTimePreKey(U1, dev(1), 3)).toBe(false);
      expect((await repo.preKeyCounts(U1, dev(1), T)).oneTime).toBe(9);
      await repo.revokeDevices(U1, [dev(1)], bytes(9, 40), T);
      expect((await repo.takeBundles(U1, [], T)).bundles).toEqual([]);
    });

    it('prekeys: one-time KEM keys go before the last-resort key, each once even to concurrent fetches, never past the maximum age', async () => {
      const DAY = 24 * 3600 * 1000;
      const lastResort = bytes(202, 1600);
      const kemKeys = (n: number, first: number, createdAt: number) =>
        Array.from({ length: n }, (_, i) => ({
          keyId: first + i,
          data: bytes(first + i, 1600),
          createdAt,
        }));
      await addMember(repo, U1, [1]);
      const hex = Buffer.from(dev(1)).toString('hex');
      // Two made 29 days ago (a day from stale) and three made now.
      expect(
        await publish(U1, 1, keys(2), 100, [...kemKeys(2, 10, T - 29 * DAY), ...kemKeys(3, 20, T)]),
      ).toEqual({ oneTime: 2, kemOneTime: 5 });
      const fetches = await Promise.all(
        Array.from({ length: 8 }, () => repo.takeBundles(U1, [], T)),
      );
      const kems = fetches.map((f) => f.bundles[0]!.kemPreKey);
      const oneTime = kems.filter((k) => k[0] !== 202);
      expect(oneTime).toHaveLength(5);
      expect(new Set(oneTime.map((k) => k[0]))).toEqual(new Set([10, 11, 20, 21, 22]));
      expect(kems.filter((k) => k[0] === 202)).toEqual([lastResort, lastResort, lastResort]);
      expect(await repo.preKeyCounts(U1, dev(1), T)).toEqual({ oneTime: 0, kemOneTime: 0 });
      // Ids handed out before are not handed out again when uploaded again.
      expect(await publish(U1, 1, [], 100, kemKeys(3, 20, T))).toEqual({
        oneTime: 0,
        kemOneTime: 0,
      });
      // Two more, 29 days old: counted and handed out today, neither two days later.
      await publish(U1, 1, [], 100, kemKeys(2, 30, T - 29 * DAY));
      expect((await repo.preKeyCounts(U1, dev(1), T)).kemOneTime).toBe(2);
      expect((await repo.preKeyCounts(U1, dev(1), T + 2 * DAY)).kemOneTime).toBe(0);
      const later = await repo.takeBundles(U1, [], T + 2 * DAY);
      expect(later.bundles[0]!.kemPreKey).toEqual(lastResort);
      expect(later.remaining.get(hex)).toEqual({ oneTime: 0, kemOneTime: 0 });
      // Over the limit nothing is written.
      await expect(publish(U1, 1, [], 3, kemKeys(4, 40, T))).rejects.toBeInstanceOf(
        RepositoryError,
      );
      expect((await repo.preKeyCounts(U1, dev(1), T)).kemOneTime).toBe(2);
      // A revoked device's keys are gone.
      await repo.revokeDevices(U1, [dev(1)], bytes(9, 40), T);
      expect(await repo.preKeyCounts(U1, dev(1), T)).toEqual({ oneTime: 0, kemOneTime: 0 });
    });

    it('channels: members, roles, invites, the per-member limit', async () => {
      await addMember(repo, U1, [1]);
      await addMember(repo, U2, [2]);
      const a = await repo.createChannel({
        id: uuidv7(T),
        name: 'general',
        topic: '',
        visibility: 'public',
        createdBy: U1,
        now: T,
      });
      const b = await repo.createChannel({
        id: uuidv7(T + 1),
        name: 'staff',
        topic: 'x',
        visibility: 'private',
        createdBy: U1,
        now: T + 1,
      });
      expect(await repo.channelRole(a.id, U1)).toBe('admin');
      expect((await repo.channelsFor(U2)).map((c) => [c.name, c.role])).toEqual([
        ['general', null],
      ]);
      await repo.joinChannel(a.id, U2, 'member', 1, T);
      await expect(repo.joinChannel(b.id, U2, 'member', 1, T)).rejects.toThrow(
        /at most 1 channels/,
      );
      expect(await repo.channelRole(b.id, U2)).toBeUndefined();
      await repo.invite(b.id, U2, U1, T);
      expect(await repo.invited(b.id, U2)).toBe(true);
      await repo.joinChannel(b.id, U2, 'moderator', 10, T);
      expect(await repo.invited(b.id, U2)).toBe(false);
      expect((await repo.channelsFor(U2)).map((c) => [c.name, c.role])).toEqual([
        ['general', 'member'],
        ['staff', 'moderator'],
      ]);
      expect(await repo.leaveChannel(a.id, U2)).toBe(true);
      expect(await repo.leaveChannel(a.id, U2)).toBe(false);
      await repo.updateChannel(b.id, { name: 'team', topic: 'y' });
      expect(await repo.channel(b.id)).toMatchObject({ name: 'team', topic: 'y' });
      expect(await repo.deleteChannel(b.id)).toBe(true);
      expect(await repo.channelRole(b.id, U2)).toBeUndefined();
    });

    it('channel messages: concurrent appends get consecutive sequence ids, none twice', async () => {
      await addMember(repo, U1, [1]);
      const c = await repo.createChannel({
        id: uuidv7(T),
        name: 'busy',
        topic: '',
        visibility: 'public',
        createdBy: U1,
        now: T,
      });
      const batches = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          repo.appendChannelMessages(
            c.id,
            Array.from({ length: 5 }, (_, j) => ({
              id: uuidv7(T),
              senderUuid: U1,
              senderDevice: dev(1),
              payload: bytes(i * 5 + j + 1, 10),
              sentAt: T,
            })),
            attest,
          ),
        ),
      );
      const seqs = batches
        .flat()
        .map((m) => m.seq)
        .sort((x, y) => x - y);
      expect(seqs).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
      for (const batch of batches)
        for (let i = 1; i < batch.length; i++) expect(batch[i]!.seq).toBe(batch[i - 1]!.seq + 1);
      const page = await repo.channelMessagesAfter(c.id, 45, 100);
      expect(page.map((m) => m.seq)).toEqual([46, 47, 48, 49, 50]);
      expect((await repo.channel(c.id))?.lastSeq).toBe(50);
      await expect(
        repo.appendChannelMessages(
          uuidv7(T),
          [{ id: uuidv7(T), senderUuid: U1, senderDevice: dev(1), payload: bytes(1), sentAt: T }],
          attest,
        ),
      ).rejects.toThrow(/no such channel/);
    });

    it('channel messages: a retried send (same device, same client id) keeps its first seq and is stored once', async () => {
      await addMember(repo, U1, [1, 2]);
      const c = await repo.createChannel({
        id: uuidv7(T),
        name: 'retries',
        topic: '',
        visibility: 'public',
        createdBy: U1,
        now: T,
      });
      const msg = (n: number, clientId: Uint8Array | null, device = dev(1)) => ({
        id: uuidv7(T),
        clientId,
        senderUuid: U1,
        senderDevice: device,
        payload: bytes(n),
        sentAt: T,
      });
      const first = await repo.appendChannelMessages(
        c.id,
        [msg(1, bytes(7, 16)), msg(2, bytes(8, 16)), msg(3, null)],
        attest,
      );
      expect(first.map((m) => [m.seq, Boolean(m.repeated)])).toEqual([
        [1, false],
        [2, false],
        [3, false],
      ]);
      // In one batch: two stored before, a repeat within the batch, the same
      // client id from the member's other device (a different message), and a new one.
      const again = await repo.appendChannelMessages(
        c.id,
        [
          msg(9, bytes(8, 16)),
          msg(4, bytes(9, 16)),
          msg(9, bytes(7, 16)),
          msg(9, bytes(9, 16)),
          msg(5, bytes(7, 16), dev(2)),
        ],
        attest,
      );
      expect(again.map((m) => [m.seq, Boolean(m.repeated)])).toEqual([
        [2, true],
        [4, false],
        [1, true],
        [4, true],
        [5, false],
      ]);
      // The repeats return what was stored first, and nothing else was stored.
      expect(again[0]!.payload).toEqual(bytes(2));
      expect(again[2]!.payload).toEqual(bytes(1));
      const all = await repo.channelMessagesAfter(c.id, 0, 100);
      expect(all.map((m) => m.payload[0])).toEqual([1, 2, 3, 4, 5]);
      expect((await repo.channel(c.id))?.lastSeq).toBe(5);
    });

    it('cursors: a joining device starts at the end; cursors only move forward', async () => {
      await addMember(repo, U1, [1]);
      await addMember(repo, U2, [2]);
      const c = await repo.createChannel({
        id: uuidv7(T),
        name: 'c',
        topic: '',
        visibility: 'public',
        createdBy: U1,
        now: T,
      });
      await repo.appendChannelMessages(
        c.id,
        [1, 2, 3].map((n) => ({
          id: uuidv7(T),
          senderUuid: U1,
          senderDevice: dev(1),
          payload: bytes(n),
          sentAt: T,
        })),
        attest,
      );
      await repo.joinChannel(c.id, U2, 'member', 10, T);
      expect(await repo.cursorsOf(U2, dev(2))).toEqual(new Map([[c.id, { seq: 3, last: 3 }]]));
      // the creator never acknowledged: it starts at the channel's end too, unless it has a cursor
      await repo.advanceCursor(c.id, U1, dev(1), 2);
      await repo.advanceCursor(c.id, U1, dev(1), 1);
      expect(await repo.cursorsOf(U1, dev(1))).toEqual(new Map([[c.id, { seq: 2, last: 3 }]]));
      // a position past the channel's last message is cut down to it
      await repo.advanceCursor(c.id, U1, dev(1), 1_000_000);
      expect(await repo.cursorsOf(U1, dev(1))).toEqual(new Map([[c.id, { seq: 3, last: 3 }]]));
    });

    it('1:1 envelopes: queued in order, paged, acknowledged only by their device, capped', async () => {
      await addMember(repo, U1, [1]);
      await addMember(repo, U2, [2]);
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) {
        const id = uuidv7(T + i);
        ids.push(id);
        await repo.enqueue(
          {
            id,
            recipientUuid: U2,
            recipientDevice: dev(2),
            senderUuid: U1,
            senderDevice: dev(1),
            envelope: bytes(i + 1, 20),
            acceptedAt: T + i,
          },
          { total: 5, perStranger: 5, strangers: 5 },
        );
      }
      await expect(
        repo.enqueue(
          {
            id: uuidv7(T + 9),
            recipientUuid: U2,
            recipientDevice: dev(2),
            senderUuid: U1,
            senderDevice: dev(1),
            envelope: bytes(9),
            acceptedAt: T,
          },
          { total: 5, perStranger: 5, strangers: 5 },
        ),
      ).rejects.toThrow(/too many undelivered/);
      const first = await repo.pending(U2, dev(2), null, 3);
      expect(first.map((e) => e.id)).toEqual(ids.slice(0, 3));
      expect((await repo.pending(U2, dev(2), first[2]!.id, 3)).map((e) => e.id)).toEqual(
        ids.slice(3),
      );
      expect(await repo.acknowledge(U1, dev(1), ids)).toBe(0); // not its own
      expect(await repo.acknowledge(U2, dev(2), ids.slice(0, 2))).toBe(2);
      expect((await repo.pending(U2, dev(2), null, 10)).map((e) => e.id)).toEqual(ids.slice(2));
      await repo.revokeDevices(U2, [dev(2)], bytes(9, 40), T);
      expect(await repo.pending(U2, dev(2), null, 10)).toEqual([]);
    });

    it('a queue keeps room for contacts: a share per stranger and for strangers together', async () => {
      await addMember(repo, U1, [1]);
      await addMember(repo, U2, [2]);
      const strangers = ['0', '1', '2', '3'].map((d) => U1.slice(0, -1) + d);
      for (const s of strangers) await addMember(repo, s, [3]);
      const quota = { total: 10, perStranger: 2, strangers: 5 };
      let n = 0;
      const send = (from: string, to = U2, toDevice = dev(2)) =>
        repo.enqueue(
          {
            id: uuidv7(T + ++n),
            recipientUuid: to,
            recipientDevice: toDevice,
            senderUuid: from,
            senderDevice: dev(3),
            envelope: bytes(n, 20),
            acceptedAt: T + n,
          },
          quota,
        );
      // One stranger: two at most.
      await send(strangers[0]!);
      await send(strangers[0]!);
      await expect(send(strangers[0]!)).rejects.toThrow(/from this sender/);
      // Strangers together: five at most.
      await send(strangers[1]!);
      await send(strangers[1]!);
      await send(strangers[2]!);
      await expect(send(strangers[3]!)).rejects.toThrow(/never wrote to/);
      // U2 wrote to U1 once: U1 is a contact, and gets the rest of the queue.
      await send(U2, U1, dev(1));
      for (let i = 0; i < 5; i++) await send(U1);
      await expect(send(U1)).rejects.toThrow(/too many undelivered envelopes$/);
    });

    it('a client id is remembered after its envelope was acknowledged, until the window ends', async () => {
      await addMember(repo, U1, [1]);
      await addMember(repo, U2, [2]);
      const quota = { total: 10, perStranger: 10, strangers: 10 };
      const send = (id: string, at: number) =>
        repo.enqueue(
          {
            id,
            clientId: bytes(7, 16),
            recipientUuid: U2,
            recipientDevice: dev(2),
            senderUuid: U1,
            senderDevice: dev(1),
            envelope: bytes(1, 20),
            acceptedAt: at,
          },
          quota,
        );
      const first = await send(uuidv7(T), T);
      expect(first.repeated).toBe(false);
      expect(await repo.acknowledge(U2, dev(2), [first.id])).toBe(1);
      expect(await send(uuidv7(T + 1), T + 1)).toEqual({ id: first.id, repeated: true });
      expect(await repo.pending(U2, dev(2), null, 10)).toEqual([]);
      const purged = await repo.purgeExpired(T + 1_000, { idempotencyMs: 500 });
      expect(purged.clientIds).toBe(1);
      expect((await send(uuidv7(T + 2_000), T + 2_000)).repeated).toBe(false);
    });

    it('retention deletes old envelopes and channel messages; nothing without a retention', async () => {
      await addMember(repo, U1, [1]);
      await addMember(repo, U2, [2]);
      const quota = { total: 10, perStranger: 10, strangers: 10 };
      await repo.enqueue(
        {
          id: uuidv7(T),
          recipientUuid: U2,
          recipientDevice: dev(2),
          senderUuid: U1,
          senderDevice: dev(1),
          envelope: bytes(1, 20),
          acceptedAt: T,
        },
        quota,
      );
      const ch = uuidv7(T);
      await repo.createChannel({
        id: ch,
        name: 'c',
        topic: '',
        visibility: 'public',
        createdBy: U1,
        now: T,
      });
      await repo.appendChannelMessages(
        ch,
        [0, 1, 2].map((i) => ({
          id: uuidv7(T + i),
          senderUuid: U1,
          senderDevice: dev(1),
          payload: bytes(i + 1, 8),
          sentAt: T + i * 1_000,
        })),
        attest,
      );
      // Nothing is deleted with no retention given.
      expect(await repo.purgeExpired(T + 10_000)).toEqual({
        envelopes: 0,
        clientIds: 0,
        channelMessages: 0,
        preKeys: 0,
      });
      const counts = await repo.purgeExpired(T + 10_000, {
        envelopesMs: 5_000,
        channelMessagesMs: 8_500,
      });
      expect(counts).toMatchObject({ envelopes: 1, channelMessages: 2 });
      expect((await repo.channelMessagesAfter(ch, 0, 10)).map((m) => m.seq)).toEqual([3]);
      expect(await repo.pending(U2, dev(2), null, 10)).toEqual([]);
    });

    it('retention deletes one-time prekeys handed out before it, of both kinds; unused ones stay', async () => {
      await addMember(repo, U1, [1]);
      await publish(U1, 1, keys(3), 100, [
        { keyId: 11, data: bytes(11, 1600), createdAt: T },
        { keyId: 12, data: bytes(12, 1600), createdAt: T },
      ]);
      // Two bundles at T (one-time keys 1, 2 and KEM keys 11, 12), one at T + 5 s (key 3).
      await repo.takeBundles(U1, [], T);
      await repo.takeBundles(U1, [], T);
      await repo.takeBundles(U1, [], T + 5_000);
      const rows = async () =>
        Number(
          (await db.get<{ n: number }>(
            `SELECT (SELECT count(*) FROM prekeys WHERE kind = 'one_time')
                  + (SELECT count(*) FROM kem_one_time_prekeys) AS n`,
          ))!.n,
        );
      expect(await rows()).toBe(5);
      // Kept 8 s at T + 10 s: what was handed out at T goes (2 + 2), key 3 stays.
      expect((await repo.purgeExpired(T + 10_000, { preKeysMs: 8_000 })).preKeys).toBe(4);
      expect(await rows()).toBe(1);
      // Without a prekey retention nothing more goes; with it, key 3 in its turn.
      expect((await repo.purgeExpired(T + 60_000)).preKeys).toBe(0);
      expect((await repo.purgeExpired(T + 60_000, { preKeysMs: 8_000 })).preKeys).toBe(1);
      // The signed and last-resort KEM prekeys are never handed out, so never purged.
      const bundle = (await repo.takeBundles(U1, [], T + 60_000)).bundles[0]!;
      expect(bundle.signedPreKey).toEqual(bytes(201, 80));
      expect(bundle.kemPreKey).toEqual(bytes(202, 1600));
    });

    it('the audit log and settings', async () => {
      await repo.audit({
        actorUuid: U1,
        action: 'channel.create',
        targetType: 'channel',
        targetId: 'x',
        metadata: { a: 1 },
        now: T,
      });
      await repo.audit({
        actorUuid: null,
        action: 'server.start',
        targetType: 'server',
        targetId: '-',
        now: T + 1,
      });
      expect((await repo.auditLog(10)).map((e) => e.action)).toEqual([
        'server.start',
        'channel.create',
      ]);
      expect(await repo.setting('k')).toBeUndefined();
      await repo.setSetting('k', 'v1', T);
      await repo.setSetting('k', 'v2', T);
      expect(await repo.setting('k')).toBe('v2');
      await repo.ping();
    });
  });
}
