/**
 * Groups (`client.groups`): create, change members, admins and name, leave;
 * and the rule for who may change a group.
 */
import { create } from '@bufbuild/protobuf';
import { NexusError } from '../interfaces/errors.js';
import { isUuid } from '../identity/uuid.js';
import { GroupUpdateSchema } from '../wire/gen/nexuslink/v1/client_pb.js';
import type { GroupUpdate } from '../wire/gen/nexuslink/v1/client_pb.js';
import { WIRE_LIMITS } from '../wire/messages.js';
import { groupConversation, parseConversation } from './message.js';
import type { ConversationId } from './message.js';
import type { GroupInfo } from './types.js';
import { clientCores } from './core.js';
import { newGroupConversation } from './records.js';
import type { ClientCore } from './core.js';
import type { NexusClient } from './client.js';
import { groupView } from './views.js';
import { utf8Length } from './checks.js';

/** The groups of a client (`client.groups`). */
export class GroupsApi {
  readonly #core: ClientCore;

  /** @internal */
  constructor(client: NexusClient) {
    this.#core = clientCores.get(client)!;
  }

  /**
   * Create a group with this identity as its admin, and tell every member's
   * devices. Returns its conversation id.
   *
   * @throws NexusError `INVALID_ARGUMENT` (a bad name or member list).
   */
  async create(options: {
    readonly name: string;
    readonly members: readonly string[];
  }): Promise<ConversationId> {
    const c = this.#core;
    const own = this.#core.uuid;
    const members = memberList(options?.members, own);
    const name = groupName(options?.name);
    await c.sessions.ensureSessions(members);
    const groupId = c.random.randomBytes(16);
    const group = create(GroupUpdateSchema, { name, members, admins: [own], revision: 1n });
    await c.write(async (t) => {
      const conv = newGroupConversation(groupId, t.now, { group });
      await c.records.storeConversation(t.tx, conv);
      await c.sending.sendGroupUpdate(t, groupId, group, members);
      t.events.push({
        type: 'group',
        conversation: groupConversation(groupId),
        group: groupView(conv),
        by: own,
      });
    });
    c.outbox.kickSender();
    return groupConversation(groupId);
  }

