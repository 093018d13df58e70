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
 * - Failed logins per client address and per device count up; past
 *   `auth.max_failures` the key is locked out for `auth.lockout_base_ms`,
 *   doubling per further failure up to `auth.lockout_max_ms`.
 */
import { createHash, randomBytes } from 'node:crypto';
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
import { AppError, fromNexusError, uuidv7 } from '@nexuslink/server-kit';
import type { Member, Repository, Session } from './repository.ts';

export interface Tokens {
  readonly accessToken: string;
  readonly accessExpiresAt: number;
  readonly refreshToken: string;
  readonly refreshExpiresAt: number;
}

export interface LoginRequest {
  readonly nonce: Uint8Array;
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

/** Logins, tokens and lockouts. */
export class Auth {
  private readonly failures = new Map<string, Failures>();
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
   * @throws AppError `RATE_LIMITED` while locked out; `UNAUTHORIZED` for an
   *   unknown, used or expired nonce; the SDK's code (`BAD_SIGNATURE`,
   *   `REVOKED`, `EXPIRED`, `UNKNOWN_ISSUER`, `SUPERSEDED`, `MALFORMED`) for a
   *   proof that does not verify; `NOT_PERMITTED` for a banned member or a
   *   new one when registration is closed.
   */
  async login(
    request: LoginRequest,
    client: string,
  ): Promise<Tokens & { member: Member; deviceId: Uint8Array }> {
    const now = this.now();
    let deviceKey: string;
    try {
      deviceKey = `device:${Buffer.from(decodeDeviceCertificate(request.deviceCertificate).deviceId).toString('hex')}`;
    } catch (err) {
      this.fail(`ip:${client}`, now);
      throw fromNexusError(err, 'MALFORMED');
    }
    const keys = [`ip:${client}`, deviceKey];
    for (const key of keys) this.checkLockout(key, now);
    try {
      if (!(await this.repo.takeChallenge(request.nonce, now)))
        throw new AppError('UNAUTHORIZED', 'the challenge is unknown, used or expired');
      const presentedSsk = decodeSelfSigningCertificate(request.selfSigningCertificate);
      const uuid = uuidFromPublicKey(presentedSsk.identityKey);
      const known = await this.repo.member(uuid);
      if (!known && !this.config['auth.open_registration'])
        throw new AppError('NOT_PERMITTED', 'this server takes no new members');
      if (known?.status === 'banned') throw new AppError('NOT_PERMITTED', 'banned');
      // A newer revocation list that came along applies before the login is judged.
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
      const stored = await this.repo.device(uuid, device.deviceId);
      if (stored?.revokedAt != null) throw new AppError('REVOKED', 'this device is revoked');
      // Member, device, audit entry and session: one commit.
      const tokens = await this.repo.transaction(async (repo) => {
        const first = !known && (await repo.memberCount()) === 0;
        await repo.saveMember({
          uuid,
          identityKey: presentedSsk.identityKey,
          selfSigningCertificate: verified.selfSigning.bytes,
          revocationList,
          role: first ? 'owner' : 'member',
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
            metadata: { owner: first },
            now,
          });
        return this.issue(repo, uuidv7(now), uuid, device.deviceId, now);
      });
      for (const key of keys) this.failures.delete(key);
      return { ...tokens, member: (await this.repo.member(uuid))!, deviceId: device.deviceId };
    } catch (err) {
      if (!(err instanceof AppError && err.code === 'RATE_LIMITED'))
        for (const key of keys) this.fail(key, now);
      throw fromNexusError(err, 'UNAUTHORIZED');
    }
  }

  /**
   * Use a refresh token: a new pair replaces it.
   *
   * @throws AppError `UNAUTHORIZED` for an unknown, expired, used or revoked token.
   */
  async refresh(refreshToken: string, client: string): Promise<Tokens> {
    const now = this.now();
    const key = `ip:${client}`;
    this.checkLockout(key, now);
    if (
      typeof refreshToken !== 'string' ||
      !TOKEN_RE.test(refreshToken) ||
      !refreshToken.startsWith('nxr_')
    ) {
      this.fail(key, now);
      throw new AppError('UNAUTHORIZED', 'not a refresh token');
    }
    const next = this.newTokens(now);
    const result = await this.repo.rotateSession(hash(refreshToken), next.row, now);
    if (result === undefined || result === 'reused') {
      this.fail(key, now);
      throw new AppError(
        'UNAUTHORIZED',
        result === 'reused'
          ? 'the refresh token was used before: every session of its login is revoked'
          : 'the refresh token is unknown, expired or revoked',
      );
    }
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

  private checkLockout(key: string, now: number): void {
    const f = this.failures.get(key);
    if (f && f.lockedUntil > now)
      throw new AppError(
        'RATE_LIMITED',
        'too many failed logins: try again later',
        f.lockedUntil - now,
      );
  }

  private fail(key: string, now: number): void {
    const f = this.failures.get(key) ?? { count: 0, lockedUntil: 0, lastAt: now };
    // Failures an hour old are forgiven.
    if (now - f.lastAt > 3_600_000) f.count = 0;
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
    this.failures.set(key, f);
    // Bounded: the oldest entries go first.
    if (this.failures.size > 100_000) {
      const first = this.failures.keys().next().value;
      if (first !== undefined) this.failures.delete(first);
    }
  }
}
