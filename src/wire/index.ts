/**
 * `@nexuslink/sdk/wire`: the wire codecs and the protobuf message types they
 * produce (generated from proto/, spec/wire.md). Every decode of untrusted
 * bytes goes through a {@link Codec}: it returns a typed value or throws
 * `NexusError('MALFORMED')`. Apps built on `createClient` need none of this;
 * it is for tools, servers and other implementations that read the bytes.
 *
 * @example
 * ```ts
 * import { envelopeCodec } from '@nexuslink/sdk/wire';
 * const envelope = envelopeCodec.decode(bytes);
 * ```
 *
 * @module
 */
export {
  ALL_CODECS,
  KEM_CIPHERTEXT_LENGTHS,
  KEY_LENGTHS,
  MAX_STORAGE_IMAGE_BYTES,
  WIRE_LIMITS,
} from './messages.js';
export {
  backupHeaderCodec,
  clientMessageCodec,
  contactRecordCodec,
  conversationRecordCodec,
  inboxRecordCodec,
  localDeviceRecordCodec,
  messageRecordCodec,
  outboxRecordCodec,
  contactCardBodyCodec,
  deviceCertificateBodyCodec,
  envelopeCodec,
  identityBackupContentsCodec,
  identityBackupFileCodec,
  oneTimePreKeyCodec,
  preKeyBodyCodec,
  preKeyBundleCodec,
  preKeyMessageCodec,
  publicKeyCodec,
  ratchetHeaderCodec,
  ratchetMessageCodec,
  revocationListBodyCodec,
  safetyNumberPayloadCodec,
  selfSigningCertificateBodyCodec,
  senderKeyDistributionCodec,
  senderKeyMessageBodyCodec,
  sessionSnapshotCodec,
  signedMessageCodec,
  signedPreKeyCodec,
  storageChangesCodec,
  storageImageCodec,
  storageJournalEntryCodec,
  storageKeyFileCodec,
  storageKeyWrapCodec,
} from './messages.js';
export {
  authChallengeCodec,
  clientFrameCodec,
  COMMUNITY_LIMITS,
  serverFrameCodec,
} from './community.js';
export {
  communityDeregistrationBodyCodec,
  communityRegistrationBodyCodec,
  DIRECTORY_LIMITS,
  isCanonicalTag,
  isListableEndpoint,
} from './directory.js';
export type {
  CommunityDeregistrationBody,
  CommunityRegistrationBody,
} from './gen/nexuslink/v1/directory_pb.js';
export type {
  AuthChallenge as AuthChallengeMessage,
  Acknowledge,
  Authenticate,
  ChannelCursor,
  ChannelMessage,
  ClientFrame,
  Delivery,
  DeviceRef,
  PreKeysLow,
  Ready,
  Result,
  SendChannelMessage,
  SendEnvelope,
  ServerFrame,
} from './gen/nexuslink/v1/community_pb.js';
export {
  deviceRecordBodyCodec,
  inviteBodyCodec,
  P2P_LIMITS,
  peerBindingBodyCodec,
  peerFrameCodec,
} from './p2p.js';
export type {
  DeviceRecordBody,
  InviteBody,
  InviteDevice,
  PeerAck,
  PeerBindingBody,
  PeerEnvelope,
  PeerFrame,
  PeerHello,
  PreKeyRequest,
  PreKeyResponse,
} from './gen/nexuslink/v1/p2p_pb.js';
export type { Codec, CodecOptions } from './codec.js';
export { KeyAlgorithm } from './gen/nexuslink/v1/keys_pb.js';
export type { PublicKey } from './gen/nexuslink/v1/keys_pb.js';
export { RevocationReason } from './gen/nexuslink/v1/identity_pb.js';
export type {
  DeviceCertificateBody,
  RevocationListBody,
  RevokedDevice as RevokedDeviceMessage,
  SelfSigningKeyCertificateBody,
  SignedMessage,
} from './gen/nexuslink/v1/identity_pb.js';
export { BackupCipher, BackupKdf } from './gen/nexuslink/v1/backup_pb.js';
export type {
  BackupHeader,
  IdentityBackupContents,
  IdentityBackupFile,
} from './gen/nexuslink/v1/backup_pb.js';
export type { ContactCardBody, SafetyNumberPayload } from './gen/nexuslink/v1/contact_pb.js';
export type {
  OneTimePreKey,
  PreKeyBody,
  PreKeyBundle,
  SignedPreKey,
} from './gen/nexuslink/v1/prekeys_pb.js';
export { EnvelopeType } from './gen/nexuslink/v1/envelope_pb.js';
export type { Envelope } from './gen/nexuslink/v1/envelope_pb.js';
export type {
  PreKeyMessage,
  RatchetHeader,
  RatchetMessage,
  SenderKeyDistribution,
  SenderKeyMessageBody,
  SessionSnapshot,
} from './gen/nexuslink/v1/session_pb.js';
export type {
  StorageChange,
  StorageChanges,
  StorageDelete,
  StorageImage,
  StorageIndex,
  StorageJournalEntry,
  StorageKeyFile,
  StorageKeyWrap,
  StoragePut,
} from './gen/nexuslink/v1/storage_pb.js';
export { ConversationKind, MessageStatus, ReceiptType } from './gen/nexuslink/v1/client_pb.js';
export { decodeClientMessage, encodeClientMessage } from '../client/message.js';
export { committedMessage } from '../community/franking.js';
export type { ClientMessageSchema } from './gen/nexuslink/v1/client_pb.js';
export type {
  ClientMessage,
  ContactRecord,
  ConversationRecord,
  GroupUpdate,
  IdentityUpdate,
  InboxRecord,
  LocalDeviceRecord,
  MessageRecord,
  OutboxRecord,
  Receipt,
  SenderKeyBody,
  SentSync,
  StructuredBody,
  TextBody,
  Typing,
  VersionNotice,
} from './gen/nexuslink/v1/client_pb.js';
