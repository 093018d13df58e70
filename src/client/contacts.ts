/**
 * Contacts (`client.contacts`): add from a card or bundles, change, remove,
 * verify by safety number.
 */
import { create } from '@bufbuild/protobuf';
import { NexusError } from '../interfaces/errors.js';
import type { StorageReader } from '../interfaces/storage.js';
import {
  decodeRevocationList,
  decodeSelfSigningCertificate,
  isRevoked,
} from '../identity/certificates.js';
import { verifyContactCard } from '../identity/contact-card.js';
import { safetyNumber, verifySafetyNumberPayload } from '../identity/safety-number.js';
import type { SafetyNumber } from '../identity/safety-number.js';
import { isUuid, uuidFromPublicKey } from '../identity/uuid.js';
import { fromHex, toHex } from '../primitives/bytes.js';
import { establishSession, updateTrustedIdentity } from '../ratchet/session.js';
import { listAll } from '../storage/layout.js';
import { ContactRecordSchema } from '../wire/gen/nexuslink/v1/client_pb.js';
import type { ContactRecord } from '../wire/gen/nexuslink/v1/client_pb.js';
import {
  contactCardBodyCodec,
  contactRecordCodec,
  signedMessageCodec,
  WIRE_LIMITS,
} from '../wire/messages.js';
import type { Contact } from './types.js';
import { clientCores } from './core.js';
import type { ClientCore } from './core.js';
import type { NexusClient } from './client.js';
import { contactView } from './views.js';
import { utf8Length } from './checks.js';

/** What {@link ContactsApi.add} takes: a contact card, or a UUID with prekey bundles of its devices. */
export type ContactSource =
  | { readonly card: Uint8Array }
  | { readonly uuid: string; readonly bundles: readonly Uint8Array[] };

/** The contacts of a client (`client.contacts`). */
export class ContactsApi {
  readonly #core: ClientCore;

  /** @internal */
  constructor(client: NexusClient) {
    this.#core = clientCores.get(client)!;
  }

