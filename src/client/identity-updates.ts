/**
 * Identity updates: a newer self-signing certificate or revocation list,
 * sent to every contact, applied on receipt (revoked devices dropped,
 * group sender keys rotated).
 */
import { NexusError } from '../interfaces/errors.js';
import type { DeviceAddress } from '../interfaces/sessions.js';
import { decodeRevocationList, isRevoked } from '../identity/certificates.js';
import { fromHex } from '../primitives/bytes.js';
import { updateTrustedIdentity } from '../ratchet/session.js';
import { listAll } from '../storage/layout.js';
import { conversationRecordCodec } from '../wire/messages.js';
import type { ClientCore } from './core.js';
import type { Body, Tx } from './transaction.js';

/** Publish and apply identity updates, and refuse revoked devices. */
export class IdentityUpdates {
  readonly core: ClientCore;

  constructor(core: ClientCore) {
    this.core = core;
  }

  /** See {@link NexusClient.publishIdentityUpdate}. */
  async publishIdentityUpdate(update: {
    readonly revocationList?: Uint8Array;
    readonly selfSigningCertificate?: Uint8Array;
  }): Promise<void> {
    const ssk = update?.selfSigningCertificate;
    const list = update?.revocationList;
    if (
      (ssk !== undefined && !(ssk instanceof Uint8Array)) ||
      (list !== undefined && !(list instanceof Uint8Array)) ||
      (!ssk && !list)
    )
      throw new NexusError(
        'INVALID_ARGUMENT',
        'give a revocation list or a self-signing certificate',
      );
    const body: Body = {
      case: 'identityUpdate',
      value: {
        selfSigningCertificate: ssk ?? new Uint8Array(0),
        revocationList: list ?? new Uint8Array(0),
      } as never,
    };
    const own = this.core.uuid;
    const contacts = (await this.core.storage.read((tx) => listAll(tx, 'contacts')))
      .filter((e) => e.key !== own)
      .map((e) => ({ uuid: e.key }));
    await this.core.sessions.ensureSessions([this.core.uuid]);
    await this.core.write(async (t) => {
      await this.applyIdentityUpdate(
        t,
        this.core.uuid,
        ssk ?? this.core.device.selfSigningCertificate,
        list,
      );
      const plaintext = this.core.encode(body);
      for (const uuid of [this.core.uuid, ...contacts.map((c) => c.uuid)])
        for (const d of await this.core.sessions.sessionDevices(t, uuid))
          await this.core.outbox.queue1to1(t, d, plaintext, '', 0);
    });
    this.core.outbox.kickSender();
  }

  /** Trust a newer SSK certificate or revocation list of `uuid`, and drop what it revokes. */
  async applyIdentityUpdate(
    t: Tx,
    uuid: string,
    selfSigningCertificate: Uint8Array | undefined,
    revocationList: Uint8Array | undefined,
  ): Promise<void> {
    await updateTrustedIdentity(
      uuid,
      {
        ...(selfSigningCertificate ? { selfSigningCertificate } : {}),
        ...(revocationList ? { revocationList } : {}),
      },
      { stores: t.stores, clock: this.core.clock },
    );
    await this.dropRevoked(t, uuid);
  }

  /**
   * Apply the trusted revocation list of `uuid`: its revoked devices leave the
   * contact, their sessions and sender keys are deleted, and every group
   * where one held this device's sender key gets a new chain.
   */
  async dropRevoked(t: Tx, uuid: string): Promise<void> {
    const list = (await this.core.records.trusted(t.tx, uuid))?.revocationList;
    if (!list || list.length === 0) return;
    const decoded = decodeRevocationList(list);
    const revoked = (deviceId: string) => isRevoked(decoded, fromHex(deviceId));
    const contact = await this.core.records.loadContact(t.tx, uuid);
    if (contact && contact.devices.some(revoked)) {
      contact.devices = contact.devices.filter((d) => !revoked(d));
      await this.core.records.storeContact(t, contact);
    }
    for (const table of ['sessions', 'sender-keys'] as const)
      for (const entry of await listAll(t.tx, table, `${uuid}/`))
        if (revoked(entry.key.split('/')[1]!)) await t.tx.delete(table, entry.key);
    const revokedHere = (d: string) => d.startsWith(`${uuid}/`) && revoked(d.split('/')[1]!);
    for (const entry of await listAll(t.tx, 'conversations', 'group:')) {
      const conv = conversationRecordCodec.decode(entry.value);
      if (conv.left || !conv.distributedTo.some(revokedHere)) continue;
      await this.core.sending.rotate(t, conv);
      await this.core.records.storeConversation(t.tx, conv);
    }
  }

  /** Refuse a message from a device on its identity's trusted revocation list. */
  async refuseRevoked(t: Tx, sender: DeviceAddress): Promise<void> {
    const list = (await this.core.records.trusted(t.tx, sender.uuid))?.revocationList;
    if (list && list.length > 0 && isRevoked(decodeRevocationList(list), fromHex(sender.deviceId)))
      throw new NexusError('REVOKED', 'the device has been revoked');
  }
}
