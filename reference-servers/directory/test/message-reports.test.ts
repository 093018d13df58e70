// Reports about a message (spec/directory.md §7.1, message franking
// spec/community.md §5.6), on SQLite and PostgreSQL. A real community
// server, listed in the directory by its owner, carries a channel in which
// NexusClients talk; a recipient reports a message with the evidence its
// client kept, and the directory checks it against the listing's server key
// before it stores anything. Admins read the verified message (sender,
// channel, time, text) and act; the reporter reads the outcome, not the
// content back. Evidence that was altered, that another server attested,
// that names no listing or is not evidence at all is refused with a typed
// error and leaves nothing behind; a duplicate is CONFLICT; a member whose
// messages five identities report is flagged; an erasure and the retention
// period delete the evidence with the report; nothing of a reported message
// reaches the logs, even at debug level.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CommunityClient,
  createClient,
  createDevice,
  createDirectoryRequest,
  DirectoryClient,
  encodeMessageEvidence,
  frankingTag,
  memoryStorage,
  messageAttestationBody,
  signMessageAttestation,
  SigningKeyPair,
  solveDirectoryPow,
  verifyMessageEvidence,
} from '@nexuslink/sdk';
import type { DirectoryCommunity, LocalDevice, Message, NexusClient } from '@nexuslink/sdk';
import { clientMessageCodec, signedMessageCodec } from '@nexuslink/sdk/wire';
import { applyMigrations, postgresDb, sqliteDb, uuidv7 } from '@nexuslink/server-kit';
import type { Db } from '@nexuslink/server-kit';
import { startServer } from '@nexuslink/server-kit/testing';
import type { RunningServer } from '@nexuslink/server-kit/testing';
import { freshTestDb, serverDatabase } from '@nexuslink/server-kit/testing/db';
import {
  Anomalies,
  AuditTrail,
  MAX_EVIDENCE_CHARS,
  migrate,
  MIGRATIONS,
  Reports,
} from '@nexuslink/directory-server';
import type { CommunityStore } from '@nexuslink/directory-server';
import { closeEndpoints, communityEndpoint } from './endpoints.ts';
import { addStaff, call, device, refusal, staffLogin } from './kyc-helpers.ts';

const code = (e: { code: string; details?: { serverCode?: string } }) =>
  e.details?.serverCode ?? e.code;
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const b64url = (b: Uint8Array) => Buffer.from(b).toString('base64url');
const random = (n: number) => new Uint8Array(randomBytes(n));

