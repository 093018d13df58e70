/**
 * The directory's listings in its database (spec/directory.md §2, §3):
 * written to the primary (`write`), read and searched from `read` (a
 * replica, or the same database). Every query is parameterized; search
 * terms reach SQL only as the letters-and-digits terms of src/text.ts.
 */
import { toBytes, toInt, toMs } from '@nexuslink/server-kit';
import type { Db, Param, Row } from '@nexuslink/server-kit';
import { indexText, nameTagsText, terms, trigrams, wordText } from './text.ts';

/** The sort orders of a search (spec/directory.md §3). */
export const SORTS = ['relevance', 'members', 'created', 'active'] as const;
export type Sort = (typeof SORTS)[number];

/** A listing as the directory holds it: the fields of its newest registration, and the directory's own. */
export interface Community extends ListingFields {
  readonly id: string;
  readonly memberCount: number;
  readonly status: 'online' | 'degraded' | 'offline';
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly lastActiveAt: number;
  /** Health (spec/directory.md §5), over the newest checks; null before the first. */
  readonly health: {
    readonly latencyMs: number | null;
    readonly successRate: number | null;
    readonly checks: number;
    readonly checkedAt: number | null;
  };
}

/** What a registration sets. */
export interface ListingFields {
  /** The owner's UUID. */
  readonly owner: string;
  readonly name: string;
  readonly description: string;
  readonly tags: readonly string[];
  readonly language: string;
  readonly endpoint: string;
  readonly serverKey: Uint8Array;
  readonly revision: number;
  /** The owner's signed registration, as sent: anyone can check it again. */
  readonly registration: Uint8Array;
}

/** Where a page starts: after the row with this sort value and id (in relevance order, of this tier). */
export interface Cursor {
  readonly value: number;
  readonly id: string;
  /**
   * Relevance order: 2 (name or tags match), 1 (description), 0 (like the
   * query); other orders: 1 (matches, or no query), 0 (like the query).
   */
  readonly tier: number;
}

/** A search (spec/directory.md §3). */
export interface SearchQuery {
  readonly q?: string;
  readonly tags?: readonly string[];
  readonly language?: string;
  readonly sort: Sort;
  readonly limit: number;
  readonly after?: Cursor;
}

/** A page of results and the cursor of the next (null at the end). */
export interface SearchPage {
  readonly communities: Community[];
  readonly next: Cursor | null;
}

/** A unique index refused the write: the endpoint or server key is listed already. */
export class ListedAlready extends Error {
  override readonly name = 'ListedAlready';
}

const COLUMNS = `id, owner, name, description, tags, language, endpoint, server_key, revision,
  registration, member_count, status, created_at, updated_at, last_active_at, health_window,
  checked_at`;

/** Most terms of a query that are searched (the rest are ignored). */
const MAX_TERMS = 12;
/** pg_trgm's word_similarity threshold for a typo (`<%`), and the share of trigrams SQLite asks. */
const FUZZY = 0.6;

function rowOf(r: Row, dialect: Db['dialect']): Community {
  return {
    id: String(r.id),
    owner: String(r.owner),
    name: String(r.name),
    description: String(r.description),
    tags:
      dialect === 'postgres' ? [...(r.tags as string[])] : (JSON.parse(String(r.tags)) as string[]),
    language: String(r.language),
    endpoint: String(r.endpoint),
    serverKey: toBytes(r.server_key),
    revision: toInt(r.revision),
    registration: toBytes(r.registration),
    memberCount: toInt(r.member_count),
    status: r.status as Community['status'],
    createdAt: toMs(r.created_at),
    updatedAt: toMs(r.updated_at),
    lastActiveAt: toMs(r.last_active_at),
    health: healthOf(String(r.health_window ?? ''), r.checked_at),
  };
}

/** Latency (mean of the checks that answered) and success rate of a stored window. */
function healthOf(window: string, checkedAt: unknown): Community['health'] {
  const checks = window === '' ? [] : window.split(',');
  const ok = checks.filter((c) => c !== 'x').map(Number);
  return {
    latencyMs: ok.length === 0 ? null : Math.round(ok.reduce((a, b) => a + b, 0) / ok.length),
    successRate: checks.length === 0 ? null : ok.length / checks.length,
    checks: checks.length,
    checkedAt: checkedAt == null ? null : toMs(checkedAt),
  };
}

