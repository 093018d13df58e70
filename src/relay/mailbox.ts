/**
 * The offline relay's addressing and acknowledgements (spec/relay.md §2–3).
 *
 * A blob is left in a **mailbox**: SHA-256 of a label, the recipient's UUID
 * and device id, in base64url. A sender that knows the device computes it;
 * the relay computes it from the certificate the device logs in with. The
 * relay stores mailboxes, never UUIDs, and never who sent a blob.
 *
 * A blob is deleted when the recipient device signs an **acknowledgement**
 * of its id with its certified device key; a bearer token alone cannot
 * delete anything.
 */
import { base64url } from '@scure/base';
import { NexusError } from '../interfaces/errors.js';
import type { SigningPublicKey } from '../interfaces/keystore.js';
import { concat, utf8 } from '../primitives/bytes.js';
import { crypto } from '../primitives/provider.js';
import { requireSignature, SIGNATURE_LABELS, signLabelled } from '../identity/signing.js';
import type { Signer } from '../identity/signing.js';

const MAILBOX_LABEL = 'nexuslink/v1/relay-mailbox';
/** Most blob ids in one acknowledgement. */
export const MAX_ACK_IDS = 1000;
const UUID_TEXT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The mailbox of one device: 43 characters of base64url (a SHA-256). */
export function relayMailbox(recipient: { uuid: string; deviceId: Uint8Array }): string {
  if (
    typeof recipient.uuid !== 'string' ||
    recipient.uuid.length < 1 ||
    recipient.uuid.length > 128
  )
    throw new NexusError('INVALID_ARGUMENT', 'the recipient UUID is 1 to 128 characters');
  if (!(recipient.deviceId instanceof Uint8Array) || recipient.deviceId.length !== 16)
    throw new NexusError('INVALID_ARGUMENT', 'the recipient device id is 16 bytes');
  const digest = crypto().sha256(
    concat(
      utf8(MAILBOX_LABEL),
      Uint8Array.of(0),
      utf8(recipient.uuid),
      Uint8Array.of(0),
      recipient.deviceId,
    ),
  );
  return base64url.encode(digest).replace(/=+$/, '');
}

/** Whether `text` has the form of a mailbox. */
export function isRelayMailbox(text: unknown): text is string {
  return typeof text === 'string' && /^[A-Za-z0-9_-]{43}$/.test(text);
}

/** What a recipient signs to have blobs deleted. */
export interface RelayAck {
  /** The relay's URL as the device addresses it (what it logged in to). */
  readonly server: string;
  /** Blob ids (UUID text, lower case), 1 to {@link MAX_ACK_IDS}. */
  readonly ids: readonly string[];
}

/**
 * The signed body of an acknowledgement: the server URL in UTF-8, a zero
 * byte, the id count (u16 big-endian), then each id's 16 bytes.
 *
 * @throws NexusError `INVALID_ARGUMENT` for a bad server or id list.
 */
export function relayAckBody(ack: RelayAck): Uint8Array {
  if (typeof ack.server !== 'string' || ack.server.length < 1 || ack.server.length > 2048)
    throw new NexusError('INVALID_ARGUMENT', 'the server URL is 1 to 2048 characters');
  if (ack.server.includes('\0'))
    throw new NexusError('INVALID_ARGUMENT', 'the server URL has a NUL character');
  if (!Array.isArray(ack.ids) || ack.ids.length < 1 || ack.ids.length > MAX_ACK_IDS)
    throw new NexusError('INVALID_ARGUMENT', `an acknowledgement names 1 to ${MAX_ACK_IDS} ids`);
  const ids = new Uint8Array(16 * ack.ids.length);
  ack.ids.forEach((id, i) => {
    if (typeof id !== 'string' || !UUID_TEXT.test(id))
      throw new NexusError('INVALID_ARGUMENT', 'a blob id is a lower-case UUID');
    const hex = id.replaceAll('-', '');
    for (let k = 0; k < 16; k++) ids[16 * i + k] = parseInt(hex.slice(2 * k, 2 * k + 2), 16);
  });
  const count = Uint8Array.of(ack.ids.length >> 8, ack.ids.length & 0xff);
  return concat(utf8(ack.server), Uint8Array.of(0), count, ids);
}

/**
 * Sign an acknowledgement with the device signing key.
 *
 * @throws NexusError `INVALID_ARGUMENT` for a bad acknowledgement, `KEYSTORE`
 *   when the key store fails.
 */
export function signRelayAck(signer: Signer, ack: RelayAck): Promise<Uint8Array> {
  return signLabelled(signer, SIGNATURE_LABELS.relayAck, relayAckBody(ack));
}

/**
 * Check an acknowledgement against the device key of the login that sent it.
 *
 * @throws NexusError `BAD_SIGNATURE` when it does not verify,
 *   `INVALID_ARGUMENT` for a bad acknowledgement.
 */
export function verifyRelayAck(
  publicKey: SigningPublicKey,
  ack: RelayAck,
  signature: Uint8Array,
): void {
  if (!(signature instanceof Uint8Array))
    throw new NexusError('INVALID_ARGUMENT', 'the signature must be bytes');
  requireSignature(
    publicKey,
    SIGNATURE_LABELS.relayAck,
    relayAckBody(ack),
    signature,
    'relay acknowledgement',
  );
}
