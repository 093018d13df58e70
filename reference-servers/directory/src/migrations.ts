/**
 * The directory's schema (spec/directory.md §8), as numbered migrations.
 * The two backends differ beyond column types in how listings are searched
 * (spec/directory.md §3), so each migration is written once per backend:
 *
 * - PostgreSQL: a weighted `tsvector` (`search`, built by the server from
 *   pre-segmented text, spec/directory.md §3.1) and one of the name and tags
 *   alone (`search_head`) under GIN; the words of names and tags
 *   (`lexicon`) under a `pg_trgm` index, for typos (the extension in schema
 *   `public`, where the server looks for it); `text[]` tags under GIN;
 *   one B-tree per sort order, each ending in the id (keyset pages).
 * - SQLite: an FTS5 table with the trigram tokenizer over the same text,
 *   kept by the server beside each listing (same rowid), and the tags in a
 *   table of their own.
 *
 * A deregistered listing keeps its row (`deleted_at` set, its text emptied)
 * so that the revision it ended at is remembered: a registration replayed
 * after it cannot list the server again (spec/directory.md §2.2).
 */
import { applyMigrations } from '@nexuslink/server-kit';
import type { Db, Migration } from '@nexuslink/server-kit';

const SHARED_PG = `
CREATE TABLE server_config (
  key text PRIMARY KEY,
  value text NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE TABLE pow_spent (
  nonce text PRIMARY KEY,
  expires_at timestamptz NOT NULL
);
CREATE INDEX pow_spent_expiry ON pow_spent (expires_at);

CREATE TABLE registration_events (
  id bigserial PRIMARY KEY,
  owner text NOT NULL,
  address text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('create', 'update', 'delete')),
  at timestamptz NOT NULL
);
CREATE INDEX registration_events_owner ON registration_events (owner, at);
CREATE INDEX registration_events_address ON registration_events (address, at);
CREATE INDEX registration_events_at ON registration_events (at);

CREATE TABLE anomalies (
  id bigserial PRIMARY KEY,
  kind text NOT NULL,
  subject text NOT NULL,
  detail text NOT NULL,
  at timestamptz NOT NULL,
  resolved_at timestamptz
);
CREATE INDEX anomalies_open ON anomalies (at) WHERE resolved_at IS NULL;
`;

const SHARED_SQLITE = SHARED_PG.replaceAll('bigserial PRIMARY KEY', 'INTEGER PRIMARY KEY')
  .replaceAll('timestamptz', 'INTEGER')
  .replace(' WHERE resolved_at IS NULL', '');

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'communities and search',
    sql: {
      postgres: `
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
${SHARED_PG}
CREATE TABLE communities (
  id uuid PRIMARY KEY,
  owner text NOT NULL,
  name text NOT NULL,
  description text NOT NULL,
  tags text[] NOT NULL,
  language text NOT NULL,
  endpoint text NOT NULL,
  server_key bytea NOT NULL,
  revision bigint NOT NULL,
  registration bytea NOT NULL,
  member_count integer NOT NULL DEFAULT 0,
  status text NOT NULL DEFAULT 'online' CHECK (status IN ('online', 'degraded', 'offline')),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  last_active_at timestamptz NOT NULL,
  deleted_at timestamptz,
  search tsvector NOT NULL,
  search_head tsvector NOT NULL,
  name_tags text NOT NULL
);
CREATE UNIQUE INDEX communities_endpoint ON communities (endpoint) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX communities_server_key ON communities (server_key) WHERE deleted_at IS NULL;
CREATE INDEX communities_server_key_all ON communities (server_key);
CREATE INDEX communities_owner ON communities (owner) WHERE deleted_at IS NULL;
CREATE INDEX communities_search ON communities USING gin (search);
CREATE INDEX communities_search_head ON communities USING gin (search_head);
CREATE INDEX communities_tags ON communities USING gin (tags);
CREATE INDEX communities_by_members ON communities (member_count, id) WHERE deleted_at IS NULL;
CREATE INDEX communities_by_created ON communities (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX communities_by_active ON communities (last_active_at, id) WHERE deleted_at IS NULL;
CREATE TABLE lexicon (word text PRIMARY KEY);
CREATE INDEX lexicon_trgm ON lexicon USING gin (word public.gin_trgm_ops);
`,
      sqlite: `
${SHARED_SQLITE}
CREATE TABLE communities (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  owner TEXT NOT NULL,
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  tags TEXT NOT NULL,
  language TEXT NOT NULL,
  endpoint TEXT NOT NULL,
  server_key BLOB NOT NULL,
  revision INTEGER NOT NULL,
  registration BLOB NOT NULL,
  member_count INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL DEFAULT 'online' CHECK (status IN ('online', 'degraded', 'offline')),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  last_active_at INTEGER NOT NULL,
  deleted_at INTEGER,
  name_tags TEXT NOT NULL
);
CREATE UNIQUE INDEX communities_endpoint ON communities (endpoint) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX communities_server_key ON communities (server_key) WHERE deleted_at IS NULL;
CREATE INDEX communities_server_key_all ON communities (server_key);
CREATE INDEX communities_owner ON communities (owner) WHERE deleted_at IS NULL;
CREATE INDEX communities_by_members ON communities (member_count, id) WHERE deleted_at IS NULL;
CREATE INDEX communities_by_created ON communities (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX communities_by_active ON communities (last_active_at, id) WHERE deleted_at IS NULL;
CREATE TABLE community_tags (
  tag TEXT NOT NULL,
  seq INTEGER NOT NULL REFERENCES communities (seq) ON DELETE CASCADE,
  PRIMARY KEY (tag, seq)
) WITHOUT ROWID;
CREATE INDEX community_tags_seq ON community_tags (seq);
CREATE VIRTUAL TABLE communities_fts USING fts5(
  name_tags, description, content='', contentless_delete=1, tokenize='trigram'
);
`,
    },
  },
  {
    version: 2,
    name: 'health',
    // health_window: the newest checks, oldest first, comma-separated: a
    // latency in ms for one that answered 200, `x` for one that did not.
    sql: {
      postgres: `
ALTER TABLE communities ADD COLUMN health_window text NOT NULL DEFAULT '';
ALTER TABLE communities ADD COLUMN checked_at timestamptz;
ALTER TABLE communities ADD COLUMN offline_since timestamptz;
ALTER TABLE communities ADD COLUMN grace_noticed smallint NOT NULL DEFAULT 0;
CREATE TABLE owner_notices (
  id bigserial PRIMARY KEY,
  community_id uuid NOT NULL,
  owner text NOT NULL,
  kind text NOT NULL,
  detail text NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX owner_notices_community ON owner_notices (community_id, id);
`,
      sqlite: `
ALTER TABLE communities ADD COLUMN health_window TEXT NOT NULL DEFAULT '';
ALTER TABLE communities ADD COLUMN checked_at INTEGER;
ALTER TABLE communities ADD COLUMN offline_since INTEGER;
ALTER TABLE communities ADD COLUMN grace_noticed INTEGER NOT NULL DEFAULT 0;
CREATE TABLE owner_notices (
  id INTEGER PRIMARY KEY,
  community_id TEXT NOT NULL,
  owner TEXT NOT NULL,
  kind TEXT NOT NULL,
  detail TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX owner_notices_community ON owner_notices (community_id, id);
`,
    },
  },
];

/** The newest schema version this directory knows. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Apply every migration the database lacks. @returns the versions applied. */
export function migrate(db: Db): Promise<number[]> {
  return applyMigrations(db, MIGRATIONS, 7424013);
}
