import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  certifyNewDevice,
  createClient,
  createContactCard,
  createIdentity,
  deviceAddress,
  deviceSigner,
  directConversation,
  issueSelfSigningCertificate,
  localDevice,
  memoryStorage,
  SigningKeyPair,
  softwareKeyStore,
} from '@nexuslink/sdk';
import { memoryNetwork, memoryPreKeyDirectory } from '@nexuslink/sdk/testing';
import { WIRE_LIMITS } from '@nexuslink/sdk/wire';
import type {
  ClientEvent,
  LocalDevice,
  Message,
  NexusClient,
  PreKeyDirectory,
} from '@nexuslink/sdk';
import type { MemoryNetwork } from '@nexuslink/sdk/testing';
import { createAccount } from '../account.js';
import type { Account } from '../account.js';
import { startEchoBot } from '../bot.js';
import type { EchoBot } from '../bot.js';

// '@nexuslink/sdk' resolves (through the workspace link) to the package's
// dist/, which `npm test` does not build. The test, bot.ts and account.ts
// still import the package name only; here it is mapped to the sources.
vi.mock('@nexuslink/sdk', () => import('../../../src/index.js'));

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

let bots: EchoBot[] = [];
let clients: NexusClient[] = [];
afterEach(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await Promise.all(bots.map((b) => b.stop()));
  bots = [];
  clients = [];
  vi.restoreAllMocks();
});

