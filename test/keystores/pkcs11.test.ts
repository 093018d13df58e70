import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { inspect } from 'node:util';
import type * as Pkcs11js from 'pkcs11js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { keyStoreComplianceSuite } from '../../src/testing/index.js';
import { pkcs11KeyStore } from '../../src/keystores/pkcs11.js';
import type { Pkcs11KeyStore, Pkcs11KeyStoreOptions } from '../../src/keystores/pkcs11.js';
import { verifySignature } from '../../src/identity/signing.js';
import { softHsm } from '../softhsm.js';
import { requires } from '../support/system-tools.js';
import { NexusError } from '../../src/interfaces/errors.js';
import { fromHex } from '../../src/primitives/bytes.js';

// Needs SoftHSM: skipped without it, a failure under .ci/run (../support/system-tools.ts).
const TOKEN = 'nexuslink-test';
const PIN = '1234';
// A second token with a distinctive PIN, for the login-failure and printing tests.
const OTHER_TOKEN = 'nexuslink-other';
const OTHER_PIN = '73915468';

let dir = '';
let module = '';
const open: Pkcs11KeyStore[] = [];

async function openStore(overrides: Partial<Pkcs11KeyStoreOptions> = {}): Promise<Pkcs11KeyStore> {
  const store = await pkcs11KeyStore({ module, tokenLabel: TOKEN, pin: PIN, ...overrides });
  open.push(store);
  return store;
}

async function closeAll(): Promise<void> {
  for (const store of open.splice(0)) await store.close();
}

/** Run `fn` on a raw pkcs11js session logged in to `TOKEN` (no store may be open). */
function withRawSession<T>(
  fn: (p11: Pkcs11js.PKCS11, session: Buffer, lib: typeof Pkcs11js) => T,
): T {
  const lib = createRequire(import.meta.url)('pkcs11js') as typeof Pkcs11js;
  const p11 = new lib.PKCS11();
  p11.load(module);
  p11.C_Initialize();
  try {
    const slot = p11.C_GetSlotList(true).find((s) => p11.C_GetTokenInfo(s).label.trim() === TOKEN);
    if (!slot) throw new Error('test token vanished');
    const session = p11.C_OpenSession(slot, lib.CKF_RW_SESSION | lib.CKF_SERIAL_SESSION);
    p11.C_Login(session, lib.CKU_USER, PIN);
    return fn(p11, session, lib);
  } finally {
    p11.C_Finalize();
    p11.close();
  }
}

function objectsWithId(
  p11: Pkcs11js.PKCS11,
  session: Buffer,
  lib: typeof Pkcs11js,
  id: string,
): Buffer[] {
  p11.C_FindObjectsInit(session, [{ type: lib.CKA_ID, value: Buffer.from(fromHex(id)) }]);
  try {
    return p11.C_FindObjects(session, 100);
  } finally {
    p11.C_FindObjectsFinal(session);
  }
}

async function errorOf(promise: Promise<unknown>): Promise<NexusError> {
  const err: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!NexusError.is(err)) throw new Error(`expected a NexusError, got ${String(err)}`);
  return err;
}