async function until(check: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * The evidence of a message `sender` sent in `channelId` as message `seq`,
 * made up here and attested with `server`'s key, as that community server
 * would (spec/community.md §5.6).
 */
async function attested(
  server: SigningKeyPair,
  o: {
    sender: LocalDevice;
    text?: string;
    structured?: { type: string; payload: Uint8Array };
    channelId?: string;
    seq?: number;
  },
): Promise<Uint8Array> {
  const channelId = o.channelId ?? uuidv7();
  const message = clientMessageCodec.encode({
    version: 1,
    id: random(16),
    timestampMs: BigInt(Date.now()),
    groupId: new Uint8Array(Buffer.from(channelId.replaceAll('-', ''), 'hex')),
    body: o.structured
      ? { case: 'structured', value: o.structured }
      : { case: 'text', value: { text: o.text ?? 'hello' } },
  });
  const frankingKey = random(32);
  const fields = {
    channelId,
    seq: o.seq ?? 1,
    sender: { uuid: o.sender.uuid, deviceId: hex(o.sender.deviceId) },
    sentAt: Date.now(),
    frankingTag: frankingTag(frankingKey, message),
  };
  const signature = await signMessageAttestation(server, fields);
  return encodeMessageEvidence({
    message,
    frankingKey,
    attestation: signedMessageCodec.encode({ body: messageAttestationBody(fields), signature }),
  });
}

/** `evidence` with the bytes of `from` (in the message) replaced by `to`, of the same length. */
function altered(evidence: Uint8Array, from: string, to: string): Uint8Array {
  const bytes = Buffer.from(evidence);
  const at = bytes.indexOf(from);
  expect(at).toBeGreaterThan(0);
  bytes.write(to, at);
  return new Uint8Array(bytes);
}

// A real community server and three members in a channel: Alice writes,
// Bob and Carol read and keep the evidence.
const TEXT = 'you will regret this, I know where you live';
const SECOND = 'and a second threat for good measure';
let community: RunningServer;
let owner: LocalDevice;
let alice: { device: LocalDevice; deviceId: string };
let bob: LocalDevice;
let carol: LocalDevice;
let channelId = '';
let evidence: { bob: Uint8Array; carol: Uint8Array; bobSecond: Uint8Array };
const clients: { client: NexusClient; community: CommunityClient }[] = [];

beforeAll(async () => {
  owner = await device('owner');
  const cdb = await serverDatabase('sqlite');
  community = await startServer({
    ...cdb.env,
    NEXUSLINK_SERVER_OWNER: owner.uuid,
    NEXUSLINK_SERVER_NAME: 'Threats Inc',
  });
  async function member(name: string) {
    const storage = memoryStorage();
    const { device: d } = await createDevice({ storage, displayName: name });
    const server = new CommunityClient({ url: community.url, device: d });
    await server.login();
    const client = await createClient({
      device: d,
      storage,
      transports: [server.transport],
      directory: server.directory,
      channels: server,
      start: false,
    });
    const received: Message[] = [];
    client.on('message', ({ message }) => {
      if (!message.outgoing) received.push(message);
    });
    await client.start();
    await client.publishPreKeys();
    clients.push({ client, community: server });
    return { device: d, client, server, received };
  }
  const [a, b, c] = [await member('alice'), await member('bob'), await member('carol')];
  const channel = await a.server.createChannel({ name: 'general' });
  channelId = channel.id;
  for (const m of [b, c]) await m.server.joinChannel(channel.id);
  const conversation = await a.client.channels.open(channel.id);
  for (const m of [b, c]) await m.client.channels.open(channel.id);
  const first = await a.client.sendText(conversation, TEXT);
  const second = await a.client.sendText(conversation, SECOND);
  await until(
    () => b.received.length === 2 && c.received.length === 2,
    20_000,
    'bob and carol read alice',
  );
  alice = { device: a.device, deviceId: a.server.address.deviceId };
  bob = b.device;
  carol = c.device;
  evidence = {
    bob: await b.client.channels.evidence(first.id),
    carol: await c.client.channels.evidence(first.id),
    bobSecond: await b.client.channels.evidence(second.id),
  };
  for (const m of clients.splice(0)) {
    await m.client.close();
    await m.community.close();
  }
  return async () => {
    expect(await community.stop()).toBe(0);
    await cdb.drop();
  };
}, 120_000);

describe.each(['sqlite', 'postgres'] as const)('reports about messages on %s', (kind) => {
  const stops: (() => Promise<unknown>)[] = [];
  let directory: RunningServer;
  let client: DirectoryClient;
  let listing: DirectoryCommunity;
  /** A second listing, whose server key the test holds (an endpoint of the helpers). */
  let other: DirectoryCommunity;
  let otherKey: SigningKeyPair;
  let otherOwner: LocalDevice;
  let admin: Record<string, string>;
  let db: Db;

  /** Rows stored about reports: the reports, and the messages with their evidence. */
  const stored = async () => ({
    reports: Number((await db.get<{ n: unknown }>('SELECT count(*) AS n FROM reports'))!.n),
    messages: Number(
      (await db.get<{ n: unknown }>('SELECT count(*) AS n FROM report_messages'))!.n,
    ),
  });

  /** A report sent by hand (a signed request, a solved proof of work): the envelope. */
  async function rawReport(reporter: LocalDevice, body: Record<string, unknown>) {
    const challenge = (await call(directory.url, 'GET', '/v1/pow?purpose=report')).body.data
      .challenge;
    const text = JSON.stringify({ ...body, pow: await solveDirectoryPow(challenge) });
    const authorization = await createDirectoryRequest({
      device: reporter,
      audience: directory.url,
      method: 'POST',
      target: '/v1/reports',
      body: new TextEncoder().encode(text),
    });
    const res = await fetch(`${directory.url}/v1/reports`, {
      method: 'POST',
      headers: { authorization, 'content-type': 'application/json' },
      body: text,
    });
    return {
      status: res.status,
      body: (await res.json()) as { ok: boolean; error?: { code: string; message: string } },
    };
  }

  beforeAll(async () => {
    const ddb = await serverDatabase(kind);
    const env: Record<string, string> = {
      ...ddb.env,
      NEXUSLINK_PROOF_ALLOW_PRIVATE: 'true',
      NEXUSLINK_POW_COST: '20',
      NEXUSLINK_POW_MAX_COUNTER: '20',
    };
    const ada = addStaff(env, 'ada', 'admin');
    // Debug logging: the test checks that no reported message reaches even it.
    directory = await startServer({ ...env, NEXUSLINK_LOG_LEVEL: 'debug' }, 'directory');
    stops.push(async () => expect(await directory.stop()).toBe(0), ddb.drop);
    client = new DirectoryClient({ url: directory.url });
    listing = await client.register({
      device: owner,
      name: 'Threats Inc',
      language: 'en',
      endpoint: community.url,
    });
    otherOwner = await device('other-owner');
    const ep = await communityEndpoint(otherOwner.uuid);
    otherKey = ep.key;
    other = await client.register({
      device: otherOwner,
      name: 'Elsewhere',
      language: 'en',
      endpoint: ep.url,
      serverKey: ep.serverKey,
    });
    admin = await staffLogin(directory.url, 'ada', ada);
    db =
      kind === 'sqlite'
        ? sqliteDb(env.NEXUSLINK_SERVER_DATA_DIR!, 'directory.db')
        : postgresDb({ url: env.NEXUSLINK_DATABASE_URL!, poolSize: 1 });
    stops.push(() => db.close());
  }, 90_000);
  afterAll(async () => {
    for (const stop of stops.reverse()) await stop();
    closeEndpoints();
  });

  it('a recipient reports a message with the evidence its client kept; an admin reads who sent what and acts', async () => {
    // The listing's key is the key the community server attests with.
    const info = (await call(community.url, 'GET', '/v1/server')).body.data;
    expect(listing.serverKey).toBe(info.serverKey);

    const filed = await client.report(bob, {
      target: { kind: 'message', listing: listing.id, evidence: evidence.bob },
      category: 'harassment',
      details: 'A threat, in #general.',
    });
    const target = {
      kind: 'message',
      listing: listing.id,
      channelId,
      seq: 1,
      member: alice.device.uuid,
    };
    expect(filed).toMatchObject({ reporter: bob.uuid, target, status: 'open', outcome: '' });
    // The reporter is not handed the content back.
    expect(JSON.stringify(filed)).not.toContain(TEXT);
    expect(JSON.stringify(await client.myReports(bob))).not.toContain(TEXT);
    // The same message again, from the same reporter: in the queue already.
    expect(
      code(
        await refusal(
          client.report(bob, {
            target: { kind: 'message', listing: listing.id, evidence: evidence.bob },
            category: 'hate',
          }),
        ),
      ),
    ).toBe('CONFLICT');
    // Carol reports the same message with her own copy of the evidence.
    const byCarol = await client.report(carol, {
      target: { kind: 'message', listing: listing.id, evidence: evidence.carol },
      category: 'harassment',
    });
    expect(byCarol.target).toEqual(target);

    // The admin reads the message as verified: sender, channel, seq, time, text.
    const queue = await call(directory.url, 'GET', '/v1/reports', { headers: admin });
    const queued = queue.body.data.reports.find((r: { id: string }) => r.id === filed.id);
    expect(queued).toMatchObject({
      target,
      reporters: 2,
      message: {
        listing: listing.id,
        serverKey: listing.serverKey,
        channelId,
        seq: 1,
        sender: { uuid: alice.device.uuid, deviceId: alice.deviceId },
        content: { kind: 'text', text: TEXT },
      },
    });
    expect(Math.abs(queued.message.sentAt - Date.now())).toBeLessThan(300_000);
    // And the evidence as filed, which anyone holding the server key checks again.
    const held = await call(directory.url, 'GET', `/v1/reports/${filed.id}/evidence`, {
      headers: admin,
    });
    expect(held.body.data).toMatchObject({ listing: listing.id, serverKey: listing.serverKey });
    expect(held.body.data.evidence).toBe(b64url(evidence.bob));
    expect(
      verifyMessageEvidence(
        Buffer.from(listing.serverKey, 'hex'),
        Buffer.from(held.body.data.evidence, 'base64url'),
      ).content,
    ).toEqual({ kind: 'text', text: TEXT });
    expect(
      (await call(directory.url, 'GET', `/v1/reports/${filed.id}/evidence`)).body.error?.code,
    ).toBe('UNAUTHORIZED');
    const row = await db.get<{ evidence: unknown; content: string; sender: string }>(
      'SELECT evidence, content, sender FROM report_messages WHERE report_id = $1',
      [filed.id],
    );
    expect(Buffer.from(row!.evidence as Uint8Array).equals(Buffer.from(evidence.bob))).toBe(true);
    expect(row).toMatchObject({ content: TEXT, sender: alice.device.uuid });

    // One warning to the owner settles both reports of the message.
    const warned = await call(directory.url, 'POST', `/v1/reports/${filed.id}/handle`, {
      headers: admin,
      body: { action: 'warn_owner', outcome: 'The owner was warned about this member.' },
    });
    expect(warned.body.data).toMatchObject({ status: 'actioned' });
    for (const r of [bob, carol])
      expect((await client.myReports(r))[0]).toMatchObject({
        target,
        status: 'actioned',
        outcome: 'The owner was warned about this member.',
      });
    expect((await client.notices(listing.id)).at(-1)).toMatchObject({ kind: 'warning' });
    // The audit trail names the member, not what was said.
    const audit = await call(directory.url, 'GET', '/v1/audit', { headers: admin });
    const entry = audit.body.data.entries.find(
      (e: { action: string }) => e.action === 'report.warn_owner',
    );
    expect(entry).toMatchObject({ subject: alice.device.uuid });
    expect(JSON.stringify(audit.body.data)).not.toContain(TEXT);

    // Another message of the same member is another target; dismissed on its own.
    const second = await client.report(bob, {
      target: { kind: 'message', listing: listing.id, evidence: evidence.bobSecond },
      category: 'harassment',
    });
    expect(second.target).toMatchObject({ seq: 2, member: alice.device.uuid });
    const dismissed = await call(directory.url, 'POST', `/v1/reports/${second.id}/handle`, {
      headers: admin,
      body: { action: 'dismiss', outcome: 'Not enough to act on.' },
    });
    expect(dismissed.body.data.status).toBe('dismissed');
    const handled = await call(directory.url, 'GET', '/v1/reports?status=dismissed', {
      headers: admin,
    });
    expect(handled.body.data.reports[0]).toMatchObject({
      id: second.id,
      message: { seq: 2, content: { kind: 'text', text: SECOND } },
    });
  });

  it('refuses evidence that was altered, that another server attested or that names no listing, storing nothing', async () => {
    const reporter = await device('reporter-refused');
    const before = await stored();
    const report = (listingId: string, bytes: Uint8Array) =>
      refusal(
        client.report(reporter, {
          target: { kind: 'message', listing: listingId, evidence: bytes },
          category: 'harassment',
        }),
      );
    // The text changed: the franking key no longer opens the commitment.
    const tampered = altered(evidence.bob, 'regret', 'forget');
    const changed = await report(listing.id, tampered);
    expect(changed.code).toBe('BAD_SIGNATURE');
    expect(changed.message).toMatch(/commitment/);
    // The server's signature changed.
    const flipped = evidence.bob.slice();
    flipped[flipped.length - 1]! ^= 1;
    expect((await report(listing.id, flipped)).code).toBe('BAD_SIGNATURE');
    // Attested by the other listing's server, reported against this one; and the reverse.
    const elsewhere = await attested(otherKey, { sender: alice.device, text: 'made up elsewhere' });
    expect((await report(listing.id, elsewhere)).code).toBe('BAD_SIGNATURE');
    expect((await report(other.id, evidence.bob)).code).toBe('BAD_SIGNATURE');
    // No such listing.
    expect(code(await report(uuidv7(), evidence.bob))).toBe('NOT_FOUND');
    // Not evidence: random bytes, or cut short.
    expect((await report(listing.id, random(200))).code).toBe('MALFORMED');
    expect((await report(listing.id, evidence.bob.slice(0, 100))).code).toBe('MALFORMED');
    // A message attested as the reporter's own.
    const own = await attested(otherKey, { sender: reporter, text: 'me, myself' });
    expect(code(await report(other.id, own))).toBe('INVALID_ARGUMENT');
    // The SDK sends bytes only.
    expect(
      code(
        await refusal(
          client.report(reporter, {
            target: { kind: 'message', listing: listing.id, evidence: 'abc' as never },
            category: 'spam',
          }),
        ),
      ),
    ).toBe('INVALID_ARGUMENT');

    // By hand: evidence that is not base64url, not canonical, too long, or far too long.
    for (const [value, expected] of [
      ['not base64url!', 'INVALID_ARGUMENT'],
      ['AB', 'INVALID_ARGUMENT'],
      ['A'.repeat(MAX_EVIDENCE_CHARS + 4), 'INVALID_ARGUMENT'],
      ['A'.repeat(300_000), 'PAYLOAD_TOO_LARGE'],
      [b64url(random(64)), 'MALFORMED'],
      [b64url(tampered), 'BAD_SIGNATURE'],
    ] as const) {
      const r = await rawReport(reporter, {
        target: { kind: 'message', listing: listing.id, evidence: value },
        category: 'spam',
      });
      expect(r.body.error?.code).toBe(expected);
      expect(r.status).toBe(expected === 'BAD_SIGNATURE' ? 401 : 400);
    }
    // Largest evidence the directory takes: it is read, and refused for what it is.
    const big = await rawReport(reporter, {
      target: { kind: 'message', listing: listing.id, evidence: 'A'.repeat(MAX_EVIDENCE_CHARS) },
      category: 'spam',
    });
    expect(big.body.error?.code).toBe('MALFORMED');

    expect(await client.myReports(reporter)).toEqual([]);
    expect(await stored()).toEqual(before);
  });

  it('flags a member whose messages five identities report; removing the listing ends its reports', async () => {
    const troll = await device('troll');
    const reporters = await Promise.all([1, 2, 3, 4, 5].map((i) => device(`witness-${i}`)));
    const channel = uuidv7();
    const filed = [];
    for (const [i, r] of reporters.entries())
      filed.push(
        await client.report(r, {
          target: {
            kind: 'message',
            listing: other.id,
            evidence: await attested(
              otherKey,
              i === 4
                ? {
                    sender: troll,
                    channelId: channel,
                    seq: 5,
                    structured: { type: 'application/x-sticker', payload: random(100) },
                  }
                : { sender: troll, channelId: channel, seq: i + 1, text: `insult number ${i}` },
            ),
          },
          category: 'harassment',
        }),
      );
    const flags = await call(directory.url, 'GET', '/v1/admin/anomalies', { headers: admin });
    expect(flags.body.data.anomalies).toContainEqual(
      expect.objectContaining({ kind: 'reported', subject: `member:${troll.uuid}` }),
    );
    const queue = await call(directory.url, 'GET', '/v1/reports', { headers: admin });
    const mine = queue.body.data.reports.filter(
      (r: { target: { member?: string } }) => r.target.member === troll.uuid,
    );
    expect(mine).toHaveLength(5);
    expect(mine.at(-1)).toMatchObject({
      reporters: 1,
      message: { content: { kind: 'structured', type: 'application/x-sticker' } },
    });

    const removed = await call(directory.url, 'POST', `/v1/reports/${filed[0]!.id}/handle`, {
      headers: admin,
      body: { action: 'remove_listing', outcome: 'The community was removed.' },
    });
    expect(removed.body.data.status).toBe('actioned');
    expect(code(await refusal(client.get(other.id)))).toBe('NOT_FOUND');
    expect((await client.notices(other.id)).at(-1)).toMatchObject({ kind: 'removed' });
    // The other messages' reports stay open, each its own target.
    const open = await call(directory.url, 'GET', '/v1/reports', { headers: admin });
    expect(
      open.body.data.reports.filter(
        (r: { target: { member?: string } }) => r.target.member === troll.uuid,
      ),
    ).toHaveLength(4);
    // A listing removed is no longer one to report a message of.
    expect(
      code(
        await refusal(
          client.report(await device('late'), {
            target: {
              kind: 'message',
              listing: other.id,
              evidence: await attested(otherKey, { sender: troll, text: 'late' }),
            },
            category: 'spam',
          }),
        ),
      ),
    ).toBe('NOT_FOUND');
  });

  it('an erasure deletes the message reports the identity filed, evidence and all', async () => {
    const ids = (await client.myReports(carol)).map((r) => r.id);
    expect(ids).toHaveLength(1);
    await client.privacyErase(carol);
    expect(await client.myReports(carol)).toEqual([]);
    expect(
      await db.get('SELECT report_id FROM report_messages WHERE report_id = $1', [ids[0]!]),
    ).toBeUndefined();
    // Bob's report of the same message is his: it stays.
    expect(await client.myReports(bob)).toHaveLength(2);
  });

  it('never logs a reported message, accepted or refused, even at debug level', () => {
    const log = directory.output();
    // The refusals are logged (their codes), not what they refused.
    expect(log).toContain('BAD_SIGNATURE');
    for (const secret of [
      TEXT,
      SECOND,
      'you will forget this',
      'made up elsewhere',
      'insult number',
      b64url(evidence.bob).slice(0, 60),
    ])
      expect(log).not.toContain(secret);
  });
});

describe.each(['sqlite', 'postgres'] as const)('stored message reports on %s', (kind) => {
  let db: Db;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ db, drop } = await freshTestDb(kind, migrate));
  });
  afterAll(() => drop());

  it('are deleted, evidence and all, once handled longer ago than the retention period', async () => {
    let now = Date.now();
    const server = SigningKeyPair.generate();
    const listing = uuidv7();
    const store = {
      get: async (id: string) =>
        id === listing ? { id, owner: 'x', serverKey: server.publicKey.bytes } : undefined,
    } as unknown as CommunityStore;
    const reports = new Reports({
      db,
      store,
      anomalies: new Anomalies({ db, now: () => now, windowMs: 1, perAddress: 9, overall: 9 }),
      audit: new AuditTrail(() => now),
      now: () => now,
      perDay: 20,
      flagThreshold: 5,
      retentionDays: 365,
    });
    const [sender, a, b] = await Promise.all([device('s'), device('a'), device('b')]);
    const file = async (reporter: LocalDevice, seq: number) =>
      reports.file(reporter.uuid, {
        target: {
          kind: 'message',
          listing,
          evidence: b64url(await attested(server, { sender, seq, text: `message ${seq}` })),
        },
        category: 'spam',
      });
    const handled = await file(a, 1);
    const open = await file(b, 2);
    await reports.handle({ actor: 'ada', role: 'admin' }, handled.id, 'dismiss', 'Nothing here.');
    now += 364 * 86_400_000;
    expect(await reports.sweep()).toBe(0);
    now += 2 * 86_400_000;
    expect(await reports.sweep()).toBe(1);
    expect(await reports.get(handled.id)).toBeUndefined();
    const left = await db.all<{ report_id: string }>('SELECT report_id FROM report_messages');
    expect(left.map((r) => r.report_id)).toEqual([open.id]);
  });

  it('migration 6 keeps the reports filed before it', async () => {
    const fresh = await freshTestDb(kind, (d) => applyMigrations(d, MIGRATIONS.slice(0, 5), 1));
    try {
      const id = uuidv7();
      await fresh.db.run(
        `INSERT INTO reports (id, reporter, target_kind, target_id, category, details, status, outcome, created_at)
         VALUES ($1, 'r', 'member', 'm', 'spam', 'before', 'open', '', $2)`,
        [id, fresh.db.time(Date.now())],
      );
      expect((await migrate(fresh.db))[0]).toBe(6);
      expect(await fresh.db.get('SELECT details FROM reports WHERE id = $1', [id])).toEqual({
        details: 'before',
      });
      await fresh.db.run(
        `INSERT INTO reports (id, reporter, target_kind, target_id, category, details, status, outcome, created_at)
         VALUES ($1, 'r', 'message', 'l/c/1', 'spam', '', 'open', '', $2)`,
        [uuidv7(), fresh.db.time(Date.now())],
      );
      await expect(
        fresh.db.run(
          `INSERT INTO reports (id, reporter, target_kind, target_id, category, details, status, outcome, created_at)
           VALUES ($1, 'r', 'server', 'x', 'spam', '', 'open', '', $2)`,
          [uuidv7(), fresh.db.time(Date.now())],
        ),
      ).rejects.toThrow();
    } finally {
      await fresh.drop();
    }
  });
});
