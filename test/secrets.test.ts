import { describe, expect, it } from 'vitest';
import { inspect } from 'node:util';
import {
  exportIdentityBackup,
  importIdentityBackup,
  KeyAgreementKeyPair,
  mnemonicToSeed,
  NexusError,
  SigningKeyPair,
  softwareKeyStore,
} from '../src/index.js';
import { directConversation } from '../src/index.js';
import { memoryNetwork, memoryPreKeyDirectory } from '../src/testing/index.js';
import { makeAccount } from './identity/fixtures.js';
import { makePerson, startClient, until } from './client/fixtures.js';

const kdf = { memoryKib: 8 * 1024, iterations: 1, parallelism: 1 };

/** Every way an app might print an object. */
function renderings(value: unknown): string[] {
  return [
    inspect(value, { depth: 10, showHidden: true }),
    inspect({ nested: { value } }, { depth: 10 }),
    JSON.stringify(value) ?? '',
    JSON.stringify({ value }),
    String(value),
    `${value as string}`,
  ];
}

/** Forms in which a secret could leak. */
function forms(secret: Uint8Array): string[] {
  const b = Buffer.from(secret);
  return [
    b.toString('hex'),
    b.toString('base64'),
    b.toString('base64url'),
    Array.from(secret).join(','),
  ];
}

function expectNoLeak(value: unknown, secret: Uint8Array): void {
  for (const rendered of renderings(value)) {
    // Whitespace is dropped so multi-line array dumps and `<Buffer 0c 22 …>` still match.
    const text = rendered.replace(/\s+/g, '');
    for (const form of [...forms(secret), JSON.stringify(secret)])
      expect(text, 'secret printed').not.toContain(form);
  }
}

function caughtMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return `${(err as Error).message} ${inspect(err)}`;
  }
  throw new Error('expected a throw');
}

describe('secrets never print', () => {
  it('the leak detector catches raw bytes in every rendering', () => {
    const secret = new Uint8Array(32).map((_, i) => (i * 37 + 11) & 0xff);
    for (const leaky of [
      { seed: secret },
      { seed: Buffer.from(secret) },
      { seed: Buffer.from(secret).toString('hex') },
    ]) {
      expect(() => expectNoLeak(leaky, secret)).toThrow(/secret printed/);
    }
  });

  it('identity, self-signing key and key-agreement key', async () => {
    const a = await makeAccount();
    expectNoLeak(a.identity, a.identity.exportSeed());
    expectNoLeak(a.selfSigningKey, a.selfSigningKey.exportSeed());
    expectNoLeak(a.device.keyAgreementKey, a.device.keyAgreementKey.exportSecret());
    const k = KeyAgreementKeyPair.generate();
    expectNoLeak(k, k.exportSecret());
    const s = SigningKeyPair.generate();
    expectNoLeak(s, s.exportSeed());
    expect(inspect(a.identity)).toContain(a.identity.uuid);
  });

  it('software key store contents', async () => {
    const store = softwareKeyStore();
    const key = await store.createKey({ extractable: true, algorithms: ['p256'] });
    const secret = await store.exportPrivateKey(key.id);
    expectNoLeak(store, secret);
    expectNoLeak(key, secret);
    expectNoLeak(await store.listKeys(), secret);
  });

  it('a restored backup and the errors around it', async () => {
    const a = await makeAccount();
    const passphrase = 'hunter2-very-secret-passphrase';
    const file = await exportIdentityBackup({ ...a, revocationList: null }, passphrase, { kdf });
    const restored = await importIdentityBackup(file, passphrase);
    expectNoLeak(restored, a.identity.exportSeed());
    expectNoLeak(restored, a.selfSigningKey.exportSeed());
    let message = '';
    try {
      await importIdentityBackup(file, passphrase + '!');
    } catch (err) {
      expect(err).toBeInstanceOf(NexusError);
      message = `${(err as Error).message} ${inspect(err)}`;
    }
    expect(message).not.toContain('hunter2');
  });

  it('a rejected mnemonic is not echoed in the error', () => {
    const words = 'zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zebra';
    const text = caughtMessage(() => mnemonicToSeed(words, 'passphrase-xyz'));
    expect(text).not.toContain('zebra');
    expect(text).not.toContain('passphrase-xyz');
  });
});

describe('rejected mnemonic words stay out of error causes', () => {
  it('mnemonicEntropy with a misspelt word', async () => {
    const { mnemonicEntropy, ENGLISH_WORDLIST, generateMnemonic } = await import('../src/index.js');
    const words = generateMnemonic().split(' ');
    words[3] = words[3]!.slice(0, -1) + (words[3]!.endsWith('q') ? 'z' : 'q');
    const text = caughtMessage(() => mnemonicEntropy(words.join(' '), ENGLISH_WORDLIST));
    expect(text).not.toContain(words[3]);
  });

  it('a running client, its contacts and its events', async () => {
    const network = memoryNetwork();
    const directory = memoryPreKeyDirectory();
    const alice = await makePerson('alice');
    const bob = await makePerson('bob');
    const a = await startClient(network, directory, await alice.addDevice());
    const b = await startClient(network, directory, await bob.addDevice());
    await a.client.contacts.add({ card: await bob.card() });
    await a.client.sendText(directConversation(bob.uuid), 'a private note');
    await until(() => b.events.some((e) => e.type === 'message'), 5000, 'delivery');
    // A forged envelope gives an error event: it must not carry key material either.
    const forged = network.transport({ uuid: alice.uuid, deviceId: '0'.repeat(32) });
    await forged.connect();
    await forged.send(b.address, new Uint8Array([8, 1, 16, 2, 26, 3, 1, 2, 3]));
    await until(() => b.events.some((e) => e.type === 'error'), 5000, 'error event');
    for (const person of [alice, bob])
      for (const secret of person.keyAgreementSecrets)
        for (const value of [a.client, b.client, b.events, await a.client.contacts.list()])
          expectNoLeak(value, secret);
    await a.client.close();
    await b.client.close();
  });
});
