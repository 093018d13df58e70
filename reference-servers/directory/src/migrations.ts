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

/**
 * Migration 3 (spec/directory.md §2.3, §6, §8): the nonces of signed
 * requests, staff and their sessions, KYC applications and their encrypted
 * documents, consent records, the append-only audit trail (a hash chain)
 * and messages to the data protection officer.
 */
const IDENTITY_PG = `
CREATE TABLE request_nonces (
  identity text NOT NULL,
  nonce text NOT NULL,
  expires_at timestamptz NOT NULL,
  PRIMARY KEY (identity, nonce)
);
CREATE INDEX request_nonces_expiry ON request_nonces (expires_at);

CREATE TABLE staff (
  name text PRIMARY KEY,
  role text NOT NULL CHECK (role IN ('reviewer', 'auditor', 'admin')),
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL,
  disabled_at timestamptz
);
CREATE TABLE staff_sessions (
  token_hash text PRIMARY KEY,
  name text NOT NULL REFERENCES staff (name) ON DELETE CASCADE,
  csrf text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX staff_sessions_expiry ON staff_sessions (expires_at);
CREATE TABLE login_failures (
  id bigserial PRIMARY KEY,
  key text NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX login_failures_key ON login_failures (key, at);

CREATE TABLE kyc_applications (
  id uuid PRIMARY KEY,
  identity text NOT NULL,
  status text NOT NULL CHECK (status IN ('draft', 'submitted', 'more_info', 'approved', 'rejected', 'withdrawn')),
  provider text NOT NULL,
  provider_ref text,
  claims text NOT NULL DEFAULT '{}',
  note text NOT NULL DEFAULT '',
  reviewer text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  submitted_at timestamptz,
  decided_at timestamptz,
  purge_after timestamptz,
  purged_at timestamptz
);
CREATE INDEX kyc_applications_identity ON kyc_applications (identity, created_at);
CREATE INDEX kyc_applications_queue ON kyc_applications (status, submitted_at);

CREATE TABLE kyc_documents (
  id uuid PRIMARY KEY,
  application_id uuid NOT NULL REFERENCES kyc_applications (id) ON DELETE CASCADE,
  kind text NOT NULL,
  media_type text NOT NULL,
  size integer NOT NULL,
  wrapped_key bytea NOT NULL,
  iv bytea NOT NULL,
  ciphertext bytea NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX kyc_documents_application ON kyc_documents (application_id, created_at);

CREATE TABLE kyc_consents (
  id bigserial PRIMARY KEY,
  identity text NOT NULL,
  purpose text NOT NULL,
  version text NOT NULL,
  granted smallint NOT NULL,
  evidence text NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX kyc_consents_identity ON kyc_consents (identity, id);

CREATE TABLE kyc_audit (
  seq bigserial PRIMARY KEY,
  at timestamptz NOT NULL,
  actor text NOT NULL,
  role text NOT NULL,
  action text NOT NULL,
  subject text,
  application_id uuid,
  document_id uuid,
  reason text NOT NULL,
  prev_hash text NOT NULL,
  hash text NOT NULL
);
CREATE INDEX kyc_audit_subject ON kyc_audit (subject, seq);

CREATE TABLE dpo_messages (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL,
  contact text NOT NULL,
  identity text,
  message text NOT NULL,
  handled_at timestamptz
);
`;

const IDENTITY_SQLITE = IDENTITY_PG.replaceAll('bigserial PRIMARY KEY', 'INTEGER PRIMARY KEY')
  .replaceAll('timestamptz', 'INTEGER')
  .replaceAll('bytea', 'BLOB')
  .replaceAll(' uuid', ' TEXT')
  .replaceAll('smallint', 'INTEGER');

/** Migration 5 (spec/directory.md §7.1): abuse reports. */
const REPORTS_PG = `
CREATE TABLE reports (
  id uuid PRIMARY KEY,
  reporter text NOT NULL,
  target_kind text NOT NULL CHECK (target_kind IN ('community', 'member')),
  target_id text NOT NULL,
  community_id uuid,
  category text NOT NULL,
  details text NOT NULL,
  status text NOT NULL CHECK (status IN ('open', 'dismissed', 'actioned', 'escalated')),
  outcome text NOT NULL,
  handled_by text,
  created_at timestamptz NOT NULL,
  handled_at timestamptz
);
CREATE INDEX reports_queue ON reports (status, created_at);
CREATE INDEX reports_target ON reports (target_kind, target_id, status);
CREATE INDEX reports_reporter ON reports (reporter, created_at);
`;

/**
 * Migration 6 (spec/directory.md §7.1): reports about a message, with the
 * evidence (spec/community.md §5.6) and what the directory verified in it,
 * one row per report, deleted with it. `reports.target_kind` takes
 * `message` (PostgreSQL changes the check; SQLite, which cannot, copies the
 * table).
 */
const REPORT_MESSAGES_PG = `
CREATE TABLE report_messages (
  report_id uuid PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
  listing_id uuid NOT NULL,
  server_key bytea NOT NULL,
  channel_id text NOT NULL,
  seq bigint NOT NULL,
  sender text NOT NULL,
  sender_device text NOT NULL,
  sent_at timestamptz NOT NULL,
  message_id text NOT NULL,
  timestamp_ms bigint NOT NULL,
  content_kind text NOT NULL CHECK (content_kind IN ('text', 'structured')),
  content text NOT NULL,
  evidence bytea NOT NULL
);
CREATE INDEX report_messages_sender ON report_messages (sender);
`;

