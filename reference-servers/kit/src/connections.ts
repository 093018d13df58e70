/**
 * Limits on connections that have not proven anything yet: a TCP (or TLS)
 * connection must send a complete request within a deadline, one client
 * address may hold only so many connections that are not authenticated
 * WebSockets, and all such connections together only so many, so that
 * strangers who never log in cannot take the file handles that members'
 * connections need.
 */
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { addressKey } from './address.ts';

/** Options of {@link guardConnections}. */
export interface ConnectionGuardOptions {
  /** A connection that has not sent a whole request (headers) by then is closed. */
  readonly requestTimeoutMs: number;
  /**
   * Connections of one client address that are not authenticated WebSockets
   * (an IPv6 address counts as its /64, see {@link addressKey}); 0: no
   * per-address limit.
   */
  readonly perAddress: number;
  /** Connections of all addresses that are not authenticated WebSockets. */
  readonly total: number;
  /**
   * Told of every connection refused or closed here (for a log line or a
   * counter), with the address key it was counted under.
   */
  readonly onRefused?: (reason: 'per-address' | 'total' | 'timeout', address: string) => void;
}

/** What {@link guardConnections} gives back. */
export interface ConnectionGuard {
  /** The socket carries an authenticated WebSocket now: it no longer counts. */
  authenticated(socket: Socket): void;
  /** Connections counted now (not authenticated), in all and per address. */
  counts(): { total: number; addresses: number };
}

interface Tracked {
  readonly address: string;
  timer: ReturnType<typeof setTimeout> | null;
  counted: boolean;
}

/**
 * Watch `server`'s connections (call before it listens). The client
 * address is the TCP peer's, counted as {@link addressKey} counts it (an
 * IPv6 peer by its /64: one subscriber holds the whole /64 and would
 * otherwise have 2^64 fresh budgets); a proxy in front counts as one
 * address: give it a per-address limit of its own size, or terminate
 * connections there.
 */
export function guardConnections(server: Server, options: ConnectionGuardOptions): ConnectionGuard {
  const tracked = new WeakMap<Socket, Tracked>();
  const perAddress = new Map<string, number>();
  let total = 0;

  const release = (t: Tracked) => {
    if (t.timer) clearTimeout(t.timer);
    t.timer = null;
    if (!t.counted) return;
    t.counted = false;
    total--;
    const n = (perAddress.get(t.address) ?? 1) - 1;
    if (n <= 0) perAddress.delete(t.address);
    else perAddress.set(t.address, n);
  };

  // Over TLS the sockets requests arrive on are the TLS sockets: count those
  // (a TCP connection that never finishes its handshake is closed by the
  // server's handshake timeout, set to the same deadline).
  const secure = 'setSecureContext' in server;
  if (secure)
    (server as unknown as { handshakeTimeout?: number }).handshakeTimeout =
      options.requestTimeoutMs;
  server.on(secure ? 'secureConnection' : 'connection', (socket: Socket) => {
    // Closed already by another limit on the same server (the relay's own per-address one).
    if (socket.destroyed) return;
    const address = addressKey(socket.remoteAddress ?? 'unknown');
    const mine = perAddress.get(address) ?? 0;
    const refused =
      options.perAddress > 0 && mine >= options.perAddress
        ? 'per-address'
        : total >= options.total
          ? 'total'
          : null;
    if (refused) {
      options.onRefused?.(refused, address);
      socket.destroy();
      return;
    }
    const t: Tracked = { address, timer: null, counted: true };
    total++;
    perAddress.set(address, mine + 1);
    t.timer = setTimeout(() => {
      t.timer = null;
      options.onRefused?.('timeout', address);
      socket.destroy();
    }, options.requestTimeoutMs);
    t.timer.unref();
    tracked.set(socket, t);
    socket.once('close', () => release(t));
  });
  // A whole request (or an upgrade) arrived: the deadline is met.
  const started = (socket: Socket) => {
    const t = tracked.get(socket);
    if (t?.timer) {
      clearTimeout(t.timer);
      t.timer = null;
    }
  };
  server.on('request', (req: { socket: Socket }) => started(req.socket));
  server.on('upgrade', (req: { socket: Socket }) => started(req.socket));

  return {
    authenticated(socket) {
      const t = tracked.get(socket);
      if (t) release(t);
    },
    counts: () => ({ total, addresses: perAddress.size }),
  };
}
