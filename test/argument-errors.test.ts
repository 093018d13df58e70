// Errors that name the fault (issue 17): a wrong argument is an
// INVALID_ARGUMENT that says which argument and what it should be, not an
// error from deeper down (NO_SESSION, "invalid hex string").
import { describe, expect, it } from 'vitest';
import { nexusErrorOf } from './helpers.js';
import {
  CommunityClient,
  createStorageKey,
  generateMnemonic,
  sealStorageKey,
  softwareKeyStore,
  storageProtocolStores,
  createClient,
  createDevice,
  createSenderKeyDistribution,
  decodeDeviceCertificate,
  deviceAddress,
  directConversation,
  establishSession,
  groupConversation,
  loadDevice,
  memoryStorage,
  encryptMessage,
  exportSessionSnapshot,
  hasSession,
} from '../src/index.js';
import { memoryNetwork, memoryProtocolStores } from '../src/testing/index.js';
import { addr, deliverDistribution, talking } from './ratchet/fixtures.js';

describe('arguments in the wrong form are named', () => {
  it('a device address whose deviceId is bytes: INVALID_ARGUMENT, not NO_SESSION', async () => {
    const { alice, bob } = await talking();
    const right = addr(bob);
    const wrong = {
      uuid: right.uuid,
      deviceId: bob.device.deviceId,
    } as unknown as typeof right;
    for (const op of [
      () => encryptMessage(alice.device, wrong, new Uint8Array([1]), alice.ctx),
      () => hasSession(wrong, alice.ctx),
      () => exportSessionSnapshot(wrong, new Uint8Array(32).fill(1), alice.ctx),
    ]) {
      const err = await nexusErrorOf(op);
      expect(err.code).toBe('INVALID_ARGUMENT');
      expect(err.message).toContain('deviceId is bytes');
      expect(err.message).toContain('deviceAddress(uuid, deviceId)');
    }
    expect(await hasSession(right, alice.ctx)).toBe(true);
  });

  it('a community channel id is a distribution id in the form the server gives it', async () => {
    const { alice, bob } = await talking();
    const channel = '0f8fad5b-d9cb-469f-a165-70867728950e';
    const distribution = await createSenderKeyDistribution(alice.device, channel, alice.ctx);
    await deliverDistribution(alice, bob, distribution);
    // The same group by its hex form and by its bytes: the same chain, not another.
    const hex = channel.replaceAll('-', '');
    expect(await createSenderKeyDistribution(alice.device, hex, alice.ctx)).toEqual(distribution);
    expect(
      await createSenderKeyDistribution(alice.device, Buffer.from(hex, 'hex'), alice.ctx),
    ).toEqual(distribution);
    for (const bad of ['general', channel.slice(1), new Uint8Array(15)]) {
      const err = await nexusErrorOf(() =>
        createSenderKeyDistribution(alice.device, bad, alice.ctx),
      );
      expect(err.code).toBe('INVALID_ARGUMENT');
      expect(err.message).toContain('a UUID such as a channel id');
    }
  });

  it('bytes given as something else, and options left out, name what was expected', async () => {
    const { alice } = await talking();
    const bytesErr = await nexusErrorOf(() =>
      establishSession(alice.device, 'AAEC' as never, alice.ctx),
    );
    expect(bytesErr.code).toBe('INVALID_ARGUMENT');
    expect(bytesErr.message).toContain('(a Uint8Array), got string');
    expect(() => decodeDeviceCertificate('00ff' as never)).toThrow(/a Uint8Array/);
    for (const op of [
      () => createDevice(undefined as never),
      () => loadDevice(undefined as never),
      () => createDevice({ storage: memoryStorage(), displayName: 'x', keyStore: {} as never }),
    ])
      expect((await nexusErrorOf(op)).code).toBe('INVALID_ARGUMENT');
    expect(() => directConversation('alice')).toThrow(/NexusLink UUID/);
    expect(() => groupConversation(new Uint8Array(15))).toThrow(/16-byte group id/);
    expect(() => deviceAddress(alice.device.uuid, 'ab'.repeat(16) as never)).toThrow(
      /16-byte device id/,
    );
  });

  it('a session function given something else than its device or context says so', async () => {
    const { alice, bob } = await talking();
    const to = addr(bob);
    const hi = new Uint8Array([1]);
    const cases: [() => Promise<unknown>, RegExp][] = [
      [() => encryptMessage(alice.device, to, hi, undefined as never), /stores/],
      [() => encryptMessage(alice.device, to, hi, alice.ctx.stores as never), /stores/],
      [
        () => encryptMessage(alice.device, to, hi, { ...alice.ctx, clock: Date.now as never }),
        /clock/,
      ],
      [
        () =>
          encryptMessage(alice.device, to, hi, {
            ...alice.ctx,
            random: globalThis.crypto as never,
          }),
        /random/,
      ],
      [() => encryptMessage(null as never, to, hi, alice.ctx), /LocalDevice/],
      [
        () => encryptMessage(JSON.parse(JSON.stringify(alice.device)), to, hi, alice.ctx),
        /LocalDevice/,
      ],
      [() => establishSession(alice.device, new Uint8Array(10), {} as never), /stores/],
      [() => hasSession(to, {} as never), /stores/],
      [() => createSenderKeyDistribution(alice.device, new Uint8Array(16), {} as never), /stores/],
    ];
    for (const [op, message] of cases) {
      const err = await nexusErrorOf(op);
      expect(err.code).toBe('INVALID_ARGUMENT');
      expect(err.message).toMatch(message);
    }
    // Nothing was changed: the session still works.
    expect(await hasSession(to, alice.ctx)).toBe(true);
    await encryptMessage(alice.device, to, hi, alice.ctx);
  });

  it('createClient and CommunityClient check their options; member UUIDs never reach a URL unchecked', async () => {
    const storage = memoryStorage();
    const { device } = await createDevice({ storage, displayName: 'x' });
    const network = memoryNetwork();
    const transports = [network.transport(deviceAddress(device.uuid, device.deviceId))];
    for (const [extra, message] of [
      [{ clock: Date.now }, /clock/],
      [{ random: globalThis.crypto }, /random/],
      [{ directory: {} }, /PreKeyDirectory/],
      [{ deliveryReceipts: 'yes' }, /deliveryReceipts/],
    ] as const)
      await expect(
        createClient({ device, storage, transports, start: false, ...(extra as object) }),
      ).rejects.toThrow(message);
    const url = 'http://127.0.0.1:9';
    expect(() => new CommunityClient({ url, device: null as never })).toThrow(/LocalDevice/);
    expect(() => new CommunityClient({ url, device, resume: {} as never })).toThrow(/Map/);
    const community = new CommunityClient({ url, device });
    const channel = '0f8fad5b-d9cb-469f-a165-70867728950e';
    for (const op of [
      () => community.setChannelRole(channel, '../../v1/channels', 'admin'),
      () => community.removeChannelMember(channel, 'x/../y'),
      () => community.invite(channel, 123 as never),
      () => community.setChannelRole(channel, device.uuid, 'owner' as never),
      () => community.channelHistory(channel, { limit: 'x' as never }),
      () => community.channelHistory(channel, { after: -1 }),
      () => community.createChannel(undefined as never),
    ])
      expect((await nexusErrorOf(op)).code).toBe('INVALID_ARGUMENT');
    await community.close();
  });

  it('setup functions name their argument: wordlists, passphrases, stores, key stores, randomness', async () => {
    expect(() => generateMnemonic({ wordlist: 'english' as never })).toThrow(/not a name/);
    expect(() => storageProtocolStores(memoryProtocolStores() as never)).toThrow(/takes a Storage/);
    expect(() => createStorageKey('x' as never)).toThrow(/randomBytes/);
    expect(() => softwareKeyStore({ keys: 'x' as never })).toThrow(/keys must be an array/);
    const keys = softwareKeyStore();
    expect(
      (await nexusErrorOf(() => keys.createKey({ algorithms: 'ed25519' as never }))).code,
    ).toBe('INVALID_ARGUMENT');
    const key = await keys.createKey();
    expect((await nexusErrorOf(() => keys.sign(key.id, 'text' as never))).code).toBe(
      'INVALID_ARGUMENT',
    );
    const sealed = await nexusErrorOf(() => sealStorageKey(createStorageKey(), 123 as never));
    expect(sealed.code).toBe('INVALID_ARGUMENT');
    expect(sealed.message).toContain('must be a string, got number');
  });
});

