// The runtime smoke checks: the same real work on every runtime the SDK
// claims (Node 22 and 24, Deno, Bun, Chromium, Firefox), against the BUILT
// package. Plain JavaScript that imports nothing itself: each runner hands
// it the entry points it loaded (ESM or CommonJS, or bundled for a page), so
// what is checked is exactly what an app on that runtime gets.
//
//   smoke.mjs / smoke.cjs          Node, Deno, Bun (the browser entries plus ./node and ./p2p)
//   test/browser/smoke-entry.mjs   Chromium and Firefox (the browser entries)

/**
 * @typedef {object} Entries The entry points a runner loaded.
 * @property {any} root `@nexuslink/sdk`
 * @property {any} interfaces `@nexuslink/sdk/interfaces`
 * @property {any} testing `@nexuslink/sdk/testing`
 * @property {any} hazmat `@nexuslink/sdk/hazmat`
 * @property {any} [node] `@nexuslink/sdk/node` (Node-like runtimes)
 * @property {any} [p2p] `@nexuslink/sdk/p2p` (Node-like runtimes)
 *
 * @typedef {object} CheckResult
 * @property {string} name
 * @property {string} entry the entry point the check is about
 * @property {boolean} ok
 * @property {number} ms
 * @property {string} [detail] what the check found worth reporting (the crypto provider, say)
 * @property {string} [error] `code: message` (or the error's first line) when not ok
 */

const te = new TextEncoder();
const td = new TextDecoder();

/** Fail a check with `message` unless `condition` holds. */
function assert(condition, message) {
  if (!condition) throw new Error(`check failed: ${message}`);
}

/** The NexusError code `fn` rejects with (it must reject). */
async function codeOf(fn) {
  try {
    await fn();
  } catch (err) {
    return err && typeof err === 'object' && 'code' in err
      ? String(err.code)
      : `not a NexusError: ${err}`;
  }
  return 'no error';
}

/** An identity, its self-signing key and one device on `keyStore`, with in-memory protocol stores. */
async function party(sdk, name, keyStore) {
  const { root, testing } = sdk;
  const { identity } = root.createIdentity();
  const selfSigningKey = root.SigningKeyPair.generate();
  const selfSigning = await root.issueSelfSigningCertificate({
    identity,
    signingKey: selfSigningKey.publicKey,
  });
  const created = await root.certifyNewDevice({
    keyStore,
    selfSigningKey,
    identityKey: identity.publicKey.bytes,
    displayName: name,
  });
  const device = root.localDevice({
    deviceCertificate: created.certificate.bytes,
    selfSigningCertificate: selfSigning.bytes,
    keyAgreementKey: created.keyAgreementKey,
    signer: await root.deviceSigner(keyStore, created.signingKeyId),
  });
  const stores = testing.memoryProtocolStores();
  return {
    identity,
    selfSigning,
    created,
    device,
    ctx: { stores },
    address: root.deviceAddress(device.uuid, device.deviceId),
  };
}

/**
 * Alice and Bob with a PQXDH session (header encryption on), Alice as
 * initiator; Bob's device key lives in `bobKeyStore` (software by default).
 */
async function pairWithSession(sdk, bobKeyStore = sdk.root.softwareKeyStore()) {
  const { testing } = sdk;
  const root = sdk.root;
  const alice = await party(sdk, 'alice', testing.softwareKeyStore());
  const bob = await party(sdk, 'bob', bobKeyStore);
  const bundle = root.createPreKeyBundle({
    device: bob.device,
    signedPreKey: await root.createSignedPreKey(bob.device, bob.ctx.stores.preKeys, 1),
    kemPreKey: await root.createKemPreKey(bob.device, bob.ctx.stores.preKeys, 1),
    oneTimePreKey: (await root.createOneTimePreKeys(bob.ctx.stores.preKeys, 1, 1))[0],
  });
  await root.establishSession(alice.device, bundle, { ...alice.ctx, headerEncryption: true });
  return { alice, bob };
}

/** Send `text` from one party to the other; the plaintext the receiver decrypted. */
async function send(root, from, to, text) {
  const envelope = await root.encryptMessage(from.device, to.address, te.encode(text), from.ctx);
  return td.decode((await root.decryptMessage(to.device, envelope, to.ctx)).plaintext);
}

/** An in-memory ImagePersister with a journal: what sqlJsStorage saves survives `close`. */
function memoryPersister() {
  let image = null;
  let journal = [];
  return {
    load: async () => image,
    save: async (bytes) => {
      image = bytes.slice();
      journal = [];
    },
    append: async (entry) => {
      journal.push(entry.slice());
    },
    loadJournal: async () => journal.map((e) => e.slice()),
    get image() {
      return image;
    },
  };
}

