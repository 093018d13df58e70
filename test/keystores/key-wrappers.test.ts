import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import type * as Pkcs11js from 'pkcs11js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyFileWrapper, pkcs11KeyWrapper } from '../../src/keystores/key-wrappers.js';
import type { KeyWrapper } from '../../src/interfaces/keystore.js';
import { NexusError } from '../../src/interfaces/errors.js';
import { softHsm } from '../softhsm.js';
import { requires } from '../support/system-tools.js';

async function errorOf(promise: Promise<unknown>): Promise<NexusError> {
  const err: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!NexusError.is(err)) throw new Error(`expected a NexusError, got ${String(err)}`);
  return err;
}

const enc = new TextEncoder();

/** What every wrapper must do, whatever holds its master key. */
function wrapperContract(open: () => Promise<KeyWrapper>, reopen: () => Promise<KeyWrapper>) {
  it('unwraps what it wrapped, for the same context only', async () => {
    const wrapper = await open();
    try {
      const key = crypto.getRandomValues(new Uint8Array(32));
      const context = enc.encode('document 1');
      const wrapped = await wrapper.wrap(key, context);
      expect(wrapped).toHaveLength(1 + 12 + 32 + 16);
      expect(wrapped[0]).toBe(1);
      expect(await wrapper.unwrap(wrapped, context)).toEqual(key);
      // A fresh IV each time: wrapping twice gives different bytes.
      expect(await wrapper.wrap(key, context)).not.toEqual(wrapped);
      expect((await errorOf(wrapper.unwrap(wrapped, enc.encode('document 2')))).code).toBe(
        'DECRYPT_FAILED',
      );
      for (const at of [0, 5, 20, wrapped.length - 1]) {
        const altered = wrapped.slice();
        altered[at]! ^= 1;
        expect((await errorOf(wrapper.unwrap(altered, context))).code).toBe('DECRYPT_FAILED');
      }
      expect((await errorOf(wrapper.unwrap(wrapped.subarray(0, 20), context))).code).toBe(
        'DECRYPT_FAILED',
      );
    } finally {
      await wrapper.close();
    }
  });

  it('still unwraps after closing and opening again', async () => {
    const first = await open();
    const key = crypto.getRandomValues(new Uint8Array(32));
    const wrapped = await first.wrap(key, enc.encode('kept'));
    await first.close();
    await first.close(); // idempotent
    expect((await errorOf(first.wrap(key, enc.encode('kept')))).code).toBe('KEYSTORE');
    const second = await reopen();
    try {
      expect(await second.unwrap(wrapped, enc.encode('kept'))).toEqual(key);
    } finally {
      await second.close();
    }
  });

  it('refuses keys of a bad size and contexts that are not bytes', async () => {
    const wrapper = await open();
    try {
      for (const key of [new Uint8Array(15), new Uint8Array(65), 'key' as unknown as Uint8Array])
        expect((await errorOf(wrapper.wrap(key, enc.encode('x')))).code).toBe('INVALID_ARGUMENT');
      expect(
        (await errorOf(wrapper.wrap(new Uint8Array(32), 'x' as unknown as Uint8Array))).code,
      ).toBe('INVALID_ARGUMENT');
    } finally {
      await wrapper.close();
    }
  });
}

describe('keyFileWrapper', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nexuslink-keyfile-'));
  const path = join(dir, 'master.key');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  wrapperContract(
    () => keyFileWrapper({ path, create: true }),
    () => keyFileWrapper({ path }),
  );

  it('creates the file once, mode 0600, and keeps its key out of inspect and JSON', async () => {
    const wrapper = await keyFileWrapper({ path, create: true });
    const text = readFileSync(path, 'utf8').trim();
    expect(text).toMatch(/^[0-9a-f]{64}$/);
    const again = await keyFileWrapper({ path, create: true });
    expect(readFileSync(path, 'utf8').trim()).toBe(text);
    for (const shown of [
      inspect(wrapper, { showHidden: true, depth: 5 }),
      JSON.stringify(wrapper),
      String(wrapper),
    ])
      expect(shown).not.toContain(text);
    await wrapper.close();
    await again.close();
  });

  it('refuses a missing, malformed or group-readable key file', async () => {
    expect((await errorOf(keyFileWrapper({ path: join(dir, 'absent.key') }))).code).toBe(
      'KEYSTORE',
    );
    const bad = join(dir, 'bad.key');
    writeFileSync(bad, 'not hex\n', { mode: 0o600 });
    expect((await errorOf(keyFileWrapper({ path: bad }))).code).toBe('KEYSTORE');
    const open = join(dir, 'open.key');
    writeFileSync(open, `${'ab'.repeat(32)}\n`);
    chmodSync(open, 0o644);
    const err = await errorOf(keyFileWrapper({ path: open }));
    expect(err.code).toBe('KEYSTORE');
    expect(err.message).toContain('chmod 600');
    expect(err.message).not.toContain('ab'.repeat(32));
  });

  it('does not open keys wrapped under another file', async () => {
    const mine = await keyFileWrapper({ path, create: true });
    const theirs = await keyFileWrapper({ path: join(dir, 'other.key'), create: true });
    try {
      const wrapped = await mine.wrap(new Uint8Array(32).fill(7), enc.encode('c'));
      expect((await errorOf(theirs.unwrap(wrapped, enc.encode('c')))).code).toBe('DECRYPT_FAILED');
    } finally {
      await mine.close();
      await theirs.close();
    }
  });
});

