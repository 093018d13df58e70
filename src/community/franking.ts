/**
 * Message franking (spec/community.md §5.6): what makes a channel message
 * reportable. The sender commits to each message (an HMAC of the message
 * under a fresh key carried inside the encryption); the community server
 * signs the commitment with the authenticated sending device, the channel,
 * the sequence id and the time; a recipient checks the commitment as it
 * decrypts and keeps key and signature. A report then discloses the message,
 * the key and the server's signature, which anyone holding the server's key
 * (a directory, from the listing) checks: the sender cannot deny what every
 * recipient was shown, and nobody can make a message up.
 */
import { NexusError } from '../interfaces/errors.js';
import { checkAddress, checkBytes, checkSigner } from '../interfaces/guards.js';
import { bytesEqual, concat, fromHex, toHex, utf8 } from '../primitives/bytes.js';
import { crypto } from '../primitives/provider.js';
import { SIGNATURE_LABELS, signLabelled, verifySignature } from '../identity/signing.js';
import type { Signer } from '../identity/signing.js';
import type { DeviceAddress } from '../interfaces/sessions.js';
import { deviceAddress } from '../ratchet/session.js';
import { clientMessageCodec, isUuidSyntax, signedMessageCodec } from '../wire/messages.js';
import {
  COMMUNITY_LIMITS,
  messageAttestationCodec,
  messageEvidenceCodec,
} from '../wire/community.js';
import type { MessageInitShape } from '@bufbuild/protobuf';
import type { ClientMessage, ClientMessageSchema } from '../wire/gen/nexuslink/v1/client_pb.js';
import { checkChannelId, uuidBytes, uuidText } from './ids.js';

/** Bytes of a franking key and of a franking tag. */
export const FRANKING_KEY_BYTES = COMMUNITY_LIMITS.franking;

/** The HMAC's domain: the tag is over `label || 0x00 || committed`. */
const FRANKING_LABEL = utf8('nexuslink/v1/franking\u0000');

/**
 * The bytes a franking tag commits to: the ClientMessage encoded without
 * its `franking_key` and `padding` (spec/community.md §5.6). The encoding is
 * canonical, so the recipient reproduces the sender's bytes exactly.
 */
export function committedMessage(
  message: ClientMessage | MessageInitShape<typeof ClientMessageSchema>,
): Uint8Array {
  return clientMessageCodec.encode({
    ...message,
    frankingKey: new Uint8Array(0),
    padding: new Uint8Array(0),
  });
}

/**
 * The franking tag: HMAC-SHA-256 keyed with the 32-byte franking key over
 * `"nexuslink/v1/franking" || 0x00 || committed`.
 *
 * @throws NexusError `INVALID_ARGUMENT` for a key that is not 32 bytes.
 */
export function frankingTag(frankingKey: Uint8Array, committed: Uint8Array): Uint8Array {
  checkBytes(frankingKey, 'frankingKey', FRANKING_KEY_BYTES);
  checkBytes(committed, 'committed');
  return crypto().hmacSha256(frankingKey, concat(FRANKING_LABEL, committed));
}

/** What a community server attests about one channel message. */
export interface MessageAttestationFields {
  /** The channel's id (text form). */
  readonly channelId: string;
  /** The message's sequence id in the channel (from 1). */
  readonly seq: number;
  /** The authenticated device that sent it. */
  readonly sender: DeviceAddress;
  /** When the server accepted it (ms since the epoch). */
  readonly sentAt: number;
  /** The sender's commitment (32 bytes). */
  readonly frankingTag: Uint8Array;
}

/**
 * The encoded `MessageAttestation` of a channel message: the body the
 * server signs.
 *
 * @throws NexusError `INVALID_ARGUMENT` for fields of the wrong form.
 */
