// A mailbox flood on a thread of its own (attacks.test.ts), so that the
// attacker's work does not queue behind, or ahead of, the honest client
// whose latency the test measures. Run by Node's type stripping; it takes the
// SDK from the build process.ts makes (workerData.sdk, a file URL).
import { parentPort, workerData } from 'node:worker_threads';
import type * as Sdk from '@nexuslink/sdk';

interface FloodInput {
  readonly sdk: string;
  readonly url: string;
  readonly mailbox: string;
  readonly senders: number;
}

const input = workerData as FloodInput;
const sdk = (await import(input.sdk)) as typeof Sdk;

/** A device of a new, throwaway identity. */
async function throwaway() {
  const { identity } = sdk.createIdentity();
  const ssk = sdk.SigningKeyPair.generate();
  const sskCert = await sdk.issueSelfSigningCertificate({ identity, signingKey: ssk.publicKey });
  const keyStore = sdk.softwareKeyStore();
  const d = await sdk.certifyNewDevice({
    keyStore,
    selfSigningKey: ssk,
    identityKey: identity.publicKey.bytes,
    displayName: 'stranger',
  });
  const device = {
    identityKey: identity.publicKey.bytes,
    deviceId: d.certificate.deviceId,
    deviceCertificate: d.certificate.bytes,
    selfSigningCertificate: sskCert.bytes,
    signer: await sdk.deviceSigner(keyStore, d.signingKeyId),
  };
  const client = new sdk.RelayClient({ url: input.url, device, uuid: identity.uuid });
  await client.login();
  return client;
}

const clients = await Promise.all(Array.from({ length: input.senders }, throwaway));
let stop = false;
parentPort!.on('message', () => (stop = true));
parentPort!.postMessage({ type: 'ready' });
const counts = { accepted: 0, refused: 0, rateLimited: 0, other: [] as string[] };
// Every identity puts without pause until told to stop: refused puts are load too.
await Promise.all(
  clients.map(async (client) => {
    while (!stop)
      try {
        await client.put(input.mailbox, new Uint8Array(100).fill(9));
        counts.accepted++;
      } catch (err) {
        const text = String(err);
        if (/LIMIT/.test(text)) counts.refused++;
        else if (/RATE_LIMITED/.test(text)) counts.rateLimited++;
        else counts.other.push(text);
      }
  }),
);
parentPort!.postMessage({ type: 'done', ...counts });