  /**
   * Add a contact (or update one) from a contact card (a QR or file payload,
   * verified with `verifyContactCard` against what is already trusted) or
   * from a UUID and prekey bundles (sessions start at once). The card's
   * self-signing certificate and revocation list become trusted.
   *
   * @throws NexusError from verification (`BAD_SIGNATURE`, `REVOKED`,
   *   `SUPERSEDED`, `UNTRUSTED_IDENTITY`, ...); `INVALID_ARGUMENT`.
   */
  async add(
    source: ContactSource,
    details: { readonly nickname?: string; readonly notes?: string } = {},
  ): Promise<Contact> {
    checkDetails(details);
    const c = this.#core;
    if (typeof source !== 'object' || source === null)
      throw new NexusError('INVALID_ARGUMENT', 'give { card } or { uuid, bundles }');
    let uuid: string;
    if ('card' in source) {
      if (!(source.card instanceof Uint8Array))
        throw new NexusError('INVALID_ARGUMENT', 'card must be a Uint8Array');
      uuid = await c.write(async (t) => {
        const known = await this.#known(t.tx, source.card);
        const verified = verifyContactCard(source.card, { known, now: t.now });
        if (verified.uuid === this.#core.uuid)
          throw new NexusError('INVALID_ARGUMENT', 'this is this identity’s own card');
        await updateTrustedIdentity(
          verified.uuid,
          {
            selfSigningCertificate: verified.selfSigningCertificate.bytes,
            ...(verified.revocationList ? { revocationList: verified.revocationList.bytes } : {}),
          },
          { stores: t.stores, clock: c.clock },
        );
        const record =
          (await c.records.loadContact(t.tx, verified.uuid)) ??
          create(ContactRecordSchema, {
            version: 1,
            uuid: verified.uuid,
            addedAtMs: BigInt(t.now),
          });
        record.displayName = verified.displayName;
        record.contactCard = source.card.slice();
        record.hints = [...verified.hints];
        applyDetails(record, details);
        const list = verified.revocationList;
        record.devices = [
          ...new Set([
            ...verified.devices.map((d) => toHex(d.deviceId)),
            ...record.devices.filter((d) => !(list && isRevoked(list, fromHex(d)))),
          ]),
        ]
          .slice(0, WIRE_LIMITS.maxDevicesPerCard)
          .sort();
        await c.records.storeContact(t, record);
        // A newer revocation list in the card acts as an identity update would.
        await c.identity.dropRevoked(t, verified.uuid);
        return verified.uuid;
      });
      await c.sessions.ensureSessions([uuid], true);
    } else {
      const { uuid: claimed, bundles } = source as { uuid: string; bundles: readonly Uint8Array[] };
      if (typeof claimed !== 'string' || !isUuid(claimed))
        throw new NexusError('INVALID_ARGUMENT', 'uuid is not a NexusLink UUID');
      if (claimed === this.#core.uuid)
        throw new NexusError('INVALID_ARGUMENT', 'a contact is another identity');
      if (
        !Array.isArray(bundles) ||
        bundles.length === 0 ||
        !bundles.every((b) => b instanceof Uint8Array)
      )
        throw new NexusError('INVALID_ARGUMENT', 'bundles must be a non-empty array of Uint8Array');
      uuid = claimed;
      await c.write(async (t) => {
        const added: string[] = [];
        for (const bundle of bundles) {
          const address = await establishSession(c.device, bundle, {
            stores: t.stores,
            expectedUuid: claimed,
            clock: c.clock,
            random: c.random,
          });
          added.push(address.deviceId);
        }
        const record =
          (await c.records.loadContact(t.tx, claimed)) ??
          create(ContactRecordSchema, { version: 1, uuid: claimed, addedAtMs: BigInt(t.now) });
        applyDetails(record, details);
        record.devices = [...new Set([...record.devices, ...added])].sort();
        await c.records.storeContact(t, record);
      });
    }
    return (await this.get(uuid))!;
  }

  /** What is already trusted about the card's identity, for `verifyContactCard`. */
  async #known(tx: StorageReader, card: Uint8Array) {
    // The UUID is read from the card only to look up what we hold; the card is verified after.
    let uuid: string;
    try {
      uuid = contactCardUuid(card);
    } catch {
      return {};
    }
    const trusted = await this.#core.records.trusted(tx, uuid);
    if (!trusted) return {};
    return {
      selfSigningCertificate:
        trusted.selfSigningCertificate.length > 0
          ? decodeSelfSigningCertificate(trusted.selfSigningCertificate)
          : null,
      revocationList:
        trusted.revocationList.length > 0 ? decodeRevocationList(trusted.revocationList) : null,
    };
  }

  /** A contact, or `null`. */
  async get(uuid: string): Promise<Contact | null> {
    checkUuid(uuid);
    if (uuid === this.#core.uuid) return null;
    return this.#core.storage.read(async (tx) => {
      const bytes = await tx.get('contacts', uuid);
      return bytes && contactView(tx, contactRecordCodec.decode(bytes));
    });
  }

