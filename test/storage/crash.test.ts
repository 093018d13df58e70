// Crash safety (spec/storage.md §1, issue "Crash safety"): an app process
// (crash-child.ts) exchanges messages with a peer (this test) while the test
// kills it with SIGKILL at random points, at least 50 times, restarting it on
// the same storage each time. At the end every message the peer sent reached
// the app's history exactly once, every reply the app sent reached the peer
// exactly once, and the session still works both ways.
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  certifyNewDevice,
  createIdentity,
  createKemPreKey,
  createOneTimePreKeys,
  createPreKeyBundle,
  createSignedPreKey,
  decryptMessage,
  deviceAddress,
  deviceSigner,
  encryptMessage,
  establishSession,
  issueSelfSigningCertificate,
  localDevice,
  NexusError,
  SigningKeyPair,
  softwareKeyStore,
  storageProtocolStores,
} from '../../src/index.js';
import type { SoftwareKeyRecord } from '../../src/index.js';
import { makeParty } from '../ratchet/fixtures.js';
import { bundleChild, xorshift } from '../helpers.js';
import type { CrashChildConfig } from './crash-child-storage.js';
import { openAppStorage } from './crash-child-storage.js';

const KILLS = Number(process.env.CRASH_KILLS ?? 50);
const debug = process.env.CRASH_DEBUG
  ? (...a: unknown[]) => void process.stderr.write(`${a.map(String).join(' ')}\n`)
  : () => undefined;
const dir = mkdtempSync(join(tmpdir(), 'nexuslink-crash-'));
let child = '';
beforeAll(async () => {
  child = await bundleChild('test/storage/crash-child.ts', 'crash-child');
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(child, { force: true });
});

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const text = (b: Uint8Array) => new TextDecoder().decode(b);

type Adapter = CrashChildConfig['adapter'];

