/**
 * The directory's staff (spec/directory.md §6.4): accounts with one role
 * each, made on the command line (`nexuslink-directory staff add`), logged
 * in with a name and password for a session. The session token is a bearer
 * token for the JSON API and an `HttpOnly`, `SameSite=Strict` cookie for the
 * review console, whose forms also carry the session's CSRF token.
 *
 * Passwords are generated (never chosen), kept as scrypt hashes, and tried
 * at most `staff.max_login_failures` times per name and per address in 15
 * minutes. Only hashes of session tokens are stored.
 */
import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { addressKey, AppError, toMs } from '@nexuslink/server-kit';
import type { Db } from '@nexuslink/server-kit';
import type { FastifyRequest } from 'fastify';

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

/** The roles, and what each may do. */
export const ROLES = ['reviewer', 'auditor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** What a staff action needs; each lists the roles that have it. */
export const PERMISSIONS = {
  /** See the KYC queue and applications (not their documents). */
  'kyc.queue': ['reviewer', 'admin'],
  /** Read a document or the data fields of an application (a reason is recorded). */
  'kyc.read': ['reviewer', 'admin'],
  /** Approve, reject or ask for more information. */
  'kyc.decide': ['reviewer', 'admin'],
  /** Read and export the audit trail. */
  'audit.read': ['auditor', 'admin'],
  /** Listings, anomaly flags, reports, messages to the DPO. */
  admin: ['admin'],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSIONS;

/** A logged-in staff member. */
export interface StaffMember {
  readonly name: string;
  readonly role: Role;
  /** The session's CSRF token: console forms must send it back. */
  readonly csrf: string;
  readonly tokenHash: string;
}

const SCRYPT = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const NAME = /^[a-z][a-z0-9._-]{1,31}$/;
const FAILURE_WINDOW_MS = 15 * 60 * 1000;
/** The cookie of a console session. */
export const SESSION_COOKIE = 'nl_staff';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(password, salt, 32, SCRYPT);
  return `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

async function checkPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: SCRYPT.maxmem,
  });
  return timingSafeEqual(actual, expected);
}

/** A hash nobody's password matches: unknown names cost what known ones do. */
let decoy: Promise<string> | undefined;

/** A generated password: 20 characters of base32 (100 bits). */
function newPassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
  return Array.from(randomBytes(20), (b) => alphabet[b & 31]).join('');
}

/** Staff accounts and sessions. */
export class Staff {
  readonly #db: Db;
  readonly #now: () => number;
  readonly #ttlMs: number;
  readonly #maxFailures: number;

  constructor(options: { db: Db; now: () => number; sessionTtlMs: number; maxFailures: number }) {
    this.#db = options.db;
    this.#now = options.now;
    this.#ttlMs = options.sessionTtlMs;
    this.#maxFailures = options.maxFailures;
  }

  /** Add an account; resolves to its generated password. */
  async add(name: string, role: string): Promise<string> {
    if (!NAME.test(name))
      throw new AppError(
        'INVALID_ARGUMENT',
        'a staff name is 2 to 32 lower-case letters, digits, ".", "_" or "-", starting with a letter',
      );
    if (!(ROLES as readonly string[]).includes(role))
      throw new AppError('INVALID_ARGUMENT', `the role must be one of ${ROLES.join(', ')}`);
    const password = newPassword();
    const hash = await hashPassword(password);
    const added = await this.#db.run(
      'INSERT INTO staff (name, role, password_hash, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT (name) DO NOTHING',
      [name, role, hash, this.#db.time(this.#now())],
    );
    if (added === 0) throw new AppError('CONFLICT', `there is a staff account ${name} already`);
    return password;
  }

  /** A new password for an account (its sessions end); resolves to it. */
  async resetPassword(name: string): Promise<string> {
    const password = newPassword();
    const hash = await hashPassword(password);
    const changed = await this.#db.tx(async (tx) => {
      const n = await tx.run(
        'UPDATE staff SET password_hash = $2, disabled_at = NULL WHERE name = $1',
        [name, hash],
      );
      await tx.run('DELETE FROM staff_sessions WHERE name = $1', [name]);
      return n;
    });
    if (changed === 0) throw new AppError('NOT_FOUND', `no staff account ${name}`);
    return password;
  }

  /** End an account and its sessions (the row stays: the audit trail names it). */
  async disable(name: string): Promise<void> {
    const changed = await this.#db.tx(async (tx) => {
      const n = await tx.run('UPDATE staff SET disabled_at = $2 WHERE name = $1', [
        name,
        tx.time(this.#now()),
      ]);
      await tx.run('DELETE FROM staff_sessions WHERE name = $1', [name]);
      return n;
    });
    if (changed === 0) throw new AppError('NOT_FOUND', `no staff account ${name}`);
  }

  async list(): Promise<{ name: string; role: Role; disabled: boolean }[]> {
    const rows = await this.#db.all<{ name: string; role: Role; disabled_at: unknown }>(
      'SELECT name, role, disabled_at FROM staff ORDER BY name',
    );
    return rows.map((r) => ({ name: r.name, role: r.role, disabled: r.disabled_at !== null }));
  }

  /**
   * Log in: resolves to the session token and member, or throws
   * `UNAUTHORIZED` (the same for an unknown name and a wrong password) or
   * `RATE_LIMITED` after too many failures for the name or the address.
   */
  async login(
    name: unknown,
    password: unknown,
    address: string,
  ): Promise<{ token: string; member: StaffMember; expiresAt: number }> {
    const now = this.#now();
    const nameText = typeof name === 'string' && NAME.test(name) ? name : '';
    const keys = [`address:${addressKey(address)}`, ...(nameText ? [`name:${nameText}`] : [])];
    for (const key of keys) {
      const row = await this.#db.get<{ n: unknown }>(
        'SELECT count(*) AS n FROM login_failures WHERE key = $1 AND at > $2',
        [key, this.#db.time(now - FAILURE_WINDOW_MS)],
      );
      if (Number(row?.n ?? 0) >= this.#maxFailures)
        throw new AppError(
          'RATE_LIMITED',
          'too many failed logins: wait 15 minutes',
          FAILURE_WINDOW_MS,
        );
    }
    const row = nameText
      ? await this.#db.get<{ role: Role; password_hash: string }>(
          'SELECT role, password_hash FROM staff WHERE name = $1 AND disabled_at IS NULL',
          [nameText],
        )
      : undefined;
    decoy ??= hashPassword(newPassword());
    const good =
      typeof password === 'string' &&
      password.length <= 256 &&
      (await checkPassword(password, row?.password_hash ?? (await decoy))) &&
      row !== undefined;
    if (!good || !row) {
      for (const key of keys)
        await this.#db.run('INSERT INTO login_failures (key, at) VALUES ($1, $2)', [
          key,
          this.#db.time(now),
        ]);
      throw new AppError('UNAUTHORIZED', 'wrong name or password');
    }
    const token = randomBytes(32).toString('base64url');
    const csrf = randomBytes(24).toString('base64url');
    const tokenHash = sha256(token);
    const expiresAt = now + this.#ttlMs;
    await this.#db.tx(async (tx) => {
      await tx.run('DELETE FROM staff_sessions WHERE expires_at <= $1', [tx.time(now)]);
      await tx.run('DELETE FROM login_failures WHERE at <= $1', [tx.time(now - FAILURE_WINDOW_MS)]);
      await tx.run(
        'INSERT INTO staff_sessions (token_hash, name, csrf, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)',
        [tokenHash, nameText, csrf, tx.time(now), tx.time(expiresAt)],
      );
    });
    return { token, member: { name: nameText, role: row.role, csrf, tokenHash }, expiresAt };
  }

  /** End a session. */
  async logout(member: StaffMember): Promise<void> {
    await this.#db.run('DELETE FROM staff_sessions WHERE token_hash = $1', [member.tokenHash]);
  }

  /** The member a session token belongs to, or `null` (unknown, expired, disabled). */
  async session(token: string | undefined): Promise<StaffMember | null> {
    if (token === undefined || !/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const tokenHash = sha256(token);
    const row = await this.#db.get<{ name: string; role: Role; csrf: string; expires_at: unknown }>(
      `SELECT s.name, f.role, s.csrf, s.expires_at FROM staff_sessions s
         JOIN staff f ON f.name = s.name AND f.disabled_at IS NULL
        WHERE s.token_hash = $1`,
      [tokenHash],
    );
    if (!row || toMs(row.expires_at) <= this.#now()) return null;
    return { name: row.name, role: row.role, csrf: row.csrf, tokenHash };
  }
}

/** The session token of a request: its bearer token, else its console cookie. */
export function sessionToken(req: FastifyRequest): string | undefined {
  const auth = req.headers.authorization;
  if (typeof auth === 'string' && auth.startsWith('Bearer ')) return auth.slice(7);
  const cookie = req.headers.cookie;
  if (typeof cookie !== 'string') return undefined;
  for (const part of cookie.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === SESSION_COOKIE) return v.join('=');
  }
  return undefined;
}

/** Whether `role` has `permission`. */
export const may = (role: Role, permission: Permission): boolean =>
  (PERMISSIONS[permission] as readonly Role[]).includes(role);

/**
 * The staff member making `req`, who must have `permission`: `UNAUTHORIZED`
 * without a live session, `NOT_PERMITTED` for a role without it.
 */
export async function staffOf(
  staff: Staff,
  req: FastifyRequest,
  permission: Permission,
): Promise<StaffMember> {
  const member = await staff.session(sessionToken(req));
  if (!member) throw new AppError('UNAUTHORIZED', 'log in as staff first');
  if (!may(member.role, permission))
    throw new AppError('NOT_PERMITTED', `the ${member.role} role may not do this`);
  return member;
}
