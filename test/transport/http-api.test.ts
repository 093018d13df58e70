// callApi against a real HTTP server on loopback: how each kind of answer
// reaches the caller (src/transport/http-api.ts).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NexusError } from '../../src/index.js';
import { callApi, Unauthorized } from '../../src/transport/http-api.js';

/** What the server answers for each path: status, headers, body. */
const ANSWERS: Record<string, { status: number; headers?: Record<string, string>; body: string }> =
  {
    '/ok': { status: 200, body: JSON.stringify({ ok: true, data: { n: 1 } }) },
    '/limited': {
      status: 429,
      headers: { 'retry-after': '7' },
      body: JSON.stringify({ ok: false, error: { code: 'RATE_LIMITED', message: 'slow down' } }),
    },
    // A proxy in front of the server: its own page, no Retry-After.
    '/limited-by-proxy': { status: 429, body: '<html>Too Many Requests</html>' },
    '/limited-by-date': {
      status: 429,
      headers: { 'retry-after': 'Wed, 21 Oct 2037 07:28:00 GMT' },
      body: '{}',
    },
    '/limited-in-body': {
      status: 200,
      body: JSON.stringify({ ok: false, error: { code: 'RATE_LIMITED', message: 'slow down' } }),
    },
    '/unauthorized': {
      status: 401,
      body: JSON.stringify({ ok: false, error: { code: 'UNAUTHORIZED', message: 'expired' } }),
    },
    '/missing': {
      status: 404,
      body: JSON.stringify({ ok: false, error: { code: 'NOT_FOUND', message: 'no such device' } }),
    },
    '/busy': {
      status: 503,
      body: JSON.stringify({ ok: false, error: { code: 'UNAVAILABLE', message: 'database down' } }),
    },
    '/not-json': { status: 502, body: 'Bad Gateway' },
  };

let url = '';
const server = createServer((req, res) => {
  const answer = ANSWERS[req.url ?? ''] ?? { status: 500, body: '' };
  res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
  res.end(answer.body);
});
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const call = (path: string, token?: string) =>
  callApi<unknown>(globalThis.fetch, { url, method: 'GET', path, token, timeoutMs: 5_000 });

async function failure(path: string, token?: string): Promise<unknown> {
  try {
    await call(path, token);
  } catch (err) {
    return err;
  }
  throw new Error(`${path} did not fail`);
}

describe('callApi', () => {
  it('returns the data of an ok envelope', async () => {
    expect(await call('/ok')).toEqual({ n: 1 });
  });

  it('a 429 is RATE_LIMITED with the Retry-After in milliseconds, worth trying elsewhere', async () => {
    const err = await failure('/limited');
    expect(NexusError.is(err, 'RATE_LIMITED')).toBe(true);
    expect((err as NexusError).details).toMatchObject({
      retryAfterMs: 7_000,
      retryElsewhere: true,
    });
    expect((err as NexusError).message).toContain('GET /limited');
  });

  it('a 429 without a usable Retry-After (a proxy page, an HTTP date) waits the default second', async () => {
    for (const path of ['/limited-by-proxy', '/limited-by-date']) {
      const err = await failure(path);
      expect(NexusError.is(err, 'RATE_LIMITED'), path).toBe(true);
      expect((err as NexusError).details, path).toMatchObject({ retryAfterMs: 1_000 });
    }
  });

  it('a RATE_LIMITED error code in the envelope is RATE_LIMITED too', async () => {
    const err = await failure('/limited-in-body');
    expect(NexusError.is(err, 'RATE_LIMITED')).toBe(true);
    expect((err as NexusError).details).toMatchObject({ retryAfterMs: 1_000 });
  });

  it('UNAUTHORIZED with a token sent is Unauthorized (log in again); without one, a NexusError', async () => {
    expect(await failure('/unauthorized', 'token')).toBeInstanceOf(Unauthorized);
    const err = await failure('/unauthorized');
    expect(err).toBeInstanceOf(NexusError);
    expect(err).not.toBeInstanceOf(Unauthorized);
  });

  it('server codes the SDK knows pass on; others, bodies that are not JSON and no answer are TRANSPORT', async () => {
    expect(NexusError.is(await failure('/missing'), 'NOT_FOUND')).toBe(true);
    expect(NexusError.is(await failure('/busy'), 'TRANSPORT')).toBe(true);
    expect(NexusError.is(await failure('/not-json'), 'TRANSPORT')).toBe(true);
    const closed = await callApi(globalThis.fetch, {
      url: 'http://127.0.0.1:1',
      method: 'GET',
      path: '/ok',
      timeoutMs: 5_000,
    }).catch((err: unknown) => err);
    expect(NexusError.is(closed, 'TRANSPORT')).toBe(true);
  });
});
