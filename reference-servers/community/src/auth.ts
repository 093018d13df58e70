/**
 * Login by signed challenge, access and refresh tokens, revocation and
 * lockout (spec/community.md §3).
 *
 * - A nonce is 32 random bytes, stored until it is used or expires; using it
 *   deletes it, so a replayed or late login is refused.
 * - The device signs `AuthChallenge { server: public URL, nonce, device id }`
 *   (`signAuthChallenge` in the SDK); the server verifies the chain IK → SSK
 *   → device against what it holds for the identity (`verifyAuthChallenge`).
 * - Tokens are 32 random bytes (`nxa_…` access, `nxr_…` refresh); only their
 *   SHA-256 is stored. A refresh token works once and is replaced; a second
 *   use revokes its whole family (it was copied).
 * - Failures count so that only the holder of a key can lock that key out
 *   (spec/community.md §3, "Lockout"). Every failed login or refresh counts
 *   against the client address (an IPv6 address by its /64); a failure
 *   after the signature verified also counts against the device. A device
 *   id read from a certificate that has not verified yet counts for
 *   nothing: certificates are public. Past `auth.max_failures` a key is
 *   locked out for `auth.lockout_base_ms`, doubling per further failure up
 *   to `auth.lockout_max_ms`. A locked-out address still gets in with a
 *   valid proof (a signature, a refresh token), so one client cannot lock
 *   out the others behind the same address; only its failures are answered
 *   `RATE_LIMITED`. A locked-out device is refused even with a valid proof:
 *   only its own key could have locked it.
 * - Every failed login or refresh and every lockout is logged (reason,
 *   address, device id): never a token, a signature or a nonce.
 */
import { createHash, randomBytes } from 'node:crypto';
import { checkPresentation } from './membership.ts';
import type { CredentialPolicy } from './membership.ts';
import {
  acceptRevocationList,
  decodeDeviceCertificate,
  decodeRevocationList,
  decodeSelfSigningCertificate,
  NexusError,
  uuidFromPublicKey,
  verifyAuthChallenge,
  verifyRevocationList,
} from '@nexuslink/sdk';
import type { Config } from './config.ts';
import { addressKey, AppError, fromNexusError, uuidv7 } from '@nexuslink/server-kit';
import type { Member, Repository, Session } from './repository.ts';

export interface Tokens {
  readonly accessToken: string;
  readonly accessExpiresAt: number;
  readonly refreshToken: string;
  readonly refreshExpiresAt: number;
}

export interface LoginRequest {
  readonly nonce: Uint8Array;
  /** A credential presentation (a new member, when the server requires one). */
  readonly credential?: string | null;
  readonly deviceCertificate: Uint8Array;
  readonly selfSigningCertificate: Uint8Array;
  readonly revocationList: Uint8Array | null;
  readonly signature: Uint8Array;
}

const hash = (token: string) => new Uint8Array(createHash('sha256').update(token).digest());
const token = (prefix: string) => prefix + randomBytes(32).toString('base64url');
const TOKEN_RE = /^nx[ar]_[A-Za-z0-9_-]{43}$/;

interface Failures {
  count: number;
  lockedUntil: number;
  lastAt: number;
}

/** Where the failed logins and lockouts are logged (a pino logger, e.g. the request's). */
export interface AuthLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

/** Who is asking: the client address (as the HTTP layer determined it) and where to log. */
export interface AuthClient {
  readonly address: string;
  readonly log?: AuthLog;
}

const NO_LOG: AuthLog = { info: () => {}, warn: () => {} };
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
// Failures this old are forgiven.
const FORGIVE_MS = 3_600_000;
// Bounded memory: past this many keys, the least recently failed go first.
const MAX_KEYS = 100_000;

/** Logins, tokens and lockouts. */
export class Auth {
  private readonly failures = new Map<string, Failures>();
  /** What a new member must present (spec/community.md §3.1); `null`: nothing. */
  credentials: CredentialPolicy | null = null;
  /** Called with the devices a revocation list revoked, so their connections close at once. */
  onRevoked: (uuid: string, deviceIds: Uint8Array[]) => void = () => {};

  private readonly repo: Repository;
  private readonly config: Config;
  private serverUrl: string;
  private readonly now: () => number;

  constructor(repo: Repository, config: Config, serverUrl: string, now: () => number = Date.now) {
    this.repo = repo;
    this.config = config;
    this.serverUrl = serverUrl;
    this.now = now;
  }

  /** The server name devices sign: its public URL. */
  get server(): string {
    return this.serverUrl;
  }

  /** Set the public URL once it is known (after listening on port 0). */
  setServer(url: string): void {
    this.serverUrl = url;
  }

