/**
 * `@nexuslink/sdk`: identity, device certificates, revocation, safety
 * numbers and encrypted backups for the NexusLink end-to-end-encrypted
 * messaging protocol. Runs in Node (>= 22) and browsers.
 *
 * @example
 * ```ts
 * import { createIdentity, safetyNumber } from '@nexuslink/sdk';
 * const { identity, mnemonic } = createIdentity();
 * console.log(identity.uuid);
 * ```
 *
 * @module
 */
export { ERROR_CODES, NexusError, isErrorCode } from './interfaces/errors.js';
export type { ErrorCode, NexusErrorDetails, NexusErrorOf } from './interfaces/errors.js';
export type {
  Clock,
  CreateKeyOptions,
  KeyInfo,
  KeyStore,
  RandomSource,
  SignatureAlgorithm,
  SigningPublicKey,
} from './interfaces/index.js';

export { isUuid, parseUuid, uuidFromPublicKey, UUID_VERSION } from './identity/uuid.js';
export type { ParsedUuid, Uuid } from './identity/uuid.js';
export {
  deriveEd25519,
  detectWordlist,
  ENGLISH_WORDLIST,
  entropyToMnemonic,
  generateMnemonic,
  mnemonicEntropy,
  mnemonicToSeed,
  parseHardenedPath,
  registerWordlists,
} from './identity/mnemonic.js';
export type {
  Ed25519Node,
  GenerateMnemonicOptions,
  MnemonicToSeedOptions,
} from './identity/mnemonic.js';
export {
  createIdentity,
  Identity,
  identityFromMnemonic,
  IDENTITY_KEY_PATH,
} from './identity/identity.js';
export { SigningKeyPair } from './identity/signing-key.js';
export { KeyAgreementKeyPair } from './identity/key-agreement.js';
export {
  keyStoreSigner,
  SIGNATURE_LABELS,
  signingInput,
  verifySignature,
} from './identity/signing.js';
export type { SignatureLabel, Signer } from './identity/signing.js';
export {
  acceptRevocationList,
  acceptSelfSigningCertificate,
  decodeDeviceCertificate,
  decodeRevocationList,
  decodeSelfSigningCertificate,
  isRevoked,
  issueDeviceCertificate,
  issueRevocationList,
  issueSelfSigningCertificate,
  systemClock,
  systemRandom,
  verifyDeviceCertificate,
  verifyRevocationList,
  verifySelfSigningCertificate,
} from './identity/certificates.js';
export type {
  DeviceCertificate,
  IdentityRef,
  IssueDeviceCertificateOptions,
  IssueRevocationListOptions,
  IssueSelfSigningCertificateOptions,
  RevocationList,
  RevocationReasonName,
  RevokedDevice,
  SelfSigningCertificate,
  VerifiedDevice,
  VerifyDeviceOptions,
  VerifyOptions,
  VerifyRevocationListOptions,
} from './identity/certificates.js';
export { certifyNewDevice, deviceSigner } from './identity/device.js';
export type { CertifyNewDeviceOptions, NewDevice } from './identity/device.js';
export {
  identityFingerprint,
  safetyNumber,
  SAFETY_NUMBER_ITERATIONS,
  verifySafetyNumberPayload,
} from './identity/safety-number.js';
export type { SafetyNumber } from './identity/safety-number.js';
export {
  DEFAULT_BACKUP_KDF,
  exportIdentityBackup,
  importIdentityBackup,
} from './identity/backup.js';
export type { ExportBackupOptions, IdentityBackup } from './identity/backup.js';
export type { Argon2Params } from './primitives/argon2.js';
export { createContactCard, verifyContactCard } from './identity/contact-card.js';
export type {
  CreateContactCardOptions,
  KnownIdentityState,
  VerifiedContactCard,
  VerifyContactCardOptions,
} from './identity/contact-card.js';
export { softwareKeyStore } from './keystores/software.js';
export type { SoftwareKeyRecord, SoftwareKeyStoreOptions } from './keystores/software.js';
export { webCryptoKeyStore } from './keystores/webcrypto.js';
export type { WebCryptoKeyRecord, WebCryptoKeyStoreOptions } from './keystores/webcrypto.js';

