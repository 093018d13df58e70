/**
 * The plaintext of client messages (spec/client.md §1): a `ClientMessage`,
 * padded so that its encoding is a multiple of 64 bytes, and the text keys
 * the client files things under.
 */
import type { MessageInitShape } from '@bufbuild/protobuf';
import { NexusError } from '../interfaces/errors.js';
import { fromHex, toHex } from '../primitives/bytes.js';
import type { ClientMessage, ClientMessageSchema } from '../wire/gen/nexuslink/v1/client_pb.js';
import { clientMessageCodec, isUuidSyntax, WIRE_LIMITS } from '../wire/messages.js';

const BLOCK = WIRE_LIMITS.clientMessagePadding;

/** An empty `bytes` field. */
const EMPTY = new Uint8Array(0);

/**
 * The padding field (31, length-delimited) as it starts on the wire: its
 * tag, `(31 << 3) | 2` as a two-byte varint.
 */
const PADDING_TAG = [0xfa, 0x01] as const;

/**
 * Encode a ClientMessage with its padding: field 31 (a two-byte tag and a
 * one-byte length) carries 1 to 64 zero bytes, so the total is the smallest
 * multiple of 64 that is at least the unpadded length + 4.
 *
 * The message is encoded once, without padding; since field 31 is its last
 * field, the canonical encoding with padding is those bytes followed by the
 * padding field, which is appended here (the vectors in
 * test-vectors/client pin the result).
 */
export function encodeClientMessage(
  message: MessageInitShape<typeof ClientMessageSchema>,
): Uint8Array {
  // A shallow copy: the caller's message is never changed.
  const bare = clientMessageCodec.encode({ ...message, padding: EMPTY });
  const total = Math.ceil((bare.length + 4) / BLOCK) * BLOCK;
  if (total > clientMessageCodec.maxBytes)
    throw new NexusError(
      'MALFORMED',
      `${clientMessageCodec.typeName} is ${total} bytes, over the ${clientMessageCodec.maxBytes}-byte limit`,
    );
  const out = new Uint8Array(total); // the padding bytes are the zeros left at the end
  out.set(bare);
  out[bare.length] = PADDING_TAG[0];
  out[bare.length + 1] = PADDING_TAG[1];
  out[bare.length + 2] = total - bare.length - 3;
  return out;
}

/**
 * Decode a received ClientMessage: the codec's checks, plus the padding rule
 * (exactly the padding `encodeClientMessage` adds, so every message has one encoding).
 *
 * @throws NexusError `MALFORMED`.
 */
export function decodeClientMessage(bytes: Uint8Array): ClientMessage {
  const message = clientMessageCodec.decode(bytes);
  const padding = message.padding.length;
  const bare = bytes.length - (padding === 0 ? 0 : padding + 3);
  if (padding === 0 || padding > BLOCK || bytes.length !== Math.ceil((bare + 4) / BLOCK) * BLOCK)
    throw new NexusError('MALFORMED', 'ClientMessage is not padded as spec/client.md §1.2 says');
  return message;
}

/** A conversation: `dm:<uuid>` with one identity, or `group:<32 hex>`. */
export type ConversationId = string;

/**
 * The conversation id of the 1:1 conversation with `uuid`.
 *
 * @throws NexusError `INVALID_ARGUMENT` unless `uuid` has the form of a UUID.
 */
export function directConversation(uuid: string): ConversationId {
  if (!isUuidSyntax(uuid))
    throw new NexusError(
      'INVALID_ARGUMENT',
      'directConversation takes a NexusLink UUID (50 Base58 characters)',
    );
  return `dm:${uuid}`;
}

/**
 * The conversation id of the group `groupId` (16 bytes).
 *
 * @throws NexusError `INVALID_ARGUMENT` unless `groupId` is 16 bytes.
 */
export function groupConversation(groupId: Uint8Array): ConversationId {
  if (!(groupId instanceof Uint8Array) || groupId.length !== 16)
    throw new NexusError('INVALID_ARGUMENT', 'groupConversation takes a 16-byte group id');
  return `group:${toHex(groupId)}`;
}

/** What a conversation id names. @throws NexusError `INVALID_ARGUMENT`. */
export function parseConversation(
  id: unknown,
): { kind: 'direct'; peer: string } | { kind: 'group'; groupId: Uint8Array } {
  if (typeof id === 'string') {
    // A UUID is always 50 Base58 characters (spec/identity.md §3).
    if (id.startsWith('dm:') && isUuidSyntax(id.slice(3)))
      return { kind: 'direct', peer: id.slice(3) };
    if (/^group:[0-9a-f]{32}$/.test(id)) return { kind: 'group', groupId: fromHex(id.slice(6)) };
  }
  throw new NexusError('INVALID_ARGUMENT', 'a conversation id is dm:<uuid> or group:<32 hex>');
}

/** History key: the conversation's messages sort by timestamp, then id. */
export function messageKey(
  conversation: ConversationId,
  timestampMs: number,
  id: Uint8Array,
): string {
  return `${conversation}/${String(timestampMs).padStart(16, '0')}/${toHex(id)}`;
}
