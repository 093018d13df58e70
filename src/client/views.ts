/**
 * Views: the frozen objects the app sees (messages, conversations, groups,
 * contacts), made from the stored records.
 */
import type { StorageReader } from '../interfaces/storage.js';
import { toHex } from '../primitives/bytes.js';
import { decodeTrustedIdentityRecord } from '../ratchet/records.js';
import { ConversationKind, MessageStatus } from '../wire/gen/nexuslink/v1/client_pb.js';
import type {
  ContactRecord,
  ConversationRecord,
  MessageRecord,
} from '../wire/gen/nexuslink/v1/client_pb.js';
import type {
  Contact,
  Conversation,
  GroupInfo,
  Message,
  MessageContent,
  MessageState,
} from './types.js';

const STATES: Record<number, MessageState> = {
  [MessageStatus.PENDING]: 'pending',
  [MessageStatus.SENT]: 'sent',
  [MessageStatus.DELIVERED]: 'delivered',
  [MessageStatus.READ]: 'read',
};

/** The app's view of a stored record. */
export function messageView(record: MessageRecord): Message {
  const body = record.message!.body;
  const content: MessageContent =
    body.case === 'text'
      ? { kind: 'text', text: body.value.text }
      : body.case === 'structured'
        ? { kind: 'structured', type: body.value.type, payload: body.value.payload.slice() }
        : { kind: 'text', text: '' };
  const state: MessageState = record.outgoing
    ? (STATES[record.status] ?? 'pending')
    : record.status === MessageStatus.READ
      ? 'read'
      : 'received';
  return Object.freeze({
    id: toHex(record.message!.id),
    conversation: record.conversation,
    content,
    sender: record.sender,
    senderDevice: record.senderDevice,
    outgoing: record.outgoing,
    timestamp: Number(record.message!.timestampMs),
    receivedAt: Number(record.receivedAtMs),
    state,
    deliveredTo: Object.freeze([...record.deliveredTo]),
    readBy: Object.freeze([...record.readBy]),
  });
}

/** The app's view of a stored record. */
export function groupView(conv: ConversationRecord): GroupInfo {
  const g = conv.group!;
  return Object.freeze({
    name: g.name,
    members: Object.freeze([...g.members]),
    admins: Object.freeze([...g.admins]),
    revision: Number(g.revision),
    left: conv.left,
  });
}

/** The app's view of a stored record. */
export function conversationView(id: string, conv: ConversationRecord): Conversation {
  return Object.freeze({
    id,
    kind: conv.kind === ConversationKind.DIRECT ? ('direct' as const) : ('group' as const),
    ...(conv.kind === ConversationKind.DIRECT ? { peer: conv.peer } : { group: groupView(conv) }),
    ...(conv.channel ? { channel: conv.channel } : {}),
    lastActivity: Number(conv.lastActivityMs),
    unread: conv.unread,
  });
}

/** The app's view of a stored record. */
export async function contactView(tx: StorageReader, record: ContactRecord): Promise<Contact> {
  const trusted = await tx.get('identities', record.uuid);
  const verified = trusted !== null && decodeTrustedIdentityRecord(trusted).verifiedAtMs > 0n;
  return Object.freeze({
    uuid: record.uuid,
    displayName: record.displayName,
    nickname: record.nickname,
    notes: record.notes,
    devices: Object.freeze([...record.devices]),
    verified,
    hints: Object.freeze([...record.hints]),
    addedAt: Number(record.addedAtMs),
  });
}
