// UDP probes for the NAT lab (test/nat/nat-lab.test.ts), run with plain
// Node (type stripping) inside a lab namespace. Two modes:
//
//   server <host1> <host2> <portX> <portY>
//     in the public namespace: sockets on host1:X, host1:Y and host2:X.
//     {op:'whoami'} is answered from the socket it reached with the source
//     address it came from ({seen:'ip:port'}); {op:'knock'} is answered with
//     {knock:'a'} from host1:X, {knock:'b'} from host1:Y and {knock:'c'}
//     from host2:X. Prints "ready" once bound; runs until stdin closes.
//
//   client <host1> <host2> <portX> <tcpTarget>...
//     behind a NAT: prints one JSON line with
//     - mapping: what host1:X and host2:X saw of one local socket;
//     - knocks: which of a, b, c reached a fresh socket that sent one knock to host1:X;
//     - outside: what became of a UDP datagram to 8.8.8.8:53 and of a TCP
//       connect to each tcpTarget (host:port), all expected to fail.
//
//   punch <host1> <portX>
//     hole punching: prints {mapped:'ip:port'} (what host1:X saw), reads the
//     other peer's mapped endpoint from stdin, sends to it every 50 ms for a
//     second (answering whatever arrives, to its source) and prints
//     {reached: true} if anything from the other peer arrived.
import { createSocket } from 'node:dgram';
import type { Socket } from 'node:dgram';
import { connect } from 'node:net';
import { once } from 'node:events';

/** How long to wait for a datagram that should arrive (lab round trips take < 1 ms). */
const REPLY_WAIT_MS = 1000;
/** How long to wait before deciding a datagram did not arrive. */
const SILENCE_MS = 400;

type Message = Record<string, unknown>;

const send = (socket: Socket, message: Message, port: number, host: string) =>
  new Promise<void>((resolve, reject) =>
    socket.send(JSON.stringify(message), port, host, (err) => (err ? reject(err) : resolve())),
  );

async function bound(host: string, port: number): Promise<Socket> {
  const socket = createSocket('udp4');
  socket.bind(port, host);
  await once(socket, 'listening');
  return socket;
}

async function server(host1: string, host2: string, portX: number, portY: number) {
  const [h1x, h1y, h2x] = await Promise.all([
    bound(host1, portX),
    bound(host1, portY),
    bound(host2, portX),
  ]);
  for (const socket of [h1x, h1y, h2x])
    socket.on('message', (data, from) => {
      const message = JSON.parse(data.toString()) as Message;
      if (message.op === 'whoami')
        void send(socket, { seen: `${from.address}:${from.port}` }, from.port, from.address);
      if (message.op === 'knock')
        for (const [knock, by] of [
          ['a', h1x],
          ['b', h1y],
          ['c', h2x],
        ] as const)
          void send(by, { knock }, from.port, from.address);
    });
  console.log('ready');
  process.stdin.resume();
  await once(process.stdin, 'end');
  for (const socket of [h1x, h1y, h2x]) socket.close();
}

/** Send `message` and wait for the first reply (resent once, in case the first is lost). */
async function ask(socket: Socket, message: Message, port: number, host: string): Promise<Message> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const reply = once(socket, 'message', { signal: AbortSignal.timeout(REPLY_WAIT_MS) });
    await send(socket, message, port, host);
    try {
      const [data] = (await reply) as [Buffer];
      return JSON.parse(data.toString()) as Message;
    } catch {
      // timed out: once more
    }
  }
  throw new Error(`no reply from ${host}:${port}`);
}

/** Every message that reaches `socket` within `ms`. */
async function collect(socket: Socket, ms: number): Promise<Message[]> {
  const received: Message[] = [];
  socket.on('message', (data) => received.push(JSON.parse(data.toString()) as Message));
  await new Promise((resolve) => setTimeout(resolve, ms));
  return received;
}

/** 'error:<code>' when the kernel refuses the datagram, 'reply' or 'silence'. */
async function udpOutside(host: string, port: number): Promise<string> {
  const socket = await bound('0.0.0.0', 0);
  try {
    await send(socket, { op: 'hello' }, port, host);
    const replies = await collect(socket, SILENCE_MS);
    return replies.length > 0 ? 'reply' : 'silence';
  } catch (err) {
    return `error:${(err as NodeJS.ErrnoException).code}`;
  } finally {
    socket.close();
  }
}

/** 'connected', 'error:<code>' or 'timeout'. */
function tcpOutside(target: string): Promise<string> {
  const [host, port] = target.split(':') as [string, string];
  return new Promise((resolve) => {
    const socket = connect({ host, port: Number(port) });
    const timer = setTimeout(() => done('timeout'), SILENCE_MS);
    function done(outcome: string) {
      clearTimeout(timer);
      socket.destroy();
      resolve(outcome);
    }
    socket.on('connect', () => done('connected'));
    socket.on('error', (err: NodeJS.ErrnoException) => done(`error:${err.code}`));
  });
}

async function client(host1: string, host2: string, portX: number, tcpTargets: string[]) {
  const mapping = await bound('0.0.0.0', 0);
  const seen = [
    (await ask(mapping, { op: 'whoami' }, portX, host1)).seen,
    (await ask(mapping, { op: 'whoami' }, portX, host2)).seen,
  ];
  const localPort = mapping.address().port;
  mapping.close();

  // A fresh socket, so that no mapping or permission for host2 exists yet.
  const filtering = await bound('0.0.0.0', 0);
  const arriving = collect(filtering, SILENCE_MS);
  await send(filtering, { op: 'knock' }, portX, host1);
  const knocks = (await arriving).map((m) => m.knock as string).sort();
  filtering.close();

  const [udp, ...tcp] = await Promise.all([
    udpOutside('8.8.8.8', 53),
    ...tcpTargets.map((target) => tcpOutside(target)),
  ]);
  console.log(
    JSON.stringify({
      mapping: { localPort, seen },
      knocks,
      outside: { udp, tcp: Object.fromEntries(tcpTargets.map((target, i) => [target, tcp[i]])) },
    }),
  );
}

async function punch(host1: string, portX: number) {
  const socket = await bound('0.0.0.0', 0);
  const { seen } = await ask(socket, { op: 'whoami' }, portX, host1);
  console.log(JSON.stringify({ mapped: seen }));
  const [line] = (await once(process.stdin.setEncoding('utf8'), 'data')) as [string];
  const [host, port] = line.trim().split(':') as [string, string];
  let reached = false;
  socket.on('message', (_data, from) => {
    reached = true;
    void send(socket, { op: 'ack' }, from.port, from.address);
  });
  for (let i = 0; i < 20; i++) {
    await send(socket, { op: 'punch' }, Number(port), host);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  socket.close();
  process.stdin.destroy();
  console.log(JSON.stringify({ reached }));
}

const [mode, ...args] = process.argv.slice(2);
if (mode === 'server') await server(args[0]!, args[1]!, Number(args[2]), Number(args[3]));
else if (mode === 'client') await client(args[0]!, args[1]!, Number(args[2]), args.slice(3));
else if (mode === 'punch') await punch(args[0]!, Number(args[1]));
else throw new Error(`usage: udp-probe.ts server|client|punch ... (got ${mode})`);
