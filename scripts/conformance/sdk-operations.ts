/**
 * Every conformance operation (spec/conformance.md) answered by
 * `@nexuslink/sdk` through its public entry points only, so the adapter
 * proves what a third-party app can do with the package. The stdin/stdout
 * loop is ../conformance-adapter.ts; this module answers the single
 * operations (§4.1, §4.2) and hands transcripts to ./sdk-transcripts.ts and
 * the live conversation to ./sdk-live.ts.
 */
import { createHash } from 'node:crypto';
import {
  acceptRevocationList,
  acceptSelfSigningCertificate,
  authChallengeBody,
  decodeRevocationList,
  decodeSelfSigningCertificate,
  deriveEd25519,
  detectWordlist,
  identityFromMnemonic,
  IDENTITY_KEY_PATH,
  importIdentityBackup,
  mnemonicEntropy,
  mnemonicToSeed,
  NexusError,
  openStorageKey,
  parseUuid,
  peerIdFromEd25519PublicKey,
  peerIdFromString,
  peerIdToString,
  relayAckBody,
  relayMailbox,
  safetyNumber,
  selectDeviceRecord,
  SIGNATURE_LABELS,
  signingInput,
  softwareKeyStore,
  unwrapStorageKey,
  verifyAuthChallenge,
  directoryProofBody,
  frankingTag,
  verifyMessageEvidence,
  verifyCommunityDeregistration,
  verifyDirectoryRequest,
  verifyCommunityRegistration,
  verifyContactCard,
  verifyDirectoryProof,
  verifyDeviceCertificate,
  verifyDeviceRecord,
  verifyInvite,
  verifyPeerBinding,
  verifyRelayAck,
  verifyRelayedEnvelope,
  registerWordlists,
  verifyRevocationList,
} from '@nexuslink/sdk';
import {
  clientFrameCodec,
  contactRecordCodec,
  conversationRecordCodec,
  decodeClientMessage,
  encodeClientMessage,
  inboxRecordCodec,
  localDeviceRecordCodec,
  messageRecordCodec,
  outboxRecordCodec,
  peerFrameCodec,
  serverFrameCodec,
  signedMessageCodec,
} from '@nexuslink/sdk/wire';
import { openStorageImage, openStorageJournalEntry } from '@nexuslink/sdk/hazmat';
import { WORDLISTS } from '@nexuslink/sdk/wordlists';
import { hex, Unsupported, unhex, utf8 } from './common.js';
import type { Json } from './common.js';
import { fromFields, messageDescriptor, toFields } from './proto-fields.js';
import { liveOperations } from './sdk-live.js';
import { transcriptOperations } from './sdk-transcripts.js';

/** An answer of the protocol (spec/conformance.md §2), without its id. */
export type OperationAnswer =
  { result: unknown } | { error: string; message?: string } | { unsupported: true; reason: string };

/** The SDK's public codecs for the frames and records of the vectors, by message name. */
const CODECS: Record<
  string,
  { encode(init: never): Uint8Array; decode(bytes: Uint8Array): unknown }
> = {
  ClientFrame: clientFrameCodec,
  ServerFrame: serverFrameCodec,
  PeerFrame: peerFrameCodec,
  ContactRecord: contactRecordCodec,
  ConversationRecord: conversationRecordCodec,
  MessageRecord: messageRecordCodec,
  OutboxRecord: outboxRecordCodec,
  InboxRecord: inboxRecordCodec,
  LocalDeviceRecord: localDeviceRecordCodec,
};

/** Decode with the SDK's codec for `type`; the message as field-level JSON. */
function decodeFields(type: string, encoding: string): Json {
  const codec = CODECS[type];
  // An unknown type is a request the vectors define as refused (spec/conformance.md §4.2).
  if (!codec) throw new NexusError('MALFORMED', `unknown type ${String(type)}`);
  return toFields(messageDescriptor(type), codec.decode(unhex(encoding)));
}

/** Encode field-level JSON (test-vectors/README.md, "client/") of message `type` with the SDK's codec. */
function encodeFields(type: string, fields: unknown): Uint8Array {
  const codec = CODECS[type];
  if (!codec) throw new Error(`no codec for ${type}`);
  return codec.encode(fromFields(messageDescriptor(type), fields) as never);
}

/** Operations the SDK cannot answer through its public entry points (none today). */
const UNSUPPORTED: Record<string, string> = {};

