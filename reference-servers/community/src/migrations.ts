/**
 * The schema, as numbered migrations applied in order at start (and by
 * `nexuslink-community migrate`). Each is written once in PostgreSQL's
 * types; for SQLite the types map to its own (timestamps are ms INTEGERs,
 * UUIDs TEXT, bytea BLOB). A database written by a newer server (a
 * migration this one does not know) is refused, untouched.
 */
import { applyMigrations } from '@nexuslink/server-kit';
import type { Db, Migration } from '@nexuslink/server-kit';

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
CREATE TABLE members (
  uuid text PRIMARY KEY,
  identity_key bytea NOT NULL,
  self_signing_certificate bytea NOT NULL,
  revocation_list bytea,
  display_name text NOT NULL DEFAULT '',
  avatar_hash text,
  role text NOT NULL DEFAULT 'member' CHECK (role IN ('owner', 'admin', 'member')),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'banned')),
  joined_at timestamptz NOT NULL
);

CREATE TABLE devices (
  member_uuid text NOT NULL REFERENCES members (uuid) ON DELETE CASCADE,
  device_id bytea NOT NULL,
  public_key bytea NOT NULL,
  certificate bytea NOT NULL,
  device_name text NOT NULL,
  last_seen timestamptz NOT NULL,
  revoked_at timestamptz,
  PRIMARY KEY (member_uuid, device_id)
);

CREATE TABLE channels (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  type text NOT NULL DEFAULT 'text' CHECK (type IN ('text')),
  visibility text NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'private')),
  topic text NOT NULL DEFAULT '',
  created_by text NOT NULL REFERENCES members (uuid),
  created_at timestamptz NOT NULL,
  sort_order integer NOT NULL DEFAULT 0,
  last_seq bigint NOT NULL DEFAULT 0
);

CREATE TABLE channel_members (
  channel_id uuid NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
  member_uuid text NOT NULL REFERENCES members (uuid) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('admin', 'moderator', 'member')),
  joined_at timestamptz NOT NULL,
  PRIMARY KEY (channel_id, member_uuid)
);
CREATE INDEX channel_members_by_member ON channel_members (member_uuid);

CREATE TABLE channel_invites (
  channel_id uuid NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
  member_uuid text NOT NULL REFERENCES members (uuid) ON DELETE CASCADE,
  invited_by text NOT NULL REFERENCES members (uuid) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (channel_id, member_uuid)
);

CREATE TABLE messages (
  id uuid PRIMARY KEY,
  channel_id uuid NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
  sender_uuid text NOT NULL,
  sender_device bytea NOT NULL,
  encrypted_payload bytea NOT NULL,
  sequence_id bigint NOT NULL,
  sent_at timestamptz NOT NULL,
  edited_at timestamptz,
  client_id bytea
);
CREATE UNIQUE INDEX messages_by_channel_seq ON messages (channel_id, sequence_id);
CREATE UNIQUE INDEX messages_by_client_id ON messages (channel_id, sender_uuid, sender_device, client_id)
  WHERE client_id IS NOT NULL;

CREATE TABLE channel_cursors (
  channel_id uuid NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
  member_uuid text NOT NULL,
  device_id bytea NOT NULL,
  seq bigint NOT NULL,
  PRIMARY KEY (channel_id, member_uuid, device_id),
  FOREIGN KEY (member_uuid, device_id) REFERENCES devices (member_uuid, device_id) ON DELETE CASCADE
);

CREATE TABLE envelopes (
  id uuid PRIMARY KEY,
  recipient_uuid text NOT NULL,
  recipient_device bytea NOT NULL,
  sender_uuid text NOT NULL,
  sender_device bytea NOT NULL,
  envelope bytea NOT NULL,
  accepted_at timestamptz NOT NULL,
  client_id bytea,
  FOREIGN KEY (recipient_uuid, recipient_device) REFERENCES devices (member_uuid, device_id) ON DELETE CASCADE
);
CREATE INDEX envelopes_by_recipient ON envelopes (recipient_uuid, recipient_device, id);
CREATE UNIQUE INDEX envelopes_by_client_id ON envelopes (sender_uuid, sender_device, client_id)
  WHERE client_id IS NOT NULL;