export function messageAttestationBody(fields: MessageAttestationFields): Uint8Array {
  if (typeof fields !== 'object' || fields === null)
    throw new NexusError(
      'INVALID_ARGUMENT',
      'an attestation is { channelId, seq, sender, sentAt, frankingTag }',
    );
  checkChannelId(fields.channelId);
  if (!Number.isSafeInteger(fields.seq) || fields.seq < 1)
    throw new NexusError('INVALID_ARGUMENT', 'seq must be an integer, 1 or more');
  if (!Number.isSafeInteger(fields.sentAt) || fields.sentAt < 0)
    throw new NexusError('INVALID_ARGUMENT', 'sentAt must be a time in ms, 0 or more');
  const sender = fields.sender;
  checkAddress(sender, 'sender');
  if (!isUuidSyntax(sender.uuid))
    throw new NexusError('INVALID_ARGUMENT', 'sender.uuid must be a NexusLink UUID');
  checkBytes(fields.frankingTag, 'frankingTag', FRANKING_KEY_BYTES);
  return messageAttestationCodec.encode({
    version: 1,
    channelId: uuidBytes(fields.channelId),
    seq: BigInt(fields.seq),
    sender: { uuid: sender.uuid, deviceId: fromHex(sender.deviceId) },
    sentAtMs: BigInt(fields.sentAt),
    frankingTag: fields.frankingTag,
  });
}

/**
 * Sign a channel message's attestation with the community server's key
 * (the server does this as it accepts each message).
 *
 * @returns the 64-byte Ed25519 signature over
 *   `"nexuslink/v1/message-attestation" || 0x00 || body`.
 * @throws NexusError `INVALID_ARGUMENT` (see {@link messageAttestationBody}).
 */
export async function signMessageAttestation(
  serverKey: Signer,
  fields: MessageAttestationFields,
): Promise<Uint8Array> {
  checkSigner(serverKey, 'serverKey', 'the server’s SigningKeyPair');
  return signLabelled(
    serverKey,
    SIGNATURE_LABELS.messageAttestation,
    messageAttestationBody(fields),
  );
}

function attestationVerifies(serverKey: Uint8Array, body: Uint8Array, signature: Uint8Array) {
  const input = concat(utf8(SIGNATURE_LABELS.messageAttestation), Uint8Array.of(0), body);
  return verifySignature({ algorithm: 'ed25519', bytes: serverKey }, input, signature);
}

/**
 * Check a channel message's attestation against the server's key.
 *
 * @returns the encoded `SignedMessage` (body and signature), as a
 *   recipient keeps it for a report.
 * @throws NexusError `BAD_SIGNATURE` when it does not verify,
 *   `INVALID_ARGUMENT` for arguments of the wrong form.
 */
export function verifyMessageAttestation(
  serverKey: Uint8Array,
  fields: MessageAttestationFields,
  signature: Uint8Array,
): Uint8Array {
  checkBytes(serverKey, 'serverKey', 32);
  checkBytes(signature, 'signature');
  const body = messageAttestationBody(fields);
  if (
    signature.length !== COMMUNITY_LIMITS.attestation ||
    !attestationVerifies(serverKey, body, signature)
  )
    throw new NexusError(
      'BAD_SIGNATURE',
      'the message’s attestation does not verify under the server’s key',
    );
  return signedAttestation(body, signature);
}

function signedAttestation(body: Uint8Array, signature: Uint8Array): Uint8Array {
  return signedMessageCodec.encode({ body, signature });
}

/** A message disclosed with the proof that it was sent. */
export interface MessageEvidenceParts {
  /** The committed bytes ({@link committedMessage}). */
  readonly message: Uint8Array;
  /** The franking key the message carried (32 bytes). */
  readonly frankingKey: Uint8Array;
  /** The server's attestation: an encoded SignedMessage (as a recipient keeps it). */
  readonly attestation: Uint8Array;
}

/**
 * Encode a `MessageEvidence` (spec/community.md §5.6).
 *
 * @throws NexusError `INVALID_ARGUMENT` for parts of the wrong form.
 */
