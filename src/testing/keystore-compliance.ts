import type { KeyStore, SignatureAlgorithm } from '../interfaces/keystore.js';
import { verifySignature } from '../identity/signing.js';
import { crypto } from '../primitives/provider.js';
import { fail, ok, rejectsWith } from './harness.js';
import type { TestApi } from './harness.js';

/** How to run {@link keyStoreComplianceSuite} against one adapter. */
export interface KeyStoreComplianceOptions {
  /** Name shown in the test report. */
  readonly name: string;
  /** A fresh, empty store (or one whose existing keys the suite may ignore). */
  readonly create: () => Promise<KeyStore>;
  /** Whether the store can create extractable keys (hardware stores cannot). */
  readonly supportsExtractable: boolean;
  /** Per-case timeout in ms. */
  readonly timeout?: number;
}

const ALL: readonly SignatureAlgorithm[] = ['ed25519', 'p256'];

/**
 * The behaviour every {@link KeyStore} must have. Register it in any test
 * framework:
 *
 * @example
 * ```ts
 * import { describe, it } from 'vitest';
 * import { keyStoreComplianceSuite } from '@nexuslink/sdk/testing';
 * keyStoreComplianceSuite({ describe, it }, { name: 'mine', create: async () => myStore(), supportsExtractable: false });
 * ```
 */
export function keyStoreComplianceSuite(t: TestApi, options: KeyStoreComplianceOptions): void {
  const timeout = options.timeout ?? 30_000;
  const it = (name: string, fn: () => Promise<void>) => t.it(name, fn, timeout);

  t.describe(`KeyStore compliance: ${options.name}`, () => {
    it('supports a non-empty subset of ed25519 and p256', async () => {
      const store = await options.create();
      const algorithms = await store.supportedAlgorithms();
      ok(algorithms.length > 0, 'supportedAlgorithms() is empty');
      for (const a of algorithms) ok(ALL.includes(a), `unknown algorithm ${a}`);
    });

    it('creates non-extractable keys by default, with a valid public key', async () => {
      const store = await options.create();
      const key = await store.createKey({ label: 'default' });
      ok(typeof key.id === 'string' && key.id.length > 0, 'key id must be a non-empty string');
      ok(key.extractable === false, 'keys must be non-extractable by default');
      ok(key.label === 'default', 'label must be kept');
      ok(key.publicKey.algorithm === key.algorithm, 'public key algorithm tag must match');
      ok(
        key.publicKey.bytes.length === (key.algorithm === 'ed25519' ? 32 : 33),
        'public key has the wrong length',
      );
      await rejectsWith(
        () => store.exportPrivateKey(key.id),
        'KEY_NOT_EXTRACTABLE',
        'exporting a non-extractable key',
      );
    });

    it('signs with every supported algorithm; signatures verify and bind the message', async () => {
      const store = await options.create();
      for (const algorithm of await store.supportedAlgorithms()) {
        const key = await store.createKey({ algorithms: [algorithm] });
        ok(key.algorithm === algorithm, `asked for ${algorithm}, got ${key.algorithm}`);
        const message = crypto().randomBytes(100);
        const signature = await store.sign(key.id, message);
        ok(signature.length === 64, `${algorithm} signatures are 64 bytes`);
        ok(
          verifySignature(key.publicKey, message, signature),
          `${algorithm} signature does not verify`,
        );
        const other = message.slice();
        other[0] = other[0]! ^ 1;
        ok(
          !verifySignature(key.publicKey, other, signature),
          `${algorithm} signature verifies another message`,
        );
      }
    });

    it('returns only low-S P-256 signatures', async () => {
      const store = await options.create();
      if (!(await store.supportedAlgorithms()).includes('p256')) return;
      const key = await store.createKey({ algorithms: ['p256'] });
      // Each raw ECDSA signature is high-S with probability 1/2: 32 tries miss an un-normalised store with p = 2^-32.
      for (let i = 0; i < 32; i++) {
        const message = crypto().randomBytes(32);
        const signature = await store.sign(key.id, message);
        ok(
          verifySignature(key.publicKey, message, signature),
          `P-256 signature ${i} is not a valid low-S signature`,
        );
      }
    });

    it('falls back to the next preferred algorithm and refuses unknown ones', async () => {
      const store = await options.create();
      const supported = await store.supportedAlgorithms();
      const key = await store.createKey({
        algorithms: ['rsa' as SignatureAlgorithm, supported[0]!],
      });
      ok(key.algorithm === supported[0], 'must skip unsupported algorithms in the preference list');
      await rejectsWith(
        () => store.createKey({ algorithms: ['rsa' as SignatureAlgorithm] }),
        'UNSUPPORTED_ALGORITHM',
        'unknown algorithm',
      );
    });

    it('finds, lists and deletes keys', async () => {
      const store = await options.create();
      const a = await store.createKey({ label: 'a' });
      const b = await store.createKey({ label: 'b' });
      const found = await store.getKey(a.id);
      ok(found !== null && found.id === a.id, 'getKey must find a created key');
      ok(
        found.publicKey.bytes.every((x, i) => x === a.publicKey.bytes[i]),
        'getKey must return the same public key',
      );
      ok((await store.getKey('no-such-key')) === null, 'getKey of an unknown id must be null');
      const ids = (await store.listKeys()).map((k) => k.id);
      ok(ids.includes(a.id) && ids.includes(b.id), 'listKeys must include created keys');
      await store.deleteKey(a.id);
      ok((await store.getKey(a.id)) === null, 'a deleted key must be gone');
      await rejectsWith(
        () => store.sign(a.id, new Uint8Array(1)),
        'KEY_NOT_FOUND',
        'signing with a deleted key',
      );
      await store.deleteKey(a.id);
      ok((await store.getKey(b.id)) !== null, 'deleting one key must not delete another');
    });

    it('rejects unknown key ids with KEY_NOT_FOUND', async () => {
      const store = await options.create();
      await rejectsWith(
        () => store.sign('no-such-key', new Uint8Array(1)),
        'KEY_NOT_FOUND',
        'sign',
      );
      await rejectsWith(
        () => store.exportPrivateKey('no-such-key'),
        'KEY_NOT_FOUND',
        'exportPrivateKey',
      );
    });

    it('exports extractable keys only when it supports them', async () => {
      const store = await options.create();
      if (!options.supportsExtractable) {
        await rejectsWith(
          () => store.createKey({ extractable: true }),
          'KEY_NOT_EXTRACTABLE',
          'creating an extractable key',
        );
        return;
      }
      for (const algorithm of await store.supportedAlgorithms()) {
        const key = await store.createKey({ algorithms: [algorithm], extractable: true });
        ok(key.extractable, 'extractable flag must be kept');
        const secret = await store.exportPrivateKey(key.id);
        ok(secret.length === 32, 'private keys are 32 bytes');
        const pub =
          algorithm === 'ed25519'
            ? crypto().ed25519PublicKey(secret)
            : crypto().p256PublicKey(secret);
        ok(
          pub.every((x, i) => x === key.publicKey.bytes[i]),
          'exported private key must match the public key',
        );
      }
    });

    it('never prints private key material', async () => {
      const store = await options.create();
      const key = await store.createKey({});
      const text = JSON.stringify(key) + String(store) + JSON.stringify(store);
      if (/[0-9a-f]{64}/i.test(text.replace(/"bytes":\{[^}]*\}/g, '')))
        fail('a 32-byte hex string appears in printed key info');
    });
  });
}