// Needs SoftHSM: skipped without it, a failure under .ci/run (../support/system-tools.ts).
requires('softhsm').describe('pkcs11KeyWrapper on SoftHSM', () => {
  const TOKEN = 'nexuslink-wrap';
  const PIN = '4321';
  let module = '';
  let dir = '';
  const options = () => ({ module, tokenLabel: TOKEN, pin: PIN, keyLabel: 'directory master' });

  beforeAll(() => {
    const hsm = softHsm();
    module = hsm.module;
    dir = hsm.dir;
    hsm.initToken(TOKEN, PIN);
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  wrapperContract(
    () => pkcs11KeyWrapper({ ...options(), create: true }),
    () => pkcs11KeyWrapper(options()),
  );

  it('makes the master key a sensitive, non-extractable AES-256 token key', async () => {
    const wrapper = await pkcs11KeyWrapper({ ...options(), create: true });
    await wrapper.close();
    const lib = createRequire(import.meta.url)('pkcs11js') as typeof Pkcs11js;
    const p11 = new lib.PKCS11();
    p11.load(module);
    p11.C_Initialize();
    try {
      const slot = p11
        .C_GetSlotList(true)
        .find((s) => p11.C_GetTokenInfo(s).label.trim() === TOKEN)!;
      const session = p11.C_OpenSession(slot, lib.CKF_RW_SESSION | lib.CKF_SERIAL_SESSION);
      p11.C_Login(session, lib.CKU_USER, PIN);
      p11.C_FindObjectsInit(session, [
        { type: lib.CKA_CLASS, value: lib.CKO_SECRET_KEY },
        { type: lib.CKA_LABEL, value: 'directory master' },
      ]);
      const keys = p11.C_FindObjects(session, 10);
      p11.C_FindObjectsFinal(session);
      expect(keys).toHaveLength(1);
      const attrs = p11.C_GetAttributeValue(session, keys[0]!, [
        { type: lib.CKA_SENSITIVE },
        { type: lib.CKA_EXTRACTABLE },
        { type: lib.CKA_VALUE_LEN },
      ]);
      expect(attrs[0]!.value).toEqual(Buffer.from([1]));
      expect(attrs[1]!.value).toEqual(Buffer.from([0]));
      expect(attrs[2]!.value!.readUInt8(0)).toBe(32);
      // The key's value cannot be read out.
      expect(() => p11.C_GetAttributeValue(session, keys[0]!, [{ type: lib.CKA_VALUE }])).toThrow(
        /CKR_ATTRIBUTE_SENSITIVE/,
      );
    } finally {
      p11.C_Finalize();
      p11.close();
    }
  });

  it('refuses an absent key label without create, and a wrong PIN without naming it', async () => {
    expect((await errorOf(pkcs11KeyWrapper({ ...options(), keyLabel: 'absent' }))).code).toBe(
      'KEY_NOT_FOUND',
    );
    const err = await errorOf(pkcs11KeyWrapper({ ...options(), pin: '99887766' }));
    expect(err.code).toBe('KEYSTORE');
    expect(err.message).not.toContain('99887766');
  });

  it('shows the token and key label, never the PIN', async () => {
    const wrapper = await pkcs11KeyWrapper(options());
    try {
      const shown = inspect(wrapper, { showHidden: true, depth: 5 });
      expect(shown).toContain(TOKEN);
      expect(shown).not.toContain(PIN);
      expect(JSON.stringify(wrapper)).not.toContain(PIN);
    } finally {
      await wrapper.close();
    }
  });
});
