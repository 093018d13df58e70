/**
 * The inbox: group messages put aside until their sender key or the group
 * update that makes their sender a member arrives (a week at most).
 */
import { NexusError } from '../interfaces/errors.js';
import { toHex } from '../primitives/bytes.js';
import { crypto } from '../primitives/provider.js';
import { envelopeSender } from '../ratchet/session.js';
import { deviceKey } from '../storage/layout.js';
import type { Envelope } from '../wire/gen/nexuslink/v1/envelope_pb.js';
import { inboxRecordCodec } from '../wire/messages.js';
import type { ClientCore } from './core.js';
import { Deferred } from './transaction.js';
import type { Tx } from './transaction.js';
import { senderOf } from './inbound.js';

/** Group messages put aside for a missing sender key, per sending device. */
const MAX_INBOX_PER_SENDER = 1000;

/** Group messages waiting in the inbox, from all senders together. */
const MAX_INBOX = 5000;

/** How long a group message may wait in the inbox for its sender key or membership. */
const INBOX_TTL_MS = 7 * 24 * 3600 * 1000;

/** Keep group messages that cannot be read yet, and retry them. */
export class Inbox {
  readonly core: ClientCore;

  constructor(core: ClientCore) {
    this.core = core;
  }

  /**
   * Retry the group messages put aside (keys starting with `prefix`): they
   * waited for their sender's key, or for the group update that made their
   * sender a member. Those that waited longer than a week are dropped.
   */
  async retryInbox(prefix: string): Promise<void> {
    const waiting = await this.core.storage.read((tx) =>
      tx.list('inbox', prefix === '' ? {} : { prefix }),
    );
    for (const entry of waiting) {
      if (this.core.closed) return;
      const { envelope, receivedAtMs, attestation } = inboxRecordCodec.decode(entry.value);
      if (this.core.clock.now() - Number(receivedAtMs) > INBOX_TTL_MS) {
        await this.core.storage.write((tx) => tx.delete('inbox', entry.key));
        this.core.hub.emit({
          type: 'error',
          error: new NexusError(
            'NO_SESSION',
            'a group message waited a week for its sender’s key or membership',
          ),
          ...senderOf(envelope),
        });
        continue;
      }
      try {
        await this.core.write(async (t) => {
          await t.tx.delete('inbox', entry.key);
          await this.core.inbound.receive(
            t,
            envelope,
            entry.key,
            attestation.length > 0 ? attestation : null,
          );
        });
      } catch (err) {
        if (this.core.closed) return; // nothing is dropped while closing
        if (err instanceof Deferred) continue; // still waiting: the entry stays
        if (!NexusError.is(err) || NexusError.is(err, 'STORAGE')) throw err;
        await this.core.storage.write((tx) => tx.delete('inbox', entry.key));
        if (!NexusError.is(err, 'DUPLICATE_MESSAGE'))
          this.core.hub.emit({ type: 'error', error: err, ...senderOf(envelope) });
      }
    }
  }

  /**
   * Keep a group message (`bytes`, decoded as `env`; a channel message with
   * its attestation) until its sender key or membership arrives.
   */
  async putAside(
    t: Tx,
    bytes: Uint8Array,
    env: Envelope,
    inboxKey: string | null,
    attestation: Uint8Array | null = null,
  ): Promise<void> {
    const sender = deviceKey(envelopeSender(env));
    const key =
      inboxKey ??
      `${sender}/${String(env.timestampMs).padStart(16, '0')}/${toHex(crypto().sha256(bytes).slice(0, 8))}`;
    if (inboxKey === null) {
      const held = await t.tx.list('inbox', { prefix: `${sender}/`, limit: MAX_INBOX_PER_SENDER });
      if (held.length >= MAX_INBOX_PER_SENDER)
        throw new NexusError('NO_SESSION', 'too many group messages wait for this sender’s key');
      // The sending device of a waiting message is not authenticated yet: a cap for all of them.
      if ((await t.tx.list('inbox', { limit: MAX_INBOX })).length >= MAX_INBOX)
        throw new NexusError('NO_SESSION', 'too many group messages wait for sender keys');
    }
    await t.tx.put(
      'inbox',
      key,
      inboxRecordCodec.encode({
        version: 1,
        envelope: bytes,
        receivedAtMs: BigInt(t.now),
        attestation: attestation ?? new Uint8Array(0),
      }),
    );
  }
}
