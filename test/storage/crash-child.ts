// The app side of the crash test (test/storage/crash.test.ts), run as a child
// process that the test kills with SIGKILL at random points. It talks to the
// peer (the test) over stdin/stdout, one command per line:
//   in:  "in <id> <envelope base64>"   a message from the peer (redelivered until "got")
//        "ack <id>"                    the peer has our message <id>: drop it from the outbox
//        "stop"                        finish and exit
//   out: "ready"                       storage open, outbox re-sent
//        "got <id>"                    message <id> is stored (or was already)
//        "out <id> <envelope base64>"  a message to the peer (re-sent after restarts until "ack")
// Receiving a message, storing it, and encrypting and queueing the reply are
// one storage transaction: the ratchet state, the history and the outbox move
// together or not at all.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { decryptMessage, encryptMessage, NexusError, transactionStores } from '../../src/index.js';
import type { Storage, StorageWriter } from '../../src/index.js';
import { openAppStorage, savedDevice } from './crash-child-storage.js';
import type { CrashChildConfig } from './crash-child-storage.js';

const trace = process.env.CRASH_DEBUG
  ? (m: string) => process.stderr.write(`child: ${m}\n`)
  : () => {};
trace('start');
const hex = (s: string) => Uint8Array.from(Buffer.from(s, 'hex'));
const config = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as CrashChildConfig;
const key = hex(config.key);
const storage: Storage = await openAppStorage(config.adapter, config.path, key);
trace('storage open');
const device = await savedDevice(config);
const say = (line: string) => process.stdout.write(`${line}\n`);
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** The next number of a counter kept in storage, in the same transaction. */
async function next(tx: StorageWriter, name: string): Promise<number> {
  const current = await tx.get('local', name);
  const n = current === null ? 1 : Number(new TextDecoder().decode(current)) + 1;
  await tx.put('local', name, new TextEncoder().encode(String(n)));
  return n;
}

trace('device ready');
for (const pending of await storage.read((tx) => tx.list('outbox')))
  say(`out ${pending.key} ${b64(pending.value)}`);
trace('outbox sent');
say('ready');
trace('said ready');

for await (const line of createInterface({ input: process.stdin })) {
  const [command, id, data] = line.split(' ');
  if (command === 'stop') break;
  if (command === 'ack') {
    await storage.write((tx) => tx.delete('outbox', id!));
    continue;
  }
  if (command !== 'in') throw new Error(`unknown command ${line}`);
  let reply: { id: string; envelope: Uint8Array } | null = null;
  try {
    reply = await storage.write(async (tx) => {
      const stores = transactionStores(tx);
      const received = await decryptMessage(device, Buffer.from(data!, 'base64'), { stores });
      const seq = String(await next(tx, 'received')).padStart(8, '0');
      await tx.put('messages', `peer/${seq}/${id}`, received.plaintext);
      const replyId = `r${id}`;
      const text = new TextEncoder().encode(`reply ${replyId}`);
      const envelope = await encryptMessage(device, config.peer, text, { stores });
      await tx.put('messages', `app/${seq}/${replyId}`, text);
      await tx.put('outbox', replyId, envelope);
      return { id: replyId, envelope };
    });
  } catch (err) {
    // Already stored before a crash that came before our "got": not a new message.
    if (!NexusError.is(err, 'DUPLICATE_MESSAGE')) throw err;
  }
  say(`got ${id}`);
  if (reply) say(`out ${reply.id} ${b64(reply.envelope)}`);
}
await storage.close();
process.exit(0); // stdin would keep the process alive
