// The CLI chats: two (and three) homes, each an encrypted device, talk
// through a real community server process (started as its README says),
// 1:1 and in a group, with --json for scripts; and the errors a user meets
// on the way say what is wrong.
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '@nexuslink/server-kit/testing';
import type { RunningServer } from '@nexuslink/server-kit/testing';
import { cli } from './helpers.js';

const home = () => mkdtempSync(join(tmpdir(), 'nexuslink-chat-'));

/** A loopback TCP port free at the moment. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function person(name: string) {
  const h = home();
  const made = JSON.parse(
    (await cli(['--home', h, 'identity', 'create', '--name', name, '--json'])).out,
  );
  const card = JSON.parse((await cli(['--home', h, 'card', '--name', name, '--json'])).out);
  return { home: h, uuid: made.uuid as string, invite: card.invite as string };
}

/** JSON lines of `receive --json`. */
const lines = (out: string) =>
  out
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('nexuslink chats through a community server', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({
      NEXUSLINK_SERVER_DATA_DIR: home(),
      // Each CLI command logs in (2 requests), and this file plays several people
      // from one address: the per-address login limit (30 a minute) stays out of its way.
      NEXUSLINK_LIMITS_AUTH_RATE_PER_MINUTE: '10000',
    });
  });
  afterAll(async () => {
    expect(await server.stop()).toBe(0);
  });

  it('1:1 both ways, a group of three, conversations and history', async () => {
    const alice = await person('Alice');
    const bob = await person('Bob');
    const carol = await person('Carol');
    const as = (p: { home: string }, ...args: string[]) => cli(['--home', p.home, ...args]);

    // Before any server: the error says what to give.
    await expect(as(bob, 'contact', 'add', alice.invite)).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: expect.stringContaining('--server URL'),
    });
    // Alice has never connected: the server has no prekeys of hers yet.
    await expect(
      as(bob, 'contact', 'add', alice.invite, '--server', server.url),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('connect to it once'),
    });

    // Connecting once publishes prekeys; the server is remembered from then on.
    for (const p of [alice, carol])
      expect((await as(p, 'receive', '--server', server.url, '--wait', '1')).code).toBe(0);
    const added = await as(bob, 'contact', 'add', alice.invite, '--json');
    expect(JSON.parse(added.out)).toMatchObject({ uuid: alice.uuid, name: 'Alice' });
    expect(JSON.parse((await as(bob, 'contacts', '--json')).out)).toEqual([
      { uuid: alice.uuid, name: 'Alice', verified: false, devices: 1 },
    ]);

    expect((await as(bob, 'send', 'Alice', 'hello', 'Alice')).out).toBe(
      `Sent to Alice via ${server.url}`,
    );
    const got = await as(alice, 'receive', '--count', '1', '--wait', '30', '--json');
    expect(got.code).toBe(0);
    expect(lines(got.out)).toMatchObject([
      { sender: bob.uuid, text: 'hello Alice', outgoing: false },
    ]);

    // Alice answers by UUID (Bob is no contact of hers), then adds him by name.
    await as(alice, 'send', bob.uuid, 'hi Bob');
    const reply = await as(bob, 'receive', '--count', '1', '--wait', '30');
    expect(reply.out).toMatch(/^\d\d:\d\d:\d\d Alice: hi Bob$/);
    await as(alice, 'contact', 'add', bob.uuid, '--name', 'Bob');
    await as(alice, 'contact', 'add', carol.invite);

    const group = JSON.parse(
      (await as(alice, 'group', 'create', '--name', 'Trio', 'Bob', 'Carol', '--json')).out,
    );
    expect(group).toMatchObject({ name: 'Trio', members: [bob.uuid, carol.uuid].sort() });
    await as(alice, 'send', 'Trio', 'hello both');
    for (const p of [bob, carol]) {
      const r = await as(p, 'receive', '--count', '1', '--wait', '30', '--json');
      const msgs = lines(r.out).filter((l) => 'text' in l);
      expect(msgs).toMatchObject([{ conversation: group.conversation, text: 'hello both' }]);
    }
    // Carol answers in the group by its conversation id; Alice and Bob both get it.
    await as(carol, 'send', group.conversation, 'hi from Carol');
    for (const p of [alice, bob]) {
      const r = await as(p, 'receive', '--count', '1', '--wait', '30', '--json');
      expect(lines(r.out).filter((l) => 'text' in l)).toMatchObject([
        { sender: carol.uuid, text: 'hi from Carol' },
      ]);
    }

    const conversations = JSON.parse((await as(bob, 'conversations', '--json')).out) as {
      id: string;
      kind: string;
      name: string;
    }[];
    expect(conversations.map((c) => [c.kind, c.name]).sort()).toEqual([
      ['direct', 'Alice'],
      ['group', 'Trio'],
    ]);
    const history = JSON.parse((await as(bob, 'history', 'Alice', '--json')).out) as {
      text: string;
      outgoing: boolean;
    }[];
    expect(history.map((m) => [m.outgoing, m.text])).toEqual([
      [true, 'hello Alice'],
      [false, 'hi Bob'],
    ]);
    const text = (await as(bob, 'history', 'Trio')).out;
    expect(text).toContain('[Trio] Alice: hello both');
    expect(text).toContain('[Trio] ' + carol.uuid.slice(0, 10) + ': hi from Carol');

    // Names that do not name one conversation.
    await expect(as(bob, 'send', 'Dave', 'hi')).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: expect.stringContaining('no contact or group named "Dave"'),
    });
    // Nothing of the conversation is readable in the home's files.
    const { readdirSync, readFileSync } = await import('node:fs');
    const disk = readdirSync(bob.home)
      .map((f) => readFileSync(join(bob.home, f)).toString('latin1'))
      .join('');
    for (const secret of ['hello Alice', 'hi Bob', 'Trio', 'hello both'])
      expect(disk).not.toContain(secret);
  });

  it('chat sends each line typed and prints what arrives; commands have their own --help', async () => {
    const alice = await person('Alice');
    const bob = await person('Bob');
    for (const p of [alice, bob])
      await cli(['--home', p.home, 'receive', '--server', server.url, '--wait', '1']);
    await cli(['--home', alice.home, 'contact', 'add', bob.invite]);
    // Two lines typed, then the end of input.
    const chat = await cli(['--home', alice.home, 'chat', 'Bob'], {}, [
      'first line',
      'second line',
    ]);
    expect(chat.code).toBe(0);
    expect(chat.err).toContain(`Talking to Bob via ${server.url}`);
    const got = await cli([
      '--home',
      bob.home,
      'receive',
      '--count',
      '2',
      '--wait',
      '30',
      '--json',
    ]);
    expect(lines(got.out).map((l) => l.text)).toEqual(['first line', 'second line']);
    const help = await cli(['send', '--help']);
    expect(help.out).toContain('send <to> <text...>');
    expect(help.out).not.toContain('receive [');
    const channels = await cli(['channel', '--help']);
    for (const c of ['channel list', 'channel create', 'channel join', 'channel leave'])
      expect(channels.out).toContain(c);
  });

  it('a device revoked from another one is refused by the server at once', async () => {
    const alice = await person('Alice');
    await cli(['--home', alice.home, 'receive', '--server', server.url, '--wait', '1']);
    const phone = mkdtempSync(join(tmpdir(), 'nexuslink-phone-'));
    const env = { NEXUSLINK_PASSPHRASE: 'another strong passphrase for the phone' };
    await cli(['--home', alice.home, 'device', 'add', '--name', 'phone', '--into', phone], {
      NEXUSLINK_NEW_PASSPHRASE: env.NEXUSLINK_PASSPHRASE,
    });
    expect(
      (await cli(['--home', phone, 'receive', '--server', server.url, '--wait', '1'], env)).code,
    ).toBe(0);
    const id = JSON.parse(
      (await cli(['--home', phone, 'identity', 'show', '--json'], env)).out,
    ).thisDevice;
    const revoked = await cli(['--home', alice.home, 'device', 'revoke', id, '--reason', 'lost']);
    expect(revoked.out).toContain(`The revocation went to ${server.url}`);
    await expect(cli(['--home', phone, 'receive', '--wait', '1'], env)).rejects.toMatchObject({
      code: 'REVOKED',
    });
  });

  it('community channels: create, join by name, post and read, end to end encrypted', async () => {
    const alice = await person('Alice');
    const bob = await person('Bob');
    const as = (p: { home: string }, ...args: string[]) => cli(['--home', p.home, ...args]);
    const made = JSON.parse(
      (await as(alice, 'channel', 'create', 'lobby', '--server', server.url, '--json')).out,
    );
    expect(made).toMatchObject({ name: 'lobby' });
    const listed = JSON.parse(
      (await as(bob, 'channel', 'list', '--server', server.url, '--json')).out,
    );
    expect(listed).toContainEqual(
      expect.objectContaining({ id: made.id, name: 'lobby', member: false }),
    );
    expect((await as(bob, 'channel', 'join', 'lobby')).out).toContain(
      `Joined "lobby" (${made.id})`,
    );
    await as(alice, 'send', 'lobby', 'welcome to the lobby');
    const got = await as(bob, 'receive', '--count', '1', '--wait', '30');
    expect(got.out).toMatch(/\[lobby\] [^:]+: welcome to the lobby/);
    await as(bob, 'send', 'lobby', 'glad to be here');
    const back = await as(alice, 'receive', '--count', '1', '--wait', '30', '--json');
    expect(lines(back.out).filter((l) => 'text' in l)).toMatchObject([
      { conversation: made.conversation, sender: bob.uuid, text: 'glad to be here' },
    ]);
    const conversations = JSON.parse((await as(bob, 'conversations', '--json')).out);
    expect(conversations).toContainEqual(expect.objectContaining({ kind: 'group', name: 'lobby' }));
    await expect(as(bob, 'channel', 'join', 'nowhere')).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: expect.stringContaining('no channel named "nowhere"'),
    });
  });
});