  /** The group's state, or `null`. */
  async get(conversation: ConversationId): Promise<GroupInfo | null> {
    const target = parseConversation(conversation);
    if (target.kind !== 'group')
      throw new NexusError('INVALID_ARGUMENT', 'not a group conversation');
    const conv = await this.#core.storage.read((tx) =>
      this.#core.records.loadConversation(tx, conversation),
    );
    return conv && groupView(conv);
  }

  /** Add members (admins only). @throws NexusError `NOT_FOUND`, `NOT_PERMITTED`. */
  async addMembers(conversation: ConversationId, uuids: readonly string[]): Promise<GroupInfo> {
    const added = memberList(uuids, null);
    return this.#change(conversation, added, (g) => ({ ...g, members: union(g.members, added) }));
  }

  /**
   * Remove members (admins only). Every remaining member then starts a new
   * sender key chain, so the removed cannot read what follows.
   */
  async removeMembers(conversation: ConversationId, uuids: readonly string[]): Promise<GroupInfo> {
    const removed = memberList(uuids, null);
    if (removed.includes(this.#core.uuid))
      throw new NexusError('INVALID_ARGUMENT', 'use leave() to leave a group');
    return this.#change(conversation, [], (g) => {
      const members = g.members.filter((m) => !removed.includes(m));
      return { ...g, members, admins: g.admins.filter((a) => members.includes(a)) };
    });
  }

  /** Rename the group (admins only). */
  async rename(conversation: ConversationId, name: string): Promise<GroupInfo> {
    const checked = groupName(name);
    return this.#change(conversation, [], (g) => ({ ...g, name: checked }));
  }

  /** Make members admins (admins only). */
  async addAdmins(conversation: ConversationId, uuids: readonly string[]): Promise<GroupInfo> {
    const admins = memberList(uuids, null);
    return this.#change(conversation, [], (g) => {
      if (!admins.every((a) => g.members.includes(a)))
        throw new NexusError('INVALID_ARGUMENT', 'admins must be members');
      return { ...g, admins: union(g.admins, admins) };
    });
  }

  /** Leave the group (the last admin hands the role to the first remaining member). */
  async leave(conversation: ConversationId): Promise<void> {
    const own = this.#core.uuid;
    await this.#change(
      conversation,
      [],
      (g) => {
        const members = g.members.filter((m) => m !== own);
        if (members.length === 0)
          throw new NexusError('INVALID_ARGUMENT', 'the last member cannot leave');
        let admins = g.admins.filter((a) => a !== own);
        if (admins.length === 0) admins = [members[0]!];
        return { ...g, members, admins };
      },
      true,
    );
  }

  async #change(
    conversation: ConversationId,
    added: readonly string[],
    change: (g: { name: string; members: string[]; admins: string[] }) => {
      name: string;
      members: string[];
      admins: string[];
    },
    leaving = false,
  ): Promise<GroupInfo> {
    const target = parseConversation(conversation);
    if (target.kind !== 'group')
      throw new NexusError('INVALID_ARGUMENT', 'not a group conversation');
    const c = this.#core;
    const own = this.#core.uuid;
    const before = await c.storage.read((tx) => c.records.loadConversation(tx, conversation));
    if (!before) throw new NexusError('NOT_FOUND', 'no such group');
    if (before.channel)
      throw new NexusError(
        'NOT_PERMITTED',
        'a community channel: its members and name are the server’s (CommunityClient)',
      );
    await c.sessions.ensureSessions([...before.group!.members, ...added]);
    const info = await c.write(async (t) => {
      const conv = await c.records.loadConversation(t.tx, conversation);
      if (!conv) throw new NexusError('NOT_FOUND', 'no such group');
      const g = conv.group!;
      if (conv.left) throw new NexusError('NOT_PERMITTED', 'this identity is not in the group');
      if (!leaving && !g.admins.includes(own))
        throw new NexusError('NOT_PERMITTED', 'only the group’s admins may change it');
      const next = change({ name: g.name, members: [...g.members], admins: [...g.admins] });
      const update = create(GroupUpdateSchema, {
        name: next.name,
        members: [...new Set(next.members)].sort(),
        admins: [...new Set(next.admins)].sort(),
        revision: g.revision + 1n,
      });
      const removed = g.members.filter((m) => !update.members.includes(m));
      // Everyone before and after the change hears of it (the removed learn they are out).
      await c.sending.sendGroupUpdate(t, conv.groupId, update, union(g.members, update.members));
      conv.group = update;
      conv.left = leaving;
      if (removed.length > 0 && !leaving) await c.sending.rotate(t, conv);
      conv.distributedTo = conv.distributedTo.filter((d) =>
        update.members.includes(d.split('/')[0]!),
      );
      await c.records.storeConversation(t.tx, conv);
      const info = groupView(conv);
      t.events.push({ type: 'group', conversation, group: info, by: own });
      return info;
    });
    c.outbox.kickSender();
    return info;
  }
}

export function isSelfLeave(held: GroupUpdate, update: GroupUpdate, sender: string): boolean {
  const members = held.members.filter((m) => m !== sender);
  let admins = held.admins.filter((a) => a !== sender);
  if (admins.length === 0 && members.length > 0) admins = [members[0]!];
  return (
    held.members.includes(sender) &&
    update.name === held.name &&
    sameList(update.members, members) &&
    sameList(update.admins, admins)
  );
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])].sort();

function memberList(uuids: unknown, own: string | null): string[] {
  if (!Array.isArray(uuids) || !uuids.every((u) => typeof u === 'string' && isUuid(u)))
    throw new NexusError('INVALID_ARGUMENT', 'members must be an array of UUIDs');
  const list = [...new Set([...(uuids as string[]), ...(own ? [own] : [])])].sort();
  if (list.length > WIRE_LIMITS.maxGroupMembers)
    throw new NexusError(
      'INVALID_ARGUMENT',
      `a group has at most ${WIRE_LIMITS.maxGroupMembers} members`,
    );
  if (list.length === 0) throw new NexusError('INVALID_ARGUMENT', 'give at least one member');
  return list;
}

function groupName(name: unknown): string {
  if (typeof name !== 'string' || utf8Length(name) > WIRE_LIMITS.maxGroupNameBytes)
    throw new NexusError(
      'INVALID_ARGUMENT',
      `a group name is text of at most ${WIRE_LIMITS.maxGroupNameBytes} bytes`,
    );
  return name;
}