  /** A new single-use nonce. */
  async challenge(): Promise<{ nonce: Uint8Array; expiresAt: number }> {
    const nonce = new Uint8Array(randomBytes(32));
    const expiresAt = this.now() + this.config['auth.challenge_ttl_s'] * 1000;
    await this.repo.addChallenge(nonce, expiresAt);
    return { nonce, expiresAt };
  }

  /**
   * Check a signed challenge and open a session.
   *
   * @throws AppError `UNAUTHORIZED` for an unknown, used or expired nonce;
   *   the SDK's code (`BAD_SIGNATURE`, `REVOKED`, `EXPIRED`, `UNKNOWN_ISSUER`,
   *   `SUPERSEDED`, `MALFORMED`) for a proof that does not verify;
   *   `NOT_PERMITTED` for a banned member or a new one when registration is
   *   closed; `RATE_LIMITED` (with the wait) for a verified device that is
   *   locked out, or instead of any failure from an address that is.
   */
  async login(
    request: LoginRequest,
    client: AuthClient,
  ): Promise<Tokens & { member: Member; deviceId: Uint8Array }> {
    const now = this.now();
    // Set once the signature verified: only then is the device id the caller's.
    let verifiedDevice: string | null = null;
    try {
      if (!(await this.repo.takeChallenge(request.nonce, now)))
        throw new AppError('UNAUTHORIZED', 'the challenge is unknown, used or expired');
      const presentedSsk = decodeSelfSigningCertificate(request.selfSigningCertificate);
      const uuid = uuidFromPublicKey(presentedSsk.identityKey);
      const known = await this.repo.member(uuid);
      // A newer revocation list that came along applies before the login is judged
      // (it verifies on its own, against the identity's key).
      let revocationList = known?.revocationList ?? null;
      if (request.revocationList) {
        try {
          revocationList = await this.applyRevocationList(
            uuid,
            presentedSsk.identityKey,
            request.selfSigningCertificate,
            known?.revocationList ?? null,
            request.revocationList,
            now,
          );
        } catch (err) {
          // An older list than the one held changes nothing; the login goes on.
          if (!(err instanceof AppError && err.code === 'CONFLICT')) throw err;
        }
      }
      let verified;
      try {
        verified = verifyAuthChallenge({ server: this.server, nonce: request.nonce }, request, {
          now,
          known: {
            selfSigningCertificate: known?.selfSigningCertificate ?? null,
            revocationList,
          },
        });
      } catch (err) {
        throw fromNexusError(err, 'UNAUTHORIZED');
      }
      const device = verified.device;
      verifiedDevice = hex(device.deviceId);
      // Only this device's own key could have locked it out.
      this.checkLockout(`device:${verifiedDevice}`, now);
      // Judged after the signature, so that a stranger holding the public
      // certificates learns nothing of the member's standing.
      if (!known && !this.config['auth.open_registration'])
        throw new AppError('NOT_PERMITTED', 'this server takes no new members');
      if (!known && this.credentials)
        await checkPresentation(this.credentials, request.credential ?? null, {
          server: this.server,
          nonce: Buffer.from(request.nonce).toString('base64'),
          uuid,
          deviceKey: device.signingKey.bytes,
          now,
        });
      if (known?.status === 'banned') throw new AppError('NOT_PERMITTED', 'banned');
      const stored = await this.repo.device(uuid, device.deviceId);
      if (stored?.revokedAt != null) throw new AppError('REVOKED', 'this device is revoked');
      // Member, device, audit entry and session: one commit.
      const tokens = await this.repo.transaction(async (repo) => {
        // The owner is named in the configuration (server.owner), never
        // taken by whoever logs in first; a configured owner who is a member
        // already becomes owner at its next login.
        const owner = this.config['server.owner'] === uuid;
        const role = owner ? 'owner' : (known?.role ?? 'member');
        await repo.saveMember({
          uuid,
          identityKey: presentedSsk.identityKey,
          selfSigningCertificate: verified.selfSigning.bytes,
          revocationList,
          role,
          now,
        });
        if (owner && known && known.role !== 'owner')
          await repo.audit({
            actorUuid: uuid,
            action: 'member.role',
            targetType: 'member',
            targetId: uuid,
            metadata: { role: 'owner', from: known.role, reason: 'server.owner' },
            now,
          });
        await repo.saveDevice({
          memberUuid: uuid,
          deviceId: device.deviceId,
          publicKey: device.signingKey.bytes,
          certificate: device.bytes,
          deviceName: device.displayName,
          now,
        });
        if (!known)
          await repo.audit({
            actorUuid: uuid,
            action: 'member.join',
            targetType: 'member',
            targetId: uuid,
            metadata: { owner },
            now,
          });
        return this.issue(repo, uuidv7(now), uuid, device.deviceId, now);
      });
      // The device's count starts over; the address's does not (others share it).
      this.failures.delete(`device:${verifiedDevice}`);
      return { ...tokens, member: (await this.repo.member(uuid))!, deviceId: device.deviceId };
    } catch (err) {
      const e = fromNexusError(err, 'UNAUTHORIZED');
      // A locked-out device, a database outage or a bug is not the client's failure.
      if (e.code === 'RATE_LIMITED' || e.code === 'UNAVAILABLE' || e.code === 'INTERNAL') {
        if (e.code === 'RATE_LIMITED')
          (client.log ?? NO_LOG).warn(
            {
              event: 'auth.login_refused',
              reason: 'device_locked_out',
              address: client.address,
              deviceId: verifiedDevice,
            },
            'login refused: the device is locked out',
          );
        throw e;
      }
      let claimedDevice: string | null = null;
      if (verifiedDevice === null)
        try {
          claimedDevice = hex(decodeDeviceCertificate(request.deviceCertificate).deviceId);
        } catch {
          // Not even a certificate: nothing to name.
        }
      throw this.failed(client, 'login', e, now, {
        deviceId: verifiedDevice ?? claimedDevice,
        verified: verifiedDevice !== null,
      });
    }
  }

