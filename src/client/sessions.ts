/**
 * Sessions with other devices: start them from directory bundles, keep the
 * device lists, heal a lost session, tell a newer peer our version, sweep.
 */
import { create } from '@bufbuild/protobuf';
import { NexusError } from '../interfaces/errors.js';
import type { DeviceAddress } from '../interfaces/sessions.js';
import {
  decodeDeviceCertificate,
  decodeRevocationList,
  isRevoked,
} from '../identity/certificates.js';
import { fromHex, toHex } from '../primitives/bytes.js';
import { establishSession, shouldResetSession, sweepSession } from '../ratchet/session.js';
import { deviceKey, listAll } from '../storage/layout.js';
import { ContactRecordSchema } from '../wire/gen/nexuslink/v1/client_pb.js';
import { preKeyBundleCodec, signedMessageCodec, WIRE_LIMITS } from '../wire/messages.js';
import type { ClientCore } from './core.js';
import { inContext } from './failures.js';
import type { Tx } from './transaction.js';
import { sessionStored } from './records.js';

/** Heal attempts for one device at most this often (in memory; the stored limit is SESSION_LIMITS). */
const HEAL_INTERVAL_MS = 60_000;

/** A device that sent a newer session message is told which version we read at most this often. */
const VERSION_NOTICE_INTERVAL_MS = 3600 * 1000;

/** Devices whose heal attempts are remembered. */
const MAX_HEAL_ATTEMPTS = 1000;

/** The session message version this release speaks (spec/wire.md §Versions). */
export const SESSION_MESSAGE_VERSION = 1;

/** Sessions of this device with the devices of its contacts and of its own identity. */
export class Sessions {
  readonly core: ClientCore;

  /** Identities the directory answered `RATE_LIMITED` for, with when to ask again (real time). */
  readonly #rateLimited = new Map<string, number>();

  constructor(core: ClientCore) {
    this.core = core;
  }

  /**
   * Make sure there is a session with every known device of each identity,
   * asking the directory for bundles of devices without one (and for new
   * devices, at most once per refresh interval).
   */
  async ensureSessions(uuids: readonly string[], force = false): Promise<void> {
    if (!this.core.directory) return;
    const now = this.core.clock.now();
    const wanted = [...new Set(uuids)];
    // One read transaction for all of them (a send checks the peer and this identity).
    const held = await this.core.storage.read(async (tx) => {
      const out: { known: string[]; withSession: string[] }[] = [];
      for (const uuid of wanted) {
        const contact = await this.core.records.loadContact(tx, uuid);
        const known = contact?.devices ?? [];
        const withSession: string[] = uuid === this.core.uuid ? [this.core.address.deviceId] : [];
        for (const deviceId of known)
          if (await sessionStored(tx, { uuid, deviceId })) withSession.push(deviceId);
        out.push({ known, withSession });
      }
      return out;
    });
    for (const [i, uuid] of wanted.entries()) {
      const last = this.core.lastRefresh.get(uuid);
      const { known, withSession } = held[i]!;
      const due = force || last === undefined || now - last >= this.core.refreshMs;
      const missing = known.some((d) => !withSession.includes(d));
      if (!due && !missing) continue;
      const notBefore = this.#rateLimited.get(uuid);
      if (notBefore !== undefined) {
        if (Date.now() < notBefore) continue; // the directory asked us to wait
        this.#rateLimited.delete(uuid);
      }
      let bundles: Uint8Array[];
      try {
        bundles = await this.core.directory.fetchBundles(uuid, { exclude: withSession });
        this.core.directoryFailures.succeed();
      } catch (err) {
        if (!NexusError.is(err, 'TRANSPORT', 'RATE_LIMITED')) throw err;
        // Try again on the next send; after RATE_LIMITED, not before the directory's retry-after.
        if (NexusError.is(err, 'RATE_LIMITED')) {
          if (this.#rateLimited.size >= MAX_HEAL_ATTEMPTS)
            this.#rateLimited.delete(this.#rateLimited.keys().next().value!);
          this.#rateLimited.set(
            uuid,
            Date.now() + (err.details.retryAfterMs ?? this.core.retryMax),
          );
        }
        const error = inContext(err, 'the directory, fetching prekey bundles');
        if (this.core.directoryFailures.fail(error)) this.core.emitError(error);
        continue;
      }
      this.core.lastRefresh.set(uuid, now);
      if (bundles.length === 0) continue;
      await this.core.write(async (t) => {
        const added: string[] = [];
        for (const bundle of bundles) {
          try {
            const address = await establishSession(this.core.device, bundle, {
              stores: t.stores,
              expectedUuid: uuid,
              clock: this.core.clock,
              random: this.core.random,
            });
            added.push(address.deviceId);
          } catch (err) {
            // A bad, revoked or superseded bundle is skipped: the directory is not trusted.
            if (!NexusError.is(err)) throw err;
            t.events.push({ type: 'error', error: err });
          }
        }
        if (added.length > 0) await this.addDevices(t, uuid, added);
      });
    }
  }