describe('nexuslink chats peer to peer', () => {
  it('two homes on loopback: invite, contact add with --address, send and receive', async () => {
    const alice = await person('Alice');
    const bob = await person('Bob');
    const as = (p: { home: string }, ...args: string[]) => cli(['--home', p.home, ...args]);
    const port = await freePort();
    const aliceAddress = `/ip4/127.0.0.1/tcp/${port}`;
    // Alice listens (and answers prekey requests) while Bob adds her and sends.
    const listening = as(
      alice,
      'receive',
      '--p2p',
      '--listen',
      aliceAddress,
      '--count',
      '1',
      '--wait',
      '60',
      '--json',
    );
    const added = await as(
      bob,
      'contact',
      'add',
      alice.invite,
      '--p2p',
      '--address',
      aliceAddress,
      '--listen',
      '/ip4/127.0.0.1/tcp/0',
    );
    expect(added.out).toContain('Added Alice');
    expect(
      (await as(bob, 'send', 'Alice', 'over libp2p', '--p2p', '--listen', '/ip4/127.0.0.1/tcp/0'))
        .out,
    ).toBe('Sent to Alice via peer to peer');
    const got = await listening;
    expect(got.code).toBe(0);
    expect(lines(got.out)).toMatchObject([{ sender: bob.uuid, text: 'over libp2p' }]);
    // A UUID alone names no peer to dial.
    await expect(as(bob, 'contact', 'add', alice.uuid, '--p2p')).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: expect.stringContaining('invite'),
    });
  });
});

describe('nexuslink keeps its login between commands', () => {
  it('many commands in a row log in once: a server allowing 4 logins a minute serves 12', async () => {
    const server = await startServer({
      NEXUSLINK_SERVER_DATA_DIR: home(),
      NEXUSLINK_LIMITS_AUTH_RATE_PER_MINUTE: '4',
    });
    try {
      const alice = await person('Alice');
      for (let i = 0; i < 12; i++) {
        const r = await cli([
          '--home',
          alice.home,
          'receive',
          '--server',
          server.url,
          '--wait',
          '1',
        ]);
        expect(r.code, `command ${i + 1}`).toBe(0);
      }
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });
});
