// Issue 13, items 4 and 5 and the stored-state redesign: what a session keeps
// on disk, for how long, and what one message costs in stored bytes.
import { describe, expect, it } from 'vitest';
import { decryptMessage, establishSession, sweepSession } from '../../src/ratchet/session.js';
import { exportSessionSnapshot, importSessionSnapshot } from '../../src/ratchet/snapshot.js';
import { decodeSessionRecord } from '../../src/ratchet/records.js';
import { archivedRefs } from '../../src/ratchet/packed.js';
import type { ProtocolStores, DeviceAddress } from '../../src/interfaces/sessions.js';
import { addr, expectCode, receive, send, talking } from './fixtures.js';

const DAY = 86_400_000;

/** Every byte string the session store holds for `address`: the record and its entries. */
async function storedBytes(stores: ProtocolStores, address: DeviceAddress): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  const record = await stores.sessions.loadSession(address);
  if (record) out.push(record);
  for (const name of await stores.sessions.listSessionEntries(address, ''))
    out.push((await stores.sessions.loadSessionEntry(address, name))!);
  return out;
}

function holds(haystacks: Uint8Array[], needle: Uint8Array): boolean {
  const hex = Buffer.from(needle).toString('hex');
  return haystacks.some((h) => Buffer.from(h).toString('hex').includes(hex));
}

describe('stored session state (issue 13)', () => {
  it('item 4: a past chain’s header key is kept only while a skipped key needs it', async () => {
    const { alice, bob } = await talking(true);
    const m0 = await send(alice, bob, 'm0');
    const m1 = await send(alice, bob, 'm1');
    const m2 = await send(alice, bob, 'm2');
    await receive(bob, m0);
    // The header key of the chain Bob is receiving on now.
    const headerKey = decodeSessionRecord((await bob.ctx.stores.sessions.loadSession(addr(alice)))!)
      .current!.receivingHeaderKey;
    expect(headerKey).toHaveLength(32);
    await receive(bob, m2); // m1's key is skipped and held
    await receive(alice, await send(bob, alice, 'b'));
    await receive(bob, await send(alice, bob, 'next chain'));
    // The chain is past, but m1's key is held: its header key is still needed.
    expect(holds(await storedBytes(bob.ctx.stores, addr(alice)), headerKey)).toBe(true);
    expect(await receive(bob, m1)).toBe('m1');
    // No held key needs it any more: it is gone from everything stored.
    expect(holds(await storedBytes(bob.ctx.stores, addr(alice)), headerKey)).toBe(false);
    // A late copy is still told apart from a forgery: by its tag, which is public.
    await expectCode(decryptMessage(bob.device, m0, bob.ctx), 'DUPLICATE_MESSAGE');
  });

  it('item 5: expired skipped keys are deleted on the next write of the session, even a send', async () => {
    const { alice, bob, clock } = await talking();
    const lost = await send(alice, bob, 'late');
    await receive(bob, await send(alice, bob, 'on time'));
    const names = await bob.ctx.stores.sessions.listSessionEntries(addr(alice), 'mk.');
    expect(names).toHaveLength(1);
    const key = (await bob.ctx.stores.sessions.loadSessionEntry(addr(alice), names[0]!))!;
    clock.advance(31 * DAY);
    await send(bob, alice, 'a write without a decrypt');
    expect(await bob.ctx.stores.sessions.listSessionEntries(addr(alice), 'mk.')).toEqual([]);
    expect(holds(await storedBytes(bob.ctx.stores, addr(alice)), key)).toBe(false);
    await expectCode(decryptMessage(bob.device, lost, bob.ctx), 'MESSAGE_EXPIRED');
  });

  it('item 5: the sweep deletes expired keys of archived states', async () => {
    const { alice, bob, clock } = await talking();
    await send(alice, bob, 'lost');
    await receive(bob, await send(alice, bob, 'skips one'));
    // A new session makes the old state archived, with its skipped key.
    await establishSession(alice.device, await bob.bundle(), alice.ctx);
    await receive(bob, await send(alice, bob, 'new session'));
    const record = decodeSessionRecord((await bob.ctx.stores.sessions.loadSession(addr(alice)))!);
    expect(archivedRefs(record)).toHaveLength(1);
    const held = await bob.ctx.stores.sessions.listSessionEntries(addr(alice), 'mk.');
    expect(held).toHaveLength(1);
    const key = (await bob.ctx.stores.sessions.loadSessionEntry(addr(alice), held[0]!))!;
    clock.advance(29 * DAY);
    expect(await sweepSession(addr(alice), bob.ctx)).toBe(0);
    clock.advance(2 * DAY);
    expect(await sweepSession(addr(alice), bob.ctx)).toBe(1);
    expect(holds(await storedBytes(bob.ctx.stores, addr(alice)), key)).toBe(false);
  });

  it('the sweep deletes entries a crash left behind, and nothing the record needs', async () => {
    const { alice, bob } = await talking();
    await send(alice, bob, 'lost');
    await receive(bob, await send(alice, bob, 'skips one'));
    await bob.ctx.stores.sessions.storeSessionEntries(
      addr(alice),
      new Map([['mk.99.1.1', new Uint8Array(32).fill(1)]]),
    );
    expect(await sweepSession(addr(alice), bob.ctx)).toBe(1);
    expect(await bob.ctx.stores.sessions.listSessionEntries(addr(alice), '')).toHaveLength(1);
  });

  it('a message’s stored cost does not grow with the skipped keys and archived states held', async () => {
    const { alice, bob } = await talking();
    const small = (await bob.ctx.stores.sessions.loadSession(addr(alice)))!.length;
    for (let i = 0; i < 2000; i++) await send(alice, bob, `lost ${i}`);
    await receive(bob, await send(alice, bob, 'after the gap'));
    expect(await bob.ctx.stores.sessions.listSessionEntries(addr(alice), 'mk.')).toHaveLength(2000);
    const record = (await bob.ctx.stores.sessions.loadSession(addr(alice)))!;
    // The record holds an index of the 2,000 keys (a run with a 250-byte bitmap), not the keys.
    expect(record.length).toBeLessThan(small + 1024);
  });

  it('an old snapshot does not reopen a closed receive window', async () => {
    const { alice, bob } = await talking();
    const key = new Uint8Array(32).fill(7);
    const snapshot = await exportSessionSnapshot(addr(alice), key, bob.ctx);
    const later = await send(alice, bob, 'after the snapshot');
    await receive(bob, later);
    await importSessionSnapshot(addr(alice), snapshot, key, bob.ctx);
    await expectCode(decryptMessage(bob.device, later, bob.ctx), 'DUPLICATE_MESSAGE');
    expect(await receive(bob, await send(alice, bob, 'and on'))).toBe('and on');
    expect(await receive(alice, await send(bob, alice, 'both ways'))).toBe('both ways');
  });

  it('a snapshot carries skipped keys and archived states', async () => {
    const { alice, bob } = await talking();
    const late = await send(alice, bob, 'late');
    await receive(bob, await send(alice, bob, 'on time'));
    const key = new Uint8Array(32).fill(5);
    const snapshot = await exportSessionSnapshot(addr(alice), key, bob.ctx);
    await bob.ctx.stores.sessions.deleteSession(addr(alice));
    await importSessionSnapshot(addr(alice), snapshot, key, bob.ctx);
    expect(await receive(bob, late)).toBe('late');
  });
});
