/**
 * Live interop for the SDK adapter (spec/conformance.md §5): parties with
 * fresh identities and in-memory stores, through the public API of
 * `@nexuslink/sdk`.
 */
import {
  certifyNewDevice,
  createIdentity,
  createKemPreKey,
  createOneTimePreKeys,
  createPreKeyBundle,
  createSenderKeyDistribution,
  createSignedPreKey,
  decryptMessage,
  deviceSigner,
  encryptMessage,
  establishSession,
  groupDecrypt,
  groupEncrypt,
  issueSelfSigningCertificate,
  localDevice,
  NexusError,
  processSenderKeyDistribution,
  SigningKeyPair,
  softwareKeyStore,
} from '@nexuslink/sdk';
import { decodeClientMessage, encodeClientMessage } from '@nexuslink/sdk/wire';
import type { LocalDevice } from '@nexuslink/sdk';
import { memoryProtocolStores } from '@nexuslink/sdk/testing';
import type { MemoryProtocolStores } from '@nexuslink/sdk/testing';
import { hex, systemRandom, Unsupported, unhex } from './common.js';
import type { Json } from './common.js';

/** A device of the live conversation, with fresh keys and in-memory stores. */
interface LiveParty {
  device: LocalDevice;
  stores: MemoryProtocolStores;
  nextPreKeyId: number;
}

/** The `live.*` operations, over the parties this process holds. */
export function liveOperations(): (op: string, x: Json) => Promise<unknown> {
  const live = new Map<string, LiveParty>();
  const liveParty = (name: string): LiveParty => {
    const p = live.get(name);
    if (!p) throw new NexusError('INVALID_ARGUMENT', `no party ${name}`);
    return p;
  };
  return async (op, x) => {
    switch (op) {
      case 'live.create_party': {
        const { identity } = createIdentity();
        const selfSigningKey = SigningKeyPair.generate();
        const ssc = await issueSelfSigningCertificate({
          identity,
          signingKey: selfSigningKey.publicKey,
        });
        const keyStore = softwareKeyStore();
        const created = await certifyNewDevice({
          keyStore,
          selfSigningKey,
          identityKey: identity.publicKey.bytes,
          displayName: x.party,
        });
        const device = localDevice({
          deviceCertificate: created.certificate.bytes,
          selfSigningCertificate: ssc.bytes,
          keyAgreementKey: created.keyAgreementKey,
          signer: await deviceSigner(keyStore, created.signingKeyId),
        });
        live.set(x.party, { device, stores: memoryProtocolStores(), nextPreKeyId: 1 });
        return { uuid: device.uuid, device_id: hex(device.deviceId) };
      }
      case 'live.bundle': {
        const p = liveParty(x.party);
        const ctx = { stores: p.stores, clock: { now: () => Date.now() } };
        const id = p.nextPreKeyId++;
        const signedPreKey = await createSignedPreKey(p.device, p.stores.preKeys, id, ctx);
        const kemPreKey = await createKemPreKey(p.device, p.stores.preKeys, id, {
          ...ctx,
          lastResort: !x.one_time,
        });
        const oneTime = x.one_time
          ? (await createOneTimePreKeys(p.stores.preKeys, id, 1, ctx))[0]!
          : null;
        return {
          bundle: hex(
            createPreKeyBundle({
              device: p.device,
              signedPreKey,
              kemPreKey,
              oneTimePreKey: oneTime,
            }),
          ),
        };
      }
      case 'live.establish': {
        const p = liveParty(x.party);
        await establishSession(p.device, unhex(x.bundle), {
          stores: p.stores,
          headerEncryption: x.header_encryption === true,
        });
        return {};
      }
      case 'live.encrypt': {
        const p = liveParty(x.party);
        const envelope = await encryptMessage(
          p.device,
          { uuid: x.to.uuid, deviceId: x.to.device_id },
          unhex(x.plaintext),
          {
            stores: p.stores,
          },
        );
        return { envelope: hex(envelope) };
      }
      case 'live.decrypt': {
        const p = liveParty(x.party);
        const m = await decryptMessage(p.device, unhex(x.envelope), { stores: p.stores });
        return {
          plaintext: hex(m.plaintext),
          from: { uuid: m.sender.uuid, device_id: m.sender.deviceId },
        };
      }
      case 'live.send_distribution': {
        // Carried as the client layer carries it: a padded ClientMessage with a
        // `sender_key` body, naming the group in `group_id` (spec/conformance.md §5.2).
        const p = liveParty(x.party);
        const ctx = { stores: p.stores };
        const groupId = unhex(x.distribution_id);
        const distribution = await createSenderKeyDistribution(p.device, groupId, ctx);
        const plaintext = encodeClientMessage({
          version: 1,
          id: systemRandom.randomBytes(16),
          timestampMs: BigInt(Date.now()),
          groupId,
          body: { case: 'senderKey', value: { distribution } },
        });
        const to = { uuid: x.to.uuid, deviceId: x.to.device_id };
        return { envelope: hex(await encryptMessage(p.device, to, plaintext, ctx)) };
      }
      case 'live.receive_distribution': {
        const p = liveParty(x.party);
        const ctx = { stores: p.stores };
        const m = await decryptMessage(p.device, unhex(x.envelope), ctx);
        const message = decodeClientMessage(m.plaintext);
        if (message.body.case !== 'senderKey')
          throw new NexusError('MALFORMED', 'not a sender_key message');
        await processSenderKeyDistribution(m, message.body.value.distribution, ctx);
        return {
          from: { uuid: m.sender.uuid, device_id: m.sender.deviceId },
          group_id: hex(message.groupId),
        };
      }
      case 'live.group_encrypt': {
        const p = liveParty(x.party);
        const envelope = await groupEncrypt(
          p.device,
          unhex(x.distribution_id),
          unhex(x.plaintext),
          { stores: p.stores },
        );
        return { envelope: hex(envelope) };
      }
      case 'live.group_decrypt': {
        const p = liveParty(x.party);
        const m = await groupDecrypt(unhex(x.envelope), { stores: p.stores });
        return {
          plaintext: hex(m.plaintext),
          from: { uuid: m.sender.uuid, device_id: m.sender.deviceId },
        };
      }
      default:
        throw new Unsupported(`unknown operation ${op}`);
    }
  };
}
