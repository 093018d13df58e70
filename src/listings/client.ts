/**
 * The directory's client (spec/directory.md): search and read listings,
 * and, as a community's owner, list, update and deregister it. Every
 * listing it hands out can be checked again offline
 * ({@link DirectoryClient.verify}): the directory relays what owners
 * signed, and a client need not trust it for that.
 */
import { NexusError } from '../interfaces/errors.js';
import { checkOptions } from '../interfaces/guards.js';
import { base64, base64urlnopad } from '@scure/base';
import { fromHex, toHex } from '../primitives/bytes.js';
import { callApi } from '../transport/http-api.js';
import { isCanonicalTag } from '../wire/directory.js';
import {
  createCommunityDeregistration,
  createCommunityRegistration,
  verifyCommunityRegistration,
} from './registration.js';
import type {
  CommunityListing,
  OwnerDevice,
  VerifiedCommunityRegistration,
} from './registration.js';
import { createDirectoryRequest } from './request.js';
import type { TrustedIssuer } from '../credentials/credential.js';
import type {
  ConsentRecord,
  DirectoryReport,
  ReportCategory,
  ReportTarget,
  KycApplication,
  KycDocumentInfo,
  KycDocumentUpload,
  KycFields,
  PrivacyContact,
} from './kyc-types.js';

/** A listing as the directory shows it (spec/directory.md §2.2). */
export interface DirectoryCommunity {
  /** The listing's id (a UUIDv7 in text form). */
  readonly id: string;
  /** The owner's UUID. */
  readonly owner: string;
  readonly name: string;
  readonly description: string;
  readonly tags: readonly string[];
  readonly language: string;
  /** The community server's origin: what a client connects to. */
  readonly endpoint: string;
  /** The community server's Ed25519 public key, hex. */
  readonly serverKey: string;
  readonly revision: number;
  /** The owner's signed registration, base64: {@link DirectoryClient.verify} checks it. */
  readonly registration: string;
  readonly memberCount: number;
  /** From the directory's health checks (spec/directory.md §5). */
  readonly status: 'online' | 'degraded' | 'offline';
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly lastActiveAt: number;
  /** The directory's own community server (spec/directory.md §7.2). */
  readonly official?: boolean;
  /** Over the directory's newest health checks (spec/directory.md §5); nulls before the first. */
  readonly health: {
    readonly latencyMs: number | null;
    /** 0 to 1. */
    readonly successRate: number | null;
    readonly checks: number;
    readonly checkedAt: number | null;
  };
}

/** What the directory told a listing's owner (spec/directory.md §5). */
export interface DirectoryNotice {
  /**
   * `status` (a change: `online → degraded`), `grace` (removal announced),
   * `removed`, `warning` (from the directory, after a report).
   */
  readonly kind: 'status' | 'grace' | 'removed' | 'warning';
  readonly detail: string;
  readonly at: number;
}

/** The orders of a search. */
export type DirectorySort = 'relevance' | 'members' | 'created' | 'active';

/** A search (spec/directory.md §3). */
export interface DirectorySearch {
  /** Words, a prefix, or a word with a typo; Chinese and other text without spaces too. */
  readonly q?: string;
  /** Listings with every one of these tags (lower case, at most 8). */
  readonly tags?: readonly string[];
  /** A BCP 47 language tag; `zh` matches `zh-Hans` too. */
  readonly language?: string;
  /** Default: `relevance` with `q`, else `members`. */
  readonly sort?: DirectorySort;
  /** Results per page, 1 to 100 (the directory's default: 20). */
  readonly limit?: number;
  /** The `next` of the page before. */
  readonly cursor?: string;
}

/** A page of results. */
export interface DirectoryPage {
  readonly communities: readonly DirectoryCommunity[];
  /** Pass as `cursor` for the next page; null on the last. */
  readonly next: string | null;
}

/** Options of {@link DirectoryClient}. */
export interface DirectoryClientOptions {
  /** The directory's origin, e.g. `https://directory.example.org`. */
  readonly url: string;
  /** Default: the runtime's `fetch`. */
  readonly fetch?: typeof globalThis.fetch;
  /** Per request (default 15 s). */
  readonly requestTimeoutMs?: number;
  /** Longest time spent on a proof of work (default 120 s). */
  readonly powTimeoutMs?: number;
}

