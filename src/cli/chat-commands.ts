/**
 * `nexuslink card`, `contact …`, `send`, `receive`, `chat`, `conversations`,
 * `history`, `group create`: end-to-end encrypted messages through a
 * community server or peer to peer, from a terminal or a script (`--json`).
 */
import { NexusError } from '../interfaces/errors.js';
import type { NexusClient } from '../client/client.js';
import { directConversation, parseConversation } from '../client/message.js';
import type { ConversationId } from '../client/message.js';
import type { ClientEvent, Contact, Message } from '../client/types.js';
import { decodeDeviceCertificate } from '../identity/certificates.js';
import { createInvite, inviteToText, verifyInvite } from '../p2p/invite.js';
import { inviteQr } from '../p2p/qr.js';
import { peerIdFromEd25519PublicKey, peerIdToString } from '../p2p/peer-id.js';
import { SigningKeyPair } from '../identity/signing-key.js';
import { fromHex, toHex } from '../primitives/bytes.js';
import { isChannelIdText, isUuidSyntax } from '../wire/messages.js';
import type { OpenHome } from './home.js';
import { withHome } from './identity-commands.js';
import type { CommandContext } from './identity-commands.js';
import { intOption, stringOption } from './io.js';
import type { Io } from './io.js';
import { connect, offline } from './session.js';
import type { CommunityClient } from '../community/client.js';
import type { CliSession } from './session.js';

/** Open the home, connect (or not), run `fn`, and close both. */
async function session<T>(
  ctx: CommandContext,
  online: boolean | 'listen first',
  fn: (s: CliSession, open: OpenHome) => Promise<T>,
): Promise<T> {
  return withHome(ctx.home, ctx.io, async (open) => {
    const s = online ? await connect(open, ctx.values, ctx.io) : await offline(open);
    try {
      // A command that listens starts the client itself, once it listens.
      if (online === true) await s.start();
      return await fn(s, open);
    } finally {
      await s.close();
    }
  });
}

/** A name for a UUID: the contact's nickname or display name, else the UUID's start. */
async function namer(client: NexusClient): Promise<(uuid: string) => string> {
  const contacts = await client.contacts.list();
  const names = new Map(contacts.map((c) => [c.uuid, contactName(c)]));
  names.set(client.uuid, 'me');
  return (uuid) => names.get(uuid) ?? uuid.slice(0, 10);
}

function contactName(c: Contact): string {
  return c.nickname || c.displayName || c.uuid.slice(0, 10);
}

/**
 * The conversation `to` names: a conversation id, a UUID, a contact's
 * nickname or display name, or a group's name. Ambiguous or unknown names
 * are `INVALID_ARGUMENT`.
 */
export async function resolveConversation(
  client: NexusClient,
  to: string,
): Promise<ConversationId> {
  if (to.startsWith('dm:') || to.startsWith('group:')) {
    parseConversation(to);
    return to;
  }
  if (isUuidSyntax(to)) return directConversation(to);
  const found = new Set<ConversationId>();
  for (const c of await client.contacts.list())
    if (c.nickname === to || c.displayName === to) found.add(directConversation(c.uuid));
  for (const c of await client.conversations())
    if (c.kind === 'group' && c.group?.name === to && !c.group.left) found.add(c.id);
  if (found.size === 1) return [...found][0]!;
  if (found.size === 0)
    throw new NexusError(
      'INVALID_ARGUMENT',
      `no contact or group named "${to}" (see "nexuslink contacts" and "nexuslink conversations")`,
    );
  throw new NexusError(
    'INVALID_ARGUMENT',
    `"${to}" names ${found.size} conversations: give one of ${[...found].join(', ')}`,
  );
}

function messageLine(
  name: (uuid: string) => string,
  m: Message,
  groups: Map<string, string>,
): string {
  const time = new Date(m.timestamp).toISOString().slice(11, 19);
  const where = groups.get(m.conversation);
  const body =
    m.content.kind === 'text'
      ? m.content.text
      : `[${m.content.type}, ${m.content.payload.length} bytes]`;
  return `${time} ${where ? `[${where}] ` : ''}${name(m.sender)}: ${body}`;
}