const isUniqueViolation = (err: unknown) => {
  const e = err as { code?: unknown; errcode?: unknown; message?: unknown };
  return (
    e.code === '23505' ||
    (typeof e.message === 'string' && e.message.includes('UNIQUE constraint failed'))
  );
};

/** The listings: registration, updates, removal and search. */
export class CommunityStore {
  readonly #write: Db;
  readonly #read: Db;

  constructor(write: Db, read: Db = write) {
    this.#write = write;
    this.#read = read;
  }

  /** Whether the databases answer (`/readyz`): the primary, and the replica searches use. */
  async ping(): Promise<void> {
    await this.#write.get('SELECT 1 AS one');
    if (this.#read !== this.#write) await this.#read.get('SELECT 1 AS one');
  }

  /** A listing by id (deregistered ones are not found). Read from the primary when `fresh`. */
  async get(id: string, fresh = false): Promise<Community | undefined> {
    const db = fresh ? this.#write : this.#read;
    const r = await db.get(
      `SELECT ${COLUMNS} FROM communities WHERE id = $1 AND deleted_at IS NULL`,
      [id],
    );
    return r && rowOf(r, db.dialect);
  }

  /** The newest revision ever listed for `serverKey` (deregistered listings included), or 0. */
  async lastRevision(db: Db, serverKey: Uint8Array): Promise<number> {
    const r = await db.get<{ revision: unknown }>(
      'SELECT max(revision) AS revision FROM communities WHERE server_key = $1',
      [serverKey],
    );
    return r?.revision == null ? 0 : toInt(r.revision);
  }

  /** Whether a live listing has this endpoint or server key. */
  async listed(db: Db, endpoint: string, serverKey: Uint8Array): Promise<boolean> {
    const r = await db.get(
      'SELECT id FROM communities WHERE (endpoint = $1 OR server_key = $2) AND deleted_at IS NULL',
      [endpoint, serverKey],
    );
    return r !== undefined;
  }

  /** How many listings `owner` has. */
  async countOwned(db: Db, owner: string): Promise<number> {
    const r = await db.get<{ n: unknown }>(
      'SELECT count(*) AS n FROM communities WHERE owner = $1 AND deleted_at IS NULL',
      [owner],
    );
    return toInt(r?.n ?? 0);
  }

  /**
   * List a new community, in `db` (a transaction).
   *
   * @throws ListedAlready when its endpoint or server key is listed already.
   */
  async insert(db: Db, id: string, f: ListingFields, now: number): Promise<Community> {
    try {
      if (db.dialect === 'postgres') {
        await db.run(
          `INSERT INTO communities (id, owner, name, description, tags, language, endpoint,
             server_key, revision, registration, created_at, updated_at, last_active_at,
             search, search_head, name_tags)
           VALUES ($1, $2, $3, $4, string_to_array($5, ' '), $6, $7, $8, $9, $10, $11, $11, $11,
             ${PG_VECTOR(12)}, ${PG_HEAD(12)}, $17)`,
          [
            id,
            ...this.#fields(f, 'postgres'),
            db.time(now),
            ...pgVectorParams(f),
            nameTagsText(f.name, f.tags),
          ],
        );
      } else {
        await db.run(
          `INSERT INTO communities (id, owner, name, description, tags, language, endpoint,
             server_key, revision, registration, created_at, updated_at, last_active_at, name_tags)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $11, $12)`,
          [id, ...this.#fields(f, 'sqlite'), now, nameTagsText(f.name, f.tags)],
        );
        await this.#indexSqlite(db, id, f, true);
      }
    } catch (err) {
      if (isUniqueViolation(err)) throw new ListedAlready('listed already', { cause: err });
      throw err;
    }
    return (await this.#getIn(db, id))!;
  }

  /**
   * Replace a listing's fields with a newer registration's, in `db` (a transaction).
   *
   * @throws ListedAlready when the new endpoint or server key is another listing's.
   */
  async update(db: Db, id: string, f: ListingFields, now: number): Promise<Community> {
    try {
      if (db.dialect === 'postgres') {
        await db.run(
          `UPDATE communities SET owner = $2, name = $3, description = $4,
             tags = string_to_array($5, ' '), language = $6, endpoint = $7, server_key = $8,
             revision = $9, registration = $10, updated_at = $11, last_active_at = $11,
             search = ${PG_VECTOR(12)}, search_head = ${PG_HEAD(12)}, name_tags = $17
           WHERE id = $1 AND deleted_at IS NULL`,
          [
            id,
            ...this.#fields(f, 'postgres'),
            db.time(now),
            ...pgVectorParams(f),
            nameTagsText(f.name, f.tags),
          ],
        );
      } else {
        await db.run(
          `UPDATE communities SET owner = $2, name = $3, description = $4, tags = $5,
             language = $6, endpoint = $7, server_key = $8, revision = $9, registration = $10,
             updated_at = $11, last_active_at = $11, name_tags = $12
           WHERE id = $1 AND deleted_at IS NULL`,
          [id, ...this.#fields(f, 'sqlite'), now, nameTagsText(f.name, f.tags)],
        );
        await this.#indexSqlite(db, id, f);
      }
    } catch (err) {
      if (isUniqueViolation(err)) throw new ListedAlready('listed already', { cause: err });
      throw err;
    }
    return (await this.#getIn(db, id))!;
  }

  /**
   * End a listing, in `db` (a transaction): its text is emptied and it
   * leaves every search; the row stays, with its server key and revision,
   * so a replayed older registration cannot list the server again.
   */
  async remove(db: Db, id: string, now: number): Promise<boolean> {
    const seq =
      db.dialect === 'sqlite'
        ? await db.get<{ seq: unknown }>('SELECT seq FROM communities WHERE id = $1', [id])
        : undefined;
    const changed = await db.run(
      `UPDATE communities SET deleted_at = $2, name = '', description = '', name_tags = '',
         registration = $3, endpoint = 'removed:' || id${
           db.dialect === 'postgres'
             ? ", tags = '{}', search = ''::tsvector, search_head = ''::tsvector"
             : ", tags = '[]'"
         }
       WHERE id = $1 AND deleted_at IS NULL`,
      [id, db.time(now), new Uint8Array(0)],
    );
    if (changed > 0 && seq) {
      await db.run('DELETE FROM communities_fts WHERE rowid = $1', [toInt(seq.seq)]);
      await db.run('DELETE FROM community_tags WHERE seq = $1', [toInt(seq.seq)]);
    }
    return changed > 0;
  }

  /** A listing by id inside `db` (a transaction), with a row lock on PostgreSQL. */
  async lock(db: Db, id: string): Promise<Community | undefined> {
    const r = await db.get(
      `SELECT ${COLUMNS} FROM communities WHERE id = $1 AND deleted_at IS NULL${db.forUpdate}`,
      [id],
    );
    return r && rowOf(r, db.dialect);
  }

  async #getIn(db: Db, id: string): Promise<Community | undefined> {
    const r = await db.get(`SELECT ${COLUMNS} FROM communities WHERE id = $1`, [id]);
    return r && rowOf(r, db.dialect);
  }

  /** The listing's own columns, owner to registration, as `dialect` stores them (tags: a text[] from spaces, or JSON). */
  #fields(f: ListingFields, dialect: Db['dialect']): Param[] {
    return [
      f.owner,
      f.name,
      f.description,
      dialect === 'postgres' ? f.tags.join(' ') : JSON.stringify(f.tags),
      f.language.toLowerCase(),
      f.endpoint,
      f.serverKey,
      f.revision,
      f.registration,
    ];
  }

  async #indexSqlite(db: Db, id: string, f: ListingFields, fresh = false): Promise<void> {
    const r = await db.get<{ seq: unknown }>('SELECT seq FROM communities WHERE id = $1', [id]);
    const seq = toInt(r!.seq);
    if (!fresh) {
      await db.run('DELETE FROM communities_fts WHERE rowid = $1', [seq]);
      await db.run('DELETE FROM community_tags WHERE seq = $1', [seq]);
    }
    await db.run(
      'INSERT INTO communities_fts (rowid, name_tags, description) VALUES ($1, $2, $3)',
      [seq, nameTagsText(f.name, f.tags), f.description.normalize('NFKC').toLowerCase()],
    );
    await db.run('DELETE FROM community_tags WHERE seq = $1', [seq]);
    for (const tag of f.tags)
      await db.run('INSERT INTO community_tags (tag, seq) VALUES ($1, $2)', [tag, seq]);
  }

  /**
   * Write many listings at once (an operator's import, the benchmark), with
   * their counts and times as given: no registration is checked here.
   */
  async importListings(
    listings: readonly (ListingFields & {
      id: string;
      memberCount: number;
      createdAt: number;
      lastActiveAt: number;
    })[],
  ): Promise<void> {
    const db = this.#write;
    await db.tx(async (tx) => {
      if (tx.dialect === 'postgres') {
        for (let from = 0; from < listings.length; from += 500) {
          const params: Param[] = [];
          const rows = listings.slice(from, from + 500).map((l) => {
            const at = params.length;
            params.push(
              l.id,
              ...this.#fields(l, 'postgres'),
              tx.time(l.createdAt),
              ...pgVectorParams(l),
              nameTagsText(l.name, l.tags),
              l.memberCount,
              tx.time(l.lastActiveAt),
            );
            const p = (i: number) => `$${at + i}`;
            return `(${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, string_to_array(${p(5)}, ' '), ${p(6)}, ${p(7)}, ${p(8)}, ${p(9)}, ${p(10)}, ${p(11)}, ${p(11)}, ${p(19)}, ${PG_VECTOR(at + 12)}, ${PG_HEAD(at + 12)}, ${p(17)}, ${p(18)})`;
          });
          await tx.run(
            `INSERT INTO communities (id, owner, name, description, tags, language, endpoint,
               server_key, revision, registration, created_at, updated_at, last_active_at,
               search, search_head, name_tags, member_count) VALUES ${rows.join(', ')}`,
            params,
          );
          await addWords(tx, listings.slice(from, from + 500));
        }
        return;
      }
      for (const l of listings) {
        await tx.run(
          `INSERT INTO communities (id, owner, name, description, tags, language, endpoint,
             server_key, revision, registration, created_at, updated_at, last_active_at, name_tags,
             member_count)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $12, $13, $14)`,
          [
            l.id,
            ...this.#fields(l, 'sqlite'),
            l.createdAt,
            l.lastActiveAt,
            nameTagsText(l.name, l.tags),
            l.memberCount,
          ],
        );
        await this.#indexSqlite(tx, l.id, l, true);
      }
    });
  }

  /**
   * One page of a search (spec/directory.md §3), from the read database.
   *
   * With a query, the results are the listings that match all its terms
   * (words by English stem or as a prefix, CJK by bigrams): in relevance
   * order, first those whose name or tags match (tier 2), then those whose
   * description does (tier 1), each tier by members. When nothing matches
   * exactly, the results are the listings whose name or tags are like the
   * query (one typo: tier 0), most alike first. Every step is an index
   * lookup ordered by an index or over a small set, so no query ranks every
   * match of a common word.
   */
  async search(query: SearchQuery): Promise<SearchPage> {
    const db = this.#read;
    const plan = db.dialect === 'postgres' ? pgPlan(query) : sqlitePlan(query);
    if (plan === null) return { communities: [], next: null };
    const want = query.limit + 1;
    const rows: Row[] = [];
    const sort: Sort = query.sort === 'relevance' && !plan.searching ? 'members' : query.sort;
    const after = query.after;
    // Exact matches first; only when there are none (and so on the first
    // page), the listings like the query (tier 0). No separate existence
    // check: the planner walks a whole index for one that finds nothing.
    const fuzzy = async (from: Cursor | undefined, column: string, n: number, s?: Sort) =>
      db.dialect === 'postgres'
        ? page(db, plan, await corrected(db, plan), column, 0, from, n, s)
        : column === 'member_count' && s === undefined
          ? fuzzyPage(db, plan, from, n)
          : page(db, plan, plan.fuzzy, column, 0, from, n, s);
    if (sort !== 'relevance') {
      const column = SORT_COLUMN[sort];
      if (!plan.searching) rows.push(...(await page(db, plan, null, column, 1, after, want, sort)));
      else if (after?.tier === 0) rows.push(...(await fuzzy(after, column, want, sort)));
      else {
        rows.push(...(await page(db, plan, plan.anyMatch, column, 1, after, want, sort)));
        if (rows.length === 0 && !after) rows.push(...(await fuzzy(undefined, column, want, sort)));
      }
    } else if (after?.tier === 0) {
      rows.push(...(await fuzzy(after, 'member_count', want)));
    } else {
      for (const tier of [2, 1] as const) {
        if (after && tier > after.tier) continue;
        const where = tier === 2 ? plan.headMatch : plan.bodyOnlyMatch;
        const from = after && tier === after.tier ? after : undefined;
        rows.push(...(await page(db, plan, where, 'member_count', tier, from, want - rows.length)));
        if (rows.length >= want) break;
      }
      if (rows.length === 0 && !after) rows.push(...(await fuzzy(undefined, 'member_count', want)));
    }
    const communities = rows.slice(0, query.limit).map((r) => rowOf(r, db.dialect));
    const last = rows.length > query.limit ? rows[query.limit - 1] : undefined;
    return {
      communities,
      next: last
        ? { value: Number(last.sort_value), id: String(last.id), tier: Number(last.tier) }
        : null,
    };
  }
}

/** A search's conditions, as SQL over `communities c` with their parameters (spec/directory.md §3). */
interface Plan {
  readonly params: Param[];
  /** Filters every result meets (live, tags, language). */
  readonly filters: string;
  readonly searching: boolean;
  /** Matches every term anywhere (name, tags, description). */
  readonly anyMatch: string;
  /** Matches every term in the name or tags. */
  readonly headMatch: string;
  /** Matches every term, not all in the name or tags. */
  readonly bodyOnlyMatch: string;
  /** Like the query in the name or tags (one typo); `fuzzyScore` orders them (higher first). */
  readonly fuzzy: string;
  readonly fuzzyScore: string;
  /** What the fuzzy query joins (SQLite's trigram counts). */
  readonly fuzzyJoin: string;
  /** CTEs the conditions use (SQLite's trigram counts). */
  readonly with: string;
  /** PostgreSQL: the query's words, corrected against the lexicon when nothing matches exactly. */
  readonly words?: readonly string[];
  /**
   * PostgreSQL: count the matches before choosing how to order them (see
   * {@link PROBE}): for several terms, or a term and tags, whose matches the
   * planner guesses as if independent.
   */
  readonly probe?: boolean;
}

/**
 * `sql` with only the parameters it names, renumbered in order: a plan
 * holds the parameters of all its conditions, and each query uses some
 * (PostgreSQL refuses a parameter it cannot see).
 */
function compact(sql: string, params: readonly Param[]): [string, Param[]] {
  const used = new Map<number, number>();
  const out: Param[] = [];
  const text = sql.replace(/\$(\d+)/g, (_, n: string) => {
    const i = Number(n);
    let to = used.get(i);
    if (to === undefined) {
      out.push(params[i - 1]!);
      to = out.length;
      used.set(i, to);
    }
    return `$${to}`;
  });
  return [text, out];
}

/**
 * PostgreSQL's typo tolerance: each word of the query (three letters or
 * more) replaced by the (at most three) most similar words of the lexicon
 * (pg_trgm `%`, similarity 0.3 or more), then matched in the name or tags.
 * A condition over `plan.params` (added to them), or `false` when a word has
 * nothing like it.
 */
async function corrected(db: Db, plan: Plan): Promise<string> {
  const parts: string[] = [];
  for (const w of plan.words ?? []) {
    plan.params.push(`'${w}':*`);
    const prefix = `to_tsquery('simple', $${plan.params.length})`;
    if ([...w].length < 3) {
      parts.push(prefix);
      continue;
    }
    const like = await db.all<{ word: string }>(
      'SELECT word FROM lexicon WHERE word OPERATOR(public.%) $1 ORDER BY public.similarity(word, $1) DESC, word LIMIT 3',
      [w],
    );
    if (like.length === 0) return 'false';
    plan.params.push(like.map((r) => `'${r.word}'`).join(' | '));
    parts.push(`(${prefix} || to_tsquery('simple', $${plan.params.length}))`);
  }
  if (parts.length === 0) return 'false';
  return `c.search_head @@ (${parts.join(' && ')})`;
}

/**
 * How many matches PostgreSQL gathers before it orders them itself: below
 * this, the matches (found through the GIN index) are ordered in memory;
 * from it on, they are common and walking the order's B-tree finds a page
 * within a few hundred rows. For one term the planner tells the two apart
 * from its statistics; for several it guesses as if they were independent,
 * and walks the whole B-tree for a rare pair of common words
 * (`typography lima`: 60 ms over 100,000 listings), so the directory
 * counts first.
 */
const PROBE = 400;

/** Up to `n` rows meeting `where`, by `column` descending then id, after `after`. */
async function page(
  db: Db,
  plan: Plan,
  where: string | null,
  column: string,
  tier: number,
  after: Cursor | undefined,
  n: number,
  sort?: Sort,
): Promise<Row[]> {
  const params = [...plan.params];
  let keyset = '';
  if (after) {
    const isTime = sort === 'created' || sort === 'active';
    params.push(isTime ? db.time(after.value) : after.value, after.id);
    keyset = ` AND (c.${column}, c.id) < ($${params.length - 1}, $${params.length})`;
  }
  const matching = `${plan.filters}${where ? ` AND ${where}` : ''}${keyset}`;
  const ordered = ` ORDER BY c.${column} DESC, c.id DESC LIMIT ${n}`;
  const select = `SELECT ${SELECT}, c.${column} AS sort_value, ${tier} AS tier FROM communities c`;
  if (plan.probe && where !== null) {
    const few = await db.all<{ id: string }>(
      ...compact(`SELECT c.id FROM communities c WHERE ${matching} LIMIT ${PROBE}`, params),
    );
    if (few.length === 0) return [];
    if (few.length < PROBE)
      return db.all(`${select} WHERE c.id = ANY(string_to_array($1, ',')::uuid[])${ordered}`, [
        few.map((r) => r.id).join(','),
      ]);
  }
  return db.all(...compact(`${plan.with}${select} WHERE ${matching}${ordered}`, params));
}

/** Up to `n` rows like the query (tier 0), most alike first, after `after`. */
async function fuzzyPage(db: Db, plan: Plan, after: Cursor | undefined, n: number): Promise<Row[]> {
  const params = [...plan.params];
  let keyset = '';
  if (after) {
    params.push(after.value, after.id);
    keyset = ` WHERE (sort_value, id) < ($${params.length - 1}, $${params.length})`;
  }
  return db.all(
    ...compact(
      `${plan.with}SELECT * FROM (SELECT ${SELECT}, ${plan.fuzzyScore} AS sort_value, 0 AS tier
         FROM communities c${plan.fuzzyJoin} WHERE ${plan.filters} AND ${plan.fuzzy}) s${keyset}
       ORDER BY sort_value DESC, id DESC LIMIT ${n}`,
      params,
    ),
  );
}

const SELECT = COLUMNS.replace(/(\w+)/g, 'c.$1');

/**
 * The weighted tsvector of a listing: name and tags (A: their words stemmed
 * under `english`, the name's terms under `simple`), tags (B: their terms),
 * description (C: stemmed and as terms). The weights say where a term was
 * found; the order of results comes from the tiers (spec/directory.md §3.2).
 */
const PG_VECTOR = (from: number) => {
  const p = (i: number) => `$${from + i}`;
  return `setweight(to_tsvector('english', ${p(0)}) || to_tsvector('simple', ${p(1)}), 'A') ||
    setweight(to_tsvector('simple', ${p(2)}), 'B') ||
    setweight(to_tsvector('english', ${p(3)}) || to_tsvector('simple', ${p(4)}), 'C')`;
};

/**
 * Add the words of listings' names and tags (three letters or more, not
 * CJK) to the lexicon that typos are corrected against (PostgreSQL). Words
 * stay when their listing goes: a correction to one then matches nothing.
 */
async function addWords(db: Db, listings: readonly ListingFields[]): Promise<void> {
  const words = new Set<string>();
  for (const l of listings)
    for (const w of terms([l.name, ...l.tags].join(' ')).words)
      if ([...w].length >= 3 && [...w].length <= 64) words.add(w);
  if (words.size === 0) return;
  await db.run(
    "INSERT INTO lexicon (word) SELECT unnest(string_to_array($1, ' ')) ON CONFLICT DO NOTHING",
    [[...words].join(' ')],
  );
}

/** The name and tags alone (the first three parameters of {@link PG_VECTOR}): relevance's first tier. */
const PG_HEAD = (from: number) =>
  `to_tsvector('english', $${from}) || to_tsvector('simple', $${from + 1}) || to_tsvector('simple', $${from + 2})`;

/** The five parameters of {@link PG_VECTOR}. */
function pgVectorParams(f: ListingFields): Param[] {
  return [
    wordText([f.name, ...f.tags].join(' ')),
    indexText(f.name),
    f.tags.map(indexText).join(' '),
    wordText(f.description),
    indexText(f.description),
  ];
}

/** The ORDER BY column of a sort (relevance is by tier, then members). */
const SORT_COLUMN: Record<Exclude<Sort, 'relevance'>, string> = {
  members: 'member_count',
  created: 'created_at',
  active: 'last_active_at',
};

/** Filters every search shares: live listings, tags, language. */
function filters(query: SearchQuery, add: (p: Param) => string, dialect: Db['dialect']): string {
  const where = ['c.deleted_at IS NULL'];
  if (query.tags && query.tags.length > 0) {
    if (dialect === 'postgres')
      where.push(`c.tags @> string_to_array(${add(query.tags.join(' '))}, ' ')`);
    else
      for (const tag of query.tags)
        where.push(`c.seq IN (SELECT seq FROM community_tags WHERE tag = ${add(tag)})`);
  }
  if (query.language !== undefined) {
    const lang = query.language.toLowerCase();
    where.push(`(c.language = ${add(lang)} OR c.language LIKE ${add(`${lang}-%`)})`);
  }
  return where.join(' AND ');
}

/** The score of a fuzzy match: how alike (0-1000), then members. */
const fuzzyScore = (similarity: string) =>
  `(round((${similarity}) * 1000) * 1000000000 + least(c.member_count, 999999999))`;

/**
 * What every plan starts from: its parameters, the filters, and the plan of
 * a search without a query (`q` absent), which matches by filters alone.
 */
function planStart(query: SearchQuery, dialect: Db['dialect']) {
  const params: Param[] = [];
  const add = (p: Param) => {
    params.push(p);
    return `$${params.length}`;
  };
  const where = filters(query, add, dialect);
  const unsearched: Plan = {
    params,
    filters: where,
    searching: false,
    with: '',
    anyMatch: 'false',
    headMatch: 'false',
    bodyOnlyMatch: 'false',
    fuzzy: 'false',
    fuzzyScore: '0',
    fuzzyJoin: '',
  };
  return { params, add, where, unsearched };
}

function pgPlan(query: SearchQuery): Plan | null {
  const { params, add, where, unsearched } = planStart(query, 'postgres');
  if (query.q === undefined) return unsearched;
  const t = terms(query.q);
  const words = t.words.slice(0, MAX_TERMS);
  const cjk = t.cjk.slice(0, MAX_TERMS);
  if (words.length === 0 && cjk.length === 0) return null;
  // Each word by its English stem; the last one, which may be unfinished
  // (typed as you go), also as any term it begins; each CJK bigram as it is
  // (a lone character: any term it begins). Terms hold only letters, digits
  // and marks, so quoting them is enough.
  const parts = [
    ...words.map((w, i) =>
      i === words.length - 1
        ? `(to_tsquery('english', ${add(`'${w}'`)}) || to_tsquery('simple', ${add(`'${w}':*`)}))`
        : `to_tsquery('english', ${add(`'${w}'`)})`,
    ),
    ...cjk.map((c) => `to_tsquery('simple', ${add([...c].length === 1 ? `'${c}':*` : `'${c}'`)})`),
  ];
  const tsq = `(${parts.join(' && ')})`;
  return {
    params,
    filters: where,
    searching: true,
    with: '',
    anyMatch: `c.search @@ ${tsq}`,
    headMatch: `c.search_head @@ ${tsq}`,
    bodyOnlyMatch: `(c.search @@ ${tsq} AND NOT c.search_head @@ ${tsq})`,
    fuzzyJoin: '',
    fuzzy: 'false',
    fuzzyScore: '0',
    words,
    probe: words.length + cjk.length >= 2 || (query.tags?.length ?? 0) > 0,
  };
}

function sqlitePlan(query: SearchQuery): Plan | null {
  const { params, add, where, unsearched } = planStart(query, 'sqlite');
  if (query.q === undefined) return unsearched;
  // Whole runs (CJK ones unsplit): the trigram index matches substrings.
  const runs = [...terms(query.q).words, ...cjkRuns(query.q)].slice(0, MAX_TERMS);
  if (runs.length === 0) return null;
  const long = runs.filter((r) => [...r].length >= 3);
  const short = runs.filter((r) => [...r].length < 3);
  const phrase = long.map((r) => `"${r}"`).join(' AND ');
  const fts = (match: string) =>
    `c.seq IN (SELECT rowid FROM communities_fts WHERE communities_fts MATCH ${add(match)})`;
  const head = [
    ...(long.length > 0 ? [fts(`name_tags : (${phrase})`)] : []),
    ...short.map((r) => `c.name_tags LIKE ${add(`%${r}%`)}`),
  ].join(' AND ');
  const any = [
    ...(long.length > 0 ? [fts(phrase)] : []),
    ...short.map((r) => {
      const pattern = add(`%${r}%`);
      return `(c.name_tags LIKE ${pattern} OR lower(c.description) LIKE ${pattern})`;
    }),
  ].join(' AND ');
  // One typo: the listings whose name and tags hold most of the query's trigrams.
  const grams = trigrams(query.q).slice(0, 32);
  let withFuzzy = '';
  let fuzzy = 'false';
  let score = '0';
  if (grams.length > 0) {
    const need = Math.ceil(grams.length * FUZZY);
    withFuzzy = `WITH fz AS (SELECT seq, count(*) AS hits FROM (${grams
      .map(
        (g) =>
          `SELECT rowid AS seq FROM communities_fts WHERE communities_fts MATCH ${add(`name_tags : "${g}"`)}`,
      )
      .join(' UNION ALL ')}) GROUP BY seq HAVING count(*) >= ${need}) `;
    fuzzy = 'c.seq IN (SELECT seq FROM fz)';
    score = fuzzyScore(`fz.hits * 1.0 / ${grams.length}`);
  }
  return {
    params,
    filters: where,
    searching: true,
    with: withFuzzy,
    anyMatch: `(${any})`,
    headMatch: `(${head})`,
    bodyOnlyMatch: `(${any} AND NOT (${head}))`,
    fuzzyJoin: grams.length > 0 ? ' JOIN fz ON fz.seq = c.seq' : '',
    fuzzy,
    fuzzyScore: score.replace('least(', 'min('),
  };
}

/** The CJK runs of `text`, whole (SQLite matches substrings, not terms). */
function cjkRuns(text: string): string[] {
  return [
    ...text
      .normalize('NFKC')
      .toLowerCase()
      .matchAll(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu),
  ].map(([r]) => r);
}
