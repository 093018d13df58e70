import { performance } from 'node:perf_hooks';
import * as nodeCrypto from 'node:crypto';
import { clone } from '@bufbuild/protobuf';
import { createNativeProvider } from '../../src/primitives/native.js';
import { isValidEd25519Point, portableProvider, setCryptoProvider, crypto } from '../../src/primitives/provider.js';
import { uuidFromPublicKey } from '../../src/identity/uuid.js';
import { SessionStateSchema } from '../../src/wire/gen/nexuslink/v1/state_pb.js';
import { decodeSessionRecord, encodeSessionRecord } from '../../src/ratchet/records.js';
import { envelopeCodec, ratchetMessageCodec } from '../../src/wire/messages.js';
import { nexuslink } from '../nexuslink.js';
import { messages, PlaintextCheck } from '../harness.js';
import { deviceAddress } from '../../src/ratchet/session.js';

function time(label: string, f: () => unknown, ms = 400) {
  for (let i = 0; i < 200; i++) f();
  let n = 0; const t0 = performance.now(); let t = t0;
  while ((t = performance.now()) - t0 < ms) { for (let i = 0; i < 50; i++) f(); n += 50; }
  console.log(label.padEnd(58), ((t - t0) / n * 1000).toFixed(2).padStart(8), 'µs');
}
const native = createNativeProvider()!;
const edPub = portableProvider.ed25519PublicKey(new Uint8Array(32).fill(7));
time('isValidEd25519Point (noble, in uuidFromPublicKey)', () => isValidEd25519Point(edPub));
time('uuidFromPublicKey', () => uuidFromPublicKey(edPub));
const sec = () => nodeCrypto.randomBytes(32);
const fixedSec = new Uint8Array(sec());
const peer = native.x25519PublicKey(new Uint8Array(sec()));
time('native x25519PublicKey, same secret (cached key)', () => native.x25519PublicKey(fixedSec));
const secs = Array.from({ length: 4096 }, () => new Uint8Array(sec())); let k = 0;
time('native x25519PublicKey, fresh secret', () => native.x25519PublicKey(secs[k++ % 4096]!));
const peers = secs.map((s) => native.x25519PublicKey(s)); let j = 0;
time('native x25519, fresh secret + fresh peer', () => native.x25519(secs[j++ % 4096]!, peers[(j * 7) % 4096]!));
time('portable x25519, fresh', () => portableProvider.x25519(secs[j++ % 4096]!, peers[(j * 7) % 4096]!));
time('portable x25519PublicKey', () => portableProvider.x25519PublicKey(secs[j++ % 4096]!));
// raw node: DH with raw JWK-free import
const pkcs8 = (s: Uint8Array) => Buffer.concat([Buffer.from('302e020100300506032b656e04220420', 'hex'), s]);
const spki = (p: Uint8Array) => Buffer.concat([Buffer.from('302a300506032b656e032100', 'hex'), p]);
time('node: createPrivateKey(pkcs8 der)', () => nodeCrypto.createPrivateKey({ key: pkcs8(secs[j++ % 4096]!), format: 'der', type: 'pkcs8' }));
time('node: createPublicKey(spki der)', () => nodeCrypto.createPublicKey({ key: spki(peers[j++ % 4096]!), format: 'der', type: 'spki' }));
const kp = nodeCrypto.createPrivateKey({ key: pkcs8(fixedSec), format: 'der', type: 'pkcs8' });
const kpub = nodeCrypto.createPublicKey({ key: spki(peer), format: 'der', type: 'spki' });
time('node: diffieHellman(KeyObjects) only', () => nodeCrypto.diffieHellman({ privateKey: kp, publicKey: kpub }));
time('node: KeyObject.export(spki der) public', () => nodeCrypto.createPublicKey(kp).export({ format: 'der', type: 'spki' }));
const key = new Uint8Array(32), nonce = new Uint8Array(12), msg = new Uint8Array(1024), ad = new Uint8Array(100);
for (const [name, p] of [['native', native], ['portable', portableProvider]] as const) {
  time(`${name} hmacSha256 (32-byte key, 1 byte)`, () => p.hmacSha256(key, Uint8Array.of(1)));
  time(`${name} hkdfSha256 (32 -> 76)`, () => p.hkdfSha256(key, new Uint8Array(32), ad.subarray(0, 20), 76));
  time(`${name} chacha20poly1305Seal 1 KiB`, () => p.chacha20poly1305Seal(key, nonce, msg, ad));
  time(`${name} ed25519Sign 200 B`, () => p.ed25519Sign(key, ad));
  const sig = p.ed25519Sign(key, ad); const pub = p.ed25519PublicKey(key);
  time(`${name} ed25519Verify 200 B`, () => p.ed25519Verify(pub, ad, sig));
}
// protobuf costs on real states
setCryptoProvider(native);
const impl = nexuslink('n', native);
const msgs = messages(16, 1024);
for (const sc of ['steady', 'ping-pong'] as const) {
  impl.activate!();
  // build the workload and run some ops so the state is in steady state
  const w = await impl.workloads[sc]!({ messages: msgs, check: new PlaintextCheck('x') });
  for (let i = 0; i < 100; i++) await w.op();
  const bytesOf = (globalThis as any).__lastRecord as Uint8Array | undefined;
  void bytesOf;
}
// Record sizes: re-run a small pair manually via the stores
const { makePair } = await import('./pair-helper.js');
for (const mode of ['steady', 'ping-pong'] as const) {
  const { alice, bob, bobAddr, aliceAddr } = await makePair(mode, msgs);
  const rec = (await alice.ctx.stores.sessions.loadSession(bobAddr))!;
  const recB = (await bob.ctx.stores.sessions.loadSession(aliceAddr))!;
  console.log(`${mode}: session record bytes alice=${rec.length} bob=${recB.length}`);
  const decoded = decodeSessionRecord(rec);
  time(`${mode}: decodeSessionRecord (${rec.length} B)`, () => decodeSessionRecord(rec));
  time(`${mode}: encodeSessionRecord`, () => encodeSessionRecord(decoded));
  time(`${mode}: clone(SessionState)`, () => clone(SessionStateSchema, decoded.current!));
  time(`${mode}: store copy (slice) of record`, () => rec.slice());
}
const env = (globalThis as any).__env as Uint8Array;
if (env) {
  time('envelopeCodec.decode (1 KiB msg)', () => envelopeCodec.decode(env));
  const e = envelopeCodec.decode(env);
  time('ratchetMessageCodec.decode', () => ratchetMessageCodec.decode(e.content));
  time('envelopeCodec.encode', () => envelopeCodec.encode(e));
}
void crypto; void deviceAddress;
