/**
 * Codecs of the directory protocol (spec/directory.md): a community's
 * listing, as its owner signs it. The directory decodes every registration
 * through this, so a bad one is `MALFORMED` before anything acts on it.
 */
import {
  CommunityDeregistrationBodySchema,
  CommunityRegistrationBodySchema,
  DirectoryRequestBodySchema,
} from './gen/nexuslink/v1/directory_tables.js';
import {
  check,
  checkLength,
  checkMaxLength,
  checkSafeU64,
  checkVersion,
  messageCodec,
} from './codec.js';
import { isValidEd25519PublicKey } from './keys.js';
import { checkSigned, WIRE_LIMITS } from './messages.js';
import { utf8Length } from './utf8.js';

/** Limits of a community registration (spec/directory.md §2). */
export const DIRECTORY_LIMITS = {
  /** Bytes of a name (at least 1). */
  maxNameBytes: 64,
  maxDescriptionBytes: 2048,
  maxTags: 16,
  /** Bytes of one tag (at least 1). */
  maxTagBytes: 32,
  /** Characters of a BCP 47 language tag. */
  maxLanguageChars: 35,
  maxEndpointBytes: 256,
  /** Largest encoded body: the fields at their limits and two certificates. */
  maxBodyBytes: 16 * 1024,
} as const;

const CONTROL = /\p{Cc}/u;
const SPACE = /\s/u;
/** A BCP 47 tag's shape: a 2-3 letter language and subtags of 1-8 letters or digits. */
const LANGUAGE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
/** An origin: scheme, host (a name, an IPv4 address or a bracketed IPv6 one) and an optional port. */
const ORIGIN = /^(https?):\/\/([a-z0-9.-]+|\[[0-9a-f:.]+\])(:[0-9]{1,5})?$/;
const LOOPBACK = /^(localhost|127(\.[0-9]{1,3}){3}|\[::1\])$/;

/** Whether `endpoint` is an origin a listing may name (spec/directory.md §2). */
export function isListableEndpoint(endpoint: string): boolean {
  const m = ORIGIN.exec(endpoint);
  if (!m || utf8Length(endpoint) > DIRECTORY_LIMITS.maxEndpointBytes) return false;
  if (m[3] !== undefined && Number(m[3].slice(1)) > 65535) return false;
  return m[1] === 'https' || LOOPBACK.test(m[2]!);
}

/** Whether `tag` is in its one form: NFKC, lower case, no white space or control characters. */
export function isCanonicalTag(tag: string): boolean {
  const length = utf8Length(tag);
  return (
    length >= 1 &&
    length <= DIRECTORY_LIMITS.maxTagBytes &&
    tag === tag.normalize('NFKC').toLowerCase() &&
    !SPACE.test(tag) &&
    !CONTROL.test(tag)
  );
}

/** The body of a community registration (spec/directory.md §2). */
export const communityRegistrationBodyCodec = /* @__PURE__ */ messageCodec(
  CommunityRegistrationBodySchema,
  () => ({
    maxBytes: DIRECTORY_LIMITS.maxBodyBytes,
    validate: (m) => {
      checkVersion('CommunityRegistrationBody', m.version);
      checkLength('identity_key', m.identityKey, WIRE_LIMITS.identityKey);
      checkSigned('self_signing_certificate', m.selfSigningCertificate, true);
      checkSigned('device_certificate', m.deviceCertificate, true);
      check(utf8Length(m.name) >= 1, 'name is empty');
      checkMaxLength('name', m.name, DIRECTORY_LIMITS.maxNameBytes);
      check(m.name === m.name.normalize('NFC'), 'name is not in NFC');
      check(!CONTROL.test(m.name), 'name has a control character');
      checkMaxLength('description', m.description, DIRECTORY_LIMITS.maxDescriptionBytes);
      check(m.tags.length <= DIRECTORY_LIMITS.maxTags, 'too many tags');
      m.tags.forEach((t, i) => {
        check(isCanonicalTag(t), `tags[${i}] is not a tag in its one form`);
        check(i === 0 || m.tags[i - 1]! < t, 'tags must be sorted and without repeats');
      });
      check(
        m.language.length <= DIRECTORY_LIMITS.maxLanguageChars && LANGUAGE.test(m.language),
        'language is not a BCP 47 tag',
      );
      check(isListableEndpoint(m.endpoint), 'endpoint is not an https origin (http on loopback)');
      checkLength('server_key', m.serverKey, 32);
      check(isValidEd25519PublicKey(m.serverKey), 'server_key is not an Ed25519 public key');
      check(m.revision >= 1n, 'revision must be at least 1');
      checkSafeU64('revision', m.revision);
      checkSafeU64('created_at_ms', m.createdAtMs);
      check(
        m.communityId.length === 0 || m.communityId.length === 16,
        'community_id must be empty or 16 bytes',
      );
    },
  }),
);

/** The body of a community deregistration (spec/directory.md §2.2). */
export const communityDeregistrationBodyCodec = /* @__PURE__ */ messageCodec(
  CommunityDeregistrationBodySchema,
  () => ({
    maxBytes: DIRECTORY_LIMITS.maxBodyBytes,
    validate: (m) => {
      checkVersion('CommunityDeregistrationBody', m.version);
      checkLength('identity_key', m.identityKey, WIRE_LIMITS.identityKey);
      checkSigned('self_signing_certificate', m.selfSigningCertificate, true);
      checkSigned('device_certificate', m.deviceCertificate, true);
      checkLength('community_id', m.communityId, 16);
      check(m.revision >= 1n, 'revision must be at least 1');
      checkSafeU64('revision', m.revision);
      checkSafeU64('created_at_ms', m.createdAtMs);
    },
  }),
);

const METHOD = /^[A-Z]{3,7}$/;

/** The body of a signed request to the directory (spec/directory.md §2.3). */
export const directoryRequestBodyCodec = /* @__PURE__ */ messageCodec(
  DirectoryRequestBodySchema,
  () => ({
    maxBytes: DIRECTORY_LIMITS.maxBodyBytes,
    validate: (m) => {
      checkVersion('DirectoryRequestBody', m.version);
      checkLength('identity_key', m.identityKey, WIRE_LIMITS.identityKey);
      checkSigned('self_signing_certificate', m.selfSigningCertificate, true);
      checkSigned('device_certificate', m.deviceCertificate, true);
      check(
        ORIGIN.test(m.audience) && utf8Length(m.audience) <= DIRECTORY_LIMITS.maxEndpointBytes,
        'audience must be an origin',
      );
      check(METHOD.test(m.method), 'method must be an upper-case HTTP method');
      check(
        m.target.startsWith('/') && utf8Length(m.target) <= 2048 && !CONTROL.test(m.target),
        'target must be a path (and query) of at most 2 048 bytes',
      );
      checkLength('body_sha256', m.bodySha256, 32);
      checkSafeU64('created_at_ms', m.createdAtMs);
      checkLength('nonce', m.nonce, 16);
    },
  }),
);
