// Runs inside headless Chromium (bundled as a classic script): a full session
// and group exchange on the portable provider, the one browsers get.
import {
  certifyNewDevice,
  createIdentity,
  createKemPreKey,
  createOneTimePreKeys,
  createPreKeyBundle,
  createSenderKeyDistribution,
  createSignedPreKey,
  decryptMessage,
  deviceAddress,
  deviceSigner,
  encryptMessage,
  establishSession,
  groupDecrypt,
  groupEncrypt,
  issueSelfSigningCertificate,
  localDevice,
  processSenderKeyDistribution,
  SigningKeyPair,
  softwareKeyStore,
  webCryptoKeyStore,
} from '../../src/index.js';
import { memoryProtocolStores } from '../../src/testing/index.js';
import { crypto } from '../../src/primitives/provider.js';

async function party(name: string, keyStore = softwareKeyStore()) {
  const { identity } = createIdentity();
  const ssk = SigningKeyPair.generate();
  const sskCert = await issueSelfSigningCertificate({ identity, signingKey: ssk.publicKey });
  const nd = await certifyNewDevice({
    keyStore,
    selfSigningKey: ssk,
    identityKey: identity.publicKey.bytes,
    displayName: name,
  });
  const device = localDevice({
    deviceCertificate: nd.certificate.bytes,
    selfSigningCertificate: sskCert.bytes,
    keyAgreementKey: nd.keyAgreementKey,
    signer: await deviceSigner(keyStore, nd.signingKeyId),
  });
  const stores = memoryProtocolStores();
  return { device, stores, ctx: { stores }, address: deviceAddress(device.uuid, device.deviceId) };
}

async function run(): Promise<Record<string, unknown>> {
  const te = new TextEncoder();
  const td = new TextDecoder();
  const alice = await party('alice');
  // Bob's device key is a non-extractable WebCrypto key, as a browser app would hold it.
  const bob = await party('bob', webCryptoKeyStore());
  const bundle = createPreKeyBundle({
    device: bob.device,
    signedPreKey: await createSignedPreKey(bob.device, bob.stores.preKeys, 1),
    kemPreKey: await createKemPreKey(bob.device, bob.stores.preKeys, 1),
    oneTimePreKey: (await createOneTimePreKeys(bob.stores.preKeys, 1, 1))[0]!,
  });
  await establishSession(alice.device, bundle, { ...alice.ctx, headerEncryption: true });
  const received: string[] = [];
  received.push(
    td.decode(
      (
        await decryptMessage(
          bob.device,
          await encryptMessage(alice.device, bob.address, te.encode('hello from alice'), alice.ctx),
          bob.ctx,
        )
      ).plaintext,
    ),
  );
  received.push(
    td.decode(
      (
        await decryptMessage(
          alice.device,
          await encryptMessage(bob.device, alice.address, te.encode('hello from bob'), bob.ctx),
          alice.ctx,
        )
      ).plaintext,
    ),
  );
  const group = new Uint8Array(16).fill(1);
  const distribution = await createSenderKeyDistribution(alice.device, group, alice.ctx);
  const carried = await decryptMessage(
    bob.device,
    await encryptMessage(alice.device, bob.address, distribution, alice.ctx),
    bob.ctx,
  );
  await processSenderKeyDistribution(carried, carried.plaintext, bob.ctx);
  received.push(
    td.decode(
      (
        await groupDecrypt(
          await groupEncrypt(alice.device, group, te.encode('hello group'), alice.ctx),
          bob.ctx,
        )
      ).plaintext,
    ),
  );
  return {
    provider: crypto().name,
    received,
    bobKeyStore: 'webcrypto',
    userAgent: navigator.userAgent,
  };
}

run().then(
  (result) => {
    (globalThis as { nexuslinkResult?: unknown }).nexuslinkResult = { ok: true, value: result };
    document.body.textContent = 'RESULT:' + JSON.stringify(result);
  },
  (err: unknown) => {
    (globalThis as { nexuslinkResult?: unknown }).nexuslinkResult = {
      ok: false,
      error: String((err as Error)?.stack ?? err),
    };
    document.body.textContent = 'ERROR:' + String((err as Error)?.stack ?? err);
  },
);
