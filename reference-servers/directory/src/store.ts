/**
 * The directory's listings in its database (spec/directory.md §2, §3):
 * written to the primary (`write`), read and searched from `read` (a
 * replica, or the same database). Every query is parameterized; search
 * terms reach SQL only as the letters-and-digits terms of src/text.ts.
 */
import { AppError, toBytes, toInt, toMs } from '@nexuslink/server-kit';
import type { Db, Param, Row } from '@nexuslink/server-kit';
import { indexText, nameTagsText, terms, trigrams, wordText } from './text.ts';

/** The sort orders of a search (spec/directory.md §3). */
export const SORTS = ['relevance', 'members', 'created', 'active'] as const;
export type Sort = (typeof SORTS)[number];

/** A listing as the directory holds it. */
export interface Community {
  readonly id: string;
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
  readonly memberCount: number;
  readonly status: 'online' | 'degraded' | 'offline';
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly lastActiveAt: number;
}

/** What a registration sets. */
export interface ListingFields {
  readonly owner: string;
  readonly name: string;
  readonly description: string;
  readonly tags: readonly string[];
  readonly language: string;
  readonly endpoint: string;
  readonly serverKey: Uint8Array;
  readonly revision: number;
  readonly registration: Uint8Array;
}

/** Where a page starts: after the row with this sort value and id. */
export interface Cursor {
  readonly value: number;
  readonly id: string;
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
  registration, member_count, status, created_at, updated_at, last_active_at`;

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
             search, name_tags)
           VALUES ($1, $2, $3, $4, string_to_array($5, ' '), $6, $7, $8, $9, $10, $11, $11, $11,
             ${PG_VECTOR(12)}, $17)`,
          [
            id,
            ...this.#fields(f),
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
          [
            id,
            f.owner,
            f.name,
            f.description,
            JSON.stringify(f.tags),
            f.language.toLowerCase(),
            f.endpoint,
            f.serverKey,
            f.revision,
            f.registration,
            now,
            nameTagsText(f.name, f.tags),
          ],
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
             search = ${PG_VECTOR(12)}, name_tags = $17
           WHERE id = $1 AND deleted_at IS NULL`,
          [
            id,
            ...this.#fields(f),
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
          [
            id,
            f.owner,
            f.name,
            f.description,
            JSON.stringify(f.tags),
            f.language.toLowerCase(),
            f.endpoint,
            f.serverKey,
            f.revision,
            f.registration,
            now,
            nameTagsText(f.name, f.tags),
          ],
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
           db.dialect === 'postgres' ? ", tags = '{}', search = ''::tsvector" : ", tags = '[]'"
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

  #fields(f: ListingFields): Param[] {
    return [
      f.owner,
      f.name,
      f.description,
      f.tags.join(' '),
      f.language.toLowerCase(),
      f.endpoint,
      f.serverKey,
      f.revision,
      f.registration,
    ];
  }

  async #indexSqlite(db: Db, id: string, f: ListingFields): Promise<void> {
    const r = await db.get<{ seq: unknown }>('SELECT seq FROM communities WHERE id = $1', [id]);
    const seq = toInt(r!.seq);
    await db.run('DELETE FROM communities_fts WHERE rowid = $1', [seq]);
    await db.run(
      'INSERT INTO communities_fts (rowid, name_tags, description) VALUES ($1, $2, $3)',
      [seq, nameTagsText(f.name, f.tags), f.description.normalize('NFKC').toLowerCase()],
    );
    await db.run('DELETE FROM community_tags WHERE seq = $1', [seq]);
    for (const tag of f.tags)
      await db.run('INSERT INTO community_tags (tag, seq) VALUES ($1, $2)', [tag, seq]);
  }

  /** One page of a search (spec/directory.md §3), from the read database. */
  async search(query: SearchQuery): Promise<SearchPage> {
    const db = this.#read;
    const built = db.dialect === 'postgres' ? pgSearch(query, db) : sqliteSearch(query, db);
    if (built === null) return { communities: [], next: null };
    const rows = await db.all(built.sql, built.params);
    const communities = rows.slice(0, query.limit).map((r) => rowOf(r, db.dialect));
    const last = rows.length > query.limit ? rows[query.limit - 1] : undefined;
    return {
      communities,
      next: last ? { value: Number(last.sort_value), id: String(last.id) } : null,
    };
  }
}

/** The weighted tsvector of a listing: name (A), tags (B), description (C), each stemmed (english) and as terms (simple). */
const PG_VECTOR = (from: number) => {
  const p = (i: number) => `$${from + i}`;
  return `setweight(to_tsvector('english', ${p(0)}) || to_tsvector('simple', ${p(1)}), 'A') ||
    setweight(to_tsvector('simple', ${p(2)}), 'B') ||
    setweight(to_tsvector('english', ${p(3)}) || to_tsvector('simple', ${p(4)}), 'C')`;
};

/** The five parameters of {@link PG_VECTOR}. */
function pgVectorParams(f: ListingFields): Param[] {
  return [
    wordText(f.name),
    indexText(f.name),
    f.tags.map(indexText).join(' '),
    wordText(f.description),
    indexText(f.description),
  ];
}

interface Built {
  sql: string;
  params: Param[];
}

/** The ORDER BY column of a sort (relevance is computed per query). */
const SORT_COLUMN: Record<Exclude<Sort, 'relevance'>, string> = {
  members: 'member_count',
  created: 'created_at',
  active: 'last_active_at',
};

/** The query's terms as the database sees them, or null when it has none to search. */
function queryTerms(q: string | undefined): { words: string[]; cjk: string[] } | null {
  if (q === undefined) return null;
  const t = terms(q);
  return { words: t.words.slice(0, MAX_TERMS), cjk: t.cjk.slice(0, MAX_TERMS) };
}

/** Filters every search shares: live listings, tags, language. */
function filters(query: SearchQuery, params: Param[], dialect: Db['dialect']): string[] {
  const where = ['c.deleted_at IS NULL'];
  const add = (p: Param) => {
    params.push(p);
    return `$${params.length}`;
  };
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
  return where;
}

/** The ORDER BY and the keyset condition of a page. */
function order(
  sortExpr: string,
  query: SearchQuery,
  params: Param[],
  db: Db,
  isTime: boolean,
): { orderBy: string; after: string | null } {
  let after: string | null = null;
  if (query.after) {
    params.push(isTime ? db.time(query.after.value) : query.after.value, query.after.id);
    after = `(${sortExpr}, id) < ($${params.length - 1}, $${params.length})`;
  }
  return { orderBy: `ORDER BY ${sortExpr} DESC, id DESC LIMIT ${query.limit + 1}`, after };
}

function pgSearch(query: SearchQuery, db: Db): Built | null {
  const params: Param[] = [];
  const where = filters(query, params, 'postgres');
  const t = queryTerms(query.q);
  let rank = '0';
  if (t) {
    if (t.words.length === 0 && t.cjk.length === 0) return null;
    const add = (p: Param) => {
      params.push(p);
      return `$${params.length}`;
    };
    // Each word: its English stem, or any term it begins; each CJK bigram as
    // it is (a lone character: any term it begins). Terms hold only letters,
    // digits and marks, so quoting them is enough.
    const parts = [
      ...t.words.map(
        (w) =>
          `(to_tsquery('english', ${add(`'${w}'`)}) || to_tsquery('simple', ${add(`'${w}':*`)}))`,
      ),
      ...t.cjk.map(
        (c) => `to_tsquery('simple', ${add([...c].length === 1 ? `'${c}':*` : `'${c}'`)})`,
      ),
    ];
    const tsq = parts.join(' && ');
    const text = add([...t.words, ...t.cjk].join(' '));
    where.push(`(c.search @@ (${tsq}) OR ${text} <% c.name_tags)`);
    rank = `round((ts_rank(c.search, ${tsq}) + word_similarity(${text}, c.name_tags))::numeric, 6)`;
  }
  const sort: Sort = query.sort === 'relevance' && !t ? 'members' : query.sort;
  const inner = `SELECT ${COLUMNS.replace(/(\w+)/g, 'c.$1')}, ${
    sort === 'relevance' ? rank : `c.${SORT_COLUMN[sort]}`
  } AS sort_value FROM communities c WHERE ${where.join(' AND ')}`;
  const { orderBy, after } = order(
    'sort_value',
    query,
    params,
    db,
    sort === 'created' || sort === 'active',
  );
  return {
    sql: `SELECT * FROM (${inner}) s${after ? ` WHERE ${after}` : ''} ${orderBy}`,
    params,
  };
}

function sqliteSearch(query: SearchQuery, db: Db): Built | null {
  const params: Param[] = [];
  const add = (p: Param) => {
    params.push(p);
    return `$${params.length}`;
  };
  const where = filters(query, params, 'sqlite');
  let ctes = '';
  let joins = '';
  let rank = '0';
  if (query.q !== undefined) {
    // Whole runs (CJK ones unsplit): substrings of the indexed text.
    const runs = [...terms(query.q).words, ...runsOf(query.q)].slice(0, MAX_TERMS);
    if (runs.length === 0) return null;
    const long = runs.filter((r) => [...r].length >= 3);
    const short = runs.filter((r) => [...r].length < 3);
    const exact: string[] = [];
    if (long.length > 0) {
      ctes += `ex AS (SELECT rowid AS seq FROM communities_fts WHERE communities_fts MATCH ${add(
        long.map((r) => `"${r}"`).join(' AND '),
      )}),`;
      joins += ' LEFT JOIN ex ON ex.seq = c.seq';
      exact.push('ex.seq IS NOT NULL');
    }
    for (const s of short) exact.push(`c.name_tags LIKE ${add(`%${s}%`)}`);
    const exactCond = `(${exact.join(' AND ')})`;
    // One typo: the listings whose name and tags hold most of the query's trigrams.
    const grams = trigrams(query.q).slice(0, 32);
    let fuzzy = 'NULL';
    if (grams.length > 0) {
      const need = Math.ceil(grams.length * FUZZY);
      ctes += `fz AS (SELECT seq, count(*) AS hits FROM (${grams
        .map(
          (g) =>
            `SELECT rowid AS seq FROM communities_fts WHERE communities_fts MATCH ${add(`name_tags : "${g}"`)}`,
        )
        .join(' UNION ALL ')}) GROUP BY seq HAVING count(*) >= ${need}),`;
      joins += ' LEFT JOIN fz ON fz.seq = c.seq';
      fuzzy = `(fz.hits * 1.0 / ${grams.length})`;
      where.push(`(${exactCond} OR fz.seq IS NOT NULL)`);
    } else where.push(exactCond);
    rank = `round(coalesce(${fuzzy}, 0) + CASE WHEN ${exactCond} THEN 1 ELSE 0 END, 6)`;
  }
  const searching = query.q !== undefined;
  const sort: Sort = query.sort === 'relevance' && !searching ? 'members' : query.sort;
  const sortSelect = sort === 'relevance' ? rank : `c.${SORT_COLUMN[sort]}`;
  const inner = `${ctes ? `WITH ${ctes.slice(0, -1)} ` : ''}SELECT ${COLUMNS.replace(
    /(\w+)/g,
    'c.$1',
  )}, ${sortSelect} AS sort_value FROM communities c${joins} WHERE ${where.join(' AND ')}`;
  const { orderBy, after } = order('sort_value', query, params, db, false);
  return {
    sql: `SELECT * FROM (${inner}) s${after ? ` WHERE ${after}` : ''} ${orderBy}`,
    params,
  };
}

/** The CJK runs of `text`, whole (SQLite matches substrings, not terms). */
function runsOf(text: string): string[] {
  return [
    ...text
      .normalize('NFKC')
      .toLowerCase()
      .matchAll(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu),
  ].map(([r]) => r);
}

/** `AppError` for a search the database could not run (a bad cursor reaches here as INVALID_ARGUMENT). */
export const badCursor = () =>
  new AppError('INVALID_ARGUMENT', 'cursor is not one this directory gave');