describe('every public function names a wrong argument', () => {
  it('identity, devices, cards, backups, invites, signatures and the relay client', async () => {
    const sdk = await import('../src/index.js');
    const { identity } = sdk.createIdentity();
    const ssk = sdk.SigningKeyPair.generate();
    const cases: [string, () => unknown, RegExp][] = [
      [
        'issueSelfSigningCertificate()',
        () => sdk.issueSelfSigningCertificate(undefined as never),
        /issueSelfSigningCertificate takes an options object/,
      ],
      [
        'issueSelfSigningCertificate, signingKey as bytes',
        () =>
          sdk.issueSelfSigningCertificate({ identity, signingKey: new Uint8Array(32) } as never),
        /signingKey must be a SigningPublicKey/,
      ],
      [
        'certifyNewDevice without a key store',
        () =>
          sdk.certifyNewDevice({
            selfSigningKey: ssk,
            identityKey: identity.publicKey.bytes,
            displayName: 'x',
          } as never),
        /keyStore is required/,
      ],
      [
        'certifyNewDevice, identityKey as text',
        () =>
          sdk.certifyNewDevice({
            keyStore: sdk.softwareKeyStore(),
            selfSigningKey: ssk,
            identityKey: 'abc',
            displayName: 'x',
          } as never),
        /identityKey must be a Uint8Array of 32 bytes/,
      ],
      [
        'verifyDeviceCertificate(text)',
        () => sdk.verifyDeviceCertificate('abc' as never, {} as never),
        /certificate must be a Uint8Array/,
      ],
      [
        'verifyDeviceCertificate without options',
        () => sdk.verifyDeviceCertificate(new Uint8Array(5), undefined as never),
        /verifyDeviceCertificate takes an options object/,
      ],
      [
        'createContactCard without a signer',
        () => sdk.createContactCard({} as never),
        /signer must be a signer/,
      ],
      [
        'exportIdentityBackup()',
        () => sdk.exportIdentityBackup(undefined as never, 'p'),
        /exportIdentityBackup takes/,
      ],
      [
        'exportIdentityBackup, certificate as bytes',
        () =>
          sdk.exportIdentityBackup(
            {
              identity,
              selfSigningKey: ssk,
              selfSigningCertificate: new Uint8Array(3),
              revocationList: null,
            } as never,
            'p',
          ),
        /selfSigningCertificate must be a SelfSigningCertificate/,
      ],
      [
        'createInvite()',
        () => sdk.createInvite(undefined as never),
        /createInvite takes an options object/,
      ],
      [
        'createInvite without devices',
        () => sdk.createInvite({ device: { signer: identity } } as never),
        /devices must be an array/,
      ],
      [
        'new RelayClient()',
        () => new sdk.RelayClient(undefined as never),
        /RelayClient takes an options object/,
      ],
      [
        'verifySignature(text, ...)',
        () => sdk.verifySignature('key' as never, new Uint8Array(1), new Uint8Array(64)),
        /publicKey must be a SigningPublicKey/,
      ],
      [
        'verifySignature, signature as text',
        () => sdk.verifySignature(ssk.publicKey, new Uint8Array(1), 'sig' as never),
        /signature must be a Uint8Array/,
      ],
    ];
    for (const [what, op, message] of cases) {
      const err = await nexusErrorOf(async () => op());
      expect(err.code, what).toBe('INVALID_ARGUMENT');
      expect(err.message, what).toMatch(message);
    }
    // Data that is merely wrong is still an answer, not an error.
    expect(sdk.verifySignature(ssk.publicKey, new Uint8Array(1), new Uint8Array(63))).toBe(false);
  });

  it('a CommunityClient session that is not one is named', async () => {
    const { device } = await createDevice({ storage: memoryStorage(), displayName: 'd' });
    for (const session of ['token', { accessToken: 'a' }, null]) {
      const err = await nexusErrorOf(
        async () => new CommunityClient({ url: 'http://127.0.0.1:1', device, session } as never),
      );
      expect(err).toMatchObject({
        code: 'INVALID_ARGUMENT',
        message: expect.stringContaining('CommunityClient.session()'),
      });
    }
    const client = new CommunityClient({ url: 'http://127.0.0.1:1', device });
    expect(client.session()).toBeNull();
    expect(client.hasSession()).toBe(false);
  });

  it('an empty text is refused before anything is stored', async () => {
    const network = memoryNetwork();
    const storage = memoryStorage();
    const { device } = await createDevice({ storage, displayName: 'd' });
    const client = await createClient({
      device,
      storage,
      transports: [network.transport(deviceAddress(device.uuid, device.deviceId))],
      start: false,
    });
    const err = await nexusErrorOf(() => client.sendText(directConversation(device.uuid), ''));
    expect(err).toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: expect.stringContaining('text is empty'),
    });
    expect(await client.conversations()).toEqual([]);
    await client.close();
  });
});
