// Abuse reports (spec/directory.md §7.1) against the directory process
// started as its README says, on SQLite and PostgreSQL: identities report a
// listed community through the SDK (a signed request and a solved proof of
// work); five reporters raise an anomaly flag; an admin works the queue and
// the action reaches the listing and its owner; reporters read the outcome.
// Strangers, floods, replays and bad input are refused and change nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDirectoryRequest, DirectoryClient } from '@nexuslink/sdk';
import type { DirectoryCommunity, LocalDevice } from '@nexuslink/sdk';
import { startServer } from '@nexuslink/server-kit/testing';
import type { RunningServer } from '@nexuslink/server-kit/testing';
import { serverDatabase } from '@nexuslink/server-kit/testing/db';
import { closeEndpoints, communityEndpoint } from './endpoints.ts';
import { addStaff, call, device, refusal, staffLogin } from './kyc-helpers.ts';

const code = (e: { code: string; details?: { serverCode?: string } }) =>
  e.details?.serverCode ?? e.code;

describe.each(['sqlite', 'postgres'] as const)('abuse reports on %s', (kind) => {
  const stops: (() => Promise<unknown>)[] = [];
  let directory: RunningServer;
  let client: DirectoryClient;
  let owner: LocalDevice;
  let listing: DirectoryCommunity;
  let admin: Record<string, string>;
  let reviewer: Record<string, string>;

  beforeAll(async () => {
    owner = await device('owner');
    const ddb = await serverDatabase(kind);
    const env = {
      ...ddb.env,
      NEXUSLINK_PROOF_ALLOW_PRIVATE: 'true',
      NEXUSLINK_POW_COST: '20',
      NEXUSLINK_POW_MAX_COUNTER: '20',
      NEXUSLINK_REPORTS_PER_DAY: '3',
    };
    const ada = addStaff(env, 'ada', 'admin');
    const rita = addStaff(env, 'rita', 'reviewer');
    directory = await startServer(env, 'directory');
    stops.push(async () => expect(await directory.stop()).toBe(0), ddb.drop);
    client = new DirectoryClient({ url: directory.url });
    const ep = await communityEndpoint(owner.uuid);
    listing = await client.register({
      device: owner,
      name: 'Spam Central',
      language: 'en',
      endpoint: ep.url,
      serverKey: ep.serverKey,
    });
    admin = await staffLogin(directory.url, 'ada', ada);
    reviewer = await staffLogin(directory.url, 'rita', rita);
  }, 90_000);
  afterAll(async () => {
    for (const stop of stops.reverse()) await stop();
    closeEndpoints();
  });

  it('reporters report a community; five raise a flag; an admin removes it; the reporters and the owner are told', async () => {
    const reporters = await Promise.all([1, 2, 3, 4, 5].map((i) => device(`reporter-${i}`)));
    const target = { kind: 'community' as const, id: listing.id };
    const first = await client.report(reporters[0]!, {
      target,
      category: 'spam',
      details: 'Posts ads for pills every minute.',
    });
    expect(first).toMatchObject({
      reporter: reporters[0]!.uuid,
      target,
      category: 'spam',
      status: 'open',
      outcome: '',
    });
    // The same reporter again: in the queue already.
    expect(code(await refusal(client.report(reporters[0]!, { target, category: 'spam' })))).toBe(
      'CONFLICT',
    );
    for (const r of reporters.slice(1)) await client.report(r, { target, category: 'spam' });
    const flags = await call(directory.url, 'GET', '/v1/admin/anomalies', { headers: admin });
    expect(flags.body.data.anomalies).toContainEqual(
      expect.objectContaining({ kind: 'reported', subject: `community:${listing.id}` }),
    );

    // The queue is the admins': a reviewer has no say.
    expect(
      (await call(directory.url, 'GET', '/v1/reports', { headers: reviewer })).body.error?.code,
    ).toBe('NOT_PERMITTED');
    const queue = await call(directory.url, 'GET', '/v1/reports', { headers: admin });
    expect(queue.body.data.reports).toHaveLength(5);
    expect(queue.body.data.reports[0]).toMatchObject({ id: first.id, reporters: 5 });

    const handled = await call(directory.url, 'POST', `/v1/reports/${first.id}/handle`, {
      headers: admin,
      body: { action: 'remove_listing', outcome: 'Removed: it was spam.' },
    });
    expect(handled.body.data).toMatchObject({
      status: 'actioned',
      outcome: 'Removed: it was spam.',
    });
    // Every open report of the target is settled by it, and each reporter reads the outcome.
    for (const r of reporters) {
      const mine = await client.myReports(r);
      expect(mine[0]).toMatchObject({ status: 'actioned', outcome: 'Removed: it was spam.' });
    }
    expect(code(await refusal(client.get(listing.id)))).toBe('NOT_FOUND');
    expect((await client.notices(listing.id)).at(-1)).toMatchObject({ kind: 'removed' });
    expect(
      (await call(directory.url, 'GET', '/v1/reports', { headers: admin })).body.data.reports,
    ).toEqual([]);
    // Handled is handled.
    const again = await call(directory.url, 'POST', `/v1/reports/${first.id}/handle`, {
      headers: admin,
      body: { action: 'dismiss', outcome: 'changed my mind' },
    });
    expect(again.body.error?.code).toBe('CONFLICT');
    // The action is in the audit trail.
    const audit = await call(directory.url, 'GET', '/v1/audit', { headers: admin });
    expect(audit.body.data.entries.map((e: { action: string }) => e.action)).toContain(
      'report.remove_listing',
    );
  });

  it('reports a member; dismissal reaches the reporter', async () => {
    const reporter = await device('reporter-m');
    const troll = await device('troll');
    const filed = await client.report(reporter, {
      target: { kind: 'member', uuid: troll.uuid },
      category: 'harassment',
      details: 'Insults in #general.',
    });
    const handled = await call(directory.url, 'POST', `/v1/reports/${filed.id}/handle`, {
      headers: admin,
      body: { action: 'dismiss', outcome: 'Not enough to act on; report again with details.' },
    });
    expect(handled.body.data.status).toBe('dismissed');
    expect((await client.myReports(reporter))[0]).toMatchObject({ status: 'dismissed' });
    // A member report names no listing: warning its owner is not possible.
    const other = await client.report(reporter, {
      target: { kind: 'member', uuid: troll.uuid },
      category: 'spam',
    });
    const warn = await call(directory.url, 'POST', `/v1/reports/${other.id}/handle`, {
      headers: admin,
      body: { action: 'warn_owner', outcome: 'Warned.' },
    });
    expect(warn.body.error?.code).toBe('INVALID_ARGUMENT');
  });

  it('refuses floods, strangers, replays and bad input, changing nothing', async () => {
    const flooder = await device('flooder');
    const someone = await device('someone');
    const target = { kind: 'member' as const, uuid: someone.uuid };
    await client.report(flooder, { target, category: 'spam' });
    await client.report(flooder, {
      target: { kind: 'member', uuid: (await device('x')).uuid },
      category: 'spam',
    });
    await client.report(flooder, {
      target: { kind: 'member', uuid: (await device('y')).uuid },
      category: 'spam',
    });
    expect(
      code(
        await refusal(
          client.report(flooder, {
            target: { kind: 'member', uuid: (await device('z')).uuid },
            category: 'spam',
          }),
        ),
      ),
    ).toBe('RATE_LIMITED');
    const reporter = await device('careful');
    for (const [bad, expected] of [
      [
        {
          target: { kind: 'community', id: '01234567-89ab-7def-8123-456789abcdef' },
          category: 'spam',
        },
        'NOT_FOUND',
      ],
      [{ target: { kind: 'member', uuid: 'not-a-uuid' }, category: 'spam' }, 'INVALID_ARGUMENT'],
      [{ target: { kind: 'member', uuid: reporter.uuid }, category: 'spam' }, 'INVALID_ARGUMENT'],
      [{ target: { kind: 'server', id: 'x' }, category: 'spam' }, 'INVALID_ARGUMENT'],
      [{ target, category: 'boring' }, 'INVALID_ARGUMENT'],
      [{ target, category: 'spam', details: 'x'.repeat(2001) }, 'INVALID_ARGUMENT'],
    ] as const)
      expect(code(await refusal(client.report(reporter, bad as never)))).toBe(expected);
    expect(await client.myReports(reporter)).toEqual([]);

    // Without a proof of work, or with one spent: refused before anything is stored.
    const body = JSON.stringify({ target, category: 'spam', pow: 'bm90IGEgcHJvb2Y=' });
    const authorization = await createDirectoryRequest({
      device: reporter,
      audience: directory.url,
      method: 'POST',
      target: '/v1/reports',
      body: new TextEncoder().encode(body),
    });
    const noPow = await fetch(`${directory.url}/v1/reports`, {
      method: 'POST',
      headers: { authorization, 'content-type': 'application/json' },
      body,
    });
    expect(((await noPow.json()) as { error: { code: string } }).error.code).toBe('NOT_PERMITTED');
    // Replayed: the signed request is taken once.
    const replay = await fetch(`${directory.url}/v1/reports`, {
      method: 'POST',
      headers: { authorization, 'content-type': 'application/json' },
      body,
    });
    expect(((await replay.json()) as { error: { code: string } }).error.code).toMatch(
      /CONFLICT|NOT_PERMITTED/,
    );
    // Unsigned: refused.
    expect(
      (await call(directory.url, 'POST', '/v1/reports', { body: JSON.parse(body) })).body.error
        ?.code,
    ).toBe('UNAUTHORIZED');
    expect(await client.myReports(reporter)).toEqual([]);
  });
});
