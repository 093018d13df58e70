// p2pTransport beyond TCP, on loopback: QUIC and WebSockets, a circuit relay
// (listening on TCP, QUIC and WebSockets) upgraded to WebRTC, WebRTC through a
// real coturn (TURN only), path reports, and iceServers checks.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { directConversation, memoryStorage, NexusError, turnCredentials } from '../../src/index.js';
import { memoryNetwork, transportComplianceSuite } from '../../src/testing/index.js';
import type { DeviceAddress, LocalDevice } from '../../src/index.js';
import { p2pTransport, startCircuitRelay } from '../../src/p2p/index.js';
import type {
  CircuitRelay,
  P2PPath,
  P2PPathChange,
  P2PTransport,
  P2PTransportOptions,
} from '../../src/p2p/index.js';
import { makePerson, startClient, texts, until } from '../client/fixtures.js';
import { requires } from '../support/system-tools.js';
import type { Started } from '../client/fixtures.js';
import { repoPath } from '../helpers.js';
import { addressBook, device, waitFor } from './fixtures.js';

const FAST = { initialDelayMs: 50, maxDelayMs: 300 };
type Device = Awaited<ReturnType<typeof device>>;
type Book = ReturnType<typeof addressBook>;

const open: P2PTransport[] = [];
const relays: CircuitRelay[] = [];
afterEach(async () => {
  for (const t of open.splice(0)) await t.close();
  for (const r of relays.splice(0)) await r.stop();
});

async function start(
  d: Device,
  book: Book,
  options: Partial<P2PTransportOptions>,
): Promise<P2PTransport> {
  const t = p2pTransport({
    device: d.local,
    transportKey: d.transportKey,
    storage: d.storage,
    resolve: book.resolve,
    retry: FAST,
    ...options,
  });
  open.push(t);
  await t.connect();
  // With relays: until the reservation holds (and the /webrtc address on it is known).
  const reserved = `/p2p-circuit${options.webrtc === false ? '' : '/webrtc'}/p2p/${t.peerId}`;
  if (options.relays?.length)
    await waitFor(
      () => t.addresses.some((a) => a.endsWith(reserved)),
      10_000,
      'a reservation on the relay',
    );
  book.publish(t);
  return t;
}

/** Take `n` envelopes from `t`, acknowledging each; their first bytes. */
async function take(t: P2PTransport, n: number): Promise<number[]> {
  const got: number[] = [];
  const inbound = t.receive()[Symbol.asyncIterator]();
  while (got.length < n) {
    const e = (await inbound.next()).value!;
    got.push(e.envelope[0]! | (e.envelope[1]! << 8));
    await t.acknowledge(e.id);
  }
  await inbound.return!();
  return got;
}

const numbered = (i: number) => Uint8Array.of(i & 255, i >> 8, ...new Uint8Array(1022));

/** Two devices listening on `listen` only exchange envelopes both ways; the path is direct. */
async function exchange(listen: string[], protocol: string) {
  const book = addressBook();
  const alice = await start(await device('alice'), book, { listen });
  const bob = await start(await device('bob'), book, { listen });
  expect(alice.addresses.length).toBeGreaterThan(0);
  expect(alice.addresses.every((a) => a.includes(protocol))).toBe(true);
  expect(await alice.pathTo(bob.address)).toBe('none');
  for (let i = 0; i < 20; i++) await alice.send(bob.address, numbered(i));
  expect(await take(bob, 20)).toEqual([...Array(20).keys()]);
  await bob.send(alice.address, numbered(7));
  expect(await take(alice, 1)).toEqual([7]);
  expect(await alice.pathTo(bob.address)).toBe('direct');
  expect(await alice.pathTo(bob.peerId)).toBe('direct');
  expect(await bob.pathTo(alice.address)).toBe('direct');
}

