// The maximum bundle age (spec/pqxdh.md §Prekey lifecycle): an initiator
// refuses a bundle whose signed or KEM prekey is older than
// SESSION_LIMITS.maxPreKeyAgeMs, or dated more than five minutes ahead, with
// STALE_PREKEY; establishSession refuses it before drawing a key.
import { describe, expect, it } from 'vitest';
import {
  createKemPreKey,
  createPreKeyBundle,
  createSignedPreKey,
  establishSession,
  NexusError,
  SESSION_LIMITS,
  verifyPreKeyBundle,
} from '../../src/index.js';
import { memoryProtocolStores } from '../../src/testing/index.js';
import { makePerson } from '../client/fixtures.js';

const DAY = 24 * 3600 * 1000;
const MINUTE = 60 * 1000;

/** A bundle of a new device whose signed prekey was made at `signedAt` and KEM prekey at `kemAt`. */
async function bundleMadeAt(signedAt: number, kemAt: number, lastResort = false) {
  const person = await makePerson('bob');
  const device = await person.addDevice();
  const stores = memoryProtocolStores();
  const bundle = createPreKeyBundle({
    device,
    signedPreKey: await createSignedPreKey(device, stores.preKeys, 1, {
      clock: { now: () => signedAt },
    }),
    kemPreKey: await createKemPreKey(device, stores.preKeys, 1, {
      clock: { now: () => kemAt },
      lastResort,
    }),
  });
  return { bundle, uuid: person.uuid };
}

const staleCode = (fn: () => unknown) => {
  try {
    fn();
    return 'accepted';
  } catch (err) {
    return NexusError.is(err, 'STALE_PREKEY') ? 'STALE_PREKEY' : String(err);
  }
};

describe('verifyPreKeyBundle: the maximum prekey age', () => {
  const now = Date.now();

  it('accepts a signed prekey 29 days old, refuses one 31 days old', async () => {
    const young = await bundleMadeAt(now - 29 * DAY, now);
    expect(staleCode(() => verifyPreKeyBundle(young.bundle, { now }))).toBe('accepted');
    const old = await bundleMadeAt(now - 31 * DAY, now);
    expect(staleCode(() => verifyPreKeyBundle(old.bundle, { now }))).toBe('STALE_PREKEY');
  });

  it('refuses a KEM prekey 31 days old, last-resort or one-time', async () => {
    for (const lastResort of [true, false]) {
      const old = await bundleMadeAt(now, now - 31 * DAY, lastResort);
      expect(staleCode(() => verifyPreKeyBundle(old.bundle, { now }))).toBe('STALE_PREKEY');
    }
    const young = await bundleMadeAt(now, now - 29 * DAY, true);
    expect(staleCode(() => verifyPreKeyBundle(young.bundle, { now }))).toBe('accepted');
  });

  it('refuses a prekey dated 10 minutes ahead, tolerates a minute of clock skew', async () => {
    const ahead = await bundleMadeAt(now, now + 10 * MINUTE);
    expect(staleCode(() => verifyPreKeyBundle(ahead.bundle, { now }))).toBe('STALE_PREKEY');
    const signedAhead = await bundleMadeAt(now + 10 * MINUTE, now);
    expect(staleCode(() => verifyPreKeyBundle(signedAhead.bundle, { now }))).toBe('STALE_PREKEY');
    const skewed = await bundleMadeAt(now + MINUTE, now + MINUTE);
    expect(staleCode(() => verifyPreKeyBundle(skewed.bundle, { now }))).toBe('accepted');
  });

  it('the limit is the one the spec states, and establishSession refuses a stale bundle', async () => {
    expect(SESSION_LIMITS.maxPreKeyAgeMs).toBe(30 * DAY);
    expect(SESSION_LIMITS.retiredPreKeyGraceMs).toBe(30 * DAY);
    const alicePerson = await makePerson('alice');
    const alice = await alicePerson.addDevice();
    const stores = memoryProtocolStores();
    const old = await bundleMadeAt(now - 31 * DAY, now - 31 * DAY, true);
    const err = await establishSession(alice, old.bundle, {
      stores,
      clock: { now: () => now },
    }).catch((e: unknown) => e);
    expect(NexusError.is(err, 'STALE_PREKEY')).toBe(true);
  });
});
