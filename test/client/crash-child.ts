// The app side of the client crash test (test/client/crash.test.ts): a
// NexusClient on durable storage, run as a child process that the test kills
// with SIGKILL at random points. Its transport is stdin/stdout, one line each:
//   in:  "env <id> <envelope base64>"   an envelope for this device (again until acked)
//        "ok <request>"                 the network accepted envelope <request>
//        "send <text>"                  the app sends <text> to the peer
//        "stop"                         finish and exit
//   out: "ready"                        client started
//        "ack <id>"                     envelope <id> is processed (after its commit)
//        "out <request> <uuid> <device> <envelope base64>"  an envelope for the network
//        "sent <text>"                  sendText resolved: the message is committed
//        "failed <text>"                sendText refused it (no session yet): nothing stored
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createClient, deviceAddress, directConversation, NexusError } from '../../src/index.js';
import type { DeviceAddress, InboundEnvelope, Transport, TransportState } from '../../src/index.js';
import { openAppStorage, savedDevice } from '../storage/crash-child-storage.js';
import type { ClientCrashConfig } from './crash-config.js';

const config = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as ClientCrashConfig;
const say = (line: string) => process.stdout.write(`${line}\n`);

/** A transport whose network is the parent process. */
class PipeTransport implements Transport {
  readonly kind = 'pipe';
  readonly address: DeviceAddress;
  readonly #inbox: InboundEnvelope[] = [];
  #wake: (() => void) | null = null;
  #closed = false;
  readonly #pending = new Map<string, () => void>();
  #request = 0;
  constructor(address: DeviceAddress) {
    this.address = address;
  }
  get state(): TransportState {
    return this.#closed ? 'closed' : 'connected';
  }
  async connect() {}
  deliver(envelope: InboundEnvelope) {
    this.#inbox.push(envelope);
    this.#wake?.();
  }
  accepted(request: string) {
    this.#pending.get(request)?.();
    this.#pending.delete(request);
  }
  send(to: DeviceAddress, envelope: Uint8Array): Promise<void> {
    const request = String(++this.#request);
    return new Promise((resolve) => {
      this.#pending.set(request, resolve);
      say(`out ${request} ${to.uuid} ${to.deviceId} ${Buffer.from(envelope).toString('base64')}`);
    });
  }
  receive(): AsyncIterable<InboundEnvelope> {
    const inbox = this.#inbox;
    return {
      [Symbol.asyncIterator]: () => ({
        next: async () => {
          while (inbox.length === 0 && !this.#closed)
            await new Promise<void>((r) => (this.#wake = r));
          if (this.#closed) return { done: true, value: undefined };
          return { done: false, value: inbox.shift()! };
        },
      }),
    };
  }
  async acknowledge(id: string) {
    say(`ack ${id}`);
  }
  onStateChange() {
    return () => {};
  }
  async close() {
    this.#closed = true;
    this.#wake?.();
  }
}

const storage = await openAppStorage(
  config.adapter,
  config.path,
  Uint8Array.from(Buffer.from(config.key, 'hex')),
);
const device = await savedDevice(config);
const transport = new PipeTransport(deviceAddress(device.uuid, device.deviceId));
const client = await createClient({
  device,
  storage,
  transports: [transport],
  deliveryReceipts: false,
  retry: { initialMs: 5, maxMs: 50 },
});
say('ready');

let work = Promise.resolve();
for await (const line of createInterface({ input: process.stdin })) {
  const [command, a, b] = line.split(' ');
  if (command === 'stop') break;
  if (command === 'env')
    transport.deliver({ id: a!, envelope: Buffer.from(b!, 'base64'), acceptedAt: 0 });
  else if (command === 'ok') transport.accepted(a!);
  else if (command === 'send')
    work = work.then(async () => {
      try {
        await client.sendText(directConversation(config.peer), a!);
        say(`sent ${a}`);
      } catch (err) {
        // No session yet (the peer's first message has not arrived): nothing was stored.
        if (!NexusError.is(err, 'NO_SESSION')) throw err;
        say(`failed ${a}`);
      }
    });
  else throw new Error(`unknown command ${line}`);
}
await work;
await client.flush(10_000);
await client.close();
await storage.close();
process.exit(0);