function messageJson(m: Message) {
  return {
    id: m.id,
    conversation: m.conversation,
    sender: m.sender,
    senderDevice: m.senderDevice,
    outgoing: m.outgoing,
    timestamp: m.timestamp,
    state: m.state,
    ...(m.content.kind === 'text'
      ? { text: m.content.text }
      : { type: m.content.type, payload: toHex(m.content.payload) }),
  };
}

async function groupNames(client: NexusClient): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const c of await client.conversations()) if (c.group) out.set(c.id, c.group.name);
  return out;
}

/**
 * Print what arrives until `stop` resolves or `count` messages came. With
 * `json`, one JSON object per line.
 */
async function printIncoming(
  s: CliSession,
  io: Io,
  json: boolean,
  count: number,
  stop: Promise<void>,
): Promise<number> {
  const { client } = s;
  const name = await namer(client);
  let groups = await groupNames(client);
  let seen = 0;
  let done!: () => void;
  const enough = new Promise<void>((r) => (done = r));
  const off = client.on('*', (event: ClientEvent) => {
    if (event.type === 'message' && !event.message.outgoing) {
      io.out(
        json
          ? JSON.stringify(messageJson(event.message))
          : messageLine(name, event.message, groups),
      );
      if (++seen >= count) done();
    } else if (event.type === 'group') {
      void groupNames(client).then((g) => (groups = g));
      if (json)
        io.out(
          JSON.stringify({
            group: event.conversation,
            name: event.group.name,
            by: event.by,
            members: event.group.members,
          }),
        );
      else
        io.out(`group "${event.group.name}" (${event.conversation}) changed by ${name(event.by)}`);
    } else if (event.type === 'error')
      io.err(`dropped something received: ${event.error.code}: ${event.error.message}`);
  });
  try {
    await s.start();
    await Promise.race([enough, stop]);
  } finally {
    off();
  }
  return seen;
}

function deadline(seconds: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, seconds * 1000);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** SIGINT as an AbortSignal, unless the caller gave one. */
function stopSignal(io: Io): AbortSignal {
  if (io.stopSignal) return io.stopSignal;
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  return controller.signal;
}

/** The community server of a session, for the channel commands. */
function server(s: CliSession): CommunityClient {
  if (!s.community)
    throw new NexusError(
      'INVALID_ARGUMENT',
      'channels are a community server’s: give --server URL, not --p2p',
    );
  return s.community;
}

/** A channel id, or the id of the one channel of that name the server lists. */
async function channelId(community: CommunityClient, which: string): Promise<string> {
  if (isChannelIdText(which)) return which;
  const named = (await community.listChannels()).filter((c) => c.name === which);
  if (named.length === 1) return named[0]!.id;
  throw new NexusError(
    'INVALID_ARGUMENT',
    named.length === 0
      ? `no channel named "${which}" on this server (see "nexuslink channel list")`
      : `${named.length} channels are named "${which}": give the id`,
  );
}