async function crashRun(adapter: Adapter, seed: number) {
  const random = xorshift(seed);
  const path = join(dir, `${adapter}-${seed}.db`);
  const key = globalThis.crypto.getRandomValues(new Uint8Array(32));

  // The app's identity, device and prekeys; prekeys go into its storage.
  const { identity } = createIdentity();
  const ssk = SigningKeyPair.generate();
  const sskCert = await issueSelfSigningCertificate({
    identity,
    signingKey: ssk.publicKey,
    createdAt: Date.now() - 60_000,
  });
  let signingKeys: SoftwareKeyRecord[] = [];
  const keyStore = softwareKeyStore({ onChange: (keys) => void (signingKeys = keys) });
  const nd = await certifyNewDevice({
    keyStore,
    selfSigningKey: ssk,
    identityKey: identity.publicKey.bytes,
    displayName: 'app',
    clock: { now: () => Date.now() - 60_000 },
  });
  const device = localDevice({
    deviceCertificate: nd.certificate.bytes,
    selfSigningCertificate: sskCert.bytes,
    keyAgreementKey: nd.keyAgreementKey,
    signer: await deviceSigner(keyStore, nd.signingKeyId),
  });
  const setup = await openAppStorage(adapter, path, key);
  const { preKeys } = storageProtocolStores(setup);
  const bundle = createPreKeyBundle({
    device,
    signedPreKey: await createSignedPreKey(device, preKeys, 1),
    kemPreKey: await createKemPreKey(device, preKeys, 1),
    oneTimePreKey: (await createOneTimePreKeys(preKeys, 1, 1))[0]!,
  });
  await setup.close();

  // The peer: in memory here, never crashes.
  const peer = await makeParty('peer');
  const appAddress = await establishSession(peer.device, bundle, {
    stores: peer.ctx.stores,
  });
  const config: CrashChildConfig = {
    adapter,
    path,
    key: hex(key),
    deviceCertificate: hex(nd.certificate.bytes),
    selfSigningCertificate: hex(sskCert.bytes),
    keyAgreementSecret: hex(nd.keyAgreementKey.exportSecret()),
    signingKeys,
    signingKeyId: nd.signingKeyId,
    peer: deviceAddress(peer.device.uuid, peer.device.deviceId),
  };
  const configPath = join(dir, `${adapter}-${seed}.json`);
  writeFileSync(configPath, JSON.stringify(config));

  const sent = new Map<string, Uint8Array>(); // peer → app, not yet confirmed ("got")
  const confirmed = new Set<string>();
  const replies = new Map<string, number>(); // app → peer: times each reply decrypted
  let duplicatesRefused = 0;
  let nextId = 1;
  let kills = 0;
  let finalMessages = 0;
  let failure: unknown = null;

  const newMessage = async () => {
    const id = `m${nextId++}`;
    sent.set(
      id,
      await encryptMessage(peer.device, appAddress, new TextEncoder().encode(id), peer.ctx),
    );
    return id;
  };

  /** One lifetime of the app: resolves when it exits (killed or stopped). */
  const lifetime = (kill: boolean) =>
    new Promise<void>((resolve, reject) => {
      const proc: ChildProcessWithoutNullStreams = spawn(process.execPath, [child, configPath], {
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let stderr = '';
      proc.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        debug('child stderr', d.toString());
      });
      proc.stdin.on('error', () => undefined); // writes racing the kill
      const send = (line: string) => {
        if (proc.exitCode === null && !proc.killed) proc.stdin.write(`${line}\n`);
      };
      const window = () => {
        // Keep a few messages in flight: redeliver every unconfirmed one, in order.
        for (const [id, envelope] of sent)
          send(`in ${id} ${Buffer.from(envelope).toString('base64')}`);
      };
      // The last lifetime ends once ten messages went through it and every reply is acknowledged.
      const maybeStop = () => {
        if (!kill && finalMessages >= 10 && sent.size === 0 && replies.size === confirmed.size)
          send('stop');
      };
      let timer: NodeJS.Timeout | undefined;
      if (kill && random(5) === 0) timer = setTimeout(() => proc.kill('SIGKILL'), random(150));
      let work = Promise.resolve();
      createInterface({ input: proc.stdout }).on('line', (line) => {
        debug('line', line.slice(0, 30));
        work = work
          .then(async () => {
            const [command, id, data] = line.split(' ');
            if (command === 'ready') {
              if (kill && timer === undefined)
                timer = setTimeout(() => proc.kill('SIGKILL'), random(40));
              while (sent.size < 4) await newMessage();
              window();
            } else if (command === 'got') {
              if (sent.delete(id!)) {
                confirmed.add(id!);
                if (!kill) finalMessages++;
                if (kill || finalMessages + sent.size < 10) {
                  const fresh = await newMessage();
                  send(`in ${fresh} ${Buffer.from(sent.get(fresh)!).toString('base64')}`);
                }
              }
              maybeStop();
            } else if (command === 'out') {
              try {
                const got = await decryptMessage(
                  peer.device,
                  Buffer.from(data!, 'base64'),
                  peer.ctx,
                );
                expect(text(got.plaintext)).toBe(`reply ${id}`);
                replies.set(id!, (replies.get(id!) ?? 0) + 1);
              } catch (err) {
                if (!NexusError.is(err, 'DUPLICATE_MESSAGE')) throw err;
                duplicatesRefused++;
              }
              send(`ack ${id}`);
              maybeStop();
            }
          })
          .catch((err: unknown) => {
            failure ??= err;
            proc.kill('SIGKILL');
          });
      });
      proc.on('close', (code, signal) => {
        debug('close', code, signal, kills);
        clearTimeout(timer);
        void work.then(() => {
          if (signal === 'SIGKILL' && kill) kills++;
          else if (code !== 0) return reject(new Error(`app exited ${code ?? signal}: ${stderr}`));
          resolve();
        });
      });
    });

  while (kills < KILLS && failure === null) await lifetime(true);
  await lifetime(false);
  if (failure !== null) throw failure;

  // What the app stored, read back from its storage.
  const storage = await openAppStorage(adapter, path, key);
  const history = await storage.read((tx) => tx.list('messages', { prefix: 'peer/' }));
  const outbox = await storage.read((tx) => tx.list('outbox'));
  await storage.close();
  const storedIds = history.map((e) => text(e.value));
  return {
    kills,
    sentByPeer: nextId - 1,
    confirmed: confirmed.size,
    storedIds,
    replies,
    duplicatesRefused,
    outbox: outbox.length,
  };
}

describe('crash safety: SIGKILL at random points, restart on the same storage', () => {
  const seed = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
  for (const adapter of ['sqlite', 'sqlite-normal', 'sqljs'] as const) {
    it(`${adapter} (CRASH_SEED=${seed})`, async () => {
      const r = await crashRun(adapter, seed);
      console.log(
        `crash test ${adapter}: ${r.kills} kills; ${r.storedIds.length} of ${r.sentByPeer} peer messages stored, ` +
          `${[...r.replies.values()].filter((n) => n === 1).length} replies delivered once, ` +
          `${r.duplicatesRefused} redelivered replies refused as duplicates`,
      );
      expect(r.kills).toBeGreaterThanOrEqual(KILLS);
      // Every message the peer sent is in the app's history exactly once...
      expect(r.confirmed).toBe(r.sentByPeer);
      expect(new Set(r.storedIds).size).toBe(r.storedIds.length);
      expect([...r.storedIds].sort()).toEqual(
        Array.from({ length: r.sentByPeer }, (_, i) => `m${i + 1}`).sort(),
      );
      // ...every reply reached the peer exactly once, and none is left queued...
      expect(r.replies.size).toBe(r.sentByPeer);
      expect([...r.replies.values()].every((n) => n === 1)).toBe(true);
      expect(r.outbox).toBe(0);
      // ...and the last ten exchanges ran after the last crash: the session works both ways.
    }, 180_000);
  }
});