  /**
   * Use a refresh token: a new pair replaces it. A valid token works from
   * any address, a locked-out one included.
   *
   * @throws AppError `UNAUTHORIZED` for an unknown, expired, used or revoked
   *   token; `RATE_LIMITED` instead while the address is locked out.
   */
  async refresh(refreshToken: string, client: AuthClient): Promise<Tokens> {
    const now = this.now();
    if (
      typeof refreshToken !== 'string' ||
      !TOKEN_RE.test(refreshToken) ||
      !refreshToken.startsWith('nxr_')
    )
      throw this.failed(
        client,
        'refresh',
        new AppError('UNAUTHORIZED', 'not a refresh token'),
        now,
        { reason: 'malformed' },
      );
    const next = this.newTokens(now);
    const result = await this.repo.rotateSession(hash(refreshToken), next.row, now);
    if (result === undefined || result === 'reused')
      throw this.failed(
        client,
        'refresh',
        new AppError(
          'UNAUTHORIZED',
          result === 'reused'
            ? 'the refresh token was used before: every session of its login is revoked'
            : 'the refresh token is unknown, expired or revoked',
        ),
        now,
        { reason: result === 'reused' ? 'reused' : 'unknown' },
      );
    return next.tokens;
  }

  /** The session of an access token, or `UNAUTHORIZED`. */
  async authenticate(accessToken: string | undefined): Promise<Session> {
    if (
      typeof accessToken !== 'string' ||
      !TOKEN_RE.test(accessToken) ||
      !accessToken.startsWith('nxa_')
    )
      throw new AppError('UNAUTHORIZED', 'an access token is needed');
    const s = await this.repo.sessionByAccess(hash(accessToken), this.now());
    if (!s) throw new AppError('UNAUTHORIZED', 'the access token is unknown, expired or revoked');
    return s;
  }

  /** End a login (every token of its family). */
  async logout(session: Session): Promise<void> {
    await this.repo.revokeFamily(session.familyId, this.now());
  }

  /**
   * Apply a revocation list of `uuid`, sent by one of its devices (or with a
   * login): it must verify against the identity's self-signing certificate
   * and be newer than the one held. Revoked devices lose their sessions and
   * queues, and their connections are closed.
   *
   * @returns the list now held.
   * @throws AppError `CONFLICT` for a list older than the one held; the
   *   SDK's code for one that does not verify.
   */
  async applyRevocationList(
    uuid: string,
    identityKey: Uint8Array,
    selfSigningCertificate: Uint8Array,
    held: Uint8Array | null,
    incoming: Uint8Array,
    now: number,
  ): Promise<Uint8Array> {
    let list;
    try {
      list = verifyRevocationList(incoming, {
        identity: identityKey,
        selfSigningCertificate,
        now,
      });
      if (held)
        list = acceptRevocationList(decodeRevocationList(held), list, {
          selfSigningCertificate: decodeSelfSigningCertificate(selfSigningCertificate),
        });
    } catch (err) {
      if (err instanceof NexusError && err.code === 'STALE_REVOCATION_LIST')
        throw new AppError('CONFLICT', 'the server holds a newer revocation list');
      throw fromNexusError(err);
    }
    if (held && Buffer.compare(Buffer.from(list.bytes), Buffer.from(held)) === 0) return held;
    const revoked = await this.repo.revokeDevices(
      uuid,
      list.devices.map((d) => d.deviceId),
      list.bytes,
      now,
    );
    if (revoked.length > 0) {
      await this.repo.audit({
        actorUuid: uuid,
        action: 'device.revoke',
        targetType: 'member',
        targetId: uuid,
        metadata: { devices: revoked.map((d) => Buffer.from(d).toString('hex')) },
        now,
      });
      this.onRevoked(uuid, revoked);
    }
    return list.bytes;
  }