/** The chat commands, by name. */
export const chatCommands: Record<string, (ctx: CommandContext) => Promise<number>> = {
  async card(ctx) {
    return withHome(ctx.home, ctx.io, async (open) => {
      const { device } = open;
      const record = await open.record();
      const peerId = peerIdFromEd25519PublicKey(
        SigningKeyPair.fromSeed(fromHex(record.transportKey)).publicKey.bytes,
      );
      const name =
        stringOption(ctx.values, 'name') ??
        decodeDeviceCertificate(device.deviceCertificate).displayName;
      const invite = await createInvite({
        device,
        displayName: name,
        devices: [{ deviceId: device.deviceId, peerId }],
      });
      const text = inviteToText(invite);
      if (ctx.values.json === true)
        ctx.json({ uuid: device.uuid, name, invite: text, peerId: peerIdToString(peerId) });
      else {
        if (ctx.values['no-qr'] !== true) ctx.io.out(inviteQr(invite, 'terminal'));
        ctx.io.out(`${name} (${device.uuid})`);
        ctx.io.out(text);
        ctx.io.out('Others add you with: nexuslink contact add <this text>');
      }
      return 0;
    });
  },

  async 'contact add'(ctx) {
    const given = ctx.rest[0];
    if (!given)
      throw new NexusError(
        'INVALID_ARGUMENT',
        'usage: contact add <invite text or UUID> [--name NAME]',
      );
    const invite = isUuidSyntax(given.trim()) ? null : verifyInvite(given);
    const uuid = invite?.uuid ?? given.trim();
    const givenAddresses = ctx.values.address;
    const addresses = Array.isArray(givenAddresses)
      ? givenAddresses
      : typeof givenAddresses === 'string'
        ? [givenAddresses]
        : [];
    if (addresses.length > 8 || !addresses.every((a) => /^\/[\x21-\x7e]{1,255}$/.test(a)))
      throw new NexusError(
        'INVALID_ARGUMENT',
        '--address takes a multiaddr (/ip4/192.0.2.7/tcp/4001), at most 8 times',
      );
    const nickname = stringOption(ctx.values, 'name') ?? invite?.displayName ?? '';
    return withHome(ctx.home, ctx.io, async (open) => {
      if (uuid === open.device.uuid)
        throw new NexusError('INVALID_ARGUMENT', 'that is this identity’s own card');
      if (invite)
        await open.update((r) => ({
          ...r,
          peers: {
            ...r.peers,
            [uuid]: {
              devices: Object.fromEntries(
                invite.devices.map((d) => [toHex(d.deviceId), d.peerIdText]),
              ),
              addresses: [...addresses, ...invite.relayHints.map((hint) => `${hint}/p2p-circuit`)],
            },
          },
        }));
      else if (ctx.values.p2p === true)
        throw new NexusError(
          'INVALID_ARGUMENT',
          'peer to peer, add a contact from their invite (nexuslink card), not a UUID',
        );
      const s = await connect(open, ctx.values, ctx.io);
      try {
        await s.start();
        const wait = intOption(ctx.values, 'wait', ctx.values.p2p === true ? 30 : 1, 3600);
        const until = Date.now() + wait * 1000;
        let bundles: Uint8Array[] = [];
        for (;;) {
          bundles = [...(await s.directory!.fetchBundles(uuid))];
          if (bundles.length > 0 || Date.now() >= until) break;
          await new Promise((r) => setTimeout(r, 500));
        }
        if (bundles.length === 0)
          throw new NexusError(
            'NOT_FOUND',
            s.community
              ? `${nickname || uuid} has no prekeys on ${s.via}: they must connect to it once (for example "nexuslink receive")`
              : `${nickname || uuid} could not be reached peer to peer within ${wait} s (they must be running "nexuslink receive --p2p"; give --address if mDNS cannot find them)`,
          );
        const contact = await s.client.contacts.add({ uuid, bundles }, { nickname });
        if (ctx.values.json === true)
          ctx.json({ uuid, name: contactName(contact), devices: contact.devices });
        else
          ctx.io.out(
            `Added ${contactName(contact)} (${uuid}), ${contact.devices.length} device(s)`,
          );
        return 0;
      } finally {
        await s.close();
      }
    });
  },

  async contacts(ctx) {
    return session(ctx, false, async ({ client }) => {
      const list = await client.contacts.list();
      if (ctx.values.json === true)
        ctx.json(
          list.map((c) => ({
            uuid: c.uuid,
            name: contactName(c),
            verified: c.verified,
            devices: c.devices.length,
          })),
        );
      else
        for (const c of list)
          ctx.io.out(`${c.uuid}  ${contactName(c)}${c.verified ? '  (verified)' : ''}`);
      return 0;
    });
  },

  async 'contact verify'(ctx) {
    const [who, number] = ctx.rest;
    if (!who || !number)
      throw new NexusError(
        'INVALID_ARGUMENT',
        'usage: contact verify <name or UUID> <safety number>',
      );
    return session(ctx, false, async ({ client }) => {
      const conv = parseConversation(await resolveConversation(client, who));
      if (conv.kind !== 'direct') throw new NexusError('INVALID_ARGUMENT', `${who} is a group`);
      const ok = await client.contacts.verify(conv.peer, number.replace(/\s+/g, ''));
      ctx.io.out(ok ? 'Verified: the safety numbers match.' : 'The safety numbers DO NOT match.');
      return ok ? 0 : 1;
    });
  },

  async send(ctx) {
    const [to, ...words] = ctx.rest;
    if (!to || words.length === 0)
      throw new NexusError(
        'INVALID_ARGUMENT',
        'usage: send <contact, group or conversation> <text...>',
      );
    const text = words.join(' ');
    const wait = intOption(ctx.values, 'wait', 30, 3600);
    return session(ctx, true, async (s) => {
      const { client, via } = s;
      const conversation = await resolveConversation(client, to);
      const message = await client.sendText(conversation, text);
      try {
        await s.drain(wait * 1000);
      } catch (err) {
        if (!NexusError.is(err, 'TRANSPORT')) throw err;
        ctx.io.err(
          `not sent within ${wait} s: it stays queued and goes out on the next connected run`,
        );
        return 1;
      }
      if (ctx.values.json === true) ctx.json({ id: message.id, conversation, via });
      else ctx.io.out(`Sent to ${to} via ${via}`);
      return 0;
    });
  },

  async receive(ctx) {
    const follow = ctx.values.follow === true;
    const wait = intOption(ctx.values, 'wait', 5, 86_400);
    const count = intOption(ctx.values, 'count', Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
    return session(ctx, 'listen first', async (s) => {
      const signal = stopSignal(ctx.io);
      const stop = follow
        ? new Promise<void>((r) => signal.addEventListener('abort', () => r()))
        : deadline(wait, signal);
      const seen = await printIncoming(s, ctx.io, ctx.values.json === true, count, stop);
      // Receipts and anything queued go out before the connection closes.
      await s.drain(5_000).catch(() => undefined);
      return count !== Number.MAX_SAFE_INTEGER && seen < count ? 1 : 0;
    });
  },

  async chat(ctx) {
    const to = ctx.rest[0];
    if (!to)
      throw new NexusError('INVALID_ARGUMENT', 'usage: chat <contact, group or conversation>');
    return session(ctx, 'listen first', async (s) => {
      const { client, via } = s;
      const conversation = await resolveConversation(client, to);
      const signal = stopSignal(ctx.io);
      ctx.io.err(
        `Talking to ${to} via ${via}. Type a line to send it; an empty line or Ctrl-D ends.`,
      );
      const stop = new Promise<void>((r) => signal.addEventListener('abort', () => r()));
      let ended!: () => void;
      const inputDone = new Promise<void>((r) => (ended = r));
      const printing = printIncoming(
        s,
        ctx.io,
        ctx.values.json === true,
        Number.MAX_SAFE_INTEGER,
        Promise.race([stop, inputDone]),
      );
      for (;;) {
        const line = await Promise.race([ctx.io.readLine(''), stop.then(() => '')]);
        if (!line) break;
        await client.sendText(conversation, line);
      }
      await s.drain(10_000).catch(() => undefined);
      ended();
      await printing;
      return 0;
    });
  },

  async conversations(ctx) {
    return session(ctx, false, async ({ client }) => {
      const name = await namer(client);
      const rows = (await client.conversations()).map((c) => ({
        id: c.id,
        kind: c.kind,
        name: c.kind === 'group' ? c.group!.name : name(c.peer!),
        unread: c.unread,
        lastActivity: c.lastActivity,
        ...(c.group ? { members: c.group.members, left: c.group.left } : {}),
      }));
      if (ctx.values.json === true) ctx.json(rows);
      else
        for (const r of rows)
          ctx.io.out(
            `${r.id}  ${r.kind.padEnd(6)} ${r.name}${r.unread ? `  (${r.unread} unread)` : ''}`,
          );
      return 0;
    });
  },

  async history(ctx) {
    const to = ctx.rest[0];
    if (!to)
      throw new NexusError('INVALID_ARGUMENT', 'usage: history <contact, group or conversation>');
    const limit = intOption(ctx.values, 'limit', 20, 1000);
    return session(ctx, false, async ({ client }) => {
      const conversation = await resolveConversation(client, to);
      // The newest `limit`, oldest first (as a chat shows them).
      const messages = (await client.messages(conversation, { limit })).reverse();
      if (ctx.values.json === true) ctx.json(messages.map(messageJson));
      else {
        const name = await namer(client);
        const groups = await groupNames(client);
        for (const m of messages) ctx.io.out(messageLine(name, m, groups));
      }
      return 0;
    });
  },

  async 'channel list'(ctx) {
    return session(ctx, true, async (s) => {
      const channels = await server(s).listChannels();
      if (ctx.values.json === true)
        ctx.json(
          channels.map((c) => ({
            id: c.id,
            name: c.name,
            topic: c.topic,
            visibility: c.visibility,
            member: c.role !== null,
          })),
        );
      else
        for (const c of channels)
          ctx.io.out(
            `${c.id}  ${c.name}${c.visibility === 'private' ? ' (private)' : ''}${c.role ? '  (joined)' : ''}${c.topic ? `: ${c.topic}` : ''}`,
          );
      return 0;
    });
  },

  async 'channel create'(ctx) {
    const name = ctx.rest[0];
    if (!name) throw new NexusError('INVALID_ARGUMENT', 'usage: channel create <name> [--private]');
    return session(ctx, true, async (s) => {
      const channel = await server(s).createChannel({
        name,
        visibility: ctx.values.private === true ? 'private' : 'public',
      });
      const conversation = await s.client.channels.open(channel.id);
      if (ctx.values.json === true) ctx.json({ id: channel.id, name, conversation });
      else ctx.io.out(`Channel "${name}" created: ${channel.id}`);
      return 0;
    });
  },

  async 'channel join'(ctx) {
    const which = ctx.rest[0];
    if (!which) throw new NexusError('INVALID_ARGUMENT', 'usage: channel join <id or name>');
    return session(ctx, true, async (s) => {
      const community = server(s);
      const id = await channelId(community, which);
      const channel = await community.joinChannel(id);
      const conversation = await s.client.channels.open(id);
      if (ctx.values.json === true) ctx.json({ id, name: channel.name, conversation });
      else
        ctx.io.out(
          `Joined "${channel.name}" (${id}): send to it with nexuslink send "${channel.name}" …`,
        );
      return 0;
    });
  },

  async 'channel leave'(ctx) {
    const which = ctx.rest[0];
    if (!which) throw new NexusError('INVALID_ARGUMENT', 'usage: channel leave <id or name>');
    return session(ctx, true, async (s) => {
      const community = server(s);
      const id = await channelId(community, which);
      await community.leaveChannel(id);
      ctx.io.out(`Left ${which}`);
      return 0;
    });
  },

  async 'group create'(ctx) {
    const name = stringOption(ctx.values, 'name');
    if (!name || ctx.rest.length === 0)
      throw new NexusError('INVALID_ARGUMENT', 'usage: group create --name NAME <member>...');
    return session(ctx, true, async (s) => {
      const { client } = s;
      const members: string[] = [];
      for (const m of ctx.rest) {
        const conv = parseConversation(await resolveConversation(client, m));
        if (conv.kind !== 'direct') throw new NexusError('INVALID_ARGUMENT', `${m} is a group`);
        members.push(conv.peer);
      }
      const conversation = await client.groups.create({ name, members });
      await s.drain(intOption(ctx.values, 'wait', 30, 3600) * 1000);
      if (ctx.values.json === true) ctx.json({ conversation, name, members: members.sort() });
      else ctx.io.out(`Group "${name}" created: ${conversation}`);
      return 0;
    });
  },
};