async function until(predicate: () => boolean | Promise<boolean>, what: string, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Text messages among `events`, received or synced. */
const texts = (events: readonly ClientEvent[]) =>
  events.flatMap((e) =>
    e.type === 'message' && e.message.content.kind === 'text' ? [e.message.content.text] : [],
  );
const messages = (events: readonly ClientEvent[]): Message[] =>
  events.flatMap((e) => (e.type === 'message' ? [e.message] : []));

function world() {
  const network: MemoryNetwork = memoryNetwork();
  const directory: PreKeyDirectory = memoryPreKeyDirectory();

  const bot = async (options: { prefix?: string; account?: Account } = {}) => {
    const account = options.account ?? (await createAccount('bot'));
    const started = await startEchoBot({
      device: account.device,
      storage: memoryStorage(),
      transports: [network.transport(account.address)],
      directory,
      ...(options.prefix !== undefined ? { prefix: options.prefix } : {}),
    });
    bots.push(started);
    return { ...started, account };
  };

  /** A plain client for `device`, its events recorded from before it starts. */
  const client = async (device: LocalDevice) => {
    const c = await createClient({
      device,
      storage: memoryStorage(),
      transports: [network.transport(deviceAddress(device.uuid, device.deviceId))],
      directory,
      deviceRefreshIntervalMs: 0,
      retry: { initialMs: 5, maxMs: 50 },
      start: false,
    });
    const events: ClientEvent[] = [];
    c.on('*', (e) => events.push(e));
    await c.start();
    await c.publishPreKeys();
    clients.push(c);
    return { client: c, events };
  };

  const user = async (name: string) => {
    const account = await createAccount(name);
    return { ...(await client(account.device)), account };
  };

  return { network, directory, bot, client, user };
}

/** An identity with two devices (the card lists both), built with the public API. */
async function twoDeviceAccount(name: string) {
  const { identity } = createIdentity();
  const selfSigningKey = SigningKeyPair.generate();
  const ssc = await issueSelfSigningCertificate({ identity, signingKey: selfSigningKey.publicKey });
  const devices: LocalDevice[] = [];
  for (const n of [1, 2]) {
    const keyStore = softwareKeyStore();
    const certified = await certifyNewDevice({
      keyStore,
      selfSigningKey,
      identityKey: identity.publicKey.bytes,
      displayName: `${name} ${n}`,
    });
    devices.push(
      localDevice({
        deviceCertificate: certified.certificate.bytes,
        selfSigningCertificate: ssc.bytes,
        keyAgreementKey: certified.keyAgreementKey,
        signer: await deviceSigner(keyStore, certified.signingKeyId),
      }),
    );
  }
  const [first, second] = devices as [LocalDevice, LocalDevice];
  const card = await createContactCard({
    signer: first.signer,
    signerDeviceId: first.deviceId,
    identityKey: identity.publicKey.bytes,
    displayName: name,
    selfSigningCertificate: ssc.bytes,
    deviceCertificates: devices.map((d) => d.deviceCertificate),
  });
  const account: Account = {
    name,
    uuid: identity.uuid,
    device: first,
    address: deviceAddress(first.uuid, first.deviceId),
    card,
  };
  return { account, second };
}

describe('echo bot: 1:1', () => {
  it('answers a text with exactly one echo, marks it read, and drains its outbox', async () => {
    const w = world();
    const bot = await w.bot();
    const alice = await w.user('alice');
    await alice.client.contacts.add({ card: bot.account.card });
    const chat = directConversation(bot.account.uuid);

    const sent = await alice.client.sendText(chat, 'hello bot');
    await until(() => texts(alice.events).includes('echo: hello bot'), 'the echo');
    const [reply] = messages(alice.events);
    expect(reply).toMatchObject({
      conversation: chat,
      sender: bot.account.uuid,
      outgoing: false,
      content: { kind: 'text', text: 'echo: hello bot' },
    });
    await until(
      async () => (await alice.client.message(sent.id))?.state === 'read',
      'read receipt',
    );
    expect((await bot.client.conversation(directConversation(alice.account.uuid)))?.unread).toBe(0);

    await bot.client.flush(5000);
    expect(await bot.client.pendingOutbox()).toBe(0);
    await pause(100);
    expect(texts(alice.events)).toEqual(['echo: hello bot']);
    expect(bot.answered()).toBe(1);
  });

  it('echoes a structured message with the same type and payload', async () => {
    const w = world();
    const bot = await w.bot();
    const alice = await w.user('alice');
    await alice.client.contacts.add({ card: bot.account.card });
    const payload = new TextEncoder().encode('{"reaction":"+1"}');
    await alice.client.sendStructured(
      directConversation(bot.account.uuid),
      'application/json',
      payload,
    );
    await until(() => messages(alice.events).length > 0, 'the echo');
    expect(messages(alice.events)[0]?.content).toEqual({
      kind: 'structured',
      type: 'application/json',
      payload,
    });
    expect(bot.answered()).toBe(1);
  });

  it('uses the prefix it is given', async () => {
    const w = world();
    const bot = await w.bot({ prefix: '> ' });
    const alice = await w.user('alice');
    await alice.client.contacts.add({ card: bot.account.card });
    await alice.client.sendText(directConversation(bot.account.uuid), 'quoted');
    await until(() => texts(alice.events).includes('> quoted'), 'the echo');
  });
});

describe('echo bot: groups', () => {
  it('answers in the group: both members get the echo', async () => {
    const w = world();
    const bot = await w.bot();
    const alice = await w.user('alice');
    const carol = await w.user('carol');
    await alice.client.contacts.add({ card: bot.account.card });
    await alice.client.contacts.add({ card: carol.account.card });
    const group = await alice.client.groups.create({
      name: 'with the bot',
      members: [bot.account.uuid, carol.account.uuid],
    });
    await until(
      async () =>
        (await bot.client.groups.get(group)) !== null &&
        (await carol.client.groups.get(group)) !== null,
      'everyone knows the group',
    );

    await alice.client.sendText(group, 'hi group');
    await until(
      () =>
        texts(alice.events).includes('echo: hi group') &&
        texts(carol.events).includes('echo: hi group'),
      'both members get the echo',
    );
    const echo = messages(carol.events).find(
      (m) => m.content.kind === 'text' && m.content.text === 'echo: hi group',
    );
    expect(echo).toMatchObject({ conversation: group, sender: bot.account.uuid });

    await carol.client.sendText(group, 'carol here');
    await until(
      () =>
        texts(alice.events).includes('echo: carol here') &&
        texts(carol.events).includes('echo: carol here'),
      'the echo of carol',
    );
    await bot.client.flush(5000);
    await pause(100);
    expect(bot.answered()).toBe(2);
    expect(texts(alice.events).filter((t) => t.startsWith('echo: '))).toEqual([
      'echo: hi group',
      'echo: carol here',
    ]);
    expect(texts(carol.events)).toEqual(['hi group', 'echo: hi group', 'echo: carol here']);
  });
});

describe('echo bot: no loops, no stops', () => {
  it('answers N messages exactly N times, and not echoes', async () => {
    const w = world();
    const bot = await w.bot();
    const alice = await w.user('alice');
    await alice.client.contacts.add({ card: bot.account.card });
    const chat = directConversation(bot.account.uuid);
    const n = 5;
    for (let i = 0; i < n; i++) await alice.client.sendText(chat, `message ${i}`);
    await alice.client.sendText(chat, 'echo: already an echo');
    await until(() => texts(alice.events).length >= n, 'the echoes');
    await bot.client.flush(5000);
    await pause(200);
    expect(bot.answered()).toBe(n);
    expect(texts(alice.events)).toEqual(Array.from({ length: n }, (_, i) => `echo: message ${i}`));
    expect(await bot.client.pendingOutbox()).toBe(0);
  });

  it('two bots in one group do not answer each other', async () => {
    const w = world();
    const bot1 = await w.bot();
    const bot2 = await w.bot();
    const alice = await w.user('alice');
    await alice.client.contacts.add({ card: bot1.account.card });
    await alice.client.contacts.add({ card: bot2.account.card });
    const group = await alice.client.groups.create({
      name: 'bots',
      members: [bot1.account.uuid, bot2.account.uuid],
    });
    await until(
      async () =>
        (await bot1.client.groups.get(group)) !== null &&
        (await bot2.client.groups.get(group)) !== null,
      'the bots know the group',
    );
    for (const t of ['one', 'two', 'three']) await alice.client.sendText(group, t);
    await until(() => texts(alice.events).length >= 6, 'six echoes');
    await bot1.client.flush(5000);
    await bot2.client.flush(5000);
    await pause(200);
    expect(bot1.answered()).toBe(3);
    expect(bot2.answered()).toBe(3);
    expect(texts(alice.events).sort()).toEqual(
      ['echo: one', 'echo: one', 'echo: two', 'echo: two', 'echo: three', 'echo: three'].sort(),
    );
  });

  it('does not answer its own messages from another of its devices (sync copies)', async () => {
    const w = world();
    const { account, second } = await twoDeviceAccount('bot');
    const bot = await w.bot({ account });
    const other = await w.client(second); // the bot identity's second device, no bot on it
    const alice = await w.user('alice');
    await alice.client.contacts.add({ card: account.card });

    // From the second device: 1:1 (a sync copy reaches the bot) and in a group.
    await other.client.sendText(directConversation(alice.account.uuid), 'from the other device');
    const group = await other.client.groups.create({
      name: 'own',
      members: [alice.account.uuid, account.uuid],
    });
    await until(async () => (await bot.client.groups.get(group)) !== null, 'the bot joins');
    await other.client.sendText(group, 'own group message');
    await until(
      () =>
        texts(alice.events).includes('from the other device') &&
        texts(alice.events).includes('own group message'),
      'alice gets both',
    );
    await until(
      async () => (await bot.client.messages(group)).length >= 1,
      'the bot gets its own group message',
    );

    // Alice writes to the bot identity: both devices get it, only the bot answers.
    await alice.client.sendText(directConversation(account.uuid), 'ping');
    await until(() => texts(alice.events).includes('echo: ping'), 'the echo');
    await until(() => texts(other.events).includes('echo: ping'), 'sync copy of the echo');
    await bot.client.flush(5000);
    await other.client.flush(5000);
    await pause(200);
    expect(bot.answered()).toBe(1);
    expect(texts(alice.events)).toEqual([
      'from the other device',
      'own group message',
      'echo: ping',
    ]);
  });

  it('goes on after a reply fails, and logs no message content', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const w = world();
    const bot = await w.bot();
    const alice = await w.user('alice');
    await alice.client.contacts.add({ card: bot.account.card });
    const chat = directConversation(bot.account.uuid);
    // The echo of a text at the size limit is over it: sendText refuses it.
    const long = await alice.client.sendText(chat, 'x'.repeat(WIRE_LIMITS.maxTextBytes));
    await alice.client.sendText(chat, 'still there?');
    await until(() => texts(alice.events).includes('echo: still there?'), 'the next echo');
    expect(bot.answered()).toBe(1);
    expect(texts(alice.events)).toEqual(['echo: still there?']);
    expect(errors).toHaveBeenCalledTimes(1);
    const logged = String(errors.mock.calls[0]?.[0]);
    expect(logged).toContain(long.id);
    expect(logged).toContain('INVALID_ARGUMENT');
    expect(logged).not.toContain('xxxx');
    // What was not answered stays unread.
    expect((await bot.client.conversation(directConversation(alice.account.uuid)))?.unread).toBe(1);
  });

  it('stop() ends the bot and closes its client; stopping twice does nothing', async () => {
    const w = world();
    const bot = await w.bot();
    await bot.stop();
    await bot.stop();
    await expect(bot.client.sendText(directConversation(bot.account.uuid), 'x')).rejects.toThrow(
      /closed/,
    );
  });
});

describe('the demo (main.ts)', () => {
  it('runs as its README says (node main.ts), prints the three replies and exits 0', () => {
    // main.ts imports '@nexuslink/sdk' from dist/, which the test run's global set-up built.
    const run = spawnSync(process.execPath, ['main.ts'], {
      cwd: here('..'),
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('bot   > echo: hello bot');
    expect(run.stdout).toContain('bot   > echo: are you there?');
    expect(run.stdout).toContain('bot   > [application/json] {"reaction":"+1"}');
    expect(run.stdout).toContain('The bot answered 3 messages.');
    expect(run.stdout.trim().split('\n').length).toBeLessThanOrEqual(10);
  });
});