const REPORT_MESSAGES_SQLITE = `
CREATE TABLE reports_v6 (
  id TEXT PRIMARY KEY,
  reporter TEXT NOT NULL,
  target_kind TEXT NOT NULL CHECK (target_kind IN ('community', 'member', 'message')),
  target_id TEXT NOT NULL,
  community_id TEXT,
  category TEXT NOT NULL,
  details TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'dismissed', 'actioned', 'escalated')),
  outcome TEXT NOT NULL,
  handled_by TEXT,
  created_at INTEGER NOT NULL,
  handled_at INTEGER
);
INSERT INTO reports_v6 (id, reporter, target_kind, target_id, community_id, category, details,
    status, outcome, handled_by, created_at, handled_at)
  SELECT id, reporter, target_kind, target_id, community_id, category, details,
    status, outcome, handled_by, created_at, handled_at FROM reports;
DROP TABLE reports;
ALTER TABLE reports_v6 RENAME TO reports;
CREATE INDEX reports_queue ON reports (status, created_at);
CREATE INDEX reports_target ON reports (target_kind, target_id, status);
CREATE INDEX reports_reporter ON reports (reporter, created_at);
${REPORT_MESSAGES_PG.replaceAll('timestamptz', 'INTEGER')
  .replaceAll('bytea', 'BLOB')
  .replaceAll('bigint', 'INTEGER')
  .replaceAll(' uuid', ' TEXT')}`;

const NOTICE_HOOKS_PG = `
CREATE TABLE notice_hooks (
  community_id uuid PRIMARY KEY,
  owner text NOT NULL,
  url text NOT NULL,
  secret text NOT NULL,
  created_at timestamptz NOT NULL
);
ALTER TABLE owner_notices ADD COLUMN push_attempts integer NOT NULL DEFAULT 0;
ALTER TABLE owner_notices ADD COLUMN push_next_at timestamptz;
ALTER TABLE owner_notices ADD COLUMN pushed_at timestamptz;
CREATE INDEX owner_notices_unpushed ON owner_notices (community_id) WHERE pushed_at IS NULL;
`;

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
  {
    version: 3,
    name: 'signed requests, staff, KYC, audit trail, privacy',
    sql: {
      postgres: `
${IDENTITY_PG}
CREATE INDEX kyc_applications_purge ON kyc_applications (purge_after) WHERE purged_at IS NULL;
CREATE FUNCTION kyc_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'kyc_audit is append-only';
END
$$;
CREATE TRIGGER kyc_audit_no_change BEFORE UPDATE OR DELETE ON kyc_audit
  FOR EACH ROW EXECUTE FUNCTION kyc_audit_append_only();
CREATE TRIGGER kyc_audit_no_truncate BEFORE TRUNCATE ON kyc_audit
  FOR EACH STATEMENT EXECUTE FUNCTION kyc_audit_append_only();
`,
      sqlite: `
${IDENTITY_SQLITE}
CREATE INDEX kyc_applications_purge ON kyc_applications (purge_after);
CREATE TRIGGER kyc_audit_no_update BEFORE UPDATE ON kyc_audit
BEGIN
  SELECT RAISE(ABORT, 'kyc_audit is append-only');
END;
CREATE TRIGGER kyc_audit_no_delete BEFORE DELETE ON kyc_audit
BEGIN
  SELECT RAISE(ABORT, 'kyc_audit is append-only');
END;
`,
    },
  },
  {
    version: 4,
    name: 'member counts from the communities',
    sql: {
      postgres: 'ALTER TABLE communities ADD COLUMN stats_checked_at timestamptz;',
      sqlite: 'ALTER TABLE communities ADD COLUMN stats_checked_at INTEGER;',
    },
  },
  {
    version: 5,
    name: 'abuse reports',
    sql: {
      postgres: REPORTS_PG,
      sqlite: REPORTS_PG.replaceAll('timestamptz', 'INTEGER').replaceAll(' uuid', ' TEXT'),
    },
  },
  {
    version: 6,
    name: 'reports about messages',
    sql: {
      postgres: `
ALTER TABLE reports DROP CONSTRAINT reports_target_kind_check;
ALTER TABLE reports ADD CONSTRAINT reports_target_kind_check
  CHECK (target_kind IN ('community', 'member', 'message'));
${REPORT_MESSAGES_PG}`,
      sqlite: REPORT_MESSAGES_SQLITE,
    },
  },
  {
    version: 7,
    name: 'owner notices pushed to a hook',
    // spec/directory.md §5: a listing's owner may name a URL the directory
    // posts each new notice to (signed with the hook's secret), retried.
    sql: {
      postgres: NOTICE_HOOKS_PG,
      sqlite: NOTICE_HOOKS_PG.replaceAll('timestamptz', 'INTEGER').replaceAll(' uuid', ' TEXT'),
    },
  },
];

/** The newest schema version this directory knows. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Apply every migration the database lacks. @returns the versions applied. */
export function migrate(db: Db): Promise<number[]> {
  return applyMigrations(db, MIGRATIONS, 7424013);
}
