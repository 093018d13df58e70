/**
 * Anomaly flags (spec/directory.md §4): what directory admins should look
 * at. A flag is raised for an attempt to list an endpoint or server key
 * that is listed already, and for bursts of new listings from one client
 * address or from everyone, within `anomaly.burst_window_s`. Flags are only
 * recorded: nothing is refused because of one (the rate limits do that).
 */
import type { Db } from '@nexuslink/server-kit';
import { toInt, toMs } from '@nexuslink/server-kit';

/** An open flag. */
export interface Anomaly {
  readonly id: number;
  readonly kind: string;
  readonly subject: string;
  readonly detail: string;
  readonly at: number;
}

/** Options of {@link Anomalies}. */
export interface AnomaliesOptions {
  readonly db: Db;
  readonly now: () => number;
  readonly windowMs: number;
  readonly perAddress: number;
  readonly overall: number;
}

/** Records registrations and raises flags. */
export class Anomalies {
  readonly #o: AnomaliesOptions;

  constructor(options: AnomaliesOptions) {
    this.#o = options;
  }

  /** Raise a flag, unless the same one is open already. */
  async flag(kind: string, subject: string, detail: string, db: Db = this.#o.db): Promise<void> {
    const open = await db.get(
      'SELECT id FROM anomalies WHERE kind = $1 AND subject = $2 AND resolved_at IS NULL',
      [kind, subject],
    );
    if (open) return;
    await db.run('INSERT INTO anomalies (kind, subject, detail, at) VALUES ($1, $2, $3, $4)', [
      kind,
      subject,
      detail,
      db.time(this.#o.now()),
    ]);
  }

  /** Note a registration, update or deregistration (the per-owner rate and the bursts count these). */
  async recordRegistration(
    db: Db,
    owner: string,
    address: string,
    kind: 'create' | 'update' | 'delete',
  ): Promise<void> {
    await db.run(
      'INSERT INTO registration_events (owner, address, kind, at) VALUES ($1, $2, $3, $4)',
      [owner, address, kind, db.time(this.#o.now())],
    );
  }

  /** Flag a burst of new listings from `address`, or from everyone, and forget events past the window. */
  async checkBursts(address: string): Promise<void> {
    const { db, now, windowMs, perAddress, overall } = this.#o;
    const since = db.time(now() - windowMs);
    const mine = await db.get<{ n: unknown }>(
      "SELECT count(*) AS n FROM registration_events WHERE address = $1 AND kind = 'create' AND at > $2",
      [address, since],
    );
    if (toInt(mine?.n ?? 0) >= perAddress)
      await this.flag(
        'registration-burst',
        address,
        `${toInt(mine!.n)} new listings within the window`,
      );
    const all = await db.get<{ n: unknown }>(
      "SELECT count(*) AS n FROM registration_events WHERE kind = 'create' AND at > $1",
      [since],
    );
    if (toInt(all?.n ?? 0) >= overall)
      await this.flag('registration-burst', '*', `${toInt(all!.n)} new listings within the window`);
    // The owner rate needs an hour; the window may be longer.
    await db.run('DELETE FROM registration_events WHERE at < $1', [
      db.time(now() - Math.max(windowMs, 3_600_000)),
    ]);
  }

  /** The open flags, newest first. */
  async open(limit = 100): Promise<Anomaly[]> {
    const rows = await this.#o.db.all(
      `SELECT id, kind, subject, detail, at FROM anomalies WHERE resolved_at IS NULL ORDER BY at DESC, id DESC LIMIT ${Math.min(1000, Math.max(1, Math.floor(limit)))}`,
    );
    return rows.map((r) => ({
      id: toInt(r.id),
      kind: String(r.kind),
      subject: String(r.subject),
      detail: String(r.detail),
      at: toMs(r.at),
    }));
  }

  /** Resolve an open flag; resolves to whether there was one. */
  async resolve(db: Db, id: number): Promise<boolean> {
    return (
      (await db.run('UPDATE anomalies SET resolved_at = $2 WHERE id = $1 AND resolved_at IS NULL', [
        id,
        db.time(this.#o.now()),
      ])) > 0
    );
  }
}
