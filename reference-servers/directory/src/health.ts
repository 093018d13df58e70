/**
 * Health monitoring (spec/directory.md §5): every `health.interval_ms`, each
 * listed community's `GET /healthz` (through the guard on endpoints
 * strangers name), its latency and success kept over the last
 * `health.window` checks, and its status from them:
 *
 * - `online`: at least 90 % of the window answered and the mean latency is
 *   at most `health.degraded_latency_ms`;
 * - `offline`: the last three checks failed (or all, in a shorter window),
 *   or fewer than half of the window answered;
 * - `degraded`: anything between.
 *
 * Each change of status is a notice to the owner (`GET
 * /v1/communities/{id}/notices`). A community offline for
 * `health.remove_after_days` is deregistered, after a notice
 * `health.grace_days` before. On PostgreSQL one instance of a directory
 * checks at a time (an advisory lock), so two instances do not double the
 * traffic to every community.
 */
import type { Db } from '@nexuslink/server-kit';
import { toMs } from '@nexuslink/server-kit';
import type { Config } from './config.ts';
import { fetchEndpoint } from './endpoint.ts';
import type { CommunityStore } from './store.ts';

const DAY = 86_400_000;

/** What one run did. */
export interface HealthRun {
  readonly checked: number;
  readonly changed: number;
  readonly removed: number;
  /** False when another instance was checking (PostgreSQL). */
  readonly ran: boolean;
}

/** The status a window of checks gives (see the module's comment). */
export function statusOf(
  window: readonly (number | null)[],
  degradedLatencyMs: number,
): 'online' | 'degraded' | 'offline' {
  if (window.length === 0) return 'online';
  const ok = window.filter((c): c is number => c !== null);
  const lastThree = window.slice(-3);
  if (lastThree.every((c) => c === null) || ok.length * 2 < window.length) return 'offline';
  const mean = ok.reduce((a, b) => a + b, 0) / ok.length;
  return ok.length * 10 >= window.length * 9 && mean <= degradedLatencyMs ? 'online' : 'degraded';
}

/** A window as stored: `12,15,x,10`. */
export function parseWindow(text: string): (number | null)[] {
  return text === '' ? [] : text.split(',').map((c) => (c === 'x' ? null : Number(c)));
}

/** What a health check reads of a listing. */
type HealthRow = {
  id: string;
  owner: string;
  endpoint: string;
  status: string;
  health_window: string;
  offline_since: unknown;
  grace_noticed: unknown;
  stats_checked_at: unknown;
};

/** Checks every listed community's health. */
export class HealthMonitor {
  readonly #db: Db;
  readonly #store: CommunityStore;
  readonly #config: Config;
  readonly #now: () => number;
  #timer: ReturnType<typeof setInterval> | null = null;
  #running: Promise<unknown> = Promise.resolve();

  constructor(options: { db: Db; store: CommunityStore; config: Config; now?: () => number }) {
    this.#db = options.db;
    this.#store = options.store;
    this.#config = options.config;
    this.#now = options.now ?? Date.now;
  }

