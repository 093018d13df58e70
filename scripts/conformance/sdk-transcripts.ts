/**
 * Transcript replay for the SDK adapter (spec/conformance.md §4.3): both
 * parties rebuilt from their secrets, every random draw answered from the
 * step's recorded bytes, through the public API of `@nexuslink/sdk`.
 */
import { createHash } from 'node:crypto';
import {
  createKemPreKey,
  createOneTimePreKeys,
  createPreKeyBundle,
  createSenderKeyDistribution,
  createSignedPreKey,
  decryptMessage,
  deviceAddress,
  deviceSigner,
  encryptMessage,
  establishSession,
  exportSessionSnapshot,
  groupDecrypt,
  groupEncrypt,
  importSessionSnapshot,
  KeyAgreementKeyPair,
  localDevice,
  processSenderKeyDistribution,
  softwareKeyStore,
} from '@nexuslink/sdk';
import type { LocalDevice, RandomSource, SessionContext } from '@nexuslink/sdk';
import { memoryProtocolStores } from '@nexuslink/sdk/testing';
import type { MemoryProtocolStores } from '@nexuslink/sdk/testing';
import { hex, systemRandom, Unsupported, unhex, utf8 } from './common.js';
import type { Json } from './common.js';

/** Answers RNG calls with recorded bytes, in order (a transcript step's `random`). */
class ReplayRandom implements RandomSource {
  #bytes: Uint8Array = new Uint8Array(0);
  feed(hexBytes: string | undefined): void {
    if (this.#bytes.length > 0)
      throw new Error(`${this.#bytes.length} recorded random bytes left unused`);
    this.#bytes = unhex(hexBytes ?? '');
  }
  randomBytes(length: number): Uint8Array {
    if (this.#bytes.length < length)
      throw new Error(`asked for ${length} random bytes, ${this.#bytes.length} recorded`);
    const out = this.#bytes.slice(0, length);
    this.#bytes = this.#bytes.slice(length);
    return out;
  }
  /** Throws when the operation drew fewer bytes than recorded. */
  done(): void {
    const left = this.#bytes.length;
    this.#bytes = new Uint8Array(0);
    if (left > 0) throw new Error(`${left} recorded random bytes left unused`);
  }
}

/** `seededRandom` of test-vectors/README.md: block i is SHA-256(utf8(seed) || u32be(i)). */
function seededRandom(seed: string): RandomSource {
  let block = 0;
  let buffer = new Uint8Array(0);
  return {
    randomBytes(length: number) {
      while (buffer.length < length) {
        const counter = Buffer.alloc(4);
        counter.writeUInt32BE(block++);
        const next = createHash('sha256').update(seed, 'utf8').update(counter).digest();
        buffer = new Uint8Array([...buffer, ...next]);
      }
      const out = buffer.slice(0, length);
      buffer = buffer.slice(length);
      return out;
    },
  };
}

interface TranscriptParty {
  device: LocalDevice;
  stores: MemoryProtocolStores;
  random: ReplayRandom;
  address: { uuid: string; deviceId: string };
}

/** A party of a transcript, rebuilt from its secrets with the prekeys its `prekey_random` makes. */
async function rebuild(secrets: Json, clock: { now(): number }): Promise<TranscriptParty> {
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
  const random = new ReplayRandom();
  const stores = memoryProtocolStores();
  const ctx = { stores, clock, random };
  random.feed(secrets.prekey_random);
  const signed = hex(await createSignedPreKey(device, stores.preKeys, 1, ctx));
  const kem = hex(
    await createKemPreKey(device, stores.preKeys, 1000, { ...ctx, lastResort: true }),
  );
  random.done();
  if (signed !== secrets.signed_prekey || kem !== secrets.last_resort_kem_prekey)
    throw new Error('the prekeys made from prekey_random differ from the recorded ones');
  return { device, stores, random, address: deviceAddress(device.uuid, device.deviceId) };
}

/** One transcript being replayed (spec/conformance.md §4.3). */
class Transcript {
  readonly sent: Uint8Array[] = [];
  readonly copies = new Map<string, MemoryProtocolStores>();
  #t = 0;
  readonly clock = { now: () => this.#t };
  parties: Record<string, TranscriptParty> = {};
  distributionId: string | null = null;

  setTime(ms: unknown) {
    if (typeof ms === 'number') this.#t = ms;
  }
  ctx(name: string, random?: RandomSource): SessionContext {
    const p = this.party(name);
    return { stores: p.stores, clock: this.clock, random: random ?? p.random };
  }
  party(name: string): TranscriptParty {
    const p = this.parties[name];
    if (!p) throw new Error(`no party ${name}`);
    return p;
  }

  async start(setup: Json): Promise<void> {
    this.setTime(setup.at_ms);
    const alice = await rebuild(setup.alice, this.clock);
    const bob = await rebuild(setup.bob, this.clock);
    this.parties = { alice, bob };
    if (setup.distribution_id !== undefined) {
      // Sender keys: Alice's distribution reaches Bob inside a 1:1 message.
      this.distributionId = setup.distribution_id;
      alice.random.feed(setup.distribution_random);
      const distribution = await createSenderKeyDistribution(
        alice.device,
        unhex(setup.distribution_id),
        this.ctx('alice'),
      );
      alice.random.done();
      if (hex(distribution) !== setup.distribution)
        throw new Error('the distribution differs from the recorded one');
      const bundle = createPreKeyBundle({
        device: bob.device,
        signedPreKey: unhex(setup.bob.signed_prekey),
        kemPreKey: unhex(setup.bob.last_resort_kem_prekey),
      });
      await establishSession(alice.device, bundle, this.ctx('alice', systemRandom));
      const received = await decryptMessage(
        bob.device,
        await encryptMessage(
          alice.device,
          bob.address,
          distribution,
          this.ctx('alice', systemRandom),
        ),
        this.ctx('bob', systemRandom),
      );
      await processSenderKeyDistribution(received, received.plaintext, this.ctx('bob'));
      return;
    }
    if (setup.bob.one_time_and_kem_prekey_random) {
      bob.random.feed(setup.bob.one_time_and_kem_prekey_random);
      if (setup.bob.one_time_prekey) {
        const [otp] = await createOneTimePreKeys(bob.stores.preKeys, 1, 1, this.ctx('bob'));
        if (hex(otp!) !== setup.bob.one_time_prekey) throw new Error('one-time prekey differs');
      }
      if (setup.bob.kem_prekey !== setup.bob.last_resort_kem_prekey) {
        const kem = await createKemPreKey(bob.device, bob.stores.preKeys, 1, this.ctx('bob'));
        if (hex(kem) !== setup.bob.kem_prekey) throw new Error('one-time KEM prekey differs');
      }
      bob.random.done();
    }
    alice.random.feed(setup.establish.random);
    await establishSession(alice.device, unhex(setup.bundle), {
      ...this.ctx('alice'),
      headerEncryption: setup.header_encryption,
      kemRandomness: unhex(setup.establish.kem_randomness),
    });
    alice.random.done();
  }

  async step(step: Json): Promise<unknown> {
    this.setTime(step.at_ms);
    const text = (s: string) => utf8(s);
    switch (step.action) {
      case 'delete_session':
        await this.party(step.at).stores.sessions.deleteSession(this.party(step.peer).address);
        return {};
      case 'save_copy':
        this.copies.set(step.name, this.party(step.at ?? 'alice').stores.copy());
        return {};
      case 'restore_copy': {
        const copy = this.copies.get(step.name);
        if (!copy) throw new Error(`no copy ${step.name}`);
        this.party(step.at ?? 'alice').stores = copy.copy();
        return {};
      }
      case 'remove_prekey':
        await this.party(step.at).stores.preKeys.removePreKey(step.kind, step.id);
        return {};
      case 'send_many': {
        const from = this.party(step.from);
        const ctx = this.ctx(step.from, seededRandom(step.random_seed));
        if (this.sent.length !== step.first_index)
          throw new Error(`first_index ${step.first_index}, ${this.sent.length} sent so far`);
        for (let i = 0; i < step.count; i++)
          this.sent.push(
            await encryptMessage(
              from.device,
              this.party(step.to).address,
              text(step.plaintext.replace('{i}', String(i))),
              ctx,
            ),
          );
        return {};
      }
      case 'sessions_many': {
        const from = this.party(step.from);
        const to = this.party(step.to);
        const random = seededRandom(step.random_seed);
        for (let i = 0; i < step.count; i++) {
          const kemRandomness = random.randomBytes(32);
          await establishSession(from.device, unhex(step.bundle), {
            ...this.ctx(step.from, random),
            kemRandomness,
          });
          const env = await encryptMessage(
            from.device,
            to.address,
            text(step.plaintext.replace('{i}', String(i))),
            this.ctx(step.from, random),
          );
          await decryptMessage(to.device, env, this.ctx(step.to, systemRandom));
        }
        return {};
      }
      case 'establish': {
        const at = this.party(step.at);
        at.random.feed(step.random);
        await establishSession(at.device, unhex(step.bundle), {
          ...this.ctx(step.at),
          kemRandomness: unhex(step.kem_randomness),
        });
        at.random.done();
        return {};
      }
      case 'load_record': {
        const sessions = this.party(step.at).stores.sessions;
        const address = this.party(step.peer).address;
        await sessions.deleteSession(address);
        await sessions.storeSession(address, unhex(step.record));
        const entries = Object.entries((step.entries ?? {}) as Record<string, string>);
        if (entries.length > 0)
          await sessions.storeSessionEntries(
            address,
            new Map(entries.map(([name, value]) => [name, unhex(value)])),
          );
        return {};
      }
      case 'export_snapshot': {
        const at = this.party(step.at);
        at.random.feed(step.random);
        const snapshot = await exportSessionSnapshot(
          this.party(step.peer).address,
          unhex(step.key),
          this.ctx(step.at),
        );
        at.random.done();
        return { snapshot: hex(snapshot) };
      }
      case 'import_snapshot':
        await importSessionSnapshot(
          this.party(step.peer).address,
          unhex(step.snapshot),
          unhex(step.key),
          this.ctx(step.at),
        );
        return {};
      case 'stored': {
        const sessions = this.party(step.at).stores.sessions;
        const address = this.party(step.peer).address;
        const record = await sessions.loadSession(address);
        const entries: Record<string, string> = {};
        for (const name of await sessions.listSessionEntries(address, ''))
          entries[name] = hex((await sessions.loadSessionEntry(address, name))!);
        return { record: record === null ? null : hex(record), entries };
      }
      case 'send': {
        const fromName = step.from ?? 'alice';
        const from = this.party(fromName);
        const plaintext = text(step.plaintext);
        from.random.feed(step.random);
        let envelope: Uint8Array;
        try {
          envelope =
            this.distributionId !== null
              ? await groupEncrypt(
                  from.device,
                  unhex(this.distributionId),
                  plaintext,
                  this.ctx(fromName),
                )
              : await encryptMessage(
                  from.device,
                  this.party(step.to).address,
                  plaintext,
                  this.ctx(fromName),
                );
        } finally {
          // A refused send draws nothing; whatever it was given must be used up either way.
          from.random.done();
        }
        this.sent.push(envelope);
        return { envelope: hex(envelope) };
      }
      case 'receive': {
        const atName = step.at ?? 'bob';
        const at = this.party(atName);
        const envelope = step.index !== undefined ? this.sent[step.index] : unhex(step.envelope);
        if (!envelope) throw new Error(`no envelope sent as ${step.index}`);
        if (this.distributionId !== null) {
          const m = await groupDecrypt(envelope, this.ctx(atName, systemRandom));
          return { plaintext: new TextDecoder().decode(m.plaintext) };
        }
        at.random.feed(step.random);
        try {
          const m = await decryptMessage(at.device, envelope, this.ctx(atName));
          return { plaintext: new TextDecoder().decode(m.plaintext) };
        } finally {
          // A failed receive also draws what it recorded (spec/ratchet.md §2).
          at.random.done();
        }
      }
      default:
        throw new Unsupported(`step action ${String(step.action)}`);
    }
  }
}

/** `pqxdh.establish` and `transcript.*`: one transcript at a time. */
export function transcriptOperations(): (op: string, x: Json) => Promise<unknown> {
  let transcript: Transcript | null = null;
  return async (op, x) => {
    switch (op) {
      case 'pqxdh.establish': {
        const t = new Transcript();
        t.setTime(x.at_ms);
        const alice = await rebuild(x.initiator, t.clock);
        await establishSession(alice.device, unhex(x.bundle), {
          stores: alice.stores,
          clock: t.clock,
          random: systemRandom,
          ...(x.expected_uuid ? { expectedUuid: x.expected_uuid } : {}),
        });
        return {};
      }
      case 'transcript.start': {
        transcript = new Transcript();
        await transcript.start(x);
        return {};
      }
      case 'transcript.step':
        if (!transcript) throw new Error('transcript.step without transcript.start');
        return transcript.step(x);
      case 'transcript.end':
        transcript = null;
        return {};
      default:
        throw new Unsupported(`unknown operation ${op}`);
    }
  };
}