  /** Devices of `uuid` this device has a session with (not revoked, never this device). */
  async sessionDevices(t: Tx, uuid: string): Promise<DeviceAddress[]> {
    return (await this.devicesOf(t, uuid)).devices;
  }

  /**
   * The devices of `uuid` this device has a session with (as
   * {@link sessionDevices}), and whether {@link ensureSessions} would leave
   * them as they are now: no directory, or a refresh not due and a session
   * with every known device. A send checks this inside its transaction and
   * asks the directory (then sends again) only when not.
   */
  async devicesOf(t: Tx, uuid: string): Promise<{ devices: DeviceAddress[]; settled: boolean }> {
    const contact = await this.core.records.loadContact(t.tx, uuid);
    const devices: DeviceAddress[] = [];
    let complete = true;
    for (const deviceId of contact?.devices ?? []) {
      const address = { uuid, deviceId };
      if (uuid === this.core.uuid && deviceId === this.core.address.deviceId) continue;
      if (await sessionStored(t.tx, address)) devices.push(address);
      else complete = false;
    }
    const last = this.core.lastRefresh.get(uuid);
    const due = last === undefined || this.core.clock.now() - last >= this.core.refreshMs;
    return { devices, settled: !this.core.directory || (complete && !due) };
  }

  /** Record devices of `uuid` (creating the contact record, unless it is this identity's). */
  async addDevices(t: Tx, uuid: string, ids: readonly string[]): Promise<void> {
    const record =
      (await this.core.records.loadContact(t.tx, uuid)) ??
      create(ContactRecordSchema, { version: 1, uuid, addedAtMs: BigInt(t.now) });
    // Every device already listed (or this one): nothing changes (the usual case, on every message).
    const own = uuid === this.core.uuid ? this.core.address.deviceId : null;
    if (ids.every((id) => id === own || record.devices.includes(id))) return;
    const held = (await this.core.records.trusted(t.tx, uuid))?.revocationList;
    const revocation = held && held.length > 0 ? decodeRevocationList(held) : null;
    const devices = new Set(record.devices);
    for (const id of ids) {
      if (uuid === this.core.uuid && id === this.core.address.deviceId) continue;
      if (revocation && isRevoked(revocation, fromHex(id))) continue;
      // As many devices per identity as a contact card lists; more are ignored.
      if (devices.size >= WIRE_LIMITS.maxDevicesPerCard) break;
      devices.add(id);
    }
    if (devices.size === record.devices.length) return;
    record.devices = [...devices].sort();
    await this.core.records.storeContact(t, record);
  }

  /** See {@link NexusClient.sweepSessions}. */
  async sweepSessions(): Promise<number> {
    this.core.live();
    // Record keys are `uuid/deviceId`; their entries have a third part.
    const records = await this.core.storage.read(async (tx) =>
      (await listAll(tx, 'sessions'))
        .map((e) => e.key.split('/'))
        .filter((parts) => parts.length === 2),
    );
    let deleted = 0;
    for (const [uuid, deviceId] of records) {
      if (this.core.closed) break;
      deleted += await this.core.write((t) =>
        sweepSession(
          { uuid: uuid!, deviceId: deviceId! },
          { stores: t.stores, clock: this.core.clock },
        ),
      );
    }
    return deleted;
  }

