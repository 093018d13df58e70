/**
 * One write transaction of the client: its state, the message body types,
 * and the signal that puts an envelope aside.
 */
import type { ProtocolStores } from '../interfaces/sessions.js';
import type { StorageWriter } from '../interfaces/storage.js';
import type { ClientMessage } from '../wire/gen/nexuslink/v1/client_pb.js';
import type { ClientEvent } from './types.js';

export type Body = ClientMessage['body'];

export type ContentBody = Extract<Body, { case: 'text' | 'structured' }>;

/** Thrown inside a receive transaction to put the envelope aside (the transaction rolls back). */
export class Deferred extends Error {}

/** State of one write transaction of the client. */
export interface Tx {
  readonly tx: StorageWriter;
  readonly stores: ProtocolStores;
  readonly now: number;
  readonly events: ClientEvent[];
  /** Set when a session started from a PreKeyMessage consumed a one-time prekey. */
  preKeyUsed: boolean;
  /** Sending devices whose sender key arrived: retry what waits for it in the inbox. */
  readonly senderKeysFrom: Set<string>;
  /** A group changed: retry the group messages put aside for unknown members. */
  groupChanged: boolean;
  /** Something was put in the outbox. */
  queued: boolean;
}