/** Write a contact and a searchable message, then read both back (any Storage). */
async function storageRoundTrip(storage) {
  await storage.write(async (tx) => {
    await tx.put('contacts', 'alice', te.encode('Alice'));
    await tx.put('messages', 'c/0001/m1', te.encode('hello'));
  });
  return readBack(storage);
}

async function readBack(storage) {
  return storage.read(async (tx) => ({
    contact: td.decode((await tx.get('contacts', 'alice')) ?? new Uint8Array(0)),
    message: td.decode((await tx.get('messages', 'c/0001/m1')) ?? new Uint8Array(0)),
  }));
}

const key32 = (fill) => new Uint8Array(32).fill(fill);

/** The checks of the browser-capable entries (root, interfaces, testing, hazmat). */
function portableChecks(sdk, options) {
  const { root, interfaces, hazmat } = sdk;
  return [
    [
      'identity',
      'root',
      async () => {
        const { identity, mnemonic } = root.createIdentity();
        assert(mnemonic.split(' ').length === 24, 'a 24-word mnemonic');
        const again = root.identityFromMnemonic(mnemonic);
        assert(again.uuid === identity.uuid, 'the mnemonic restores the same identity');
        root.parseUuid(identity.uuid);
        const selfSigningKey = root.SigningKeyPair.generate();
        const selfSigning = await root.issueSelfSigningCertificate({
          identity,
          signingKey: selfSigningKey.publicKey,
        });
        root.verifySelfSigningCertificate(selfSigning.bytes, identity.uuid);
        const created = await root.certifyNewDevice({
          keyStore: root.softwareKeyStore(),
          selfSigningKey,
          identityKey: identity.publicKey.bytes,
          displayName: 'laptop',
        });
        const verified = root.verifyDeviceCertificate(created.certificate.bytes, {
          identity: identity.uuid,
          selfSigningCertificate: selfSigning.bytes,
        });
        assert(verified.uuid === identity.uuid, 'the device belongs to the identity');
        assert(verified.device.displayName === 'laptop', 'the display name is certified');
        // One flipped bit in the signature: refused.
        const forged = created.certificate.bytes.slice();
        forged[forged.length - 1] ^= 1;
        const code = await codeOf(() =>
          root.verifyDeviceCertificate(forged, {
            identity: identity.uuid,
            selfSigningCertificate: selfSigning.bytes,
          }),
        );
        assert(code === 'BAD_SIGNATURE', `a forged certificate is BAD_SIGNATURE (got ${code})`);
        return `crypto provider: ${root.activeCryptoProvider()}`;
      },
    ],
    [
      'sessions',
      'root',
      async () => {
        const { alice, bob } = await pairWithSession(sdk);
        const received = [
          await send(root, alice, bob, 'hello from alice'),
          await send(root, bob, alice, 'hello from bob'),
          await send(root, alice, bob, 'and again'),
        ];
        assert(
          received.join('|') === 'hello from alice|hello from bob|and again',
          `both directions decrypt (got ${received.join('|')})`,
        );
        // A replay is refused, and a refused message changes nothing.
        const envelope = await root.encryptMessage(
          alice.device,
          bob.address,
          te.encode('once'),
          alice.ctx,
        );
        await root.decryptMessage(bob.device, envelope, bob.ctx);
        const code = await codeOf(() => root.decryptMessage(bob.device, envelope, bob.ctx));
        assert(code === 'DUPLICATE_MESSAGE', `a replay is DUPLICATE_MESSAGE (got ${code})`);
        assert(
          (await send(root, bob, alice, 'still fine')) === 'still fine',
          'the session survives',
        );
      },
    ],
    [
      'webCryptoKeyStore',
      'root',
      async () => {
        // Bob's device key is a non-extractable WebCrypto key: it certifies
        // his device and signs his prekeys, and the session runs on it.
        const keyStore = root.webCryptoKeyStore();
        const { alice, bob } = await pairWithSession(sdk, keyStore);
        assert((await send(root, alice, bob, 'to webcrypto')) === 'to webcrypto', 'alice to bob');
        assert(
          (await send(root, bob, alice, 'from webcrypto')) === 'from webcrypto',
          'bob to alice',
        );
        const algorithm = bob.created.certificate.signingKey.algorithm;
        const info = await keyStore.getKey(bob.created.signingKeyId);
        assert(info && info.extractable === false, 'the device key is not extractable');
        return `device key: ${algorithm}`;
      },
    ],
    [
      'sender keys',
      'root',
      async () => {
        const { alice, bob } = await pairWithSession(sdk);
        await send(root, alice, bob, 'hi');
        const group = new Uint8Array(16).fill(1);
        const distribution = await root.createSenderKeyDistribution(alice.device, group, alice.ctx);
        const carried = await root.decryptMessage(
          bob.device,
          await root.encryptMessage(alice.device, bob.address, distribution, alice.ctx),
          bob.ctx,
        );
        await root.processSenderKeyDistribution(carried, carried.plaintext, bob.ctx);
        const texts = [];
        for (const text of ['hello group', 'second']) {
          const message = await root.groupEncrypt(alice.device, group, te.encode(text), alice.ctx);
          texts.push(td.decode((await root.groupDecrypt(message, bob.ctx)).plaintext));
        }
        assert(texts.join('|') === 'hello group|second', `the group decrypts (got ${texts})`);
      },
    ],
    [
      'memoryStorage',
      'root',
      async () => {
        const storage = await root.memoryStorage();
        const read = await storageRoundTrip(storage);
        assert(read.contact === 'Alice' && read.message === 'hello', 'memoryStorage reads back');
        await storage.close();
      },
    ],
    [
      'sqlJsStorage',
      'root',
      async () => {
        const key = key32(5);
        const persister = memoryPersister();
        const sqlJs = options.sqlJs ? { sqlJs: options.sqlJs } : {};
        const first = await root.sqlJsStorage({ key, persister, ...sqlJs });
        await first.write(async (tx) => tx.put('local', 'first', new Uint8Array([1])));
        await storageRoundTrip(first);
        await first.close();
        // Reopened from what was persisted (image plus journal).
        const second = await root.sqlJsStorage({ key, persister, ...sqlJs });
        const read = await readBack(second);
        assert(
          read.contact === 'Alice' && read.message === 'hello',
          'a reopened sqlJsStorage reads back',
        );
        await second.close();
        const code = await codeOf(() => root.sqlJsStorage({ key: key32(6), persister, ...sqlJs }));
        assert(code === 'WRONG_KEY', `another key is WRONG_KEY (got ${code})`);
        // The saved image is the documented format: hazmat opens it with the raw key.
        const image = hazmat.openStorageImage(key, persister.image);
        assert(
          td.decode(image.subarray(0, 15)) === 'SQLite format 3',
          'the image holds a SQLite database',
        );
      },
    ],
    [
      'errors',
      'interfaces',
      async () => {
        assert(
          interfaces.NexusError === root.NexusError,
          'one NexusError class across entry points',
        );
        assert(
          JSON.stringify(interfaces.ERROR_CODES) === JSON.stringify(root.ERROR_CODES),
          'one code list',
        );
        let caught;
        try {
          root.parseUuid('not-a-uuid');
        } catch (err) {
          caught = err;
        }
        assert(caught instanceof interfaces.NexusError, 'parseUuid throws a NexusError');
        assert(
          interfaces.NexusError.is(caught, 'INVALID_UUID'),
          'NexusError.is narrows on INVALID_UUID',
        );
        assert(!interfaces.NexusError.is(caught, 'MALFORMED'), 'NexusError.is checks the code');
        assert(caught.name === 'NexusError' && caught.code === 'INVALID_UUID', 'name and code');
        assert(
          interfaces.isErrorCode('WRONG_KEY') && !interfaces.isErrorCode('nope'),
          'isErrorCode',
        );
        let unknown;
        try {
          new interfaces.NexusError('NOT_A_CODE', 'x');
        } catch (err) {
          unknown = err;
        }
        assert(unknown instanceof TypeError, 'an unknown code is a TypeError');
      },
    ],
    [
      'hazmat',
      'hazmat',
      async () => {
        const key = key32(7);
        const plain = te.encode('a database image');
        const sealed = hazmat.sealStorageImage(key, plain);
        assert(
          td.decode(hazmat.openStorageImage(key, sealed)) === 'a database image',
          'seal then open',
        );
        const code = await codeOf(() => hazmat.openStorageImage(key32(8), sealed));
        assert(code === 'WRONG_KEY', `another key is WRONG_KEY (got ${code})`);
      },
    ],
  ];
}

