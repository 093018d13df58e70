// The kit's connection guard: connections that have not logged in are
// bounded per client address as the rate limits count it (an IPv6 client by
// its /64, which one subscriber usually holds whole), and in all. Loopback
// has one IPv6 address, so the sockets here are made in the process with
// the peer address a client in a /64 would have, and handed to the server
// as its own connections are.
import { Server } from 'node:http';
import { Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { guardConnections } from '@nexuslink/server-kit';

const sockets: Socket[] = [];
afterEach(() => {
  for (const s of sockets.splice(0)) s.destroy();
});

/** A connection from `address`, as the server's 'connection' event hands it over. */
function connectionFrom(server: Server, address: string): Socket {
  const socket = new Socket();
  Object.defineProperty(socket, 'remoteAddress', { value: address });
  sockets.push(socket);
  server.emit('connection', socket);
  return socket;
}

/** A server that only counts: the guard's listeners, none of the HTTP machinery. */
function guarded(perAddress: number, total: number) {
  const server = new Server();
  server.removeAllListeners('connection');
  const refused: { reason: string; address: string }[] = [];
  const guard = guardConnections(server, {
    requestTimeoutMs: 60_000,
    perAddress,
    total,
    onRefused: (reason, address) => refused.push({ reason, address }),
  });
  return { server, guard, refused };
}

describe('server kit: connections before login', () => {
  it('an IPv6 /64 is one address: new addresses in it get no fresh budget', () => {
    const { server, guard, refused } = guarded(3, 100);
    const sameSubnet = ['2001:db8:0:1::1', '2001:db8:0:1::2', '2001:db8:0:1:ffff::9'];
    for (const a of sameSubnet) expect(connectionFrom(server, a).destroyed).toBe(false);
    // A fourth address of the same /64 is over its limit, however new it is.
    expect(connectionFrom(server, '2001:db8:0:1:abcd:1:2:3').destroyed).toBe(true);
    expect(refused).toEqual([{ reason: 'per-address', address: '2001:db8:0:1::/64' }]);
    // The next /64 is somebody else.
    expect(connectionFrom(server, '2001:db8:0:2::1').destroyed).toBe(false);
    // An IPv4-mapped address is its IPv4 address.
    for (let i = 0; i < 3; i++) connectionFrom(server, '::ffff:192.0.2.7');
    expect(connectionFrom(server, '192.0.2.7').destroyed).toBe(true);
    expect(guard.counts()).toEqual({ total: 7, addresses: 3 });
  });

  it('a connection that logged in (or closed) leaves the count; the total holds across addresses', async () => {
    const { server, guard, refused } = guarded(2, 4);
    const first = connectionFrom(server, '2001:db8:0:1::1');
    connectionFrom(server, '2001:db8:0:1::2');
    expect(connectionFrom(server, '2001:db8:0:1::3').destroyed).toBe(true);
    guard.authenticated(first);
    expect(connectionFrom(server, '2001:db8:0:1::4').destroyed).toBe(false);
    connectionFrom(server, '2001:db8:0:2::1');
    connectionFrom(server, '2001:db8:0:3::1');
    // Four counted now (one logged in): a fifth address is refused by the total.
    expect(connectionFrom(server, '2001:db8:0:4::1').destroyed).toBe(true);
    expect(refused.map((r) => r.reason)).toEqual(['per-address', 'total']);
    expect(guard.counts()).toEqual({ total: 4, addresses: 3 });
    // perAddress 0: no per-address limit, only the total.
    const open = guarded(0, 3);
    for (let i = 1; i <= 3; i++) connectionFrom(open.server, `2001:db8:0:1::${i}`);
    expect(connectionFrom(open.server, '2001:db8:0:1::9').destroyed).toBe(true);
    expect(open.refused.map((r) => r.reason)).toEqual(['total']);
  });
});
