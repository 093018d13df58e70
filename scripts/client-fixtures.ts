/**
 * Writes the client fixtures in test/fixtures/client/: what two NexusClients
 * of this version store after a short conversation (1:1 and a group, with
 * receipts), Alice on sql.js and Bob on the Node SQLite adapter, and their
 * test-only device keys. Run once per storage format version
 * (`node scripts/run-ts.mjs scripts/client-fixtures.ts v1`) and commit the
 * files; they are never regenerated, because every later version must open
 * them and go on with the same sessions and sender keys
 * (test/client/fixtures.test.ts).
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  certifyNewDevice,
  createClient,
  createContactCard,
  createIdentity,
  deviceSigner,
  directConversation,
  issueSelfSigningCertificate,
  localDevice,
  SigningKeyPair,
  softwareKeyStore,
  sqlJsStorage,
} from '../src/index.js';
import { memoryNetwork, memoryPreKeyDirectory } from '../src/testing/index.js';
import type { NexusClient, SoftwareKeyRecord, Storage } from '../src/index.js';
import { fileImagePersister, sqliteStorage } from '../src/node.js';

const version = process.argv[2];
if (!version || !/^v\d+$/.test(version)) throw new Error('usage: client-fixtures.ts v<N>');
const dir = join('test/fixtures/client', version);
if (existsSync(dir)) throw new Error(`${dir} exists: fixtures are written once and kept`);
mkdirSync(dir, { recursive: true });

/** The storage key of both fixtures: bytes 32..63. */
const key = Uint8Array.from({ length: 32 }, (_, i) => 32 + i);
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

async function person(name: string) {
  const { identity } = createIdentity();
  const ssk = SigningKeyPair.generate();
  const sskCert = await issueSelfSigningCertificate({ identity, signingKey: ssk.publicKey });
  let signingKeys: SoftwareKeyRecord[] = [];
  const keyStore = softwareKeyStore({ onChange: (keys) => void (signingKeys = keys) });
  const nd = await certifyNewDevice({
    keyStore,
    selfSigningKey: ssk,
    identityKey: identity.publicKey.bytes,
    displayName: name,
  });
  const device = localDevice({
    deviceCertificate: nd.certificate.bytes,
    selfSigningCertificate: sskCert.bytes,
    keyAgreementKey: nd.keyAgreementKey,
    signer: await deviceSigner(keyStore, nd.signingKeyId),
  });
  const card = await createContactCard({
    signer: device.signer,
    signerDeviceId: device.deviceId,
    identityKey: identity.publicKey.bytes,
    displayName: name,
    selfSigningCertificate: sskCert.bytes,
    deviceCertificates: [nd.certificate.bytes],
  });
  const saved = {
    uuid: identity.uuid,
    deviceCertificate: hex(nd.certificate.bytes),
    selfSigningCertificate: hex(sskCert.bytes),
    keyAgreementSecret: hex(nd.keyAgreementKey.exportSecret()),
    signingKeys,
    signingKeyId: nd.signingKeyId,
  };
  return { device, card, saved };
}

const network = memoryNetwork();
const directory = memoryPreKeyDirectory();
const alice = await person('alice');
const bob = await person('bob');
const aliceStorage = await sqlJsStorage({
  key,
  persister: fileImagePersister(join(dir, 'alice.nxls')),
});
const bobStorage = await sqliteStorage({ path: join(dir, 'bob.db'), key });
const open = (p: typeof alice, storage: Storage) =>
  createClient({
    device: p.device,
    storage,
    transports: [network.transport({ uuid: p.device.uuid, deviceId: hex(p.device.deviceId) })],
    directory,
    oneTimePreKeys: { batch: 5, minimum: 1 },
  });
const a = await open(alice, aliceStorage);
const b = await open(bob, bobStorage);
await a.publishPreKeys();
await b.publishPreKeys();

/** Resolves once `client` has `n` messages in `conversation`. */
async function has(client: NexusClient, conversation: string, n: number): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if ((await client.messages(conversation)).length >= n) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('the fixture conversation did not complete');
}

await a.contacts.add({ card: bob.card }, { nickname: 'Bob', notes: 'fixture' });
await b.contacts.add({ card: alice.card });
await a.sendText(directConversation(bob.device.uuid), 'Lunch at noon?');
await has(b, directConversation(alice.device.uuid), 1);
await b.sendText(directConversation(alice.device.uuid), 'Sure, the usual café');
await has(a, directConversation(bob.device.uuid), 2);
const group = await a.groups.create({ name: 'lunch club', members: [bob.device.uuid] });
await a.sendText(group, 'Welcome to the club');
await has(b, group, 1);
await b.sendText(group, 'Thanks!');
await has(a, group, 2);
await b.markRead(directConversation(alice.device.uuid));
await a.markRead(group);
for (const c of [a, b]) await c.flush(10_000);
await new Promise((r) => setTimeout(r, 200));
for (const c of [a, b]) await c.flush(10_000);
await a.close();
await b.close();
await aliceStorage.close();
await bobStorage.close();
for (const extra of ['-wal', '-shm']) rmSync(join(dir, 'bob.db') + extra, { force: true });
writeFileSync(
  join(dir, 'devices.json'),
  JSON.stringify({ key: hex(key), group, alice: alice.saved, bob: bob.saved }, null, 2) + '\n',
);
console.log(`wrote ${dir}`);
