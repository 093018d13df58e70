/**
 * Identifiers of the community protocol on the client side: channel ids in
 * text and bytes, and the client id that makes a retried send idempotent.
 */
import { NexusError } from '../interfaces/errors.js';
import { concat, fromHex, toHex, utf8 } from '../primitives/bytes.js';
import { crypto } from '../primitives/provider.js';
import { isChannelIdText, isUuidSyntax } from '../wire/messages.js';

/** A channel id's 16 bytes in the server's text form. */
export const uuidText = (b: Uint8Array) => {
  const h = toHex(b);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};
/** A channel id in text form as its 16 bytes. */
export const uuidBytes = (text: string) => fromHex(text.replaceAll('-', ''));
/** Throw `INVALID_ARGUMENT` unless `uuid` has the form of a member's UUID (it goes into a URL path). */
export function checkMemberUuid(uuid: unknown): asserts uuid is string {
  if (!isUuidSyntax(uuid))
    throw new NexusError(
      'INVALID_ARGUMENT',
      'a member is named by a NexusLink UUID (50 Base58 characters)',
    );
}

/** Throws `INVALID_ARGUMENT` unless `id` is a channel id in text form. */
export function checkChannelId(id: unknown): asserts id is string {
  if (!isChannelIdText(id))
    throw new NexusError('INVALID_ARGUMENT', 'a channel id is a UUID in text form');
}

/**
 * The client id of a send (spec/community.md §5.2): the first 16 bytes of
 * SHA-256 over what identifies it, so a retry of the same send carries the
 * same id without the caller keeping one.
 */
export function clientId(...parts: Uint8Array[]): Uint8Array {
  const lengths = parts.map((p) => {
    const l = new Uint8Array(4);
    new DataView(l.buffer).setUint32(0, p.length);
    return l;
  });
  return crypto()
    .sha256(
      concat(
        utf8('nexuslink/v1/community-client-id'),
        ...parts.flatMap((p, i) => [lengths[i]!, p]),
      ),
    )
    .slice(0, 16);
}
