/**
 * Codecs of the community server protocol (spec/community.md): the login
 * challenge a device signs, and the frames of the WebSocket. The server
 * decodes every client frame through these, so a bad frame is `MALFORMED`
 * before anything acts on it.
 */
import {
  AuthChallengeSchema,
  ClientFrameSchema,
  MessageAttestationSchema,
  MessageEvidenceSchema,
  ServerFrameSchema,
} from './gen/nexuslink/v1/community_tables.js';
import type { ChannelCursor, DeviceRef } from './gen/nexuslink/v1/community_pb.js';
import {
  check,
  checkLength,
  checkMaxLength,
  checkSafeU64,
  checkVersion,
  messageCodec,
} from './codec.js';
import { checkUuidText, WIRE_LIMITS } from './messages.js';

/** Limits of the community protocol (spec/community.md §5). */
export const COMMUNITY_LIMITS = {
  /** Bytes of a login nonce. */
  nonce: 32,
  /** Longest server name (its origin) in a login challenge, in bytes. */
  maxServerNameBytes: 256,
  /** Bytes of a channel id and of a delivery id (UUIDv7). */
  id: 16,
  /** Largest envelope or channel message a frame carries (the envelope limit). */
  maxPayloadBytes: WIRE_LIMITS.maxEnvelopeContent,
  /**
   * Most delivery ids, and most channel cursors, in one Acknowledge: the
   * server's limit (spec/community.md §5.3), so a frame the decoder takes is
   * one the server takes.
   */
  maxAcknowledged: 1000,
  /** Most channel cursors in one Authenticate (`resume`). */
  maxResumeCursors: 1024,
  /** Longest access token, in bytes. */
  maxTokenBytes: 512,
  /** Longest error message in a Result, in bytes. */
  maxErrorMessageBytes: 1024,
  /** Bytes of a franking key and of a franking tag (§5.6). */
  franking: 32,
  /** Bytes of a server's attestation signature (Ed25519). */
  attestation: 64,
} as const;

const FRAME_OVERHEAD = 1024;

function checkDeviceRef(field: string, ref: DeviceRef | undefined): void {
  check(ref !== undefined, `${field} is missing`);
  checkUuidText(`${field}.uuid`, ref.uuid);
  checkLength(`${field}.device_id`, ref.deviceId, WIRE_LIMITS.deviceId);
}

function checkCursors(field: string, cursors: readonly ChannelCursor[], max: number): void {
  check(cursors.length <= max, `too many ${field}`);
  for (const c of cursors) {
    checkLength(`${field}.channel_id`, c.channelId, COMMUNITY_LIMITS.id);
    checkSafeU64(`${field}.seq`, c.seq);
  }
}

function checkClientId(id: Uint8Array): void {
  if (id.length > 0) checkLength('client_id', id, COMMUNITY_LIMITS.id);
}

function checkPayload(field: string, bytes: Uint8Array): void {
  check(bytes.length > 0, `${field} is empty`);
  checkMaxLength(field, bytes, COMMUNITY_LIMITS.maxPayloadBytes);
}

/** What a device signs to log in (label `nexuslink/v1/auth-challenge`). */
export const authChallengeCodec = /* @__PURE__ */ messageCodec(AuthChallengeSchema, () => ({
  maxBytes: 512,
  validate: (m) => {
    checkVersion('AuthChallenge', m.version);
    check(m.server.length > 0, 'server is empty');
    checkMaxLength('server', m.server, COMMUNITY_LIMITS.maxServerNameBytes);
    checkLength('nonce', m.nonce, COMMUNITY_LIMITS.nonce);
    checkLength('device_id', m.deviceId, WIRE_LIMITS.deviceId);
  },
}));

/** A frame from a client to a community server. */
export const clientFrameCodec = /* @__PURE__ */ messageCodec(ClientFrameSchema, () => ({
  maxBytes: COMMUNITY_LIMITS.maxPayloadBytes + FRAME_OVERHEAD,
  validate: (m) => {
    checkSafeU64('request_id', m.requestId);
    const f = m.frame;
    switch (f.case) {
      case 'authenticate':
        check(f.value.accessToken.length > 0, 'access_token is empty');
        checkMaxLength('access_token', f.value.accessToken, COMMUNITY_LIMITS.maxTokenBytes);
        checkCursors('resume', f.value.resume, COMMUNITY_LIMITS.maxResumeCursors);
        break;
      case 'send':
        checkDeviceRef('to', f.value.to);
        checkPayload('envelope', f.value.envelope);
        checkClientId(f.value.clientId);
        break;
      case 'channelSend':
        checkLength('channel_id', f.value.channelId, COMMUNITY_LIMITS.id);
        checkPayload('ciphertext', f.value.ciphertext);
        checkClientId(f.value.clientId);
        checkLength('franking_tag', f.value.frankingTag, COMMUNITY_LIMITS.franking);
        break;
      case 'acknowledge':
        check(
          f.value.deliveryIds.length <= COMMUNITY_LIMITS.maxAcknowledged,
          'too many delivery_ids',
        );
        for (const id of f.value.deliveryIds) checkLength('delivery_ids', id, COMMUNITY_LIMITS.id);
        checkCursors('channels', f.value.channels, COMMUNITY_LIMITS.maxAcknowledged);
        check(
          f.value.deliveryIds.length + f.value.channels.length > 0,
          'acknowledge names nothing',
        );
        break;
      default:
        check(false, 'ClientFrame has no frame');
    }
  },
}));