  /** Every contact, by UUID. */
  async list(): Promise<Contact[]> {
    const own = this.#core.uuid;
    return this.#core.storage.read(async (tx) => {
      const out: Contact[] = [];
      for (const e of await listAll(tx, 'contacts'))
        if (e.key !== own) out.push(await contactView(tx, contactRecordCodec.decode(e.value)));
      return out;
    });
  }

  /** Change the nickname or notes. @throws NexusError `NOT_FOUND`, `INVALID_ARGUMENT`. */
  async update(
    uuid: string,
    details: { readonly nickname?: string; readonly notes?: string },
  ): Promise<Contact> {
    checkUuid(uuid);
    checkDetails(details);
    const c = this.#core;
    await c.write(async (t) => {
      const record = uuid === this.#core.uuid ? null : await c.records.loadContact(t.tx, uuid);
      if (!record) throw new NexusError('NOT_FOUND', 'no such contact');
      applyDetails(record, details);
      await c.records.storeContact(t, record);
    });
    return (await this.get(uuid))!;
  }

  /**
   * Forget a contact (nickname, notes, card). Its sessions and the
   * conversation's history stay; a message from it later adds it back
   * without the nickname and notes.
   */
  async remove(uuid: string): Promise<boolean> {
    checkUuid(uuid);
    if (uuid === this.#core.uuid) return false;
    return this.#core.write(async (t) => {
      const had = (await t.tx.get('contacts', uuid)) !== null;
      await t.tx.delete('contacts', uuid);
      return had;
    });
  }

  /** The safety number of this identity and the contact, to compare in person or by QR. */
  safetyNumber(uuid: string): SafetyNumber {
    checkUuid(uuid);
    return safetyNumber(this.#core.uuid, uuid);
  }

  /**
   * Mark the contact verified if `compared` (the 60 digits, spaces allowed,
   * or a scanned QR payload) matches the safety number. Returns whether it
   * matched; a mismatch changes nothing.
   *
   * @throws NexusError `NOT_FOUND` (no trusted identity for the UUID yet),
   *   `MALFORMED` (a bad QR payload), `INVALID_ARGUMENT` (`compared` is
   *   neither 60 digits nor bytes).
   */
  async verify(uuid: string, compared: string | Uint8Array): Promise<boolean> {
    checkUuid(uuid);
    // Anything else is the app's mistake, not a mismatch: a false here would
    // read as "someone is in the middle".
    const digits = typeof compared === 'string' ? compared.replace(/\s+/g, '') : null;
    if (digits !== null ? !/^\d{60}$/.test(digits) : !(compared instanceof Uint8Array))
      throw new NexusError(
        'INVALID_ARGUMENT',
        'compared must be the 60 digits of the safety number (spaces allowed) or a scanned QR payload (a Uint8Array)',
      );
    const own = this.#core.uuid;
    const matches =
      digits !== null
        ? digits === safetyNumber(own, uuid).digits
        : verifySafetyNumberPayload(own, uuid, compared as Uint8Array);
    if (!matches) return false;
    await this.#setVerified(uuid, true);
    return true;
  }

  /** Withdraw a verification. */
  async unverify(uuid: string): Promise<void> {
    checkUuid(uuid);
    await this.#setVerified(uuid, false);
  }

  async #setVerified(uuid: string, verified: boolean): Promise<void> {
    const c = this.#core;
    await c.write(async (t) => {
      if ((await c.records.trusted(t.tx, uuid)) === null)
        throw new NexusError('NOT_FOUND', 'nothing is trusted for this identity yet: add it first');
      await updateTrustedIdentity(uuid, { verified }, { stores: t.stores, clock: c.clock });
      const record = await c.records.loadContact(t.tx, uuid);
      if (record) await c.records.storeContact(t, record);
    });
  }
}

function checkUuid(uuid: unknown): asserts uuid is string {
  if (typeof uuid !== 'string' || !isUuid(uuid))
    throw new NexusError('INVALID_ARGUMENT', 'not a NexusLink UUID');
}

function checkDetails(details: unknown): void {
  const d = details as { nickname?: unknown; notes?: unknown } | null;
  if (typeof d !== 'object' || d === null)
    throw new NexusError('INVALID_ARGUMENT', 'details must be an object');
  if (
    d.nickname !== undefined &&
    (typeof d.nickname !== 'string' || utf8Length(d.nickname) > WIRE_LIMITS.maxNicknameBytes)
  )
    throw new NexusError(
      'INVALID_ARGUMENT',
      `a nickname is text of at most ${WIRE_LIMITS.maxNicknameBytes} bytes`,
    );
  if (
    d.notes !== undefined &&
    (typeof d.notes !== 'string' || utf8Length(d.notes) > WIRE_LIMITS.maxNotesBytes)
  )
    throw new NexusError(
      'INVALID_ARGUMENT',
      `notes are text of at most ${WIRE_LIMITS.maxNotesBytes} bytes`,
    );
}

function applyDetails(record: ContactRecord, details: { nickname?: string; notes?: string }): void {
  if (details.nickname !== undefined) record.nickname = details.nickname;
  if (details.notes !== undefined) record.notes = details.notes;
}

/** The UUID a contact card names (decoded only; `verifyContactCard` verifies). */
function contactCardUuid(card: Uint8Array): string {
  return uuidFromPublicKey(
    contactCardBodyCodec.decode(signedMessageCodec.decode(card).body).identityKey,
  );
}
