import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  deviceSigner,
  Identity,
  KeyAgreementKeyPair,
  NexusError,
  softwareKeyStore,
} from '../../src/index.js';
import type { RandomSource } from '../../src/interfaces/runtime.js';
import { crypto, portableProvider, setCryptoProvider } from '../../src/primitives/provider.js';
import { createNativeProvider } from '../../src/primitives/native.js';
import { memoryProtocolStores } from '../../src/testing/index.js';
import {
  createKemPreKey,
  createOneTimePreKeys,
  createSignedPreKey,
  localDevice,
} from '../../src/ratchet/prekeys.js';
import {
  decryptMessage,
  deviceAddress,
  encryptMessage,
  establishSession,
} from '../../src/ratchet/session.js';
import {
  groupDecrypt,
  groupEncrypt,
  createSenderKeyDistribution,
} from '../../src/ratchet/sender-keys.js';
import { carryDistribution, sessionVectors } from '../../scripts/vectors/session.js';
import { exportSessionSnapshot, importSessionSnapshot } from '../../src/ratchet/snapshot.js';
import { seededRandom } from '../../scripts/vectors/rng.js';
import { hex, repoPath, unhex } from '../helpers.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A step's plaintext: `plaintext`, or `plaintext_repeat` (`text` repeated `count` times). */
const plaintextOf = (step: Json): string =>
  step.plaintext_repeat !== undefined
    ? step.plaintext_repeat.text.repeat(step.plaintext_repeat.count)
    : step.plaintext;
const load = (path: string): Json =>
  JSON.parse(readFileSync(repoPath(`test-vectors/${path}`), 'utf8'));