CREATE TABLE prekeys (
  id uuid PRIMARY KEY,
  member_uuid text NOT NULL,
  device_id bytea NOT NULL,
  kind text NOT NULL CHECK (kind IN ('signed', 'kem', 'one_time')),
  key_id bigint NOT NULL,
  key_data bytea NOT NULL,
  uploaded_at timestamptz NOT NULL,
  consumed_at timestamptz,
  FOREIGN KEY (member_uuid, device_id) REFERENCES devices (member_uuid, device_id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX prekeys_by_key ON prekeys (member_uuid, device_id, kind, key_id);
CREATE INDEX prekeys_available ON prekeys (member_uuid, device_id, kind, id) WHERE consumed_at IS NULL;

CREATE TABLE auth_challenges (
  nonce bytea PRIMARY KEY,
  expires_at timestamptz NOT NULL
);

CREATE TABLE sessions (
  id uuid PRIMARY KEY,
  family_id uuid NOT NULL,
  member_uuid text NOT NULL,
  device_id bytea NOT NULL,
  access_hash bytea NOT NULL,
  access_expires_at timestamptz NOT NULL,
  refresh_hash bytea NOT NULL,
  refresh_expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL,
  rotated_at timestamptz,
  revoked_at timestamptz,
  FOREIGN KEY (member_uuid, device_id) REFERENCES devices (member_uuid, device_id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX sessions_by_access ON sessions (access_hash);
CREATE UNIQUE INDEX sessions_by_refresh ON sessions (refresh_hash);
CREATE INDEX sessions_by_device ON sessions (member_uuid, device_id);

CREATE TABLE audit_log (
  id uuid PRIMARY KEY,
  actor_uuid text,
  action text NOT NULL,
  target_type text NOT NULL,
  target_id text NOT NULL,
  metadata_json jsonb NOT NULL,
  timestamp timestamptz NOT NULL
);
CREATE INDEX audit_log_by_time ON audit_log (timestamp);

CREATE TABLE server_config (
  key text PRIMARY KEY,
  value text NOT NULL,
  updated_at timestamptz NOT NULL
);
`,
  },
  {
    version: 2,
    name: 'one-time KEM prekeys',
    // A table of their own: the kind check of prekeys cannot change in place
    // on SQLite, and these need their signed creation time, by which a fetch
    // skips the ones past the maximum prekey age (spec/pqxdh.md §Prekey lifecycle).
    sql: `
CREATE TABLE kem_one_time_prekeys (
  id uuid PRIMARY KEY,
  member_uuid text NOT NULL,
  device_id bytea NOT NULL,
  key_id bigint NOT NULL,
  key_data bytea NOT NULL,
  created_at timestamptz NOT NULL,
  uploaded_at timestamptz NOT NULL,
  consumed_at timestamptz,
  FOREIGN KEY (member_uuid, device_id) REFERENCES devices (member_uuid, device_id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX kem_one_time_prekeys_by_key ON kem_one_time_prekeys (member_uuid, device_id, key_id);
CREATE INDEX kem_one_time_prekeys_available ON kem_one_time_prekeys (member_uuid, device_id, id)
  WHERE consumed_at IS NULL;
`,
  },
  {
    version: 3,
    name: 'prekey fetch log; channel join positions',
    // prekey_fetches: one row per bundle handed out (one_time = 1 when it
    // carried a one-time key), the sliding windows of the prekey fetch
    // limits (spec/community.md §4, Prekeys); a device's rows older than the
    // window are deleted when it is fetched again, the rest by
    // Repository.purgePreKeyFetches. join_seq: the channel's
    // last sequence id when the member joined (the WebSocket's rule): its
    // history over HTTP starts after it. Members from before get the last
    // message sent before they joined.
    sql: `
CREATE TABLE prekey_fetches (
  id uuid PRIMARY KEY,
  requester_uuid text NOT NULL,
  member_uuid text NOT NULL,
  device_id bytea NOT NULL,
  one_time integer NOT NULL,
  fetched_at timestamptz NOT NULL,
  FOREIGN KEY (member_uuid, device_id) REFERENCES devices (member_uuid, device_id) ON DELETE CASCADE
);
CREATE INDEX prekey_fetches_by_device ON prekey_fetches (member_uuid, device_id, fetched_at);
CREATE INDEX prekey_fetches_by_requester
  ON prekey_fetches (requester_uuid, member_uuid, device_id, fetched_at);
CREATE INDEX prekey_fetches_by_time ON prekey_fetches (fetched_at);

ALTER TABLE channel_members ADD COLUMN join_seq bigint NOT NULL DEFAULT 0;
UPDATE channel_members SET join_seq = COALESCE(
  (SELECT max(m.sequence_id) FROM messages m
   WHERE m.channel_id = channel_members.channel_id AND m.sent_at < channel_members.joined_at),
  0);
`,
  },
  {
    version: 4,
    name: 'durable idempotency, known senders, retention',
    // A send's client id outlives its envelope for limits.idempotency_window_s
    // (spec/community.md §5.2); who wrote to whom decides which senders a
    // queue prefers (§5.2); the retention purge (§5.5) finds what is old by time.
    sql: `
CREATE TABLE envelope_client_ids (
  sender_uuid text NOT NULL,
  sender_device bytea NOT NULL,
  client_id bytea NOT NULL,
  delivery_id text NOT NULL,
  accepted_at timestamptz NOT NULL,
  PRIMARY KEY (sender_uuid, sender_device, client_id)
);
CREATE INDEX envelope_client_ids_by_time ON envelope_client_ids (accepted_at);
CREATE TABLE contacts (
  member_uuid text NOT NULL,
  peer_uuid text NOT NULL,
  since timestamptz NOT NULL,
  PRIMARY KEY (member_uuid, peer_uuid)
);
CREATE INDEX envelopes_by_sender ON envelopes (recipient_uuid, recipient_device, sender_uuid);
CREATE INDEX envelopes_by_time ON envelopes (accepted_at);
CREATE INDEX messages_by_time ON messages (sent_at);
`,
  },
  {
    version: 5,
    name: 'message franking',
    // Each channel message's franking tag and the server's attestation of it
    // (spec/community.md §5.6), signed as it is stored. Messages stored
    // before have neither; clients do not show those.
    sql: `
ALTER TABLE messages ADD COLUMN franking_tag bytea;
ALTER TABLE messages ADD COLUMN attestation bytea;
`,
  },
];

/** The newest schema version this server knows. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/**
 * Apply every migration the database lacks. Concurrent starts on PostgreSQL
 * take turns (an advisory lock).
 *
 * @returns the versions applied.
 * @throws Error when the database is newer than this server.
 */
export function migrate(db: Db): Promise<number[]> {
  return applyMigrations(db, MIGRATIONS, 7424011);
}