/** What an owner lists: the listing's fields, with the server key optional (asked of the endpoint). */
export interface ListCommunityOptions extends Omit<CommunityListing, 'serverKey' | 'revision'> {
  /** A device of the owner: a `LocalDevice`. */
  readonly device: OwnerDevice;
  /** Default: the community server's, from its `GET /v1/server`. */
  readonly serverKey?: Uint8Array;
  /** Default: 1 for a new listing, the listed revision + 1 for an update. */
  readonly revision?: number;
}

/** An ALTCHA v2 challenge as the directory issues it (spec/directory.md §4). */
interface PowChallenge {
  readonly parameters: {
    readonly algorithm: string;
    readonly nonce: string;
    readonly salt: string;
    readonly cost: number;
    readonly keyLength?: number;
    readonly keyPrefix: string;
    readonly [key: string]: unknown;
  };
  readonly signature?: string;
}

/** Most PBKDF2 iterations per attempt a client accepts to spend (a directory asking more is refused). */
const MAX_POW_COST = 1_000_000;

/**
 * Solve a directory's proof-of-work challenge (ALTCHA v2, PBKDF2/SHA-256):
 * the counter whose key, PBKDF2 over the nonce and the counter (4 bytes,
 * big-endian) with the challenge's salt and cost, begins with `keyPrefix`.
 *
 * @returns the payload to send (`pow`): base64 of `{ challenge, solution }`.
 * @throws NexusError `INVALID_ARGUMENT` for a challenge of another algorithm
 *   or an unreasonable cost; `RATE_LIMITED` when not solved within `timeoutMs`.
 */
export async function solveDirectoryPow(challenge: unknown, timeoutMs = 120_000): Promise<string> {
  const c = challenge as PowChallenge;
  const p = c?.parameters;
  if (
    typeof p !== 'object' ||
    p === null ||
    p.algorithm !== 'PBKDF2/SHA-256' ||
    typeof p.nonce !== 'string' ||
    typeof p.salt !== 'string' ||
    typeof p.keyPrefix !== 'string' ||
    !/^([0-9a-f]{2})+$/.test(p.keyPrefix) ||
    !Number.isSafeInteger(p.cost) ||
    p.cost < 1 ||
    p.cost > MAX_POW_COST
  )
    throw new NexusError('INVALID_ARGUMENT', 'not a proof-of-work challenge this client solves');
  const keyLength = p.keyLength ?? 32;
  if (!Number.isSafeInteger(keyLength) || keyLength < 1 || keyLength > 64)
    throw new NexusError('INVALID_ARGUMENT', 'not a proof-of-work challenge this client solves');
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new NexusError('INVALID_ARGUMENT', 'this runtime has no WebCrypto');
  const nonce = fromHex(p.nonce);
  const salt = new Uint8Array(fromHex(p.salt));
  const prefix = fromHex(p.keyPrefix);
  const password = new Uint8Array(new ArrayBuffer(nonce.length + 4));
  password.set(nonce);
  const view = new DataView(password.buffer);
  const deadline = Date.now() + timeoutMs;
  for (let counter = 0; counter <= 0xffffffff; counter++) {
    if (counter % 16 === 0 && Date.now() > deadline) break;
    view.setUint32(nonce.length, counter, false);
    const key = await subtle.importKey('raw', password, 'PBKDF2', false, ['deriveBits']);
    const derived = new Uint8Array(
      await subtle.deriveBits(
        { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: p.cost },
        key,
        keyLength * 8,
      ),
    );
    if (prefix.every((b, i) => derived[i] === b)) {
      const payload = JSON.stringify({
        challenge: { parameters: p, signature: c.signature },
        solution: { counter, derivedKey: toHex(derived) },
      });
      return base64.encode(new TextEncoder().encode(payload));
    }
  }
  throw new NexusError(
    'RATE_LIMITED',
    `the directory's proof of work was not solved in ${timeoutMs} ms`,
    { details: { retryAfterMs: 0, retryElsewhere: false } },
  );
}

/**
 * A directory's API: search, read, and owners' listing, update and
 * deregistration of their communities.
 *
 * @example
 * ```ts
 * const directory = new DirectoryClient({ url: 'https://directory.example.org' });
 * const page = await directory.search({ q: 'open source', tags: ['linux'] });
 * for (const c of page.communities) console.log(c.name, c.endpoint, c.status);
 * ```
 */
export class DirectoryClient {
  readonly url: string;
  readonly #fetch: typeof globalThis.fetch;
  readonly #timeoutMs: number;
  readonly #powTimeoutMs: number;

