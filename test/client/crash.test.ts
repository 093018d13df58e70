// Crash safety of the client (spec/client.md §4): an app process
// (crash-child.ts) runs a NexusClient on durable storage and chats with a
// peer client in this process, through a network that this process holds for
// it. The test kills the app with SIGKILL at random points, at least 50
// times, restarting it on the same storage. At the end every message the
// peer sent is in the app's history exactly once, every message the app
// committed reached the peer exactly once (and none twice), and both
// directions still work.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createKemPreKey,
  createOneTimePreKeys,
  createPreKeyBundle,
  createSignedPreKey,
  deviceAddress,
  directConversation,
  storageProtocolStores,
} from '../../src/index.js';
import { memoryNetwork, memoryPreKeyDirectory } from '../../src/testing/index.js';
import { messageRecordCodec } from '../../src/wire/index.js';
import type { InboundEnvelope, SoftwareKeyRecord } from '../../src/index.js';
import { bundleChild, hex, xorshift } from '../helpers.js';
import { openAppStorage } from '../storage/crash-child-storage.js';
import type { ClientCrashConfig } from './crash-config.js';
import { makePerson, startClient, texts } from './fixtures.js';

const KILLS = Number(process.env.CRASH_KILLS ?? 50);
const debug = process.env.CRASH_DEBUG
  ? (m: string) => void process.stderr.write(`${m}\n`)
  : () => undefined;
const dir = mkdtempSync(join(tmpdir(), 'nexuslink-client-crash-'));
let child = '';
beforeAll(async () => {
  child = await bundleChild('test/client/crash-child.ts', 'client-crash-child');
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(child, { force: true });
});

