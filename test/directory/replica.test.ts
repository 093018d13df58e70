// High availability (spec/directory.md §7): a real PostgreSQL streaming
// replica, made by this test in clusters of its own (never the shared one):
// writes go to the primary, searches and reads to the replica, and
// searches go on when the primary stops. Two directory processes (started
// as the README says) serve one address through a round-robin proxy: a
// proof-of-work challenge one issued is accepted by the other.
import { spawnSync } from 'node:child_process';
import { appendFileSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { createDevice, DirectoryClient, memoryStorage, NexusError } from '../../src/index.js';
import type { LocalDevice } from '../../src/index.js';
import { restartablePort, startServer } from '@nexuslink/server-kit/testing';
import type { RunningServer } from '@nexuslink/server-kit/testing';
import { requires, toolPath } from '../support/system-tools.js';

const pg = requires('pgcluster');

/** Run a PostgreSQL program as the postgres user; throws with its output when it fails. */
function asPostgres(program: string, args: string[]): void {
  const r = spawnSync(
    'runuser',
    ['-u', 'postgres', '--', join(toolPath('pgcluster'), program), ...args],
    {
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  if (r.status !== 0) throw new Error(`${program} failed: ${r.stdout}${r.stderr}`);
}

const until = async (what: string, check: () => Promise<boolean>, ms = 15_000) => {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what}: not within ${ms} ms`);
};

pg.describe('the directory on a primary and a streaming replica', () => {
  let dir: string;
  let primaryPort: number;
  let replicaPort: number;
  const stops: (() => Promise<unknown>)[] = [];
  let owner: LocalDevice;
  let community: RunningServer;
  const directories: RunningServer[] = [];
  let proxy: http.Server;
  const served: Record<string, number> = {};

  beforeAll(async () => {
    dir = mkdtempSync('/tmp/nexuslink-replica-');
    const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
    const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
    chownSync(dir, uid, gid);
    primaryPort = await restartablePort();
    replicaPort = await restartablePort();
    const primary = join(dir, 'primary');
    const replica = join(dir, 'replica');
    asPostgres('initdb', [
      '-D',
      primary,
      '-U',
      'postgres',
      '--auth=trust',
      '--locale=C.UTF-8',
      '-N',
    ]);
    appendFileSync(
      join(primary, 'postgresql.conf'),
      `listen_addresses = '127.0.0.1'\nport = ${primaryPort}\nunix_socket_directories = '${dir}'\nwal_level = replica\nmax_wal_senders = 5\nhot_standby = on\nfsync = off\n`,
    );
    appendFileSync(join(primary, 'pg_hba.conf'), 'host replication postgres 127.0.0.1/32 trust\n');
    asPostgres('pg_ctl', ['-D', primary, '-l', join(dir, 'primary.log'), '-w', 'start']);
    stops.push(async () => asPostgres('pg_ctl', ['-D', primary, '-m', 'immediate', 'stop']));
    asPostgres('pg_basebackup', [
      '-h',
      '127.0.0.1',
      '-p',
      String(primaryPort),
      '-U',
      'postgres',
      '-D',
      replica,
      '-R',
      '-X',
      'stream',
      '-c',
      'fast',
    ]);
    appendFileSync(join(replica, 'postgresql.conf'), `port = ${replicaPort}\n`);
    asPostgres('pg_ctl', ['-D', replica, '-l', join(dir, 'replica.log'), '-w', 'start']);
    stops.push(async () => asPostgres('pg_ctl', ['-D', replica, '-m', 'immediate', 'stop']));

    owner = (await createDevice({ storage: memoryStorage(), displayName: 'owner' })).device;
    community = await startServer({
      NEXUSLINK_SERVER_DATA_DIR: join(dir, 'community'),
      NEXUSLINK_SERVER_OWNER: owner.uuid,
    });
    stops.push(() => community.stop());
    for (const name of ['a', 'b']) {
      const d = await startServer(
        {
          NEXUSLINK_SERVER_DATA_DIR: join(dir, `directory-${name}`),
          NEXUSLINK_DATABASE_DRIVER: 'postgres',
          NEXUSLINK_DATABASE_URL: `postgres://postgres@127.0.0.1:${primaryPort}/postgres`,
          NEXUSLINK_DATABASE_READ_URL: `postgres://postgres@127.0.0.1:${replicaPort}/postgres`,
          NEXUSLINK_PROOF_ALLOW_PRIVATE: 'true',
          NEXUSLINK_POW_COST: '10',
          NEXUSLINK_POW_MAX_COUNTER: '20',
        },
        'directory',
      );
      directories.push(d);
      stops.push(() => d.stop());
    }
    // One address for both: requests go to one then the other.
    let next = 0;
    proxy = http.createServer((req, res) => {
      const target = new URL(directories[next++ % 2]!.url);
      served[target.port] = (served[target.port] ?? 0) + 1;
      const upstream = http.request(
        {
          host: target.hostname,
          port: target.port,
          path: req.url,
          method: req.method,
          headers: req.headers,
        },
        (r) => {
          res.writeHead(r.statusCode ?? 502, r.headers);
          r.pipe(res);
        },
      );
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    stops.push(() => new Promise((r) => proxy.close(r)));
  }, 120_000);

  afterAll(async () => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  pg.it(
    'writes reach the replica, both instances serve one address, searches outlive the primary',
    async () => {
      const client = new DirectoryClient({
        url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
      });
      // GET /v1/pow through one instance, POST through the other: stateless.
      const listed = await client.register({
        device: owner,
        name: 'Replicated Readers',
        description: 'A book club whose listing is read from a replica.',
        tags: ['books'],
        language: 'en',
        endpoint: community.url,
      });
      expect(Object.values(served).filter((n) => n > 0).length).toBe(2);
      // Searches are read from the replica: the listing shows up there.
      await until('the listing is on the replica', async () =>
        (await client.search({ q: 'readers' })).communities.some((c) => c.id === listed.id),
      );
      const direct = spawnSync(
        'psql',
        [
          '-h',
          '127.0.0.1',
          '-p',
          String(replicaPort),
          '-U',
          'postgres',
          '-At',
          '-c',
          'SELECT pg_is_in_recovery(), count(*) FROM communities',
        ],
        { encoding: 'utf8' },
      );
      expect(direct.stdout.trim()).toBe('t|1');

      // The primary stops: searches and reads go on from the replica; writes are refused, typed.
      asPostgres('pg_ctl', ['-D', join(dir, 'primary'), '-m', 'immediate', 'stop']);
      for (let i = 0; i < 4; i++) {
        const page = await client.search({ q: 'book', tags: ['books'] });
        expect(page.communities.map((c) => c.id)).toEqual([listed.id]);
        expect((await client.get(listed.id)).name).toBe('Replicated Readers');
      }
      let refused: unknown;
      try {
        await client.deregister(listed.id, { device: owner, revision: 1 });
      } catch (err) {
        refused = err;
      }
      expect(refused).toBeInstanceOf(NexusError);
      expect((refused as NexusError).details.serverCode).toBe('UNAVAILABLE');
      expect((await fetch(`${directories[0]!.url}/readyz`)).status).toBe(503);
    },
  );
});