export function encodeMessageEvidence(parts: MessageEvidenceParts): Uint8Array {
  if (typeof parts !== 'object' || parts === null)
    throw new NexusError('INVALID_ARGUMENT', 'evidence is { message, frankingKey, attestation }');
  checkBytes(parts.message, 'message');
  checkBytes(parts.frankingKey, 'frankingKey', FRANKING_KEY_BYTES);
  checkBytes(parts.attestation, 'attestation');
  let attestation;
  try {
    attestation = signedMessageCodec.decode(parts.attestation);
  } catch {
    throw new NexusError('INVALID_ARGUMENT', 'attestation is not an encoded SignedMessage');
  }
  try {
    return messageEvidenceCodec.encode({
      version: 1,
      message: parts.message,
      frankingKey: parts.frankingKey,
      attestation,
    });
  } catch (err) {
    throw new NexusError(
      'INVALID_ARGUMENT',
      `the evidence is not well formed: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}

/** A reported message, as {@link verifyMessageEvidence} found it. */
export interface VerifiedMessage {
  /** The channel it was sent in (a UUID in text form). */
  readonly channelId: string;
  /** Its sequence id in the channel. */
  readonly seq: number;
  /** The device the server says sent it. */
  readonly sender: DeviceAddress;
  /** When the server accepted it (ms since the epoch). */
  readonly sentAt: number;
  /** The message's id (32 hex digits) and its sender's timestamp. */
  readonly id: string;
  readonly timestamp: number;
  /** Its content: text, or a structured message (type and payload). */
  readonly content:
    | { readonly kind: 'text'; readonly text: string }
    | { readonly kind: 'structured'; readonly type: string; readonly payload: Uint8Array };
}

/**
 * Check a disclosed channel message (a report's evidence) against the key
 * of the server that attested it: the attestation's signature, that the
 * franking key opens the commitment to exactly these bytes, and that they
 * are a text or structured message of that channel.
 *
 * @throws NexusError `MALFORMED` (evidence that does not decode, or
 *   committed bytes that are not such a message), `BAD_SIGNATURE` (the
 *   signature, or a key and message that do not open the commitment),
 *   `INVALID_ARGUMENT` (a server key that is not 32 bytes).
 */
export function verifyMessageEvidence(
  serverKey: Uint8Array,
  evidence: Uint8Array,
): VerifiedMessage {
  checkBytes(serverKey, 'serverKey', 32);
  checkBytes(evidence, 'evidence');
  const e = messageEvidenceCodec.decode(evidence);
  const att = messageAttestationCodec.decode(e.attestation!.body);
  if (!attestationVerifies(serverKey, e.attestation!.body, e.attestation!.signature))
    throw new NexusError(
      'BAD_SIGNATURE',
      'the message’s attestation does not verify under the server’s key',
    );
  if (!bytesEqual(frankingTag(e.frankingKey, e.message), att.frankingTag))
    throw new NexusError(
      'BAD_SIGNATURE',
      'the franking key and message do not open the attested commitment',
    );
  const message = clientMessageCodec.decode(e.message);
  if (
    message.padding.length > 0 ||
    message.frankingKey.length > 0 ||
    !bytesEqual(message.groupId, att.channelId) ||
    (message.body.case !== 'text' && message.body.case !== 'structured')
  )
    throw new NexusError(
      'MALFORMED',
      'the committed bytes are not a text or structured message of the channel, without key or padding',
    );
  const body = message.body;
  return {
    channelId: uuidText(att.channelId),
    seq: Number(att.seq),
    sender: deviceAddress(att.sender!.uuid, att.sender!.deviceId),
    sentAt: Number(att.sentAtMs),
    id: toHex(message.id),
    timestamp: Number(message.timestampMs),
    content:
      body.case === 'text'
        ? { kind: 'text', text: body.value.text }
        : { kind: 'structured', type: body.value.type, payload: body.value.payload },
  };
}