requires('softhsm').describe('pkcs11KeyStore on SoftHSM', () => {
  beforeAll(() => {
    const hsm = softHsm();
    module = hsm.module;
    dir = hsm.dir;
    const initToken = hsm.initToken;
    initToken(TOKEN, PIN);
    initToken(OTHER_TOKEN, OTHER_PIN);
  });

  // Every test leaves no session open, so each store below really reloads the module and logs in.
  afterEach(closeAll);

  afterAll(async () => {
    await closeAll();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  keyStoreComplianceSuite(
    { describe, it },
    {
      name: 'pkcs11KeyStore (SoftHSM)',
      create: () => openStore(),
      supportsExtractable: false,
    },
  );

  it('supports Ed25519 and P-256', async () => {
    const store = await openStore();
    expect(await store.supportedAlgorithms()).toEqual(['ed25519', 'p256']);
  });

  it('keeps keys on the token across close and reopen', async () => {
    const first = await openStore();
    const ed = await first.createKey({ algorithms: ['ed25519'], label: 'ed key' });
    const p = await first.createKey({ algorithms: ['p256'], label: 'p-256 key ✓' });
    await closeAll();

    const second = await openStore();
    for (const key of [ed, p]) {
      expect(await second.getKey(key.id)).toEqual(key);
      const message = new TextEncoder().encode(`signed after reopening by ${key.algorithm}`);
      const signature = await second.sign(key.id, message);
      expect(verifySignature(key.publicKey, message, signature)).toBe(true);
    }
    const listed = await second.listKeys();
    expect(listed).toEqual(expect.arrayContaining([ed, p]));
  });

  it('generates sensitive, non-extractable token keys with a shared CKA_ID, and deletes both halves', async () => {
    const store = await openStore();
    const ed = await store.createKey({ algorithms: ['ed25519'], label: 'attrs' });
    const p = await store.createKey({ algorithms: ['p256'], label: 'attrs' });
    await closeAll();

    withRawSession((p11, session, lib) => {
      for (const key of [ed, p]) {
        const handles = objectsWithId(p11, session, lib, key.id);
        expect(handles).toHaveLength(2);
        for (const handle of handles) {
          const [cls] = p11.C_GetAttributeValue(session, handle, [{ type: lib.CKA_CLASS }]);
          const isPrivate = cls!.value.readUInt32LE() === lib.CKO_PRIVATE_KEY;
          const wanted = isPrivate
            ? [
                lib.CKA_TOKEN,
                lib.CKA_PRIVATE,
                lib.CKA_SENSITIVE,
                lib.CKA_EXTRACTABLE,
                lib.CKA_SIGN,
                lib.CKA_LABEL,
                lib.CKA_KEY_TYPE,
              ]
            : [lib.CKA_TOKEN, lib.CKA_VERIFY, lib.CKA_LABEL, lib.CKA_KEY_TYPE];
          const attrs = p11.C_GetAttributeValue(
            session,
            handle,
            wanted.map((type) => ({ type })),
          );
          const get = (type: number) => attrs.find((a) => a.type === type)!.value;
          const bool = (type: number) => get(type)[0] === 1;
          expect(bool(lib.CKA_TOKEN)).toBe(true);
          expect(get(lib.CKA_LABEL).toString('utf8')).toBe('attrs');
          expect(get(lib.CKA_KEY_TYPE).readUInt32LE()).toBe(
            key.algorithm === 'ed25519' ? 0x40 : lib.CKK_EC,
          );
          if (isPrivate) {
            expect(bool(lib.CKA_PRIVATE)).toBe(true);
            expect(bool(lib.CKA_SENSITIVE)).toBe(true);
            expect(bool(lib.CKA_EXTRACTABLE)).toBe(false);
            expect(bool(lib.CKA_SIGN)).toBe(true);
          } else {
            expect(bool(lib.CKA_VERIFY)).toBe(true);
          }
        }
      }
    });

    const again = await openStore();
    await again.deleteKey(ed.id);
    await closeAll();
    withRawSession((p11, session, lib) => {
      expect(objectsWithId(p11, session, lib, ed.id)).toHaveLength(0);
      expect(objectsWithId(p11, session, lib, p.id)).toHaveLength(2);
    });
  });

  it('refuses extractable keys and never exports private keys', async () => {
    const store = await openStore();
    expect((await errorOf(store.createKey({ extractable: true }))).code).toBe(
      'KEY_NOT_EXTRACTABLE',
    );
    const key = await store.createKey({ algorithms: ['p256'] });
    expect((await errorOf(store.exportPrivateKey(key.id))).code).toBe('KEY_NOT_EXTRACTABLE');
    expect((await errorOf(store.exportPrivateKey('00112233445566778899aabbccddeeff'))).code).toBe(
      'KEY_NOT_FOUND',
    );
  });

  it('fails a wrong PIN with KEYSTORE "PKCS#11 login failed" and never shows it', async () => {
    const wrong = '86420975';
    const err = await errorOf(openStore({ tokenLabel: OTHER_TOKEN, pin: wrong }));
    expect(err.code).toBe('KEYSTORE');
    expect(err.message).toMatch(/^PKCS#11 login failed/);
    expect(err.message).toContain('CKR_PIN_INCORRECT');
    for (const text of [err.message, String(err), inspect(err, { depth: 5 }), JSON.stringify(err)])
      expect(text).not.toContain(wrong);

    // The right PIN still works afterwards.
    const ok = await openStore({ tokenLabel: OTHER_TOKEN, pin: OTHER_PIN });
    expect((await ok.createKey()).algorithm).toBe('ed25519');
  });

  it('checks the PIN even when this process is already logged in to the token', async () => {
    const first = await openStore();
    const wrong = '97531864';
    const err = await errorOf(openStore({ pin: wrong }));
    expect(err.code).toBe('KEYSTORE');
    expect(err.message).toMatch(/^PKCS#11 login failed/);
    expect(inspect(err, { depth: 5 })).not.toContain(wrong);
    // The failed attempt did not disturb the open store, and a second right PIN shares the login.
    const key = await first.createKey();
    const second = await openStore();
    expect(await second.getKey(key.id)).toEqual(key);
    await second.close();
    expect(await first.getKey(key.id)).toEqual(key);
  });

  it('never prints the PIN', async () => {
    for (const [tokenLabel, pin] of [
      [TOKEN, PIN],
      [OTHER_TOKEN, OTHER_PIN],
    ] as const) {
      const store = await openStore({ tokenLabel, pin });
      await store.createKey({});
      const texts = [
        inspect(store, { depth: 10, showHidden: true }),
        JSON.stringify(store),
        String(store),
        `${store}`,
      ];
      for (const text of texts) expect(text).not.toContain(pin);
      expect(String(store)).toBe(`Pkcs11KeyStore(token "${tokenLabel}")`);
      expect(JSON.parse(JSON.stringify(store))).toEqual({
        kind: 'pkcs11',
        token: tokenLabel,
        open: true,
      });
    }
  });

  it('picks the slot by index and rejects unknown slots and labels', async () => {
    let found = false;
    for (let slot = 0; slot < 8 && !found; slot++) {
      const store = await openStore({ tokenLabel: undefined, slot }).catch(() => null);
      found = store !== null && String(store) === `Pkcs11KeyStore(token "${TOKEN}")`;
    }
    expect(found).toBe(true);
    await closeAll();
    expect((await errorOf(openStore({ tokenLabel: undefined, slot: 99 }))).code).toBe('KEYSTORE');
    expect((await errorOf(openStore({ tokenLabel: 'no-such-token' }))).code).toBe('KEYSTORE');
    // With both, the label must match the token in that slot (SoftHSM has 3: two tokens and a free one).
    const both: unknown[] = [];
    for (let slot = 0; slot < 3; slot++) {
      both.push(await openStore({ slot }).then(String, (err: unknown) => err));
    }
    expect(both.filter((r) => r === `Pkcs11KeyStore(token "${TOKEN}")`)).toHaveLength(1);
    expect(both.filter((r) => NexusError.is(r, 'KEYSTORE'))).toHaveLength(2);
    expect((await errorOf(openStore({ slot: -1 }))).code).toBe('INVALID_ARGUMENT');
    expect((await errorOf(openStore({ module: join(dir, 'missing.so') }))).code).toBe('KEYSTORE');
  });

  it('throws KEYSTORE after close, and close is idempotent', async () => {
    const store = await openStore();
    const key = await store.createKey();
    await store.close();
    await store.close();
    expect(String(store)).toBe(`Pkcs11KeyStore(token "${TOKEN}", closed)`);
    expect((await errorOf(store.sign(key.id, new Uint8Array(1)))).code).toBe('KEYSTORE');
    expect((await errorOf(store.listKeys())).code).toBe('KEYSTORE');
  });
});
