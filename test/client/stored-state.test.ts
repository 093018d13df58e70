// What a client of an earlier version stored must open in this one and go on
// working: the history, contacts and groups read back, and the stored
// sessions and sender keys carry new messages both ways (spec/client.md §4).
// The fixtures are written once per version by scripts/client-fixtures.ts
// and never regenerated; the test works on copies.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createClient, deviceAddress, directConversation, sqlJsStorage } from '../../src/index.js';
import { memoryNetwork } from '../../src/testing/index.js';
import type { ClientEvent } from '../../src/index.js';
import { fileImagePersister, sqliteStorage } from '../../src/node.js';
import { repoPath } from '../helpers.js';
import { savedDevice } from '../storage/crash-child-storage.js';
import type { SavedDevice } from '../storage/crash-child-storage.js';
import { texts, until } from './fixtures.js';

const work = mkdtempSync(join(tmpdir(), 'nexuslink-client-fixtures-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const versions = readdirSync(repoPath('test/fixtures/client')).sort();
const bytes = (h: string) => Uint8Array.from(Buffer.from(h, 'hex'));

describe('client state stored by earlier versions', () => {
  it('there is a fixture for version 1', () => expect(versions).toContain('v1'));

  for (const version of versions) {
    it(`${version}: history, contacts and groups read back, and the conversation goes on`, async () => {
      const dir = repoPath(`test/fixtures/client/${version}`);
      const saved = JSON.parse(readFileSync(join(dir, 'devices.json'), 'utf8')) as {
        key: string;
        group: string;
        alice: SavedDevice & { uuid: string };
        bob: SavedDevice & { uuid: string };
      };
      const copy = join(work, version);
      rmSync(copy, { recursive: true, force: true });
      copyFileSync(join(dir, 'bob.db'), `${copy}-bob.db`);
      copyFileSync(join(dir, 'alice.nxls'), `${copy}-alice.nxls`);
      if (existsSync(join(dir, 'alice.nxls.journal')))
        copyFileSync(join(dir, 'alice.nxls.journal'), `${copy}-alice.nxls.journal`);
      const key = bytes(saved.key);
      const aliceStorage = await sqlJsStorage({
        key,
        persister: fileImagePersister(`${copy}-alice.nxls`),
      });
      const bobStorage = await sqliteStorage({ path: `${copy}-bob.db`, key });
      const network = memoryNetwork();
      const events: Record<'a' | 'b', ClientEvent[]> = { a: [], b: [] };
      const open = async (s: SavedDevice, storage: typeof bobStorage, name: 'a' | 'b') => {
        const device = await savedDevice(s);
        const client = await createClient({
          device,
          storage,
          transports: [network.transport(deviceAddress(device.uuid, device.deviceId))],
          start: false,
        });
        client.on('*', (e) => events[name].push(e));
        await client.start();
        return client;
      };
      const a = await open(saved.alice, aliceStorage, 'a');
      const b = await open(saved.bob, bobStorage, 'b');
      try {
        const toBob = directConversation(saved.bob.uuid);
        const toAlice = directConversation(saved.alice.uuid);
        // What was stored reads back.
        expect(await a.contacts.get(saved.bob.uuid)).toMatchObject({
          displayName: 'bob',
          nickname: 'Bob',
          notes: 'fixture',
        });
        const history = await a.messages(toBob);
        expect(
          history.map((m) => [m.content.kind === 'text' && m.content.text, m.outgoing]),
        ).toEqual([
          ['Sure, the usual café', false],
          ['Lunch at noon?', true],
        ]);
        expect(history[1]!.state).toBe('read');
        expect(await a.groups.get(saved.group)).toMatchObject({
          name: 'lunch club',
          members: [saved.alice.uuid, saved.bob.uuid].sort(),
          admins: [saved.alice.uuid],
          revision: 1,
        });
        expect(
          (await b.messages(saved.group)).map((m) => m.content.kind === 'text' && m.content.text),
        ).toEqual(['Thanks!', 'Welcome to the club']);
        expect((await b.search('café')).map((m) => m.conversation)).toEqual([toAlice]);
        expect(await a.pendingOutbox()).toBe(0);
        // The stored sessions and sender keys carry new messages, both ways.
        await a.sendText(toBob, 'still there?');
        await a.sendText(saved.group, 'the club goes on');
        await until(
          () =>
            texts(events.b).includes('still there?') &&
            texts(events.b).includes('the club goes on'),
          10_000,
          'bob reads',
        );
        await b.sendText(toAlice, 'yes');
        await b.sendText(saved.group, 'it does');
        await until(
          () => texts(events.a).includes('yes') && texts(events.a).includes('it does'),
          10_000,
          'alice reads',
        );
        expect(events.a.filter((e) => e.type === 'error')).toEqual([]);
        expect(events.b.filter((e) => e.type === 'error')).toEqual([]);
      } finally {
        await a.close();
        await b.close();
        await aliceStorage.close();
        await bobStorage.close();
      }
    });
  }
});