  private async issue(
    repo: Repository,
    familyId: string,
    uuid: string,
    deviceId: Uint8Array,
    now: number,
  ): Promise<Tokens> {
    const { row, tokens } = this.newTokens(now);
    await repo.addSession({ ...row, familyId, memberUuid: uuid, deviceId }, now);
    return tokens;
  }

  private newTokens(now: number) {
    const accessToken = token('nxa_');
    const refreshToken = token('nxr_');
    const accessExpiresAt = now + this.config['auth.access_token_ttl_s'] * 1000;
    const refreshExpiresAt = now + this.config['auth.refresh_token_ttl_s'] * 1000;
    return {
      tokens: { accessToken, accessExpiresAt, refreshToken, refreshExpiresAt },
      row: {
        id: uuidv7(now),
        accessHash: hash(accessToken),
        accessExpiresAt,
        refreshHash: hash(refreshToken),
        refreshExpiresAt,
      },
    };
  }

  /** `RATE_LIMITED` with the time left while `key` is locked out. */
  private checkLockout(key: string, now: number): void {
    const left = this.lockedFor(key, now);
    if (left > 0)
      throw new AppError('RATE_LIMITED', 'too many failed logins: try again later', left);
  }

  private lockedFor(key: string, now: number): number {
    const f = this.failures.get(key);
    return f && f.lockedUntil > now ? f.lockedUntil - now : 0;
  }

  /**
   * Count a failed login or refresh against the address and, when the
   * signature verified, the device; log it, and any lockout it starts or
   * lengthens. Returns what to answer: `error`, or `RATE_LIMITED` when the
   * address was already locked out before this failure.
   */
  private failed(
    client: AuthClient,
    what: 'login' | 'refresh',
    error: AppError,
    now: number,
    detail: { deviceId?: string | null; verified?: boolean; reason?: string },
  ): AppError {
    const log = client.log ?? NO_LOG;
    const address = addressKey(client.address);
    const addressKeyName = `address:${address}`;
    const wasLocked = this.lockedFor(addressKeyName, now);
    const reason = detail.reason ?? error.code;
    const addressCount = this.fail(addressKeyName, now);
    const deviceKeyName = detail.verified && detail.deviceId ? `device:${detail.deviceId}` : null;
    const deviceCount = deviceKeyName ? this.fail(deviceKeyName, now) : 0;
    const deviceField =
      what === 'login'
        ? { deviceId: detail.deviceId ?? null, verified: detail.verified ?? false }
        : {};
    log.warn(
      {
        event: `auth.${what}_failed`,
        reason,
        address: client.address,
        ...deviceField,
        failures: addressCount,
      },
      `${what} failed`,
    );
    for (const [scope, key, count] of [
      ['address', addressKeyName, addressCount],
      ['device', deviceKeyName, deviceCount],
    ] as const) {
      const left = key ? this.lockedFor(key, now) : 0;
      if (left > 0)
        log.warn(
          {
            event: 'auth.lockout',
            scope,
            address: client.address,
            ...(scope === 'device' ? { deviceId: detail.deviceId } : {}),
            failures: count,
            lockedForMs: left,
          },
          `${scope} locked out`,
        );
    }
    // The failure that starts an address's lockout is answered as itself,
    // the ones after it as RATE_LIMITED. (A locked-out device never gets
    // here: it is refused as soon as its signature verified.)
    if (wasLocked > 0)
      return new AppError(
        'RATE_LIMITED',
        `too many failed ${what === 'login' ? 'logins' : 'refreshes'}: try again later`,
        this.lockedFor(addressKeyName, now),
      );
    return error;
  }

  /** One more failure of `key`; returns its count. */
  private fail(key: string, now: number): number {
    const f = this.failures.get(key) ?? { count: 0, lockedUntil: 0, lastAt: now };
    if (now - f.lastAt > FORGIVE_MS) f.count = 0;
    f.count++;
    f.lastAt = now;
    const over = f.count - this.config['auth.max_failures'];
    if (over >= 0)
      f.lockedUntil =
        now +
        Math.min(
          this.config['auth.lockout_base_ms'] * 2 ** Math.min(over, 30),
          this.config['auth.lockout_max_ms'],
        );
    // Re-inserted, so the map's order is least recently failed first.
    this.failures.delete(key);
    this.failures.set(key, f);
    if (this.failures.size > MAX_KEYS) {
      const oldest = this.failures.keys().next().value;
      if (oldest !== undefined) this.failures.delete(oldest);
    }
    return f.count;
  }
}