async function crashRun(adapter: ClientCrashConfig['adapter'], seed: number) {
  const random = xorshift(seed);
  const path = join(dir, `${adapter}-${seed}.db`);
  const key = globalThis.crypto.getRandomValues(new Uint8Array(32));
  const network = memoryNetwork();

  // The app's identity and device; its prekeys go into its storage, its bundle to the peer.
  const app = await makePerson('app');
  let signingKeys: SoftwareKeyRecord[] = [];
  const appDevice = await app.addDevice('app', {
    onChange: (keys: SoftwareKeyRecord[]) => void (signingKeys = keys),
  });
  const setup = await openAppStorage(adapter, path, key);
  const { preKeys } = storageProtocolStores(setup);
  const bundle = createPreKeyBundle({
    device: appDevice,
    signedPreKey: await createSignedPreKey(appDevice, preKeys, 1),
    kemPreKey: await createKemPreKey(appDevice, preKeys, 1, { lastResort: true }),
    oneTimePreKey: (await createOneTimePreKeys(preKeys, 1, 1))[0]!,
  });
  await setup.close();
  const appAddress = deviceAddress(app.uuid, appDevice.deviceId);

  const peerPerson = await makePerson('peer');
  const peer = await startClient(network, memoryPreKeyDirectory(), await peerPerson.addDevice(), {
    deliveryReceipts: false,
  });
  await peer.client.contacts.add({ uuid: app.uuid, bundles: [bundle] });
  const toApp = directConversation(app.uuid);
  // The app's mailbox on the network, served to the child over its pipes.
  const mailbox = network.transport(appAddress);
  await mailbox.connect();

  const config: ClientCrashConfig = {
    adapter,
    path,
    key: hex(key),
    deviceCertificate: hex(appDevice.deviceCertificate),
    selfSigningCertificate: hex(app.selfSigningCertificate.bytes),
    keyAgreementSecret: hex(app.keyAgreementSecrets[0]!),
    signingKeys,
    signingKeyId: app.signingKeyIds[0]!,
    peer: peerPerson.uuid,
  };
  const configPath = join(dir, `${adapter}-${seed}.json`);
  writeFileSync(configPath, JSON.stringify(config));

  let peerSent = 0;
  let appCommanded = 0;
  const appConfirmed = new Set<string>();
  const lastCommanded: string[] = [];
  let kills = 0;
  const peerSend = async () => {
    await peer.client.sendText(toApp, `m${++peerSent}`);
  };

  const lifetime = (kill: boolean) =>
    new Promise<void>((resolve, reject) => {
      const proc = spawn(process.execPath, [child, configPath], {
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let stderr = '';
      proc.stderr.on('data', (d: Buffer) => void (stderr += d.toString()));
      proc.stdin.on('error', () => undefined);
      const write = (line: string) => {
        if (proc.exitCode === null && !proc.killed) proc.stdin.write(`${line}\n`);
      };
      let timer: NodeJS.Timeout | undefined;
      let iterator: AsyncIterator<InboundEnvelope> | null = null;
      let stopping = false;
      let started = false; // the final lifetime's messages are all queued
      const forward = async () => {
        iterator = mailbox.receive()[Symbol.asyncIterator]();
        for (;;) {
          const next = await iterator.next();
          if (next.done) return;
          write(`env ${next.value.id} ${Buffer.from(next.value.envelope).toString('base64')}`);
        }
      };
      const finalCheck = async () => {
        if (kill || stopping || !started) return;
        const peerHas = texts(peer.events);
        if (
          network.pending(appAddress) === 0 &&
          (await peer.client.pendingOutbox()) === 0 &&
          [...appConfirmed].every((t) => peerHas.includes(t)) &&
          lastCommanded.every((t) => appConfirmed.has(t))
        ) {
          stopping = true;
          write('stop');
        }
      };
      let work = Promise.resolve();
      createInterface({ input: proc.stdout }).on('line', (line) => {
        debug(`line ${line.slice(0, 40)}`);
        work = work
          .then(async () => {
            const [command, a, b, c, d] = line.split(' ');
            if (command === 'ready') {
              void forward();
              if (kill) timer = setTimeout(() => proc.kill('SIGKILL'), random(400));
              for (let i = 0; i < (kill ? 3 : 5); i++) await peerSend();
              for (let i = 0; i < (kill ? 2 : 5); i++) {
                const text = `a${++appCommanded}`;
                if (!kill) lastCommanded.push(text);
                write(`send ${text}`);
              }
              started = true;
            } else if (command === 'ack') {
              await mailbox.acknowledge(a!);
            } else if (command === 'out') {
              await mailbox.send({ uuid: b!, deviceId: c! }, Buffer.from(d!, 'base64'));
              write(`ok ${a}`);
            } else if (command === 'sent') {
              appConfirmed.add(a!);
            }
          })
          .catch((err: unknown) => {
            stderr += String(err);
            proc.kill('SIGKILL');
          });
      });
      const poll = kill ? undefined : setInterval(() => void finalCheck(), 20);
      proc.on('close', (code, signal) => {
        debug(`close ${code} ${signal} ${stderr}`);
        clearTimeout(timer);
        clearInterval(poll);
        void (iterator as { return?: () => Promise<unknown> } | null)?.return?.();
        void work.then(() => {
          if (signal === 'SIGKILL' && kill) kills++;
          else if (code !== 0) return reject(new Error(`app exited ${code ?? signal}: ${stderr}`));
          resolve();
        });
      });
    });

  while (kills < KILLS) await lifetime(true);
  await lifetime(false);

  // The app's history, read back from its storage.
  const storage = await openAppStorage(adapter, path, key);
  const history = await storage.read((tx) =>
    tx.list('messages', { prefix: `${directConversation(peerPerson.uuid)}/` }),
  );
  await storage.close();
  const records = history.map((e) => messageRecordCodec.decode(e.value));
  const body = (r: (typeof records)[number]) =>
    r.message!.body.case === 'text' ? r.message!.body.value.text : '';
  await peer.client.close();
  await mailbox.close();
  return {
    kills,
    peerSent,
    appCommanded,
    appConfirmed,
    stored: records.filter((r) => !r.outgoing).map(body),
    storedOutgoing: records.filter((r) => r.outgoing).map(body),
    peerReceived: texts(peer.events),
  };
}

describe('client crash safety: SIGKILL at random points, restart on the same storage', () => {
  const seed = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
  for (const adapter of ['sqlite', 'sqljs'] as const)
    it(`${adapter} (CRASH_SEED=${seed})`, async () => {
      const r = await crashRun(adapter, seed);
      const once = (list: string[]) => new Set(list).size === list.length;
      console.log(
        `client crash test ${adapter}: ${r.kills} kills; ${r.stored.length} of ${r.peerSent} peer messages stored once; ` +
          `${r.appConfirmed.size} of ${r.appCommanded} app messages committed, ${r.peerReceived.length} received by the peer, none twice`,
      );
      expect(r.kills).toBeGreaterThanOrEqual(KILLS);
      // Every message the peer sent is in the app's history exactly once.
      expect(once(r.stored)).toBe(true);
      expect([...r.stored].sort()).toEqual(
        Array.from({ length: r.peerSent }, (_, i) => `m${i + 1}`).sort(),
      );
      // Every message the app committed reached the peer exactly once, and nothing arrived twice.
      expect(once(r.peerReceived)).toBe(true);
      for (const t of r.appConfirmed) expect(r.peerReceived).toContain(t);
      // What reached the peer is what the app's history says it sent.
      expect([...r.peerReceived].sort()).toEqual([...r.storedOutgoing].sort());
    }, 300_000);
});