describe('p2pTransport over QUIC and WebSockets', () => {
  // A device restarting comes back on the port it had: a QUIC dial to a port
  // nobody listens on is not refused (UDP), it waits for the handshake timeout
  // (5 s), so a sender still dialing the old address reaches the new one.
  for (const [name, listen] of [
    ['QUIC', (port: number) => `/ip4/127.0.0.1/udp/${port}/quic-v1`],
    ['WebSockets', (port: number) => `/ip4/127.0.0.1/tcp/${port}/ws`],
  ] as const)
    transportComplianceSuite(
      { describe, it },
      {
        name: `p2pTransport (libp2p over loopback ${name})`,
        async create() {
          const book = addressBook();
          const da = await device('alice');
          const db = await device('bob');
          const a = await start(da, book, { listen: [listen(0)] });
          const b = await start(db, book, { listen: [listen(0)] });
          const portOf = (t: P2PTransport) =>
            Number(/\/(?:tcp|udp)\/(\d+)\//.exec(t.addresses[0]!)![1]);
          const devices = new Map([
            [a.address.deviceId, { d: da, port: portOf(a) }],
            [b.address.deviceId, { d: db, port: portOf(b) }],
          ]);
          return {
            a,
            b,
            async reconnect(t) {
              await t.close();
              const { d, port } = devices.get(t.address.deviceId)!;
              return start(d, book, { listen: [listen(port)] });
            },
          };
        },
      },
    );

  it('QUIC: envelopes both ways on a direct path', async () => {
    await exchange(['/ip4/127.0.0.1/udp/0/quic-v1'], '/quic-v1/');
  });

  it('WebSockets: envelopes both ways on a direct path', async () => {
    await exchange(['/ip4/127.0.0.1/tcp/0/ws'], '/ws/');
  });

  it('by default a device listens on TCP and QUIC', async () => {
    const t = await start(await device('alice'), addressBook(), {});
    expect(t.addresses.some((a) => /\/tcp\/\d+\/p2p\//.test(a))).toBe(true);
    expect(t.addresses.some((a) => a.includes('/quic-v1/'))).toBe(true);
  });
});

/** A relay on TCP, QUIC and WebSockets (127.0.0.1); its address of each kind. */
async function relayOnAll() {
  const relay = await startCircuitRelay({
    listen: ['/ip4/127.0.0.1/tcp/0', '/ip4/127.0.0.1/udp/0/quic-v1', '/ip4/127.0.0.1/tcp/0/ws'],
  });
  relays.push(relay);
  const find = (re: RegExp) => relay.addresses.find((a) => re.test(a))!;
  const addrs = {
    tcp: find(/\/tcp\/\d+\/p2p\//),
    quic: find(/\/quic-v1\//),
    ws: find(/\/ws\//),
  };
  expect(Object.values(addrs).every((a) => a?.endsWith(`/p2p/${relay.peerId}`))).toBe(true);
  return addrs;
}

describe('p2pTransport through a circuit relay, upgraded to WebRTC', () => {
  it('relayed first, then direct over WebRTC: every envelope once and in order, before, during and after the upgrade', async () => {
    const relay = await relayOnAll();
    const book = addressBook();
    // Neither listens on anything: each is reachable only through the relay
    // (Alice holds her reservation over QUIC, Bob over WebSockets).
    const alice = await start(await device('alice'), book, { listen: [], relays: [relay.quic] });
    const bob = await start(await device('bob'), book, { listen: [], relays: [relay.ws] });
    expect(bob.addresses.every((a) => a.includes('/p2p-circuit/'))).toBe(true);
    const paths: P2PPath[] = [];
    alice.onPathChange((c) => {
      if (c.peerId === bob.peerId) paths.push(c.path);
    });
    const bobsPaths: P2PPathChange[] = [];
    bob.onPathChange((c) => {
      if (c.peerId === alice.peerId) bobsPaths.push(c);
    });
    // Envelopes go out one every 10 ms while the connection is set up and upgraded.
    const received = take(bob, 120);
    const pathWhenSent: P2PPath[] = [];
    for (let i = 0; i < 100; i++) {
      await alice.send(bob.address, numbered(i));
      pathWhenSent.push(await alice.pathTo(bob.address));
      await new Promise((r) => setTimeout(r, 10));
    }
    await waitFor(async () => (await alice.pathTo(bob.address)) === 'direct', 20_000, 'WebRTC');
    for (let i = 100; i < 120; i++) await alice.send(bob.address, numbered(i));
    expect(await received).toEqual([...Array(120).keys()]);
    // The relayed connection came first; WebRTC replaced it.
    expect(paths[0]).toBe('relay');
    expect(paths).toContain('direct');
    expect(pathWhenSent).toContain('relay');
    expect(await bob.pathTo(alice.peerId)).toBe('direct');
    // Bob answers over it: he knows Alice from her hello, not from the book.
    await bob.send(alice.address, numbered(500));
    expect(await take(alice, 1)).toEqual([500]);
    expect(bobsPaths.map((c) => c.path)).toEqual(['relay', 'direct']);
    // Nothing more arrives (no envelope twice).
    const extra = bob.receive()[Symbol.asyncIterator]();
    const more = await Promise.race([
      extra.next(),
      new Promise<'nothing'>((r) => setTimeout(() => r('nothing'), 300)),
    ]);
    expect(more).toBe('nothing');
    await extra.return!();
    // The relayed connection goes once idle: the path stays direct.
    await new Promise((r) => setTimeout(r, 2_500));
    expect(await alice.pathTo(bob.address)).toBe('direct');
  }, 60_000);

  it('with WebRTC off on one side, or no ICE path, envelopes stay on the relay', async () => {
    const relay = await relayOnAll();
    const book = addressBook();
    const alice = await start(await device('alice'), book, { listen: [], relays: [relay.tcp] });
    const carol = await start(await device('carol'), book, {
      listen: [],
      relays: [relay.tcp],
      webrtc: false,
    });
    expect(carol.addresses.some((a) => a.includes('/webrtc'))).toBe(false);
    // Carol has no WebRTC: Alice's upgrade fails at once.
    await alice.send(carol.address, numbered(1));
    expect(await take(carol, 1)).toEqual([1]);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await alice.pathTo(carol.address)).toBe('relay');
    await alice.send(carol.address, numbered(2));
    expect(await take(carol, 1)).toEqual([2]);
    expect(await carol.pathTo(alice.address)).toBe('relay');
    // Dave and Erin may use TURN only (they announce no address of their own),
    // and have no TURN server that answers: ICE finds no pair at all, and the
    // relay carries on meanwhile.
    const deadTurn: Partial<P2PTransportOptions> = {
      listen: [],
      relays: [relay.tcp],
      iceServers: [{ urls: 'turn:127.0.0.1:9', username: 'nobody', credential: 'nothing' }],
      iceTransportPolicy: 'relay',
    };
    const dave = await start(await device('dave'), book, deadTurn);
    const erin = await start(await device('erin'), book, deadTurn);
    await dave.send(erin.address, numbered(3));
    expect(await take(erin, 1)).toEqual([3]);
    await erin.send(dave.address, numbered(4));
    expect(await take(dave, 1)).toEqual([4]);
    await new Promise((r) => setTimeout(r, 1_000));
    await dave.send(erin.address, numbered(5));
    expect(await take(erin, 1)).toEqual([5]);
    expect(await dave.pathTo(erin.address)).toBe('relay');
    expect(await erin.pathTo(dave.address)).toBe('relay');
  }, 60_000);
});

/** A free UDP port on 127.0.0.1 (for coturn's listening port). */
async function freeUdpPort(): Promise<number> {
  const socket = createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const { port } = socket.address();
  await new Promise<void>((resolve) => socket.close(() => resolve()));
  return port;
}

/**
 * coturn from reference-servers/relay's template, rendered for loopback. The
 * template refuses to relay to loopback and private peers (a TURN server must
 * not be a way into its operator's network); here both peers' relayed
 * addresses are on 127.0.0.1, so this one variant allows loopback peers.
 */
async function startCoturn(secret: string) {
  const dir = mkdtempSync(join(tmpdir(), 'nexuslink-webrtc-turn-'));
  const port = await freeUdpPort();
  const base = 40_000 + Math.floor(Math.random() * 200) * 100;
  const values: Record<string, string> = {
    LISTEN_IP: '127.0.0.1',
    // Relayed addresses on another loopback address than the peers' own, as a
    // TURN server has on a real network: TURN permissions go by IP address, so
    // a check sent straight from a peer's socket (127.0.0.1) to the other's
    // relayed address is dropped, and the only pair that works is relay to relay.
    EXTERNAL_IP: '127.0.0.2',
    RELAY_IP: '127.0.0.2',
    PORT: String(port),
    MIN_PORT: String(base),
    MAX_PORT: String(base + 99),
    REALM: 'relay.test',
    STATIC_AUTH_SECRET: secret,
    USER_QUOTA: '10',
    TOTAL_QUOTA: '100',
    MAX_BPS: '0',
  };
  const template = readFileSync(
    repoPath('reference-servers/relay/coturn/turnserver.conf.template'),
    'utf8',
  );
  const conf = template
    .replace(/\$\{([A-Z_]+)\}/g, (_, name: string) => values[name]!)
    .replace(/^denied-peer-ip=127\.0\.0\.0-127\.255\.255\.255$/m, 'allow-loopback-peers');
  expect(conf).toContain('allow-loopback-peers');
  writeFileSync(join(dir, 'turnserver.conf'), conf);
  const coturn: ChildProcess = spawn(
    'turnserver',
    ['-c', join(dir, 'turnserver.conf'), '--pidfile', join(dir, 'pid')],
    { stdio: 'ignore' },
  );
  // Ready when it answers a STUN binding request.
  const request = Buffer.alloc(20);
  request.writeUInt16BE(0x0001, 0);
  request.writeUInt32BE(0x2112a442, 4);
  randomBytes(12).copy(request, 8);
  await waitFor(
    async () => {
      const socket = createSocket('udp4');
      const answered = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), 200);
        socket.once('message', () => {
          clearTimeout(timer);
          resolve(true);
        });
        socket.send(request, port, '127.0.0.1');
      });
      socket.close();
      return answered;
    },
    10_000,
    'coturn',
  );
  return {
    port,
    stop() {
      coturn.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Two NexusClients on transports made with `options`: Alice asks Bob's device
 * for its bundle (a prekey stream), then they chat both ways.
 */
async function chat(
  options: () => Promise<Partial<P2PTransportOptions>>,
  then: (a: P2PTransport, b: P2PTransport) => Promise<void>,
) {
  const book = addressBook();
  const unused = memoryNetwork();
  const devicesOf = new Map<string, DeviceAddress[]>();
  const clients: Started[] = [];
  const startOn = async (local: LocalDevice) => {
    const transport = p2pTransport({
      device: local,
      transportKey: crypto.getRandomValues(new Uint8Array(32)),
      storage: memoryStorage(),
      resolve: book.resolve,
      retry: FAST,
      ...(await options()),
    });
    open.push(transport);
    const directory = transport.preKeyDirectory({
      devicesOf: async (uuid) => devicesOf.get(uuid) ?? [],
    });
    const started = await startClient(unused, directory, local, { transports: [transport] });
    await transport.connect();
    await waitFor(() => transport.addresses.length > 0, 10_000, 'an address');
    book.publish(transport);
    devicesOf.set(local.uuid, [transport.address]);
    clients.push(started);
    return { started, directory, transport };
  };
  try {
    const alice = await makePerson('alice');
    const bob = await makePerson('bob');
    const a = await startOn(await alice.addDevice());
    const b = await startOn(await bob.addDevice());
    expect(await a.directory.fetchBundles(bob.uuid)).toHaveLength(1);
    await a.started.client.contacts.add({ card: await bob.card() });
    await a.started.client.sendText(directConversation(bob.uuid), 'hello');
    await until(() => texts(b.started.events).includes('hello'), 20_000, 'bob gets it');
    await b.started.client.sendText(directConversation(alice.uuid), 'and back');
    await until(() => texts(a.started.events).includes('and back'), 20_000, 'alice gets it');
    expect(a.started.events.filter((e) => e.type === 'error')).toEqual([]);
    expect(b.started.events.filter((e) => e.type === 'error')).toEqual([]);
    await then(a.transport, b.transport);
  } finally {
    for (const c of clients) await c.client.close();
  }
}

describe('two NexusClients chat', () => {
  it('over QUIC', async () => {
    await chat(
      async () => ({ listen: ['/ip4/127.0.0.1/udp/0/quic-v1'] }),
      async (a, b) => {
        expect(a.addresses.every((x) => x.includes('/quic-v1/'))).toBe(true);
        expect(await a.pathTo(b.address)).toBe('direct');
      },
    );
  });

  it('through a relay and WebRTC, prekey streams included', async () => {
    const relay = await relayOnAll();
    await chat(
      async () => ({ listen: [], relays: [relay.quic] }),
      async (a, b) => {
        expect(a.addresses.every((x) => x.includes('/p2p-circuit/'))).toBe(true);
        await waitFor(async () => (await a.pathTo(b.address)) === 'direct', 20_000, 'WebRTC');
        expect(await b.pathTo(a.address)).toBe('direct');
      },
    );
  });
});

requires('coturn').describe('p2pTransport with WebRTC through TURN (coturn)', () => {
  it("TURN only: the path is 'turn', and envelopes flow over it", async () => {
    const secret = randomBytes(32).toString('hex');
    const coturn = await startCoturn(secret);
    try {
      const relay = await relayOnAll();
      const book = addressBook();
      const turnOnly = (id: string): Partial<P2PTransportOptions> => {
        // "<expiry>:<id>" and a base64 password: both need escaping on the way to libdatachannel.
        const { username, password } = turnCredentials({ secret, id });
        return {
          listen: [],
          relays: [relay.tcp],
          iceServers: [
            {
              urls: `turn:127.0.0.1:${coturn.port}?transport=udp`,
              username,
              credential: password,
            },
          ],
          iceTransportPolicy: 'relay',
        };
      };
      const alice = await start(await device('alice'), book, turnOnly('alice+1@example'));
      const bob = await start(await device('bob'), book, turnOnly('bob'));
      const paths: P2PPath[] = [];
      alice.onPathChange((c) => {
        if (c.peerId === bob.peerId) paths.push(c.path);
      });
      await alice.send(bob.address, numbered(1));
      expect(await take(bob, 1)).toEqual([1]);
      await waitFor(async () => (await alice.pathTo(bob.address)) === 'turn', 20_000, 'TURN');
      expect(paths[0]).toBe('relay');
      expect(paths).toContain('turn');
      for (let i = 2; i < 12; i++) await alice.send(bob.address, numbered(i));
      expect(await take(bob, 10)).toEqual([...Array(10).keys()].map((i) => i + 2));
      await bob.send(alice.address, numbered(99));
      expect(await take(alice, 1)).toEqual([99]);
      expect(await bob.pathTo(alice.address)).toBe('turn');
    } finally {
      coturn.stop();
    }
  }, 60_000);
});

describe('iceServers', () => {
  const SECRET = 'Sup3r-s3cret+TURN/password=';
  const USER = '1900000000:very-private-user';

  it('bad input is INVALID_ARGUMENT, and no message repeats a URL or credential', async () => {
    const d = await device('alice');
    const base = {
      device: d.local,
      transportKey: d.transportKey,
      storage: d.storage,
      resolve: async () => null,
    };
    const bad: unknown[] = [
      { iceServers: 'stun:example.org' },
      { iceServers: [null] },
      { iceServers: [{ urls: [] }] },
      { iceServers: [{ urls: `https://${USER}:${SECRET}@example.org` }] },
      { iceServers: [{ urls: `turn:${USER}:${SECRET}@example.org:3478` }] },
      { iceServers: [{ urls: 'turn:example.org:3478' }] },
      { iceServers: [{ urls: 'turn:example.org:3478', username: USER }] },
      { iceServers: [{ urls: 'turn:example.org:99999', username: USER, credential: SECRET }] },
      { iceServers: [{ urls: 'turn:example.org', username: USER, credential: `${SECRET}\n` }] },
      { iceServers: [{ urls: 'stun:example.org?transport=udp' }] },
      { iceServers: Array(9).fill({ urls: 'stun:example.org' }) },
      { iceServers: [{ urls: Array(5).fill('stun:example.org') }] },
      { iceTransportPolicy: 'relay' },
      { iceTransportPolicy: 'none', iceServers: [{ urls: 'stun:example.org' }] },
      { webrtc: 'yes' },
    ];
    for (const options of bad) {
      let thrown: unknown;
      try {
        p2pTransport({ ...base, ...(options as object) });
      } catch (err) {
        thrown = err;
      }
      expect(thrown, JSON.stringify(Object.keys(options as object))).toBeInstanceOf(NexusError);
      expect((thrown as NexusError).code).toBe('INVALID_ARGUMENT');
      const text = `${(thrown as Error).message} ${inspect(thrown, { depth: 5 })}`;
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain('very-private-user');
    }
    // Good ones: STUN alone, TURN with credentials, IPv6 literals, TCP TURN.
    p2pTransport({
      ...base,
      iceServers: [
        { urls: 'stun:stun.example.org:3478' },
        {
          urls: ['turn:[::1]:3478?transport=tcp', 'turns:turn.example.org'],
          username: USER,
          credential: SECRET,
        },
      ],
      iceTransportPolicy: 'relay',
    });
  });

  it('credentials never show in util.inspect or JSON of a running transport', async () => {
    const servers = [{ urls: ['turn:127.0.0.1:3478'], username: USER, credential: SECRET }];
    const t = await start(await device('alice'), addressBook(), {
      listen: ['/ip4/127.0.0.1/tcp/0'],
      iceServers: servers,
    });
    const text = `${inspect(t, { depth: 10, showHidden: true })} ${JSON.stringify(t)}`;
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(encodeURIComponent(SECRET));
    expect(text).not.toContain('very-private-user');
    await expect(t.pathTo('not a PeerId')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(await t.pathTo(t.address)).toBe('none');
  });
});