  /** Run every `health.interval_ms` until {@link stop}; `onError` hears a run that failed. */
  start(onError: (err: unknown) => void, onRun?: (run: HealthRun) => void): void {
    this.#timer = setInterval(() => {
      this.#running = this.runOnce().then(
        (run) => onRun?.(run),
        (err: unknown) => onError(err),
      );
    }, this.#config['health.interval_ms']);
    this.#timer.unref();
  }

  /** Stop the interval and wait for a run in flight. */
  async stop(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    await this.#running;
  }

  /** Check every listed community once. */
  async runOnce(): Promise<HealthRun> {
    if (this.#db.dialect === 'postgres')
      return this.#db.tx(async (tx) => {
        const lock = await tx.get<{ ok: boolean }>(
          'SELECT pg_try_advisory_xact_lock($1) AS ok',
          [7424014],
        );
        if (!lock?.ok) return { checked: 0, changed: 0, removed: 0, ran: false };
        return this.#checkAll();
      });
    return this.#checkAll();
  }

  async #checkAll(): Promise<HealthRun> {
    const rows = await this.#db.all<HealthRow>(
      `SELECT id, owner, endpoint, status, health_window, offline_since, grace_noticed, stats_checked_at
       FROM communities WHERE deleted_at IS NULL ORDER BY id`,
    );
    let changed = 0;
    let removed = 0;
    let next = 0;
    const worker = async () => {
      while (next < rows.length) {
        const row = rows[next++]!;
        const result = await this.#checkOne(row);
        if (result === 'changed') changed++;
        if (result === 'removed') removed++;
      }
    };
    await Promise.all(
      Array.from({ length: Math.min(this.#config['health.concurrency'], rows.length) }, worker),
    );
    return { checked: rows.length, changed, removed, ran: true };
  }

  async #checkOne(row: HealthRow): Promise<'same' | 'changed' | 'removed'> {
    const config = this.#config;
    let latency: number | null = null;
    try {
      const res = await fetchEndpoint(`${row.endpoint}/healthz`, {
        timeoutMs: config['health.timeout_ms'],
        allowPrivate: config['proof.allow_private'],
        maxBytes: 4096,
      });
      if (res.status === 200) latency = Math.max(0, Math.round(res.ms));
    } catch {
      latency = null;
    }
    const now = this.#now();
    const statsDue =
      latency !== null &&
      (row.stats_checked_at == null ||
        now - toMs(row.stats_checked_at) >= config['health.stats_interval_ms']);
    const stats = statsDue ? await this.#stats(row.endpoint, now) : null;
    const window = [...parseWindow(row.health_window), latency].slice(-config['health.window']);
    const status = statusOf(window, config['health.degraded_latency_ms']);
    const db = this.#db;
    const wasOffline = row.offline_since != null;
    const offlineSince = status === 'offline' ? (wasOffline ? toMs(row.offline_since) : now) : null;
    let graceNoticed = status === 'offline' && Boolean(Number(row.grace_noticed));
    return db.tx(async (tx) => {
      const notice = (kind: NoticeKind, detail: string) =>
        addNotice(tx, row.id, row.owner, kind, detail, now);
      if (status !== row.status) await notice('status', `${row.status} → ${status}`);
      if (offlineSince !== null) {
        const removeAt = offlineSince + config['health.remove_after_days'] * DAY;
        if (now >= removeAt) {
          await notice(
            'removed',
            `offline since ${new Date(offlineSince).toISOString()}: deregistered`,
          );
          await this.#store.remove(tx, row.id, now);
          return 'removed';
        }
        if (!graceNoticed && now >= removeAt - config['health.grace_days'] * DAY) {
          await notice(
            'grace',
            `offline since ${new Date(offlineSince).toISOString()}: it will be deregistered on ${new Date(removeAt).toISOString()} unless it answers again`,
          );
          graceNoticed = true;
        }
      }
      if (statsDue)
        await tx.run(
          `UPDATE communities SET stats_checked_at = $2,
             member_count = coalesce($3, member_count),
             last_active_at = CASE WHEN $4 > last_active_at THEN $4 ELSE last_active_at END
           WHERE id = $1 AND deleted_at IS NULL`,
          [row.id, tx.time(now), stats?.members ?? null, tx.time(stats?.lastActiveAt ?? 0)],
        );
      await tx.run(
        `UPDATE communities SET status = $2, health_window = $3, checked_at = $4, offline_since = $5,
           grace_noticed = $6 WHERE id = $1 AND deleted_at IS NULL`,
        [
          row.id,
          status,
          window.map((c) => (c === null ? 'x' : String(c))).join(','),
          tx.time(now),
          offlineSince === null ? null : tx.time(offlineSince),
          graceNoticed ? 1 : 0,
        ],
      );
      return status !== row.status ? 'changed' : 'same';
    });
  }

  /**
   * What a community server says of itself (`GET /v1/server` → `stats`),
   * under the endpoint guard: its member count (0 to {@link MAX_MEMBER_COUNT})
   * and last activity (not after now). `null` members when it publishes none
   * or answers nonsense: the count held stays.
   */
  async #stats(
    endpoint: string,
    now: number,
  ): Promise<{ members: number | null; lastActiveAt: number | null }> {
    try {
      const res = await fetchEndpoint(`${endpoint}/v1/server`, {
        timeoutMs: this.#config['health.timeout_ms'],
        allowPrivate: this.#config['proof.allow_private'],
        maxBytes: 16 * 1024,
      });
      if (res.status !== 200) return { members: null, lastActiveAt: null };
      const stats = (
        JSON.parse(res.body) as { data?: { stats?: { members?: unknown; lastActiveAt?: unknown } } }
      ).data?.stats;
      const members =
        Number.isSafeInteger(stats?.members) && (stats!.members as number) >= 0
          ? Math.min(stats!.members as number, MAX_MEMBER_COUNT)
          : null;
      const last =
        Number.isSafeInteger(stats?.lastActiveAt) && (stats!.lastActiveAt as number) > 0
          ? Math.min(stats!.lastActiveAt as number, now)
          : null;
      return { members, lastActiveAt: last };
    } catch {
      return { members: null, lastActiveAt: null };
    }
  }
}

/** The most members a listing may claim (a community server says; the directory bounds it). */
export const MAX_MEMBER_COUNT = 10_000_000;

/** What an owner is told about a listing (`GET /v1/communities/{id}/notices`). */
export type NoticeKind = 'status' | 'grace' | 'removed' | 'warning';

/** Tell a listing's owner something, in `db` (the transaction that did it). */
export async function addNotice(
  db: Db,
  communityId: string,
  owner: string,
  kind: NoticeKind,
  detail: string,
  at: number,
): Promise<void> {
  await db.run(
    'INSERT INTO owner_notices (community_id, owner, kind, detail, at) VALUES ($1, $2, $3, $4, $5)',
    [communityId, owner, kind, detail, db.time(at)],
  );
}

/** An owner's notices about a listing, oldest first. */
export async function noticesOf(
  db: Db,
  id: string,
): Promise<{ kind: string; detail: string; at: number }[]> {
  const rows = await db.all<{ kind: string; detail: string; at: unknown }>(
    'SELECT kind, detail, at FROM owner_notices WHERE community_id = $1 ORDER BY id LIMIT 1000',
    [id],
  );
  return rows.map((r) => ({ kind: r.kind, detail: r.detail, at: toMs(r.at) }));
}
