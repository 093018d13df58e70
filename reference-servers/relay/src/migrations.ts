/**
 * The relay's schema (spec/relay.md §5): blobs by mailbox, with their size,
 * expiry and a keyed tag of the sending device (for its quota; not who it
 * is), and the server's own settings.
 */
import { applyMigrations } from '@nexuslink/server-kit';
import type { Db, Migration } from '@nexuslink/server-kit';

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'blobs',
    sql: `
CREATE TABLE blobs (
  id uuid PRIMARY KEY,
  mailbox text NOT NULL,
  sender_tag bytea NOT NULL,
  body bytea NOT NULL,
  size integer NOT NULL,
  stored_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX blobs_mailbox ON blobs (mailbox, id);
CREATE INDEX blobs_sender ON blobs (sender_tag);
CREATE INDEX blobs_expiry ON blobs (expires_at);

CREATE TABLE server_config (
  key text PRIMARY KEY,
  value text NOT NULL,
  updated_at timestamptz NOT NULL
);
`,
  },
  {
    version: 2,
    name: 'known senders',
    // known: 1 when the sender was known to the mailbox as it left the blob
    // (spec/relay.md §4.1); strangers' blobs together have a share of their own.
    // known_senders holds only keyed tags of (mailbox, sender) pairs, under keys
    // that rotate and are deleted (sender_epoch_keys): once a key is gone, its
    // tags name nobody.
    sql: `
ALTER TABLE blobs ADD COLUMN known smallint NOT NULL DEFAULT 0;
CREATE INDEX blobs_mailbox_sender ON blobs (mailbox, sender_tag);

CREATE TABLE known_senders (
  tag bytea PRIMARY KEY,
  expires_at timestamptz NOT NULL
);
CREATE INDEX known_senders_expiry ON known_senders (expires_at);

CREATE TABLE sender_epoch_keys (
  epoch bigint PRIMARY KEY,
  key bytea NOT NULL
);
`,
  },
];

/** The newest schema version this relay knows. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Apply every migration the database lacks. @returns the versions applied. */
export function migrate(db: Db): Promise<number[]> {
  return applyMigrations(db, MIGRATIONS, 7424012);
}
