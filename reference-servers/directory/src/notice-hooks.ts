/**
 * Owner notices pushed (spec/directory.md §5.1): an owner names a URL per
 * listing (a "notice hook"); every notice about the listing made after that
 * is POSTed to it as JSON, signed with the hook's secret like a KYC
 * provider's webhook (`X-NexusLink-Signature: t=…,v1=HMAC-SHA256`), from
 * the directory's process, under the guard on endpoints strangers name.
 * A hook that does not answer 2xx is tried again with backoff (1 minute,
 * doubling, at most 6 hours), 8 times at most; the notice stays readable at
 * `GET /v1/communities/{id}/notices` whatever happens to its push.
 */
import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import type { Db } from '@nexuslink/server-kit';
import { AppError, toMs } from '@nexuslink/server-kit';
import type { Config } from './config.ts';
import { fetchEndpoint, isInternalAddress } from './endpoint.ts';
import { SIGNATURE_HEADER, signWebhook } from './kyc/providers.ts';

/** Pushes of one notice before the directory gives up on it. */
export const PUSH_ATTEMPTS = 8;
/** The wait after the first failed push; it doubles, up to {@link MAX_BACKOFF_MS}. */
const FIRST_BACKOFF_MS = 60_000;
const MAX_BACKOFF_MS = 6 * 3_600_000;
/** Notices pushed in one run, at most. */
const BATCH = 100;
/** The longest hook URL. */
export const MAX_HOOK_URL = 512;

/**
 * Check a hook URL: https (http only where `allowPrivate`, for tests and
 * private deployments), no credentials, no fragment, at most 512
 * characters; an internal address written in it is refused unless
 * `allowPrivate` (a name is checked when it is looked up, at each push).
 *
 * @throws AppError `INVALID_ARGUMENT`.
 */
export function checkHookUrl(url: unknown, allowPrivate: boolean): string {
  let u: URL;
  try {
    if (typeof url !== 'string' || url.length > MAX_HOOK_URL) throw new Error();
    u = new URL(url);
  } catch {
    throw new AppError(
      'INVALID_ARGUMENT',
      `url must be an absolute URL of at most ${MAX_HOOK_URL} characters`,
    );
  }
  if (u.protocol !== 'https:' && !(allowPrivate && u.protocol === 'http:'))
    throw new AppError('INVALID_ARGUMENT', 'a notice hook is an https URL');
  if (u.username || u.password || u.hash)
    throw new AppError('INVALID_ARGUMENT', 'a notice hook URL has no credentials or fragment');
  const host = u.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && (host === 'localhost' || (isIP(host) !== 0 && isInternalAddress(host))))
    throw new AppError('INVALID_ARGUMENT', 'a notice hook cannot be an internal address');
  return u.toString();
}

/** A fresh hook secret: 32 random bytes, base64url. */
export function hookSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** What one run of {@link NoticePusher.runOnce} did. */
export interface PushRun {
  readonly pushed: number;
  readonly failed: number;
}

/** Posts waiting notices to their listings' hooks. */
export class NoticePusher {
  readonly #db: Db;
  readonly #config: Config;
  readonly #now: () => number;
  #timer: ReturnType<typeof setInterval> | null = null;
  #running: Promise<unknown> = Promise.resolve();

  constructor(options: { db: Db; config: Config; now?: () => number }) {
    this.#db = options.db;
    this.#config = options.config;
    this.#now = options.now ?? Date.now;
  }

  /** Run every `notices.push_interval_ms` until {@link stop}. */
  start(onError: (err: unknown) => void, onRun?: (run: PushRun) => void): void {
    this.#timer = setInterval(() => {
      this.#running = this.#running.then(() =>
        this.runOnce().then(
          (run) => onRun?.(run),
          (err: unknown) => onError(err),
        ),
      );
    }, this.#config['notices.push_interval_ms']);
    this.#timer.unref();
  }

  /** Stop the interval and wait for a run in flight. */
  async stop(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    await this.#running;
  }

  /**
   * Post every notice that is due: made after its listing's hook was set,
   * not yet pushed, under the attempt limit, its retry time reached.
   */
  async runOnce(): Promise<PushRun> {
    // On PostgreSQL one instance pushes at a time (an advisory lock): two
    // instances do not post each notice twice.
    if (this.#db.dialect === 'postgres')
      return this.#db.tx(async (tx) => {
        const lock = await tx.get<{ ok: boolean }>(
          'SELECT pg_try_advisory_xact_lock($1) AS ok',
          [7424018],
        );
        return lock?.ok ? this.#push(tx) : { pushed: 0, failed: 0 };
      });
    return this.#push(this.#db);
  }

  async #push(db: Pick<Db, 'all' | 'run' | 'time'>): Promise<PushRun> {
    const now = this.#now();
    const due = await db.all<{
      id: unknown;
      community_id: string;
      kind: string;
      detail: string;
      at: unknown;
      push_attempts: unknown;
      url: string;
      secret: string;
    }>(
      `SELECT n.id, n.community_id, n.kind, n.detail, n.at, n.push_attempts, h.url, h.secret
         FROM owner_notices n JOIN notice_hooks h ON h.community_id = n.community_id
        WHERE n.pushed_at IS NULL AND n.at >= h.created_at AND n.push_attempts < $1
          AND (n.push_next_at IS NULL OR n.push_next_at <= $2)
        ORDER BY n.id LIMIT $3`,
      [PUSH_ATTEMPTS, db.time(now), BATCH],
    );
    let pushed = 0;
    let failed = 0;
    for (const n of due) {
      const body = JSON.stringify({
        id: String(n.id),
        community: n.community_id,
        kind: n.kind,
        detail: n.detail,
        at: toMs(n.at),
      });
      let ok = false;
      try {
        const answer = await fetchEndpoint(n.url, {
          timeoutMs: this.#config['notices.push_timeout_ms'],
          allowPrivate: this.#config['proof.allow_private'],
          maxBytes: 4096,
          post: { body, headers: { [SIGNATURE_HEADER]: signWebhook(n.secret, body, now) } },
        });
        ok = answer.status >= 200 && answer.status < 300;
      } catch {
        ok = false; // unreachable, internal, too slow: tried again later
      }
      if (ok) {
        pushed++;
        await db.run('UPDATE owner_notices SET pushed_at = $2 WHERE id = $1', [
          Number(n.id),
          db.time(now),
        ]);
      } else {
        failed++;
        const attempts = Number(n.push_attempts) + 1;
        const wait = Math.min(FIRST_BACKOFF_MS * 2 ** (attempts - 1), MAX_BACKOFF_MS);
        await db.run(
          'UPDATE owner_notices SET push_attempts = $2, push_next_at = $3 WHERE id = $1',
          [Number(n.id), attempts, db.time(now + wait)],
        );
      }
    }
    return { pushed, failed };
  }
}