/** The checks of `./node` (SQLite, files): Node-like runtimes. */
function nodeChecks(sdk, options) {
  const { root, node } = sdk;
  return [
    [
      'sqliteStorage',
      'node',
      async () => {
        const key = key32(9);
        const path = `${options.tmpDir}/smoke.db`;
        const first = await node.sqliteStorage({ path, key });
        await storageRoundTrip(first);
        await first.close();
        const second = await node.sqliteStorage({ path, key });
        const read = await readBack(second);
        assert(
          read.contact === 'Alice' && read.message === 'hello',
          'a reopened sqliteStorage reads back',
        );
        await second.close();
        const code = await codeOf(() => node.sqliteStorage({ path, key: key32(10) }));
        assert(code === 'WRONG_KEY', `another key is WRONG_KEY (got ${code})`);
      },
    ],
    [
      'fileImagePersister',
      'node',
      async () => {
        const key = key32(11);
        const file = `${options.tmpDir}/smoke.nxls`;
        const first = await root.sqlJsStorage({ key, persister: node.fileImagePersister(file) });
        await storageRoundTrip(first);
        await first.close();
        const second = await root.sqlJsStorage({ key, persister: node.fileImagePersister(file) });
        const read = await readBack(second);
        assert(read.contact === 'Alice', 'sqlJsStorage reopens from the file');
        await second.close();
      },
    ],
  ];
}

