/** How many connections the relay holds, and for how long (spec/relay.md §4.6). */
import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { addressKey, guardConnections } from '@nexuslink/server-kit';
import type { ConnectionGuard } from '@nexuslink/server-kit';
import type { Config } from './config.ts';

/**
 * Bound what a connection costs before it proves anything (spec/relay.md
 * §4.6): a socket silent for `limits.idle_timeout_ms` (no request yet, or
 * between requests) is closed, a request must arrive whole within
 * `limits.request_timeout_ms`, one peer address (an IPv6 one by its /64)
 * holds at most `limits.connections_per_address` connections, and all
 * connections that are not logged-in delivery streams together at most
 * `limits.pending_connections` (logged-in streams leave that count, so
 * strangers cannot take the file handles devices need). Delivery streams
 * leave the HTTP server's timeouts when they upgrade (`ws` clears the socket
 * timeout); their own wait for `auth` is `limits.stream_auth_timeout_ms`.
 */
export function limitConnections(app: FastifyInstance, config: Config): ConnectionGuard {
  const server = app.server;
  const idle = config['limits.idle_timeout_ms'];
  const request = config['limits.request_timeout_ms'];
  // Node's own defaults keep a silent socket for 60 s (headers) to 300 s (request),
  // checked every 30 s; Fastify sets no socket timeout at all.
  server.setTimeout(idle);
  // A socket that times out while its request is being answered (a slow
  // database) is left to the request's own bounds; an idle one is closed.
  const busy = new WeakMap<Socket, number>();
  app.addHook('onRequest', async (req) => {
    busy.set(req.raw.socket, (busy.get(req.raw.socket) ?? 0) + 1);
  });
  app.addHook('onResponse', async (req) => {
    busy.set(req.raw.socket, Math.max(0, (busy.get(req.raw.socket) ?? 1) - 1));
  });
  server.on('timeout', (socket: Socket) => {
    if ((busy.get(socket) ?? 0) === 0) socket.destroy();
  });
  server.requestTimeout = request;
  server.headersTimeout = Math.min(idle, request);
  server.keepAliveTimeout = Math.min(idle, 5000);
  // Read when the server starts listening: how often the two timeouts above are checked.
  (server as { connectionsCheckingInterval?: number }).connectionsCheckingInterval = Math.min(
    1000,
    idle,
  );
  const perAddress = config['limits.connections_per_address'];
  if (perAddress > 0) {
    const open = new Map<string, number>();
    server.on('connection', (socket: Socket) => {
      const address = addressKey(socket.remoteAddress ?? '');
      const n = (open.get(address) ?? 0) + 1;
      if (n > perAddress) {
        socket.destroy();
        return;
      }
      open.set(address, n);
      socket.once('close', () => {
        const left = (open.get(address) ?? 1) - 1;
        if (left === 0) open.delete(address);
        else open.set(address, left);
      });
    });
  }
  // After the per-address limit (a socket it closed is not counted here).
  return guardConnections(server, {
    requestTimeoutMs: Math.min(idle, request),
    perAddress: 0,
    total: config['limits.pending_connections'],
    onRefused: (reason, address) =>
      app.log.info({ reason, address }, 'connection refused or closed before a request'),
  });
}