  constructor(options: DirectoryClientOptions) {
    checkOptions(options, 'DirectoryClient', '{ url, fetch?, requestTimeoutMs? }');
    if (
      typeof options.url !== 'string' ||
      !/^https?:\/\/[^/]+$/.test(options.url.replace(/\/$/, ''))
    )
      throw new NexusError(
        'INVALID_ARGUMENT',
        'url must be the directory’s origin (https://host[:port])',
      );
    this.url = options.url.replace(/\/$/, '');
    const f = options.fetch ?? globalThis.fetch;
    if (typeof f !== 'function')
      throw new NexusError('INVALID_ARGUMENT', 'this runtime has no fetch: pass one');
    this.#fetch = f;
    this.#timeoutMs = options.requestTimeoutMs ?? 15_000;
    this.#powTimeoutMs = options.powTimeoutMs ?? 120_000;
  }

  #call<T>(method: string, path: string, body?: unknown, url = this.url): Promise<T> {
    return callApi<T>(this.#fetch, { url, method, path, body, timeoutMs: this.#timeoutMs });
  }

  /** A request signed as `device`'s identity (spec/directory.md §2.3). */
  #signed<T>(
    device: OwnerDevice,
    method: string,
    path: string,
    body?: unknown,
    raw?: { bytes: Uint8Array; contentType: string },
  ): Promise<T> {
    if (typeof device !== 'object' || device === null)
      throw new NexusError('INVALID_ARGUMENT', 'device must be the signing device (a LocalDevice)');
    return callApi<T>(this.#fetch, {
      url: this.url,
      method,
      path,
      body,
      raw,
      timeoutMs: this.#timeoutMs,
      authorize: (bytes) =>
        createDirectoryRequest({ device, audience: this.url, method, target: path, body: bytes }),
    });
  }

  /** One page of a search. @throws NexusError `INVALID_ARGUMENT` for a bad query (here or at the directory). */
  search(query: DirectorySearch = {}): Promise<DirectoryPage> {
    checkOptions(query, 'search', '{ q?, tags?, language?, sort?, limit?, cursor? }');
    const params = new URLSearchParams();
    if (query.q !== undefined) {
      if (typeof query.q !== 'string' || query.q.length === 0 || query.q.length > 200)
        throw new NexusError('INVALID_ARGUMENT', 'q must be 1 to 200 characters');
      params.set('q', query.q);
    }
    if (query.tags !== undefined && query.tags.length > 0) {
      if (!Array.isArray(query.tags) || query.tags.length > 8 || !query.tags.every(isCanonicalTag))
        throw new NexusError(
          'INVALID_ARGUMENT',
          'tags must be at most 8 tags in their one form (lower case, no spaces)',
        );
      params.set('tags', query.tags.join(','));
    }
    if (query.language !== undefined) params.set('language', String(query.language));
    if (query.sort !== undefined) params.set('sort', String(query.sort));
    if (query.limit !== undefined) {
      if (!Number.isInteger(query.limit) || query.limit < 1 || query.limit > 100)
        throw new NexusError('INVALID_ARGUMENT', 'limit must be from 1 to 100');
      params.set('limit', String(query.limit));
    }
    if (query.cursor !== undefined) params.set('cursor', String(query.cursor));
    const qs = params.toString();
    return this.#call<DirectoryPage>('GET', `/v1/communities${qs ? `?${qs}` : ''}`);
  }

  /** Every result of a search, page by page (at most `maxPages`, default 50). */
  async *searchAll(
    query: Omit<DirectorySearch, 'cursor'> = {},
    maxPages = 50,
  ): AsyncGenerator<DirectoryCommunity> {
    let cursor: string | null | undefined;
    for (let page = 0; page < maxPages && cursor !== null; page++) {
      const result = await this.search({ ...query, ...(cursor ? { cursor } : {}) });
      yield* result.communities;
      cursor = result.next;
    }
  }

  /** A listing. @throws NexusError `NOT_FOUND` when there is none. */
  get(id: string): Promise<DirectoryCommunity> {
    checkId(id);
    return this.#call<DirectoryCommunity>('GET', `/v1/communities/${id}`);
  }

  /**
   * The directory's own community server: its listing (null until its
   * operator listed it) and its public channels, to join there with a
   * `CommunityClient` (`login`, then `joinChannel`).
   *
   * @throws NexusError `NOT_FOUND` when the directory runs none.
   */
  official(): Promise<{
    endpoint: string;
    community: DirectoryCommunity | null;
    channels: readonly { id: string; name: string; topic: string; members: number }[];
  }> {
    return this.#call('GET', '/v1/official');
  }

  /** What the directory told the owner about a listing: health changes, its removal. */
  async notices(id: string): Promise<readonly DirectoryNotice[]> {
    checkId(id);
    return (
      await this.#call<{ notices: DirectoryNotice[] }>('GET', `/v1/communities/${id}/notices`)
    ).notices;
  }

  /**
   * Have the directory post each new notice about a listing to `url` (the
   * owner's own service), as JSON `{ id, community, kind, detail, at }`
   * signed with the secret returned here (`X-NexusLink-Signature: t=<ms>,
   * v1=<hex HMAC-SHA256(secret, t + "." + body)>`; spec/directory.md §5.1).
   * The secret is shown this once; setting the hook again makes a new one.
   *
   * @throws NexusError `NOT_FOUND` (no listing of this identity's),
   *   `INVALID_ARGUMENT` (not an https URL, or an internal address).
   */
  setNoticeHook(
    device: OwnerDevice,
    id: string,
    url: string,
  ): Promise<{ readonly url: string; readonly createdAt: number; readonly secret: string }> {
    checkId(id);
    if (typeof url !== 'string' || url.length === 0)
      throw new NexusError('INVALID_ARGUMENT', 'url must be an https URL');
    return this.#signed(device, 'PUT', `/v1/communities/${id}/notice-hook`, { url });
  }

  /** The listing's notice hook (its URL and when it was set; never the secret). */
  noticeHook(
    device: OwnerDevice,
    id: string,
  ): Promise<{ readonly url: string; readonly createdAt: number }> {
    checkId(id);
    return this.#signed(device, 'GET', `/v1/communities/${id}/notice-hook`);
  }

  /** Stop posting the listing's notices; resolves with whether there was a hook. */
  async removeNoticeHook(device: OwnerDevice, id: string): Promise<boolean> {
    checkId(id);
    return (
      await this.#signed<{ removed: boolean }>(
        device,
        'DELETE',
        `/v1/communities/${id}/notice-hook`,
      )
    ).removed;
  }

  /**
   * Check a listing against its owner's signed registration, offline: the
   * signatures, and that every field shown is the one signed.
   *
   * @throws NexusError `BAD_SIGNATURE`, `MALFORMED`, … from the registration;
   *   `MALFORMED` when the directory shows something else than was signed.
   */
  verify(
    community: DirectoryCommunity,
    options: { now?: number } = {},
  ): VerifiedCommunityRegistration {
    let bytes: Uint8Array;
    try {
      bytes = base64.decode(community.registration);
    } catch (cause) {
      throw new NexusError('MALFORMED', 'the listing’s registration is not base64', { cause });
    }
    const v = verifyCommunityRegistration(bytes, {
      // A listing stays valid after the registration's ten minutes.
      maxAgeMs: Number.MAX_SAFE_INTEGER,
      ...(options.now === undefined ? {} : { now: options.now }),
    });
    const same =
      v.owner === community.owner &&
      v.name === community.name &&
      v.description === community.description &&
      v.tags.join('\n') === community.tags.join('\n') &&
      v.language.toLowerCase() === community.language.toLowerCase() &&
      v.endpoint === community.endpoint &&
      toHex(v.serverKey) === community.serverKey &&
      v.revision === community.revision &&
      (v.communityId === null || v.communityId === community.id);
    if (!same)
      throw new NexusError(
        'MALFORMED',
        'the directory shows a listing other than its owner signed',
      );
    return v;
  }

  /** A community server's key, from its `GET /v1/server`. */
  async #serverKeyOf(endpoint: string): Promise<Uint8Array> {
    const info = await this.#call<{ serverKey?: unknown }>(
      'GET',
      '/v1/server',
      undefined,
      endpoint,
    );
    if (typeof info.serverKey !== 'string' || !/^[0-9a-f]{64}$/.test(info.serverKey))
      throw new NexusError('TRANSPORT', `${endpoint} names no server key (GET /v1/server)`);
    return fromHex(info.serverKey);
  }

  /**
   * List a community as its owner: sign the registration, solve the
   * directory's proof of work, and send it. The directory then asks the
   * community server to prove its endpoint (it must name this owner in
   * `server.owner`).
   *
   * @throws NexusError `NOT_PERMITTED` (endpoint not proven, proof of work
   *   refused), `INVALID_ARGUMENT` with `details.serverCode` `CONFLICT` (the
   *   server is listed already) or `LIMIT`, `SUPERSEDED`, `RATE_LIMITED`.
   */
  async register(options: ListCommunityOptions): Promise<DirectoryCommunity> {
    checkOptions(options, 'register', '{ device, name, language, endpoint, ... }');
    const serverKey = options.serverKey ?? (await this.#serverKeyOf(options.endpoint));
    const registration = await createCommunityRegistration({
      ...options,
      serverKey,
      revision: options.revision ?? 1,
    });
    const { challenge } = await this.#call<{ challenge: unknown }>(
      'GET',
      '/v1/pow?purpose=register',
    );
    const pow = await solveDirectoryPow(challenge, this.#powTimeoutMs);
    return this.#call<DirectoryCommunity>('POST', '/v1/communities', {
      registration: base64.encode(registration),
      pow,
    });
  }

  /** Replace a listing's fields as its owner (a newer revision). */
  async update(id: string, options: ListCommunityOptions): Promise<DirectoryCommunity> {
    checkId(id);
    checkOptions(options, 'update', '{ device, name, language, endpoint, ... }');
    const current = options.revision === undefined ? await this.get(id) : null;
    const serverKey = options.serverKey ?? (await this.#serverKeyOf(options.endpoint));
    const registration = await createCommunityRegistration({
      ...options,
      serverKey,
      communityId: id,
      revision: options.revision ?? current!.revision + 1,
    });
    return this.#call<DirectoryCommunity>('PATCH', `/v1/communities/${id}`, {
      registration: base64.encode(registration),
    });
  }

  /** End a listing as its owner (of the revision listed now, unless given). */
  async deregister(id: string, options: { device: OwnerDevice; revision?: number }): Promise<void> {
    checkId(id);
    checkOptions(options, 'deregister', '{ device, revision? }');
    const revision = options.revision ?? (await this.get(id)).revision;
    const deregistration = await createCommunityDeregistration({
      device: options.device,
      communityId: id,
      revision,
    });
    await this.#call('DELETE', `/v1/communities/${id}`, {
      deregistration: base64.encode(deregistration),
    });
  }

  /**
   * Apply for verification (KYC) as `device`'s identity: the data fields,
   * and consent to the directory's consent text of `consentVersion` (from
   * {@link DirectoryClient.privacyContact}). Then add documents and submit.
   *
   * @throws NexusError `INVALID_ARGUMENT` (a field; `details.serverCode`
   *   `CONFLICT` for an open application or an outdated consent version),
   *   `RATE_LIMITED`.
   */
  kycApply(
    device: OwnerDevice,
    options: { fields: KycFields; consentVersion: string },
  ): Promise<KycApplication> {
    checkOptions(options, 'kycApply', '{ fields, consentVersion }');
    return this.#signed(device, 'POST', '/v1/kyc/applications', {
      fields: options.fields,
      consent: { version: options.consentVersion, granted: true },
    });
  }

  /** Add a document to an open application (a draft, or one asked for more information). */
  kycAddDocument(
    device: OwnerDevice,
    applicationId: string,
    document: KycDocumentUpload,
  ): Promise<KycDocumentInfo> {
    checkId(applicationId);
    checkOptions(document, 'kycAddDocument', '{ kind, mediaType, content }');
    if (!(document.content instanceof Uint8Array))
      throw new NexusError('INVALID_ARGUMENT', 'content must be a Uint8Array');
    return this.#signed(
      device,
      'POST',
      `/v1/kyc/applications/${applicationId}/documents?kind=${encodeURIComponent(document.kind)}`,
      undefined,
      { bytes: document.content, contentType: document.mediaType },
    );
  }

  /**
   * Submit an application for review. With a third-party provider,
   * `redirectUrl` is where the applicant continues.
   */
  kycSubmit(
    device: OwnerDevice,
    applicationId: string,
  ): Promise<{ application: KycApplication; redirectUrl?: string }> {
    checkId(applicationId);
    return this.#signed(device, 'POST', `/v1/kyc/applications/${applicationId}/submit`, {});
  }

  /** Withdraw an open application: its documents are deleted at once. */
  kycWithdraw(device: OwnerDevice, applicationId: string): Promise<KycApplication> {
    checkId(applicationId);
    return this.#signed(device, 'POST', `/v1/kyc/applications/${applicationId}/withdraw`, {});
  }

  /** The identity's newest application, or `null` when it never applied. */
  async kycStatus(device: OwnerDevice): Promise<KycApplication | null> {
    try {
      return await this.#signed<KycApplication>(device, 'GET', '/v1/kyc/applications/current');
    } catch (err) {
      if (NexusError.is(err) && err.code === 'NOT_FOUND') return null;
      throw err;
    }
  }

  /**
   * A verified credential for the identity, bound to `device`'s key (after
   * an approval): present it with `presentCredential`.
   *
   * @throws NexusError `NOT_FOUND` when the identity has no approved verification.
   */
  kycCredential(device: OwnerDevice): Promise<{ credential: string; expiresAt: number }> {
    return this.#signed(device, 'POST', '/v1/kyc/credential', {});
  }

  /** The directory's credential issuer and keys: pin them to verify credentials offline. */
  issuer(): Promise<TrustedIssuer> {
    return this.#call<TrustedIssuer>('GET', '/v1/kyc/issuer');
  }

  /**
   * Report a listed community, a member, or a message (with the evidence
   * `client.channels.evidence` gives, see {@link ReportTarget}) to the
   * directory's admins, as `device`'s identity (the directory's proof of
   * work is solved first). The outcome is read with
   * {@link DirectoryClient.myReports}.
   *
   * @throws NexusError `NOT_FOUND` (no such listing), `BAD_SIGNATURE` (the
   *   evidence does not verify under the listing's server key), `MALFORMED`
   *   (evidence that is not a channel message's), `INVALID_ARGUMENT` (a bad
   *   target; `details.serverCode` `CONFLICT`: reported already),
   *   `RATE_LIMITED`.
   */
  async report(
    device: OwnerDevice,
    report: { target: ReportTarget; category: ReportCategory; details?: string },
  ): Promise<DirectoryReport> {
    checkOptions(report, 'report', '{ target, category, details? }');
    const target = report.target as ReportTarget | null | undefined;
    let body: Record<string, unknown> = { ...report };
    if (typeof target === 'object' && target !== null && target.kind === 'message') {
      if (!(target.evidence instanceof Uint8Array) || target.evidence.length === 0)
        throw new NexusError(
          'INVALID_ARGUMENT',
          'a message report’s evidence is the bytes client.channels.evidence gives',
        );
      body = { ...report, target: { ...target, evidence: base64urlnopad.encode(target.evidence) } };
    }
    const { challenge } = await this.#call<{ challenge: unknown }>('GET', '/v1/pow?purpose=report');
    const pow = await solveDirectoryPow(challenge, this.#powTimeoutMs);
    return this.#signed(device, 'POST', '/v1/reports', { ...body, pow });
  }

  /** The reports this identity filed, newest first, with their outcomes. */
  async myReports(device: OwnerDevice): Promise<readonly DirectoryReport[]> {
    return (await this.#signed<{ reports: DirectoryReport[] }>(device, 'GET', '/v1/reports/mine'))
      .reports;
  }

  /** Everything the directory holds about the identity (GDPR access), documents included. */
  privacyExport(device: OwnerDevice): Promise<Record<string, unknown>> {
    return this.#signed(device, 'POST', '/v1/privacy/export', {});
  }

  /** Erase what the directory holds about the identity; its listings are deregistered. */
  privacyErase(device: OwnerDevice): Promise<{ applications: number; communities: number }> {
    return this.#signed(device, 'POST', '/v1/privacy/erase', {});
  }

  /** The identity's consent records, and the consent text's current version. */
  consents(
    device: OwnerDevice,
  ): Promise<{ currentVersion: string; consents: readonly ConsentRecord[] }> {
    return this.#signed(device, 'GET', '/v1/privacy/consents');
  }

  /** Give or withdraw consent; withdrawing KYC consent withdraws an open application. */
  async setConsent(
    device: OwnerDevice,
    consent: { purpose: 'kyc'; version: string; granted: boolean },
  ): Promise<void> {
    checkOptions(consent, 'setConsent', '{ purpose, version, granted }');
    await this.#signed(device, 'POST', '/v1/privacy/consents', consent);
  }

  /** The data protection officer's contact, the retention period and the consent version. */
  privacyContact(): Promise<PrivacyContact> {
    return this.#call<PrivacyContact>('GET', '/v1/privacy/dpo');
  }
}

function checkId(id: unknown): asserts id is string {
  if (
    typeof id !== 'string' ||
    !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)
  )
    throw new NexusError('INVALID_ARGUMENT', 'a listing id is a UUID in text form');
}