/** The checks of `./p2p` (libp2p): Node-like runtimes. */
function p2pChecks(sdk) {
  const { p2p } = sdk;
  return [
    [
      'circuit relay',
      'p2p',
      async () => {
        const relay = await p2p.startCircuitRelay({ listen: ['/ip4/127.0.0.1/tcp/0'] });
        try {
          const loopback = relay.addresses.filter(
            (a) => a.startsWith('/ip4/127.0.0.1/tcp/') && a.endsWith(`/p2p/${relay.peerId}`),
          );
          assert(loopback.length > 0, `it listens on loopback (${relay.addresses})`);
        } finally {
          await relay.stop();
        }
      },
    ],
  ];
}

/** `code: message`, or the first line of what was thrown. */
function describeError(err) {
  if (err && typeof err === 'object') {
    const first = String(err.message ?? err).split('\n')[0];
    const cause = err.cause
      ? ` (cause: ${String(err.cause.message ?? err.cause).split('\n')[0]})`
      : '';
    return `${'code' in err ? `${err.code}: ` : ''}${first}${cause}`;
  }
  return String(err);
}

/** The package name of each entry point. */
export const ENTRY_POINTS = {
  root: '@nexuslink/sdk',
  interfaces: '@nexuslink/sdk/interfaces',
  testing: '@nexuslink/sdk/testing',
  hazmat: '@nexuslink/sdk/hazmat',
  node: '@nexuslink/sdk/node',
  p2p: '@nexuslink/sdk/p2p',
};

/** The entry points every runtime, browsers included, must load. */
export const PORTABLE_ENTRIES = ['root', 'interfaces', 'testing', 'hazmat'];

async function timed(name, entry, fn) {
  const start = performance.now();
  try {
    const detail = await fn();
    const ms = Math.round(performance.now() - start);
    return { name, entry, ok: true, ms, ...(typeof detail === 'string' ? { detail } : {}) };
  } catch (err) {
    return {
      name,
      entry,
      ok: false,
      ms: Math.round(performance.now() - start),
      error: describeError(err),
    };
  }
}

/**
 * Load `entries` with `load` (one check each, `load <entry>`), then run every
 * check whose entry points loaded, one after another; a check whose entry
 * did not load fails with that reason. Never throws.
 *
 * @param {(specifier: string) => Promise<any>} load `import`, `require`, or a page's bundled modules
 * @param {ReadonlyArray<keyof typeof ENTRY_POINTS>} entries
 * @param {{ sqlJs?: object, tmpDir?: string }} [options] `sqlJs`: sql.js init
 *   options (a page passes `wasmBinary`); `tmpDir`: where the `./node` checks write files.
 * @returns {Promise<CheckResult[]>}
 */
export async function runChecks(load, entries, options = {}) {
  const results = [];
  /** @type {Partial<Entries>} */
  const sdk = {};
  for (const entry of entries) {
    results.push(
      await timed(
        `load ${entry}`,
        entry,
        async () => (sdk[entry] = await load(ENTRY_POINTS[entry])),
      ),
    );
  }
  const checks = [
    ...portableChecks(sdk, options),
    ...(entries.includes('node') ? nodeChecks(sdk, options) : []),
    ...(entries.includes('p2p') ? p2pChecks(sdk) : []),
  ];
  for (const [name, entry, fn] of checks) {
    // Every check uses the root entry (and the testing one for its stores) besides its own.
    const missing = [...new Set(['root', 'testing', entry])].filter((e) => !sdk[e]);
    results.push(
      await timed(name, entry, async () => {
        if (missing.length)
          throw new Error(
            `not run: ${missing.map((e) => ENTRY_POINTS[e]).join(', ')} did not load`,
          );
        return fn();
      }),
    );
  }
  return results;
}
