// A device in a folder (openDevice, @nexuslink/sdk/node): the first run makes
// the identity, the device and the encrypted storage; every later run opens
// them again with the passphrase; a wrong one opens nothing and changes nothing.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nexusErrorOf } from '../helpers.js';
import { createStorageKey, sealStorageKey } from '../../src/index.js';
import { DEVICE_FILES, openDevice } from '../../src/node.js';
import { toHex } from '../../src/primitives/bytes.js';

/** A cheap Argon2id for tests (the default is 64 MiB, 3 passes). */
const kdf = { memoryKib: 8192, iterations: 1, parallelism: 1 };

const dirs: string[] = [];
const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), 'nexuslink-open-device-'));
  dirs.push(dir);
  return join(dir, 'bot');
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('openDevice', () => {
  it('makes the device on the first run and opens the same one on the next', async () => {
    const dir = fresh();
    const first = await openDevice({ dir, passphrase: 'correct horse', displayName: 'bot', kdf });
    expect(first.created).toBe(true);
    expect(first.mnemonic!.split(' ')).toHaveLength(24);
    await first.storage.close();
    expect(statSync(join(dir, DEVICE_FILES.key)).mode & 0o777).toBe(0o600);
    const second = await openDevice({ dir, passphrase: 'correct horse' });
    expect(second.created).toBe(false);
    expect(second.mnemonic).toBeNull();
    expect(second.device.uuid).toBe(first.device.uuid);
    expect(toHex(second.device.deviceId)).toBe(toHex(first.device.deviceId));
    await second.storage.close();
  });

  it('a wrong passphrase is WRONG_PASSPHRASE and changes nothing', async () => {
    const dir = fresh();
    const first = await openDevice({ dir, passphrase: 'right', kdf });
    await first.storage.close();
    const keyFile = readFileSync(join(dir, DEVICE_FILES.key));
    const db = readFileSync(join(dir, DEVICE_FILES.database));
    expect((await nexusErrorOf(() => openDevice({ dir, passphrase: 'wrong' }))).code).toBe(
      'WRONG_PASSPHRASE',
    );
    expect(readFileSync(join(dir, DEVICE_FILES.key))).toEqual(keyFile);
    expect(readFileSync(join(dir, DEVICE_FILES.database))).toEqual(db);
    const again = await openDevice({ dir, passphrase: 'right' });
    expect(again.device.uuid).toBe(first.device.uuid);
    await again.storage.close();
  });

  it('a first run that stopped after the key file makes the device on the next run', async () => {
    const dir = fresh();
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, DEVICE_FILES.key),
      await sealStorageKey(createStorageKey(), 'pass', { kdf }),
    );
    const opened = await openDevice({ dir, passphrase: 'pass', displayName: 'late' });
    expect(opened.created).toBe(true);
    await opened.storage.close();
    const again = await openDevice({ dir, passphrase: 'pass' });
    expect(again.device.uuid).toBe(opened.device.uuid);
    await again.storage.close();
  });

  it('recovers an identity from its phrase into a new folder', async () => {
    const one = await openDevice({ dir: fresh(), passphrase: 'p', kdf });
    await one.storage.close();
    const two = await openDevice({ dir: fresh(), passphrase: 'q', kdf, mnemonic: one.mnemonic! });
    expect(two.device.uuid).toBe(one.device.uuid);
    expect(two.mnemonic).toBeNull();
    await two.storage.close();
  });

  it('refuses an empty passphrase or folder', async () => {
    expect((await nexusErrorOf(() => openDevice({ dir: fresh(), passphrase: '' }))).code).toBe(
      'INVALID_ARGUMENT',
    );
    expect((await nexusErrorOf(() => openDevice({ dir: '', passphrase: 'x' }))).code).toBe(
      'INVALID_ARGUMENT',
    );
  });
});
