// The whole client as a benchmark workload, shared by `storage.ts` (the
// `NexusClient` rows of bench:storage) and `client-profile.ts` (where its time goes).
import { createClient, deviceAddress, directConversation } from '../src/index.js';
import type { Storage } from '../src/index.js';
import { memoryNetwork, memoryPreKeyDirectory } from '../src/testing/index.js';
import { cycle } from './harness.js';
import type { PlaintextCheck, Workload } from './harness.js';
import { makeDevice } from './nexuslink.js';

/**
 * Alice → Bob through the whole client: Alice's `sendStructured` (one write
 * transaction: session step, history, outbox), her outbox loop handing the
 * envelope to an in-memory network and dropping the entry, and Bob's client
 * receiving it (one write transaction: session step, history, conversation)
 * and acknowledging it. Delivery receipts are off, so each message is one
 * envelope one way. An operation (`inFlight` messages) ends when Bob's app
 * got every message of it.
 */
export async function clientWorkload(
  aliceStorage: Storage,
  bobStorage: Storage,
  inFlight: number,
  messages: readonly Uint8Array[],
  check: PlaintextCheck,
): Promise<{ workload: Workload; close: () => Promise<void> }> {
  const network = memoryNetwork();
  const directory = memoryPreKeyDirectory();
  const alice = await makeDevice('alice');
  const bob = await makeDevice('bob');
  const open = (d: typeof alice, storage: Storage) =>
    createClient({
      device: d.device,
      storage,
      transports: [network.transport(deviceAddress(d.device.uuid, d.device.deviceId))],
      directory,
      deliveryReceipts: false,
    });
  const a = await open(alice, aliceStorage);
  const b = await open(bob, bobStorage);
  await b.publishPreKeys();
  await a.contacts.add({
    uuid: bob.device.uuid,
    bundles: await directory.fetchBundles(bob.device.uuid),
  });
  const conversation = directConversation(bob.device.uuid);
  // One exchange both ways first, so the stream below is ratchet messages, not PreKeyMessages.
  let answered: () => void = () => {};
  const answer = new Promise<void>((resolve) => (answered = resolve));
  const stop = a.on('message', () => answered());
  const greeted = new Promise<void>((resolve) => {
    const off = b.on('message', () => {
      off();
      resolve();
    });
  });
  await a.sendText(conversation, 'hello');
  await greeted;
  await b.sendText(directConversation(alice.device.uuid), 'hello');
  await answer;
  stop();
  const expected: Uint8Array[] = [];
  let arrived: (() => void) | null = null;
  b.on('message', ({ message }) => {
    if (message.content.kind !== 'structured') return; // the greeting
    check.equal(message.content.payload, expected.shift()!);
    if (expected.length === 0) arrived?.();
  });
  const next = cycle(messages);
  const workload: Workload = {
    async op() {
      const batch = Array.from({ length: inFlight }, () => next());
      expected.push(...batch);
      const done = new Promise<void>((resolve) => (arrived = resolve));
      await Promise.all(batch.map((m) => a.sendStructured(conversation, 'bench', m)));
      await done;
    },
  };
  return {
    workload,
    close: async () => {
      await a.close();
      await b.close();
      await aliceStorage.close();
      await bobStorage.close();
    },
  };
}