/** The SDK as an implementation: `handle` answers one request. */
export function sdkOperations() {
  // Mnemonic vectors span every shipped language (spec/identity.md §2).
  registerWordlists(WORDLISTS);
  const transcripts = transcriptOperations();
  const live = liveOperations();

  async function run(op: string, x: Json): Promise<unknown> {
    if (op === 'pqxdh.establish' || op.startsWith('transcript.')) return transcripts(op, x);
    if (op.startsWith('live.')) return live(op, x);
    switch (op) {
      case 'hello':
        return { implementation: '@nexuslink/sdk', protocol: 1 };

      // identity/
      case 'identity.uuid.parse':
        return { public_key: hex(parseUuid(x.uuid).publicKey) };
      case 'identity.mnemonic.derive': {
        const identity = identityFromMnemonic(x.mnemonic, x.passphrase);
        // The language: the first list under which it is valid, English then
        // the rest of WORDLISTS as registered (spec/identity.md §2).
        const list = detectWordlist(x.mnemonic);
        return {
          seed: hex(mnemonicToSeed(x.mnemonic, x.passphrase)),
          path: IDENTITY_KEY_PATH,
          identity_seed: hex(identity.exportSeed()),
          identity_public_key: hex(identity.publicKey.bytes),
          uuid: identity.uuid,
          entropy: hex(mnemonicEntropy(x.mnemonic)),
          wordlist: Object.entries(WORDLISTS).find(([, l]) => l === list)?.[0] ?? null,
        };
      }
      case 'identity.derive_ed25519': {
        const node = deriveEd25519(unhex(x.seed), x.path);
        return {
          private_key: hex(node.privateKey),
          public_key: hex(node.publicKey),
          chain_code: hex(node.chainCode),
        };
      }
      case 'identity.self_signing_certificate.accept': {
        const current = x.current ? decodeSelfSigningCertificate(unhex(x.current)) : null;
        const incoming = decodeSelfSigningCertificate(unhex(x.incoming));
        return acceptSelfSigningCertificate(current, incoming) === incoming
          ? 'incoming'
          : 'current';
      }
      case 'identity.certificate.verify': {
        const { device } = verifyDeviceCertificate(unhex(x.device_certificate), {
          identity: x.identity,
          selfSigningCertificate: unhex(x.self_signing_certificate),
          revocationList: x.revocation_list ? unhex(x.revocation_list) : null,
          now: x.now,
        });
        return {
          device_id: hex(device.deviceId),
          display_name: device.displayName,
          signing_key: {
            algorithm: device.signingKey.algorithm,
            key: hex(device.signingKey.bytes),
          },
          key_agreement_key: hex(device.keyAgreementKey),
        };
      }
      case 'identity.revocation_list.verify': {
        const list = verifyRevocationList(unhex(x.revocation_list), {
          identity: x.identity,
          selfSigningCertificate: unhex(x.self_signing_certificate),
          now: x.now,
        });
        return {
          serial: list.serial,
          issuer: { algorithm: list.issuerKey.algorithm, key: hex(list.issuerKey.bytes) },
          devices: list.devices.map((d) => ({
            device_id: hex(d.deviceId),
            revoked_at_ms: d.revokedAt,
            reason: d.reason,
          })),
        };
      }
      case 'identity.revocation_list.accept': {
        const current = x.current ? decodeRevocationList(unhex(x.current)) : null;
        const incoming = decodeRevocationList(unhex(x.incoming));
        return acceptRevocationList(current, incoming) === incoming ? 'incoming' : 'current';
      }
      case 'identity.safety_number': {
        const n = safetyNumber(x.a, x.b);
        return { digits: n.digits, payload: hex(n.payload) };
      }
      case 'identity.backup.open': {
        const b = await importIdentityBackup(unhex(x.file), x.passphrase);
        return {
          uuid: b.identity.uuid,
          self_signing_public_key: hex(b.selfSigningKey.publicKey.bytes),
          revocation_list_serial: b.revocationList?.serial ?? null,
        };
      }
      case 'directory.proof.verify': {
        const request = { nonce: unhex(x.nonce), owner: x.owner, directory: x.directory };
        verifyDirectoryProof(unhex(x.server_key), request, unhex(x.signature));
        return { body: hex(directoryProofBody(request)) };
      }
      case 'directory.registration.verify': {
        const v = verifyCommunityRegistration(unhex(x.registration), {
          now: x.now,
          revocationList: x.revocation_list ? unhex(x.revocation_list) : null,
        });
        return {
          owner: v.owner,
          signer_device_id: hex(v.signer.deviceId),
          name: v.name,
          description: v.description,
          tags: [...v.tags],
          language: v.language,
          endpoint: v.endpoint,
          server_key: hex(v.serverKey),
          revision: v.revision,
          created_at_ms: v.createdAt,
          community_id: v.communityId,
        };
      }
      case 'directory.deregistration.verify': {
        const v = verifyCommunityDeregistration(unhex(x.deregistration), {
          now: x.now,
          revocationList: x.revocation_list ? unhex(x.revocation_list) : null,
        });
        return {
          owner: v.owner,
          signer_device_id: hex(v.signer.deviceId),
          community_id: v.communityId,
          revision: v.revision,
          created_at_ms: v.createdAt,
        };
      }
      case 'directory.request.verify': {
        const v = verifyDirectoryRequest(x.authorization, {
          audience: x.audience,
          method: x.method,
          target: x.target,
          body: unhex(x.body),
          now: x.now,
          revocationList: x.revocation_list ? unhex(x.revocation_list) : null,
        });
        return {
          uuid: v.uuid,
          signer_device_id: hex(v.signer.deviceId),
          created_at_ms: v.createdAt,
          nonce: hex(v.nonce),
        };
      }
      case 'identity.contact_card.verify': {
        const v = verifyContactCard(unhex(x.card), { now: x.now });
        return {
          uuid: v.uuid,
          display_name: v.displayName,
          device_ids: v.devices.map((d) => hex(d.deviceId)),
          hints: [...v.hints],
        };
      }

      // storage/
      case 'storage.image.open':
        return { image: hex(openStorageImage(unhex(x.key), unhex(x.file))) };
      case 'storage.journal.open': {
        const { seq, changes } = openStorageJournalEntry(unhex(x.key), unhex(x.entry));
        return { seq, changes: hex(changes) };
      }
      case 'storage.key_file.open':
        return { key: hex(await openStorageKey(unhex(x.file), x.passphrase)) };
      case 'storage.device_key.unwrap': {
        const keyStore = softwareKeyStore({
          keys: [
            {
              id: 'device',
              algorithm: 'ed25519',
              privateKey: x.device_seed,
              extractable: false,
              label: '',
            },
          ],
        });
        return { key: hex(await unwrapStorageKey(unhex(x.file), { keyStore, keyId: 'device' })) };
      }

      // community/
      case 'community.auth.verify': {
        const challenge = { server: x.server, nonce: unhex(x.nonce) };
        const v = verifyAuthChallenge(
          challenge,
          {
            deviceCertificate: unhex(x.device_certificate),
            selfSigningCertificate: unhex(x.self_signing_certificate),
            signature: unhex(x.signature),
          },
          { now: x.now_ms },
        );
        const body = authChallengeBody({ ...challenge, deviceId: unhex(x.device_id) });
        return {
          body: hex(body),
          signing_input: hex(signingInput(SIGNATURE_LABELS.authChallenge, body)),
          uuid: v.uuid,
        };
      }
      case 'community.client_id': {
        // spec/community.md §5.2; the SDK computes it inside CommunityClient only.
        const h = createHash('sha256').update('nexuslink/v1/community-client-id');
        for (const part of (x.parts as string[]).map(unhex)) {
          const length = Buffer.alloc(4);
          length.writeUInt32BE(part.length);
          h.update(length).update(part);
        }
        return { client_id: h.digest('hex').slice(0, 32) };
      }
      case 'community.franking_tag':
        return { franking_tag: hex(frankingTag(unhex(x.franking_key), unhex(x.committed))) };
      case 'community.message_evidence.verify': {
        const v = verifyMessageEvidence(unhex(x.server_public_key), unhex(x.evidence));
        return {
          channel_id: v.channelId,
          seq: v.seq,
          sender: { uuid: v.sender.uuid, device_id: v.sender.deviceId },
          sent_at_ms: v.sentAt,
          id: v.id,
          timestamp_ms: v.timestamp,
          content:
            v.content.kind === 'text'
              ? { kind: 'text', text: v.content.text }
              : { kind: 'structured', type: v.content.type, payload: hex(v.content.payload) },
        };
      }
      case 'community.frame.decode':
        return { frame: decodeFields(x.type, x.encoding) };
      case 'client.record.decode':
        return { record: decodeFields(x.type, x.encoding) };
      case 'p2p.frame.decode':
        return { frame: decodeFields('PeerFrame', x.encoding) };
      case 'client.message.decode':
        return {
          message: toFields(
            messageDescriptor('ClientMessage'),
            decodeClientMessage(unhex(x.encoding)),
          ),
        };
      case 'community.frame.encode':
        return { encoding: hex(encodeFields(x.type, x.frame)) };
      case 'client.record.encode':
        return { encoding: hex(encodeFields(x.type, x.record)) };
      case 'p2p.frame.encode':
        return { encoding: hex(encodeFields('PeerFrame', x.frame)) };
      case 'client.message.encode': {
        const init = fromFields(messageDescriptor('ClientMessage'), x.message);
        const encoding = encodeClientMessage(init as never);
        return {
          encoding: hex(encoding),
          padding_length: decodeClientMessage(encoding).padding.length,
        };
      }
      // p2p/
      case 'p2p.peer_id': {
        const id = peerIdFromEd25519PublicKey(unhex(x.public_key));
        return { peer_id: hex(id), text: peerIdToString(id) };
      }
      case 'p2p.peer_id.parse':
        return { peer_id: hex(peerIdFromString(x.text)) };
      case 'p2p.peer_binding.verify': {
        const v = verifyPeerBinding(unhex(x.binding), {
          identity: unhex(x.identity_key),
          selfSigningCertificate: unhex(x.self_signing_certificate),
          deviceCertificate: unhex(x.device_certificate),
          peerId: unhex(x.connection_peer_id),
          now: x.now_ms,
        });
        return {
          signing_input_label: SIGNATURE_LABELS.peerBinding,
          body: hex(signedMessageCodec.decode(unhex(x.binding)).body),
          uuid: v.uuid,
          peer_id: hex(v.peerId),
          expires_at_ms: v.expiresAt,
        };
      }
      case 'p2p.invite.verify': {
        // `invite` null: the case is about the text form (spec/conformance.md §4.1).
        const v = verifyInvite(x.invite === null ? x.text : unhex(x.invite), {
          now: x.now_ms,
          ...(x.expected_uuid ? { expectedUuid: x.expected_uuid } : {}),
          ...(x.revocation_list ? { revocationList: unhex(x.revocation_list) } : {}),
        });
        return {
          signing_input_label: SIGNATURE_LABELS.invite,
          uuid: v.uuid,
          display_name: v.displayName,
          signer_device_id: hex(v.signer.deviceId),
          devices: v.devices.map((d) => ({
            device_id: hex(d.deviceId),
            peer_id: hex(d.peerId),
            peer_id_text: d.peerIdText,
          })),
          relay_hints: [...v.relayHints],
          created_at_ms: v.createdAt,
          expires_at_ms: v.expiresAt,
        };
      }
      case 'p2p.device_record.verify': {
        const v = verifyDeviceRecord(unhex(x.record), { key: utf8(x.key), now: x.now_ms });
        return {
          signing_input_label: SIGNATURE_LABELS.deviceRecord,
          uuid: v.address.uuid,
          device_id: v.address.deviceId,
          peer_id: v.peerId,
          addresses: [...v.addresses],
          created_at_ms: v.createdAt,
          expires_at_ms: v.expiresAt,
        };
      }
      case 'p2p.device_record.select':
        return {
          selected: selectDeviceRecord(utf8(x.key), (x.records as string[]).map(unhex), x.now_ms),
        };

      // relay/
      case 'relay.mailbox':
        return { mailbox: relayMailbox({ uuid: x.uuid, deviceId: unhex(x.device_id) }) };
      case 'relay.ack.verify': {
        const ack = { server: x.server, ids: x.ids };
        verifyRelayAck(
          { algorithm: 'ed25519', bytes: unhex(x.signing_public_key) },
          ack,
          unhex(x.signature),
        );
        return { body: hex(relayAckBody(ack)) };
      }
      case 'relay.envelope.verify': {
        const v = verifyRelayedEnvelope(unhex(x.blob), {
          recipient: x.recipient,
          now: x.now_ms,
          ...(x.revocation_list ? { revocationList: () => unhex(x.revocation_list) } : {}),
        });
        return {
          from: v.from,
          id: hex(v.id),
          envelope: hex(v.envelope),
          accepted_at_ms: v.acceptedAt,
        };
      }

      default:
        throw new Unsupported(`unknown operation ${op}`);
    }
  }

  return {
    /** Answer one request. Never throws. */
    async handle(op: string, input: unknown): Promise<OperationAnswer> {
      const reason = UNSUPPORTED[op];
      if (reason) return { unsupported: true, reason };
      try {
        return { result: await run(op, (input ?? {}) as Json) };
      } catch (err) {
        if (err instanceof Unsupported) return { unsupported: true, reason: err.message };
        if (NexusError.is(err)) return { error: err.code };
        // Not a protocol answer: the adapter itself went wrong (spec/conformance.md §2).
        return {
          error: 'ADAPTER_FAILURE',
          message: err instanceof Error ? err.message : String(err),
        };
      }
    },
  };
}