/** Answers RNG calls with the recorded bytes, in order; a step must use exactly what it recorded. */
class ReplayRandom implements RandomSource {
  #bytes: Uint8Array = new Uint8Array(0);
  feed(hexBytes: string): void {
    expect(this.#bytes.length, 'previous step left recorded random bytes unused').toBe(0);
    this.#bytes = unhex(hexBytes);
  }
  randomBytes(length: number): Uint8Array {
    if (this.#bytes.length < length)
      throw new Error(`replay: asked for ${length} random bytes, ${this.#bytes.length} recorded`);
    const out = this.#bytes.slice(0, length);
    this.#bytes = this.#bytes.slice(length);
    return out;
  }
  done(): void {
    expect(this.#bytes.length, 'recorded random bytes left unused').toBe(0);
  }
}

async function rebuild(secrets: Json, clock: { now(): number }) {
  const keyStore = softwareKeyStore({
    keys: [
      {
        id: 'device',
        algorithm: 'ed25519',
        privateKey: secrets.device_signing_seed,
        extractable: false,
        label: '',
      },
    ],
  });
  const device = localDevice({
    deviceCertificate: unhex(secrets.device_certificate),
    selfSigningCertificate: unhex(secrets.self_signing_certificate),
    keyAgreementKey: KeyAgreementKeyPair.fromSecret(unhex(secrets.key_agreement_secret)),
    signer: await deviceSigner(keyStore, 'device'),
    now: clock.now(),
  });
  expect(device.uuid).toBe(Identity.fromSeed(unhex(secrets.identity_seed)).uuid);
  const random = new ReplayRandom();
  const stores = memoryProtocolStores();
  const ctx = { stores, clock, random };
  random.feed(secrets.prekey_random);
  expect(hex(await createSignedPreKey(device, stores.preKeys, 1, ctx))).toBe(secrets.signed_prekey);
  expect(
    hex(await createKemPreKey(device, stores.preKeys, 1000, { ...ctx, lastResort: true })),
  ).toBe(secrets.last_resort_kem_prekey);
  random.done();
  return { device, ctx, random, address: deviceAddress(device.uuid, device.deviceId) };
}

type Rebuilt = Awaited<ReturnType<typeof rebuild>>;

async function replaySteps(
  steps: Json[],
  parties: Record<string, Rebuilt>,
  clock: { set(t: number): void },
) {
  const sent: Uint8Array[] = [];
  const copies = new Map<string, ReturnType<typeof memoryProtocolStores>>();
  for (const step of steps) {
    clock.set(step.at_ms);
    if (step.action === 'delete_session') {
      await parties[step.at]!.ctx.stores.sessions.deleteSession(parties[step.peer]!.address);
    } else if (step.action === 'save_copy') {
      copies.set(step.name, parties[step.at]!.ctx.stores.copy());
    } else if (step.action === 'restore_copy') {
      const p = parties[step.at]!;
      p.ctx = { ...p.ctx, stores: copies.get(step.name)!.copy() };
    } else if (step.action === 'remove_prekey') {
      await parties[step.at]!.ctx.stores.preKeys.removePreKey(step.kind, step.id);
    } else if (step.action === 'send_many') {
      const from = parties[step.from]!;
      const ctx = { ...from.ctx, random: seededRandom(step.random_seed) };
      expect(sent.length).toBe(step.first_index);
      for (let i = 0; i < step.count; i++)
        sent.push(
          await encryptMessage(
            from.device,
            parties[step.to]!.address,
            new TextEncoder().encode(step.plaintext.replace('{i}', String(i))),
            ctx,
          ),
        );
    } else if (step.action === 'sessions_many') {
      const from = parties[step.from]!;
      const to = parties[step.to]!;
      const random = seededRandom(step.random_seed);
      for (let i = 0; i < step.count; i++) {
        const kemRandomness = random.randomBytes(32);
        await establishSession(from.device, unhex(step.bundle), {
          ...from.ctx,
          random,
          kemRandomness,
        });
        const env = await encryptMessage(
          from.device,
          to.address,
          new TextEncoder().encode(step.plaintext.replace('{i}', String(i))),
          { ...from.ctx, random },
        );
        const m = await decryptMessage(to.device, env, { ...to.ctx, random: crypto() });
        expect(new TextDecoder().decode(m.plaintext)).toBe(`session ${i}`);
      }
    } else if (step.action === 'establish') {
      const at = parties[step.at]!;
      at.random.feed(step.random);
      await establishSession(at.device, unhex(step.bundle), {
        ...at.ctx,
        kemRandomness: unhex(step.kem_randomness),
      });
      at.random.done();
    } else if (step.action === 'load_record') {
      const at = parties[step.at]!;
      const address = parties[step.peer]!.address;
      await at.ctx.stores.sessions.deleteSession(address);
      await at.ctx.stores.sessions.storeSession(address, unhex(step.record));
    } else if (step.action === 'export_snapshot') {
      const at = parties[step.at]!;
      at.random.feed(step.random);
      const snapshot = await exportSessionSnapshot(
        parties[step.peer]!.address,
        unhex(step.key),
        at.ctx,
      );
      at.random.done();
      expect(hex(snapshot), step.note).toBe(step.snapshot);
    } else if (step.action === 'import_snapshot') {
      const at = parties[step.at]!;
      await importSessionSnapshot(
        parties[step.peer]!.address,
        unhex(step.snapshot),
        unhex(step.key),
        at.ctx,
      );
    } else if (step.action === 'stored') {
      const at = parties[step.at]!;
      const address = parties[step.peer]!.address;
      const record = await at.ctx.stores.sessions.loadSession(address);
      expect(record === null ? null : hex(record), step.note).toBe(step.record);
      const entries: Record<string, string> = {};
      for (const name of await at.ctx.stores.sessions.listSessionEntries(address, ''))
        entries[name] = hex((await at.ctx.stores.sessions.loadSessionEntry(address, name))!);
      expect(entries, step.note).toEqual(step.entries);
    } else if (step.action === 'send') {
      const from = parties[step.from]!;
      from.random.feed(step.random);
      const sending = encryptMessage(
        from.device,
        parties[step.to]!.address,
        new TextEncoder().encode(plaintextOf(step)),
        from.ctx,
      );
      if (step.error !== undefined) {
        await expect(sending, step.note).rejects.toSatisfy(
          (e: unknown) => NexusError.is(e) && e.code === step.error,
        );
        from.random.done();
        continue;
      }
      const envelope = await sending;
      from.random.done();
      expect(hex(envelope), `send ${step.index}`).toBe(step.envelope);
      sent.push(envelope);
    } else {
      const at = parties[step.at]!;
      at.random.feed(step.random);
      const envelope = step.index !== undefined ? sent[step.index]! : unhex(step.envelope);
      try {
        const m = await decryptMessage(at.device, envelope, at.ctx);
        expect(step.error, step.note).toBeUndefined();
        expect(new TextDecoder().decode(m.plaintext) === plaintextOf(step), step.note).toBe(true);
      } catch (err) {
        if (!NexusError.is(err)) throw err;
        expect(err.code, step.note).toBe(step.error);
      }
      at.random.done();
    }
  }
}

async function replayTranscript(v: Json) {
  let t = 0;
  const clock = { now: () => t, set: (x: number) => void (t = x) };
  clock.set(v.steps[0].at_ms);
  const alice = await rebuild(v.alice, clock);
  const bob = await rebuild(v.bob, clock);
  if (v.bob.one_time_and_kem_prekey_random) {
    bob.random.feed(v.bob.one_time_and_kem_prekey_random);
    if (v.bob.one_time_prekey)
      expect(hex((await createOneTimePreKeys(bob.ctx.stores.preKeys, 1, 1, bob.ctx))[0]!)).toBe(
        v.bob.one_time_prekey,
      );
    if (v.bob.kem_prekey !== v.bob.last_resort_kem_prekey)
      expect(hex(await createKemPreKey(bob.device, bob.ctx.stores.preKeys, 1, bob.ctx))).toBe(
        v.bob.kem_prekey,
      );
    bob.random.done();
  }
  alice.random.feed(v.establish.random);
  await establishSession(alice.device, unhex(v.bundle), {
    ...alice.ctx,
    headerEncryption: v.header_encryption,
    kemRandomness: unhex(v.establish.kem_randomness),
  });
  alice.random.done();
  await replaySteps(v.steps, { alice, bob }, clock);
}

const providers = [portableProvider, createNativeProvider()].filter((p) => p !== null);
const original = crypto();
afterAll(() => setCryptoProvider(original));

describe('session vectors', () => {
  it('regenerating reproduces every file byte for byte', async () => {
    for (const [path, content] of Object.entries(await sessionVectors())) {
      expect(readFileSync(repoPath(`test-vectors/${path}`), 'utf8'), path).toBe(
        JSON.stringify(content, null, 2) + '\n',
      );
    }
  });

  for (const provider of providers) {
    describe(`replayed with the ${provider.name} provider`, () => {
      it('pqxdh.json', async () => {
        setCryptoProvider(provider);
        const v = load('pqxdh/pqxdh.json');
        for (const c of v.cases) await replayTranscript(c);
        const replayed = v.negative.filter((c: Json) => c.steps !== undefined);
        for (const c of replayed) await replayTranscript(c);
        const alice = await rebuild(replayed[0].alice, { now: () => replayed[0].steps[0].at_ms });
        for (const c of v.negative.filter((c: Json) => c.steps === undefined)) {
          // A refusal after a draw records what was drawn (a small-order prekey).
          if (c.random !== undefined) alice.random.feed(c.random);
          await expect(
            establishSession(alice.device, unhex(c.bundle), {
              ...alice.ctx,
              ...(c.expected_uuid ? { expectedUuid: c.expected_uuid } : {}),
            }),
            c.description,
          ).rejects.toSatisfy((e: unknown) => NexusError.is(e) && e.code === c.error);
          alice.random.done();
        }
      });
      it('ratchet/transcript.json and transcript-header-encryption.json', async () => {
        setCryptoProvider(provider);
        await replayTranscript(load('ratchet/transcript.json'));
        await replayTranscript(load('ratchet/transcript-header-encryption.json'));
      });
      it('state/session-records.json', async () => {
        setCryptoProvider(provider);
        await replayTranscript(load('state/session-records.json'));
      });
      it('ratchet/limits.json', { timeout: 120_000 }, async () => {
        setCryptoProvider(provider);
        await replayTranscript(load('ratchet/limits.json'));
      });
      it('sender-keys/transcript.json', async () => {
        setCryptoProvider(provider);
        const v = load('sender-keys/transcript.json');
        let t = v.steps[0].at_ms;
        const clock = { now: () => t, set: (x: number) => void (t = x) };
        const alice = await rebuild(v.alice, clock);
        const bob = await rebuild(v.bob, clock);
        alice.random.feed(v.distribution_random);
        expect(
          hex(await createSenderKeyDistribution(alice.device, unhex(v.distribution_id), alice.ctx)),
        ).toBe(v.distribution);
        alice.random.done();
        await carryDistribution(
          alice,
          {
            ...bob,
            signedPreKey: unhex(v.bob.signed_prekey),
            lastResortKem: unhex(v.bob.last_resort_kem_prekey),
          },
          unhex(v.distribution),
        );
        const sent: Uint8Array[] = [];
        const copies = new Map<string, ReturnType<typeof memoryProtocolStores>>();
        for (const step of v.steps) {
          clock.set(step.at_ms);
          if (step.action === 'save_copy') {
            copies.set(step.name, alice.ctx.stores.copy());
          } else if (step.action === 'restore_copy') {
            alice.ctx = { ...alice.ctx, stores: copies.get(step.name)!.copy() };
          } else if (step.action === 'send') {
            alice.random.feed(step.random);
            const sending = groupEncrypt(
              alice.device,
              unhex(v.distribution_id),
              new TextEncoder().encode(plaintextOf(step)),
              alice.ctx,
            );
            if (step.error !== undefined) {
              await expect(sending).rejects.toSatisfy(
                (e: unknown) => NexusError.is(e) && e.code === step.error,
              );
              alice.random.done();
              continue;
            }
            const env = await sending;
            alice.random.done();
            expect(hex(env)).toBe(step.envelope);
            sent.push(env);
          } else {
            const env = step.index !== undefined ? sent[step.index]! : unhex(step.envelope);
            try {
              const m = await groupDecrypt(env, bob.ctx);
              expect(step.error, step.note).toBeUndefined();
              expect(new TextDecoder().decode(m.plaintext) === plaintextOf(step), step.note).toBe(
                true,
              );
            } catch (err) {
              if (!NexusError.is(err)) throw err;
              expect(err.code, step.note).toBe(step.error);
            }
          }
        }
      });
    });
  }
});
