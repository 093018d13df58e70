/**
 * Proof of work on registration (spec/directory.md §4): ALTCHA's v2 scheme
 * (`altcha-lib`), PBKDF2/SHA-256, in its deterministic mode: the directory
 * picks a random counter below `pow.max_counter`, derives its key, and signs
 * the challenge (and the key) with HMAC secrets kept in its database, so
 * that every instance of a directory checks what any other issued. A client
 * finds the counter by trying counters from 0 (half of them on average),
 * each costing `pow.cost` PBKDF2 iterations; checking an answer costs one
 * HMAC. Each challenge is accepted once (its nonce is spent in the
 * database until it expires) and only for the purpose it was issued for.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { createChallenge, verifySolution } from 'altcha-lib';
import type { Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { AppError } from '@nexuslink/server-kit';
import type { Db } from '@nexuslink/server-kit';

/** What a challenge may be spent on. */
export type PowPurpose = 'register' | 'report';

/** The algorithm of every challenge. */
export const POW_ALGORITHM = 'PBKDF2/SHA-256';

/** A setting kept in `server_config`, made by `init` the first time it is asked for. */
export async function settingOrInit(
  db: Db,
  key: string,
  init: () => string,
  now: number,
): Promise<string> {
  const have = await db.get<{ value: string }>('SELECT value FROM server_config WHERE key = $1', [
    key,
  ]);
  if (have) return have.value;
  await db.run(
    'INSERT INTO server_config (key, value, updated_at) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING',
    [key, init(), db.time(now)],
  );
  const row = await db.get<{ value: string }>('SELECT value FROM server_config WHERE key = $1', [
    key,
  ]);
  return row!.value;
}

/** Options of {@link ProofOfWork}. */
export interface ProofOfWorkOptions {
  readonly db: Db;
  readonly cost: number;
  readonly maxCounter: number;
  readonly ttlMs: number;
  readonly now: () => number;
}

/** Issues and checks challenges. */
export class ProofOfWork {
  readonly #o: ProofOfWorkOptions;
  #secrets: Promise<{ challenge: string; key: string }> | null = null;

  constructor(options: ProofOfWorkOptions) {
    this.#o = options;
  }

  #keys(): Promise<{ challenge: string; key: string }> {
    return (this.#secrets ??= (async () => {
      const make = () => randomBytes(32).toString('hex');
      const now = this.#o.now();
      return {
        challenge: await settingOrInit(this.#o.db, 'pow_hmac_secret', make, now),
        key: await settingOrInit(this.#o.db, 'pow_key_secret', make, now),
      };
    })().catch((err: unknown) => {
      this.#secrets = null;
      throw err;
    }));
  }

  /** A fresh challenge for `purpose`. */
  async challenge(purpose: PowPurpose): Promise<Challenge> {
    const secrets = await this.#keys();
    return createChallenge({
      algorithm: POW_ALGORITHM,
      cost: this.#o.cost,
      counter: randomInt(0, this.#o.maxCounter),
      deriveKey,
      expiresAt: Math.floor((this.#o.now() + this.#o.ttlMs) / 1000),
      hmacSignatureSecret: secrets.challenge,
      hmacKeySignatureSecret: secrets.key,
      data: { purpose },
    });
  }

  /**
   * Check and spend a solved challenge (base64 of `{ challenge, solution }`,
   * the ALTCHA payload) for `purpose`.
   *
   * @throws AppError `NOT_PERMITTED` (`details.reason`) for a missing, wrong,
   *   expired or spent one.
   */
  async spend(payload: unknown, purpose: PowPurpose): Promise<void> {
    const refuse = (why: string) => new AppError('NOT_PERMITTED', `proof of work: ${why}`);
    if (typeof payload !== 'string' || payload.length === 0 || payload.length > 4096)
      throw refuse('missing: get a challenge from GET /v1/pow and solve it');
    let decoded: { challenge?: Challenge; solution?: { counter: number; derivedKey: string } };
    try {
      decoded = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as typeof decoded;
    } catch {
      throw refuse('not base64 of JSON');
    }
    const { challenge, solution } = decoded ?? {};
    if (
      typeof challenge !== 'object' ||
      challenge === null ||
      typeof challenge.parameters !== 'object' ||
      challenge.parameters === null ||
      typeof solution !== 'object' ||
      solution === null
    )
      throw refuse('not a challenge and its solution');
    if (challenge.parameters.data?.purpose !== purpose)
      throw refuse(
        `the challenge was not issued for ${purpose === 'register' ? 'registration' : 'a report'}`,
      );
    if (challenge.parameters.algorithm !== POW_ALGORITHM)
      throw refuse('not this directory’s algorithm');
    const secrets = await this.#keys();
    let result;
    try {
      result = await verifySolution({
        challenge,
        solution,
        deriveKey,
        hmacSignatureSecret: secrets.challenge,
        hmacKeySignatureSecret: secrets.key,
      });
    } catch {
      throw refuse('not a challenge and its solution');
    }
    if (result.expired) throw refuse('the challenge expired: get another');
    if (!result.verified) throw refuse('wrong');
    const now = this.#o.now();
    const db = this.#o.db;
    const spent = await db.run(
      'INSERT INTO pow_spent (nonce, expires_at) VALUES ($1, $2) ON CONFLICT (nonce) DO NOTHING',
      [challenge.parameters.nonce, db.time(((challenge.parameters.expiresAt ?? 0) + 1) * 1000)],
    );
    if (spent === 0) throw refuse('this challenge was spent already');
    // Spent nonces past their expiry are refused as expired anyway: forget them.
    await db.run('DELETE FROM pow_spent WHERE expires_at < $1', [db.time(now)]);
  }
}
