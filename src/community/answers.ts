/**
 * What the community client reads from the server's HTTP answers, checked:
 * a page of a channel's history (`GET /v1/channels/{id}/messages`) and the
 * server's key (`GET /v1/server`). The client makes the calls; these say
 * what a call asks and what its answer means.
 */
import { base64 } from '@scure/base';
import { NexusError } from '../interfaces/errors.js';
import { fromHex } from '../primitives/bytes.js';
import type { ChannelMessageEvent } from './types.js';

/** A history answer as the server sends it (spec/community.md §4). */
export interface HistoryAnswer {
  readonly messages: readonly {
    readonly seq: number;
    readonly sender: { readonly uuid: string; readonly deviceId: string };
    readonly ciphertext: string;
    readonly sentAt: number;
    readonly frankingTag?: string;
    readonly attestation?: string;
  }[];
}

/**
 * The path of a history request of channel `id` (checked before) after
 * `after`, at most `limit` messages.
 *
 * @throws NexusError `INVALID_ARGUMENT` for a bad `after` or `limit`.
 */
export function historyPath(id: string, options: { after?: number; limit?: number }): string {
  const after = options.after ?? 0;
  const limit = options.limit ?? 100;
  if (!Number.isSafeInteger(after) || after < 0)
    throw new NexusError('INVALID_ARGUMENT', 'after must be a sequence id: an integer, 0 or more');
  if (!Number.isSafeInteger(limit) || limit < 1)
    throw new NexusError('INVALID_ARGUMENT', 'limit must be an integer, 1 or more');
  return `/v1/channels/${id}/messages?after=${after}&limit=${limit}`;
}

/** The channel messages of a history answer, as the WebSocket delivers them. */
export function historyEvents(id: string, answer: HistoryAnswer): ChannelMessageEvent[] {
  return answer.messages.map((m) => ({
    channelId: id,
    seq: m.seq,
    sender: { uuid: m.sender.uuid, deviceId: m.sender.deviceId },
    ciphertext: base64.decode(m.ciphertext),
    sentAt: m.sentAt,
    frankingTag: base64.decode(m.frankingTag ?? ''),
    attestation: base64.decode(m.attestation ?? ''),
  }));
}

/**
 * The server's key in a `GET /v1/server` answer (32 bytes).
 *
 * @throws NexusError `MALFORMED` when there is no key of the right form.
 */
export function serverKeyOf(answer: { readonly serverKey?: unknown }): Uint8Array {
  if (typeof answer.serverKey !== 'string' || !/^[0-9a-f]{64}$/.test(answer.serverKey))
    throw new NexusError('MALFORMED', 'the server gives no key (serverKey, 64 hex digits)');
  return fromHex(answer.serverKey);
}