// A device in one call, saved in the app's storage and loaded again.
export { createDevice, loadDevice, readSelfSigningKey } from './device/index.js';
export type { CreateDeviceOptions, CreatedDevice, LoadDeviceOptions } from './device/index.js';
export type {
  DeviceAddress,
  IdentityStore,
  PreKeyKind,
  PreKeyStore,
  ProtocolStores,
  SenderKeyStore,
  SessionStore,
} from './interfaces/sessions.js';
export { LIMITS as SESSION_LIMITS } from './ratchet/constants.js';
export {
  createKemPreKey,
  createOneTimePreKeys,
  createPreKeyBundle,
  createSignedPreKey,
  isPreKeyFresh,
  localDevice,
  verifyPreKeyBundle,
} from './ratchet/prekeys.js';
export type { LocalDevice, PreKeyOptions, VerifiedPreKeyBundle } from './ratchet/prekeys.js';
export {
  decryptMessage,
  deviceAddress,
  encryptMessage,
  establishSession,
  hasSession,
  shouldResetSession,
  updateTrustedIdentity,
} from './ratchet/session.js';
export type { DecryptedMessage, EstablishOptions, SessionContext } from './ratchet/session.js';
export {
  createSenderKeyDistribution,
  groupDecrypt,
  groupEncrypt,
  processSenderKeyDistribution,
  rotateSenderKey,
} from './ratchet/sender-keys.js';
export type { DecryptedGroupMessage } from './ratchet/sender-keys.js';
export { exportSessionSnapshot, importSessionSnapshot } from './ratchet/snapshot.js';
export { activeCryptoProvider, useCryptoProvider } from './primitives/select.js';
export { STORAGE_LIMITS, STORAGE_TABLES } from './interfaces/storage.js';
export type {
  ImagePersister,
  ListOptions,
  SearchHit,
  Storage,
  StorageEntry,
  StorageLock,
  StorageReader,
  StorageTable,
  StorageWriter,
} from './interfaces/storage.js';
export type { InboundEnvelope, Transport, TransportState } from './interfaces/transport.js';
export type { PreKeyCounts, PreKeyDirectory, PreKeyUpload } from './interfaces/directory.js';
export { authChallengeBody, signAuthChallenge, verifyAuthChallenge } from './community/auth.js';
export type { AuthChallenge, AuthProof, VerifyAuthOptions } from './community/auth.js';
export {
  encodeMessageEvidence,
  FRANKING_KEY_BYTES,
  frankingTag,
  messageAttestationBody,
  signMessageAttestation,
  verifyMessageAttestation,
  verifyMessageEvidence,
} from './community/franking.js';
export type {
  MessageAttestationFields,
  MessageEvidenceParts,
  VerifiedMessage,
} from './community/franking.js';
export {
  MAX_KEM_ONE_TIME_PREKEYS,
  MAX_ONE_TIME_PREKEYS,
  verifyPreKeyUpload,
} from './community/prekeys.js';
export type { VerifiedKemOneTimePreKey, VerifiedPreKeyUpload } from './community/prekeys.js';
export { CommunityClient, webSocketTransport } from './community/client.js';
export type {
  ChannelMessageEvent,
  CommunityChannel,
  CommunityClientOptions,
  CommunitySession,
  WebSocketConstructor,
} from './community/client.js';
export {
  ed25519PublicKeyOfPeerId,
  peerIdFromEd25519PublicKey,
  peerIdFromString,
  peerIdToString,
} from './p2p/peer-id.js';
export { createPeerBinding, PEER_BINDING_TTL_MS, verifyPeerBinding } from './p2p/binding.js';
export type {
  CreatePeerBindingOptions,
  VerifiedPeerBinding,
  VerifyPeerBindingOptions,
} from './p2p/binding.js';
export {
  createInvite,
  INVITE_TEXT_PREFIX,
  INVITE_TTL_MS,
  inviteFromText,
  inviteToText,
  verifyInvite,
} from './p2p/invite.js';
export type {
  CreateInviteOptions,
  InviteDeviceEntry,
  SigningDevice,
  VerifiedInvite,
  VerifiedInviteDevice,
  VerifyInviteOptions,
} from './p2p/invite.js';
export { inviteQr, readQrImage } from './p2p/qr.js';
// The directory (spec/directory.md): a community's listing, signed by its owner.
export {
  createCommunityDeregistration,
  createCommunityRegistration,
  REGISTRATION_MAX_AGE_MS,
  REGISTRATION_MAX_SKEW_MS,
  verifyCommunityDeregistration,
  verifyCommunityRegistration,
} from './listings/registration.js';
export {
  DIRECTORY_PROOF_NONCE_BYTES,
  directoryProofBody,
  signDirectoryProof,
  verifyDirectoryProof,
} from './listings/proof.js';
export type { DirectoryProofRequest } from './listings/proof.js';
export {
  CREDENTIAL_CLAIMS,
  CREDENTIAL_TYP,
  CREDENTIAL_VCT,
  deviceJwk,
  issueCredential,
  issuerJwk,
  issuerKeyId,
  PRESENTATION_MAX_AGE_S,
  presentCredential,
  verifyCredentialPresentation,
} from './credentials/credential.js';
export type {
  CredentialClaim,
  CredentialClaims,
  IssueCredentialOptions,
  IssuerJwk,
  PresentCredentialOptions,
  TrustedIssuer,
  VerifiedPresentation,
  VerifyPresentationOptions,
} from './credentials/credential.js';
export {
  createDirectoryRequest,
  DIRECTORY_REQUEST_MAX_AGE_MS,
  DIRECTORY_REQUEST_SCHEME,
  verifyDirectoryRequest,
} from './listings/request.js';
export type {
  ConsentRecord,
  DirectoryReport,
  KycApplication,
  KycClaims,
  KycDocumentInfo,
  KycDocumentKind,
  KycDocumentUpload,
  KycFields,
  KycStatus,
  PrivacyContact,
  ReportCategory,
  ReportTarget,
} from './listings/kyc-types.js';
export type {
  CreateDirectoryRequestOptions,
  DirectoryRequestTarget,
  VerifiedDirectoryRequest,
  VerifyDirectoryRequestOptions,
} from './listings/request.js';
export { DirectoryClient, solveDirectoryPow } from './listings/client.js';
export type {
  DirectoryClientOptions,
  DirectoryCommunity,
  DirectoryNotice,
  DirectoryPage,
  DirectorySearch,
  DirectorySort,
  ListCommunityOptions,
} from './listings/client.js';
export type {
  CommunityListing,
  CreateCommunityDeregistrationOptions,
  CreateCommunityRegistrationOptions,
  OwnerDevice,
  VerifiedCommunityDeregistration,
  VerifiedCommunityRegistration,
  VerifyCommunityRegistrationOptions,
} from './listings/registration.js';
export {
  createDeviceRecord,
  DEVICE_RECORD_TTL_MS,
  deviceRecordKey,
  selectDeviceRecord,
  verifyDeviceRecord,
} from './p2p/record.js';
export type {
  CreateDeviceRecordOptions,
  VerifiedDeviceRecord,
  VerifyDeviceRecordOptions,
} from './p2p/record.js';
export { createRelayedEnvelope, verifyRelayedEnvelope } from './p2p/relayed.js';
export type { RelayedEnvelopeInput, VerifiedRelayedEnvelope } from './p2p/relayed.js';
export { RelayClient } from './relay/client.js';
export type {
  HeldBlob,
  RelayClientOptions,
  RelayIceServer,
  RelayInfo,
  RelayStream,
  RelayWebSocket,
} from './relay/client.js';
export {
  isRelayMailbox,
  MAX_ACK_IDS,
  relayAckBody,
  relayMailbox,
  signRelayAck,
  verifyRelayAck,
} from './relay/mailbox.js';
export type { RelayAck } from './relay/mailbox.js';
export { TURN_CREDENTIAL_TTL_MS, turnCredentials } from './relay/turn.js';
export type { TurnCredentialOptions, TurnCredentials } from './relay/turn.js';
export type { InviteQrOptions, QrImage } from './p2p/qr.js';
export {
  ChannelsApi,
  channelConversation,
  ContactsApi,
  createClient,
  GroupsApi,
  NexusClient,
} from './client/client.js';
export type { ChannelTransport, ContactSource } from './client/client.js';
export { directConversation, groupConversation, parseConversation } from './client/message.js';
export type { ConversationId } from './client/message.js';
export type {
  ClientEvent,
  ClientEventType,
  ClientOptions,
  Contact,
  Conversation,
  GroupInfo,
  HistoryOptions,
  Message,
  MessageContent,
  MessageState,
} from './client/types.js';
export { MAX_ENVELOPE_BYTES } from './transport/memory.js';
export { memoryStorage } from './storage/memory.js';
export { createStorageKey, openStorageKey, sealStorageKey } from './storage/image.js';
export { unwrapStorageKey, wrapStorageKey } from './storage/device-key.js';
export type { DeviceKeyWrapOptions } from './storage/device-key.js';
export type { SealStorageKeyOptions } from './storage/image.js';
export { sqlJsStorage } from './storage/sqljs.js';
export { indexedDbImagePersister } from './storage/indexeddb.js';
export type { IndexedDbImagePersisterOptions } from './storage/indexeddb.js';
export { SQL_SCHEMA_VERSION } from './storage/sql.js';
export type { SqlJsInitOptions, SqlJsModule, SqlJsStorageOptions } from './storage/sqljs.js';
export { storageProtocolStores, transactionStores } from './storage/protocol-stores.js';
export type { CryptoProviderName } from './primitives/select.js';
