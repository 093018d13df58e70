/**
 * Community endpoints for the directory's tests: real HTTP servers on
 * loopback that answer the endpoint proof as a community server does
 * (`signDirectoryProof` with a server key of their own, for `owner`), and
 * `GET /healthz` as `health.now` says, and `GET /v1/server` with `stats.now`
 * as its `stats` (counting the requests in `stats.asked`, when set); or that
 * misbehave as told. Each hands its server key pair to the test, which can
 * sign as that server (message attestations, spec/community.md §5.6).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { signDirectoryProof, SigningKeyPair } from '@nexuslink/sdk';

/** What `/healthz` does: answer, answer after `SLOW_MS`, or answer 503. */
export type HealthMode = 'ok' | 'slow' | 'down';

/** How long a slow /healthz takes. */
export const SLOW_MS = 1500;

/** How an endpoint answers everything: a proof, a redirect, 64 KiB, or nothing at all. */
export type Behaviour = 'prove' | 'redirect' | 'huge' | 'slow';

const servers: http.Server[] = [];

/** A community endpoint run for `owner`. */
export async function communityEndpoint(
  owner: string,
  options: {
    behaviour?: Behaviour;
    health?: { now: HealthMode };
    stats?: { now: unknown; asked?: number };
  } = {},
): Promise<{ url: string; serverKey: Uint8Array; key: SigningKeyPair }> {
  const key = SigningKeyPair.generate();
  const behaviour = options.behaviour ?? 'prove';
  const server = http.createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    if (behaviour === 'redirect')
      return void res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data' }).end();
    if (behaviour === 'huge')
      return void res
        .writeHead(200, { 'content-type': 'application/json' })
        .end('x'.repeat(64 * 1024));
    if (behaviour === 'slow') return; // never answers
    if (u.pathname === '/healthz') {
      const mode = options.health?.now ?? 'ok';
      if (mode === 'down') return void res.writeHead(503).end('{}');
      const answer = () => res.writeHead(200).end('{"ok":true,"data":{"status":"ok"}}');
      return void (mode === 'slow' ? setTimeout(answer, SLOW_MS) : answer());
    }
    if (u.pathname === '/v1/server') {
      if (options.stats?.asked !== undefined) options.stats.asked += 1;
      return void res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ ok: true, data: { name: 'x', stats: options.stats?.now } }));
    }
    void signDirectoryProof(key, {
      nonce: Uint8Array.from(Buffer.from(u.searchParams.get('nonce') ?? '', 'hex')),
      owner,
      directory: u.searchParams.get('directory') ?? '',
    }).then((signature) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          ok: true,
          data: {
            serverKey: Buffer.from(key.publicKey.bytes).toString('hex'),
            owner,
            signature: Buffer.from(signature).toString('hex'),
          },
        }),
      ),
    );
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    serverKey: key.publicKey.bytes,
    key,
  };
}

/** Close every endpoint made here (their connections too). */
export function closeEndpoints(): void {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    s.close();
  }
}