/** A frame from a community server to a client. */
export const serverFrameCodec = /* @__PURE__ */ messageCodec(ServerFrameSchema, () => ({
  maxBytes: COMMUNITY_LIMITS.maxPayloadBytes + FRAME_OVERHEAD,
  validate: (m) => {
    const f = m.frame;
    switch (f.case) {
      case 'ready':
        checkDeviceRef('device', f.value.device);
        checkSafeU64('server_time_ms', f.value.serverTimeMs);
        break;
      case 'result':
        checkSafeU64('request_id', f.value.requestId);
        checkSafeU64('seq', f.value.seq);
        checkMaxLength('error_code', f.value.errorCode, 64);
        checkMaxLength(
          'error_message',
          f.value.errorMessage,
          COMMUNITY_LIMITS.maxErrorMessageBytes,
        );
        if (f.value.deliveryId.length > 0)
          checkLength('delivery_id', f.value.deliveryId, COMMUNITY_LIMITS.id);
        break;
      case 'delivery':
        checkLength('id', f.value.id, COMMUNITY_LIMITS.id);
        checkDeviceRef('from', f.value.from);
        checkPayload('envelope', f.value.envelope);
        checkSafeU64('accepted_at_ms', f.value.acceptedAtMs);
        break;
      case 'channelMessage':
        checkLength('channel_id', f.value.channelId, COMMUNITY_LIMITS.id);
        check(f.value.seq > 0n, 'seq starts at 1');
        checkSafeU64('seq', f.value.seq);
        checkDeviceRef('sender', f.value.sender);
        checkPayload('ciphertext', f.value.ciphertext);
        checkSafeU64('sent_at_ms', f.value.sentAtMs);
        checkLength('franking_tag', f.value.frankingTag, COMMUNITY_LIMITS.franking);
        checkLength('attestation', f.value.attestation, COMMUNITY_LIMITS.attestation);
        break;
      case 'prekeysLow':
        break;
      default:
        check(false, 'ServerFrame has no frame');
    }
  },
}));

/** What a community server signs for a channel message (§5.6, label `nexuslink/v1/message-attestation`). */
export const messageAttestationCodec = /* @__PURE__ */ messageCodec(
  MessageAttestationSchema,
  () => ({
    maxBytes: 256,
    validate: (m) => {
      checkVersion('MessageAttestation', m.version);
      checkLength('channel_id', m.channelId, COMMUNITY_LIMITS.id);
      check(m.seq > 0n, 'seq starts at 1');
      checkSafeU64('seq', m.seq);
      checkDeviceRef('sender', m.sender);
      checkSafeU64('sent_at_ms', m.sentAtMs);
      checkLength('franking_tag', m.frankingTag, COMMUNITY_LIMITS.franking);
    },
  }),
);

/**
 * A disclosed channel message with its attestation (§5.6). The fields'
 * contents (the attestation's body and signature, the committed message)
 * are checked by `verifyMessageEvidence`, not here.
 */
export const messageEvidenceCodec = /* @__PURE__ */ messageCodec(MessageEvidenceSchema, () => ({
  maxBytes: 160 * 1024 + 512,
  validate: (m) => {
    checkVersion('MessageEvidence', m.version);
    check(m.message.length > 0, 'message is empty');
    checkMaxLength('message', m.message, 160 * 1024);
    checkLength('franking_key', m.frankingKey, COMMUNITY_LIMITS.franking);
    check(m.attestation !== undefined, 'attestation is missing');
    check(m.attestation.body.length > 0, 'attestation.body is empty');
    checkMaxLength('attestation.body', m.attestation.body, 256);
    checkLength('attestation.signature', m.attestation.signature, COMMUNITY_LIMITS.attestation);
  },
}));
