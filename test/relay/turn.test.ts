// TURN credentials against a real coturn: reference-servers/relay's template,
// rendered for loopback, and a minimal TURN client (RFC 5766 Allocate with
// long-term credentials, RFC 5389 MESSAGE-INTEGRITY) written out here.
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { NexusError, turnCredentials } from '../../src/index.js';
import { startCoturn } from '../../scripts/coturn.js';
import type { Coturn } from '../../scripts/coturn.js';
import { requires } from '../support/system-tools.js';
const SECRET = randomBytes(32).toString('hex');
const REALM = 'relay.test';
const COOKIE = 0x2112a442;

/** A STUN message: type, attributes (type → value), and a transaction id. */
function stun(type: number, attrs: [number, Uint8Array][], integrityKey?: Buffer): Buffer {
  const tid = randomBytes(12);
  const body = Buffer.concat(
    attrs.map(([t, v]) => {
      const a = Buffer.alloc(4 + Math.ceil(v.length / 4) * 4);
      a.writeUInt16BE(t, 0);
      a.writeUInt16BE(v.length, 2);
      Buffer.from(v).copy(a, 4);
      return a;
    }),
  );
  const header = (length: number) => {
    const h = Buffer.alloc(20);
    h.writeUInt16BE(type, 0);
    h.writeUInt16BE(length, 2);
    h.writeUInt32BE(COOKIE, 4);
    tid.copy(h, 8);
    return h;
  };
  if (!integrityKey) return Buffer.concat([header(body.length), body]);
  // MESSAGE-INTEGRITY: HMAC-SHA1 over the message with its length counting the attribute.
  const signed = Buffer.concat([header(body.length + 24), body]);
  const mi = Buffer.alloc(24);
  mi.writeUInt16BE(0x0008, 0);
  mi.writeUInt16BE(20, 2);
  createHmac('sha1', integrityKey).update(signed).digest().copy(mi, 4);
  return Buffer.concat([signed, mi]);
}

function parse(m: Buffer): { type: number; attrs: Map<number, Buffer> } {
  const attrs = new Map<number, Buffer>();
  for (let o = 20; o + 4 <= m.length;) {
    const t = m.readUInt16BE(o);
    const len = m.readUInt16BE(o + 2);
    attrs.set(t, m.subarray(o + 4, o + 4 + len));
    o += 4 + Math.ceil(len / 4) * 4;
  }
  return { type: m.readUInt16BE(0), attrs };
}

/** Allocate a UDP relay with `username`/`password`; the response type and attributes. */
async function allocate(port: number, username: string, password: string) {
  const socket = createSocket('udp4');
  const ask = (msg: Buffer) =>
    new Promise<ReturnType<typeof parse>>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no TURN answer')), 3000);
      socket.once('message', (m) => {
        clearTimeout(timer);
        resolve(parse(m));
      });
      socket.send(msg, port, '127.0.0.1');
    });
  const udp = Uint8Array.of(17, 0, 0, 0); // REQUESTED-TRANSPORT: UDP
  try {
    const challenge = await ask(stun(0x0003, [[0x0019, udp]]));
    expect(challenge.type).toBe(0x0113); // error: 401 with realm and nonce
    const realm = challenge.attrs.get(0x0014)!;
    const nonce = challenge.attrs.get(0x0015)!;
    const key = createHash('md5').update(`${username}:${realm.toString()}:${password}`).digest();
    return await ask(
      stun(
        0x0003,
        [
          [0x0019, udp],
          [0x0006, Buffer.from(username)],
          [0x0014, realm],
          [0x0015, nonce],
        ],
        key,
      ),
    );
  } finally {
    socket.close();
  }
}

const errorCode = (r: ReturnType<typeof parse>) => {
  const e = r.attrs.get(0x0009);
  return e ? e[2]! * 100 + e[3]! : 0;
};

requires('coturn').describe(
  'TURN credentials with coturn (reference-servers/relay template)',
  () => {
    let coturn: Coturn | undefined;
    const port = 34000 + (process.pid % 1000);
    beforeAll(async () => {
      coturn = await startCoturn({
        listenIp: '127.0.0.1',
        port,
        minPort: port + 1000,
        maxPort: port + 1100,
        realm: REALM,
        secret: SECRET,
        userQuota: 2,
      });
    }, 20_000);
    afterAll(() => coturn?.stop());

    it('fresh credentials allocate a relay address', async () => {
      const { username, password, expiresAt } = turnCredentials({
        secret: SECRET,
        id: 'device-1',
        ttlMs: 600_000,
      });
      expect(username).toBe(`${expiresAt / 1000}:device-1`);
      const r = await allocate(port, username, password);
      expect(errorCode(r)).toBe(0);
      expect(r.type).toBe(0x0103); // Allocate success
      expect(r.attrs.has(0x0016)).toBe(true); // XOR-RELAYED-ADDRESS
    });

    it('expired credentials, a wrong secret or a changed username are refused (401)', async () => {
      const past = turnCredentials({
        secret: SECRET,
        id: 'device-2',
        ttlMs: 60_000,
        clock: { now: () => Date.now() - 3_600_000 },
      });
      expect(errorCode(await allocate(port, past.username, past.password))).toBe(401);
      const other = turnCredentials({ secret: 'another secret of 32 characters.', id: 'device-2' });
      expect(errorCode(await allocate(port, other.username, other.password))).toBe(401);
      const good = turnCredentials({ secret: SECRET, id: 'device-3' });
      const later = `${Number(good.username.split(':')[0]) + 86_400}:device-3`;
      expect(errorCode(await allocate(port, later, good.password))).toBe(401);
    });

    it('bad input is INVALID_ARGUMENT, and the secret is never in the result', () => {
      for (const bad of [
        { secret: 'short', id: 'x' },
        { secret: SECRET, id: 'has:colon' },
        { secret: SECRET, id: '' },
        { secret: SECRET, id: 'x', ttlMs: 10 },
      ])
        expect(() => turnCredentials(bad)).toThrow(NexusError);
      const c = turnCredentials({ secret: SECRET, id: 'x' });
      expect(JSON.stringify(c)).not.toContain(SECRET);
    });
  },
);
