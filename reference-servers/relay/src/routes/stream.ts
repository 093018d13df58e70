/**
 * `GET /v1/stream`: the delivery stream (spec/relay.md §4.4). A device logs
 * in with its first frame, gets what its mailbox holds, then each new blob
 * as it is left. Streams that have not logged in are bounded per address
 * and in all; the oldest makes room for a new one.
 */
import type { FastifyPluginAsync } from 'fastify';
import { addressKey, AppError } from '@nexuslink/server-kit';
import type { Session } from '../auth.ts';
import { LIST_BYTES, wireBlob } from '../http/blobs.ts';
import type { RelayRouteContext } from '../http/context.ts';
import { STREAM_CLOSE } from '../streams.ts';

/** The delivery stream; refused once a shutdown began. */
export const streamRoutes: FastifyPluginAsync<
  Pick<
    RelayRouteContext,
    'config' | 'store' | 'auth' | 'now' | 'streams' | 'guard' | 'outage' | 'shuttingDown'
  >
> = async (app, { config, store, auth, now, streams, guard, outage, shuttingDown }) => {
  const pendingPerAddress = config['limits.pending_streams_per_address'];
  app.get(
    '/v1/stream',
    {
      websocket: true,
      config: { rateLimit: false },
      // Before the upgrade: one address holds only so many streams that have not logged in.
      preValidation: async (req) => {
        if (streams.pendingFrom(addressKey(req.ip)) >= pendingPerAddress)
          throw new AppError(
            'RATE_LIMITED',
            'too many streams from this address wait for their auth frame',
            config['limits.stream_auth_timeout_ms'],
          );
      },
    },
    (socket, req) => {
      if (shuttingDown()) {
        socket.close(STREAM_CLOSE.GOING_AWAY, 'shutting down');
        return;
      }
      // Counted as rate limits count it: an IPv6 client by its /64.
      const address = addressKey(req.ip);
      if (streams.pendingFrom(address) >= pendingPerAddress) {
        socket.close(STREAM_CLOSE.TOO_MANY, 'too many streams wait for their auth frame');
        return;
      }
      // Full: the oldest waiting stream makes room. An honest device sends its
      // auth frame at once, so it is never the oldest for long.
      if (streams.pendingCount >= config['limits.pending_streams']) {
        const oldest = streams.oldestPending();
        if (oldest) {
          streams.dropPending(oldest);
          oldest.close(STREAM_CLOSE.TOO_MANY, 'too many streams wait for their auth frame');
        }
      }
      streams.addPending(socket, address);
      let session: Session | null = null;
      // The mailbox, once the stream is logged in and counted in limits.streams.
      let opened: string | null = null;
      const authTimer = setTimeout(
        () => socket.close(STREAM_CLOSE.UNAUTHORIZED, 'authenticate first'),
        config['limits.stream_auth_timeout_ms'],
      );
      let expiryTimer: NodeJS.Timeout | undefined;
      socket.on('message', (data: Buffer, isBinary: boolean) => {
        if (session !== null || !streams.isPending(socket)) return; // nothing else is asked over the stream
        let frame: { type?: unknown; token?: unknown };
        try {
          frame = isBinary ? {} : (JSON.parse(data.toString('utf8')) as typeof frame);
        } catch {
          frame = {};
        }
        try {
          if (frame.type !== 'auth' || typeof frame.token !== 'string') throw new Error('no auth');
          session = auth.authenticate(frame.token);
        } catch {
          socket.close(STREAM_CLOSE.UNAUTHORIZED, 'unauthorized');
          return;
        }
        clearTimeout(authTimer);
        streams.dropPending(socket);
        if (streams.openCount >= config['limits.streams']) {
          socket.close(STREAM_CLOSE.TOO_MANY, 'too many streams');
          return;
        }
        const s = session;
        streams.open(socket, s.mailbox);
        opened = s.mailbox;
        // A logged-in stream no longer counts against limits.pending_connections.
        guard.authenticated(req.socket);
        expiryTimer = setTimeout(
          () => socket.close(STREAM_CLOSE.UNAUTHORIZED, 'the token expired'),
          Math.max(0, s.expiresAt - now()),
        );
        // What is held now, then each new blob as it is left.
        void store
          .list({ mailbox: s.mailbox, limit: 1000, maxBytes: LIST_BYTES, now: now() })
          .then((held) => {
            outage.succeeded();
            for (const b of held) socket.send(JSON.stringify({ type: 'blob', ...wireBlob(b) }));
            socket.send(JSON.stringify({ type: 'ready', held: held.length }));
          })
          .catch((err: unknown) => {
            // The device reconnects. An outage is logged once (not per stream), a bug every time.
            if (outage.failed(err, 'listing held blobs for a stream'))
              socket.close(STREAM_CLOSE.TRY_AGAIN_LATER, 'the database is unavailable');
            else socket.close(1011, 'internal error');
          });
      });
      socket.on('close', () => {
        streams.dropPending(socket);
        if (opened !== null) streams.closed(socket, opened);
        clearTimeout(authTimer);
        clearTimeout(expiryTimer);
      });
    },
  );
};
