/**
 * Login to the relay (spec/relay.md §3): the same signed challenge as a
 * community server (`verifyAuthChallenge`: the chain IK → SSK → device and
 * the device's signature over `{ server, nonce, device }`), then a bearer
 * token. Nonces and tokens live in memory only (a restarted relay asks
 * devices to log in again); only a token's SHA-256 is kept. The relay keeps
 * no account: a login names a mailbox and a sender tag, nothing else.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { relayMailbox, verifyAuthChallenge } from '@nexuslink/sdk';
import type { SigningPublicKey } from '@nexuslink/sdk';
import { AppError, fromBase64, fromNexusError } from '@nexuslink/server-kit';

/** A logged-in device, as routes see it. */
export interface Session {
  /** Its mailbox (where blobs for it are left). */
  readonly mailbox: string;
  /** A keyed tag of it, for its sender quota and rate limit (16 bytes). */
  readonly senderTag: Uint8Array;
  /** Its device signing key (acknowledgements are checked against it). */
  readonly signingKey: SigningPublicKey;
  /** Its UUID, for TURN usernames: never stored. */
  readonly uuid: string;
  readonly expiresAt: number;
}

/** Most nonces outstanding and sessions open at once (memory bound). */
const MAX_ENTRIES = 200_000;

const sha256hex = (s: string) => createHash('sha256').update(s).digest('hex');

/** Options of {@link RelayAuth}. */
export interface RelayAuthOptions {
  /** The URL devices sign (read at each login: it is known only once listening). */
  readonly server: () => string;
  readonly senderTagKey: Uint8Array;
  readonly challengeTtlMs: number;
  readonly tokenTtlMs: number;
  readonly now: () => number;
}

/** Nonces, logins and tokens. */
export class RelayAuth {
  readonly #nonces = new Map<string, number>();
  readonly #sessions = new Map<string, Session>();
  /** When each map was last swept. */
  readonly #swept = new Map<Map<string, unknown>, number>();

  readonly #options: RelayAuthOptions;

  constructor(options: RelayAuthOptions) {
    this.#options = options;
  }

  /** A new single-use nonce. */
  challenge(): { nonce: string; expiresAt: number } {
    const now = this.#options.now();
    this.#sweep(this.#nonces, now, (e) => e);
    if (this.#nonces.size >= MAX_ENTRIES)
      throw new AppError('RATE_LIMITED', 'too many logins in progress', 1000);
    const nonce = randomBytes(32).toString('base64');
    const expiresAt = now + this.#options.challengeTtlMs;
    this.#nonces.set(nonce, expiresAt);
    return { nonce, expiresAt };
  }

  /**
   * Check a signed challenge and open a session.
   *
   * @throws AppError `UNAUTHORIZED` for an unknown, used or expired nonce;
   *   the SDK's code for a proof that does not verify.
   */
  login(body: Record<string, unknown>): { token: string; expiresAt: number; mailbox: string } {
    const now = this.#options.now();
    const nonceText = typeof body.nonce === 'string' ? body.nonce : '';
    const nonce = fromBase64('nonce', body.nonce, 64);
    const proof = {
      deviceCertificate: fromBase64('deviceCertificate', body.deviceCertificate, 16_384),
      selfSigningCertificate: fromBase64(
        'selfSigningCertificate',
        body.selfSigningCertificate,
        16_384,
      ),
      signature: fromBase64('signature', body.signature, 128),
    };
    const expires = this.#nonces.get(nonceText);
    this.#nonces.delete(nonceText); // single use, whatever happens next
    if (expires === undefined || expires <= now)
      throw new AppError('UNAUTHORIZED', 'the challenge is unknown, used or expired');
    let verified;
    try {
      verified = verifyAuthChallenge({ server: this.#options.server(), nonce }, proof, { now });
    } catch (err) {
      throw fromNexusError(err, 'UNAUTHORIZED');
    }
    const deviceId = verified.device.deviceId;
    const mailbox = relayMailbox({ uuid: verified.uuid, deviceId });
    const senderTag = new Uint8Array(
      createHmac('sha256', this.#options.senderTagKey)
        .update(verified.uuid)
        .update(Uint8Array.of(0))
        .update(deviceId)
        .digest()
        .subarray(0, 16),
    );
    this.#sweep(this.#sessions, now, (s) => s.expiresAt);
    if (this.#sessions.size >= MAX_ENTRIES)
      throw new AppError('RATE_LIMITED', 'too many logins', 60_000);
    const token = `nxt_${randomBytes(32).toString('base64url')}`;
    const expiresAt = now + this.#options.tokenTtlMs;
    this.#sessions.set(sha256hex(token), {
      mailbox,
      senderTag,
      signingKey: verified.device.signingKey,
      uuid: verified.uuid,
      expiresAt,
    });
    return { token, expiresAt, mailbox };
  }

  /**
   * The session of a bearer token.
   *
   * @throws AppError `UNAUTHORIZED` for a missing, unknown or expired token.
   */
  authenticate(token: string | undefined): Session {
    const session = token === undefined ? undefined : this.#sessions.get(sha256hex(token));
    if (!session || session.expiresAt <= this.#options.now())
      throw new AppError('UNAUTHORIZED', 'log in first (the token is missing, unknown or expired)');
    return session;
  }

  /** Drop what has expired, once a map is large, at most every 10 s. */
  #sweep<V>(map: Map<string, V>, now: number, expiry: (v: V) => number): void {
    if (map.size < 1024) return;
    if (now - (this.#swept.get(map) ?? 0) < 10_000 && map.size < MAX_ENTRIES) return;
    this.#swept.set(map, now);
    for (const [k, v] of map) if (expiry(v) <= now) map.delete(k);
  }
}