  /**
   * Tell a device that sent a session message of a newer version which
   * version this one reads (spec/client.md §1, spec/ratchet.md §11), over the
   * session the two have; none is started for it. At most once per device
   * per hour (the sender is not authenticated here).
   */
  startVersionNotice(sender: DeviceAddress, refusedVersion: number): void {
    const key = deviceKey(sender);
    const now = this.core.clock.now();
    const last = this.core.noticeAttempts.get(key);
    if (last !== undefined && now - last < VERSION_NOTICE_INTERVAL_MS) return;
    this.core.noticeAttempts.delete(key);
    this.core.noticeAttempts.set(key, now);
    if (this.core.noticeAttempts.size > MAX_HEAL_ATTEMPTS)
      this.core.noticeAttempts.delete(this.core.noticeAttempts.keys().next().value!);
    const work = this.core
      .write(async (t) => {
        if (!(await sessionStored(t.tx, sender))) return;
        await this.core.outbox.queue1to1(
          t,
          sender,
          this.core.encode({
            case: 'versionNotice',
            value: { supportedVersion: SESSION_MESSAGE_VERSION, refusedVersion } as never,
          }),
          '',
          0,
        );
      })
      .catch((error: unknown) => {
        if (!this.core.closed && NexusError.is(error))
          this.core.hub.emit({ type: 'error', error, sender });
      });
    this.core.healing.add(work);
    void work.finally(() => this.core.healing.delete(work));
  }

  /** Heal in the background: receiving goes on meanwhile. At most once per device per interval. */
  startHeal(sender: DeviceAddress): void {
    const key = deviceKey(sender);
    const now = this.core.clock.now();
    const last = this.core.healAttempts.get(key);
    if (last !== undefined && now - last < HEAL_INTERVAL_MS) return;
    this.core.healAttempts.delete(key);
    this.core.healAttempts.set(key, now);
    // The sender is not authenticated: remember a bounded number of attempts.
    if (this.core.healAttempts.size > MAX_HEAL_ATTEMPTS)
      this.core.healAttempts.delete(this.core.healAttempts.keys().next().value!);
    const work = this.heal(sender).catch((err: unknown) => {
      // The directory is unreachable or the bundle is bad: the next failure tries again.
      const error = inContext(err, 'healing a session', 'STORAGE');
      if (NexusError.is(error, 'TRANSPORT', 'RATE_LIMITED')) {
        if (this.core.directoryFailures.fail(error)) this.core.emitError(error);
      } else this.core.report(error, 'healing a session', sender);
    });
    this.core.healing.add(work);
    void work.finally(() => this.core.healing.delete(work));
  }

  /**
   * A 1:1 message from `sender` did not decrypt: the session is lost on one
   * side (a restored backup, wiped storage). Start a new session with that
   * device from a fresh bundle and send it an empty message, so its next
   * messages use the new session. At most once per device per
   * `SESSION_LIMITS.resetRequestIntervalMs` (the sender is not authenticated here).
   */
  async heal(sender: DeviceAddress): Promise<void> {
    const directory = this.core.directory;
    if (!directory || this.core.closed) return;
    const ctx = { clock: this.core.clock, random: this.core.random };
    const others = await this.core.storage.read(async (tx) =>
      ((await this.core.records.loadContact(tx, sender.uuid))?.devices ?? []).filter(
        (d) => d !== sender.deviceId,
      ),
    );
    const bundles = await directory.fetchBundles(sender.uuid, { exclude: others });
    // Only a device the directory certifies for that identity: a forged sender changes nothing.
    const bundle = bundles.find((b) => bundleDeviceId(b) === sender.deviceId);
    if (!bundle) return;
    await this.core.write(async (t) => {
      // The reset marker and the new session commit together, or neither does.
      if (!(await shouldResetSession(sender, { stores: t.stores, ...ctx }))) return;
      const address = await establishSession(this.core.device, bundle, {
        stores: t.stores,
        expectedUuid: sender.uuid,
        ...ctx,
      });
      await this.core.outbox.queue1to1(
        t,
        address,
        this.core.encode({ case: 'typing', value: { typing: false } as never }),
        '',
        0,
      );
    });
  }
}

/** The device id (hex) a prekey bundle is for, or '' when it does not decode. */
export function bundleDeviceId(bundle: Uint8Array): string {
  try {
    const certificate = preKeyBundleCodec.decode(bundle).deviceCertificate!;
    return toHex(decodeDeviceCertificate(signedMessageCodec.encode(certificate)).deviceId);
  } catch {
    return '';
  }
}
