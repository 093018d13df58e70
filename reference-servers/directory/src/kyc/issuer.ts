/**
 * The directory as a credential issuer (spec/directory.md §6.5): one
 * Ed25519 key, made on first use, kept in `server_config` wrapped by the
 * KYC master key (so it is as safe at rest as the documents), shared by
 * every instance on the database. Its public key is published at
 * `GET /v1/kyc/issuer` for verifiers to pin.
 */
import { issueCredential, issuerJwk, SigningKeyPair } from '@nexuslink/sdk';
import type { IssuerJwk, SigningPublicKey } from '@nexuslink/sdk';
import { randomBytes } from 'node:crypto';
import type { Db } from '@nexuslink/server-kit';
import type { KycClaims } from './service.ts';
import type { DocumentVault } from './vault.ts';

const CONFIG_KEY = 'kyc.issuer_key';

/** Issues credentials with the directory's key. */
export class CredentialIssuer {
  readonly #db: Db;
  readonly #vault: DocumentVault;
  readonly #now: () => number;
  #key: Promise<SigningKeyPair> | undefined;

  constructor(options: { db: Db; vault: DocumentVault; now: () => number }) {
    this.#db = options.db;
    this.#vault = options.vault;
    this.#now = options.now;
  }

  /** The key, from the database (made and stored the first time, once across instances). */
  #pair(): Promise<SigningKeyPair> {
    this.#key ??= (async () => {
      const stored = async () =>
        (
          await this.#db.get<{ value: string }>('SELECT value FROM server_config WHERE key = $1', [
            CONFIG_KEY,
          ])
        )?.value;
      let value = await stored();
      if (value === undefined) {
        const seed = randomBytes(32);
        const sealed = await this.#vault.seal(CONFIG_KEY, seed);
        seed.fill(0);
        await this.#db.run(
          'INSERT INTO server_config (key, value, updated_at) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING',
          [
            CONFIG_KEY,
            JSON.stringify({
              wrappedKey: Buffer.from(sealed.wrappedKey).toString('base64'),
              iv: Buffer.from(sealed.iv).toString('base64'),
              ciphertext: Buffer.from(sealed.ciphertext).toString('base64'),
            }),
            this.#db.time(this.#now()),
          ],
        );
        value = (await stored())!;
      }
      const parts = JSON.parse(value) as Record<'wrappedKey' | 'iv' | 'ciphertext', string>;
      const seed = await this.#vault.open(CONFIG_KEY, {
        wrappedKey: Buffer.from(parts.wrappedKey, 'base64'),
        iv: Buffer.from(parts.iv, 'base64'),
        ciphertext: Buffer.from(parts.ciphertext, 'base64'),
      });
      try {
        return SigningKeyPair.fromSeed(seed);
      } finally {
        seed.fill(0);
      }
    })().catch((err: unknown) => {
      this.#key = undefined;
      throw err;
    });
    return this.#key;
  }

  /** The issuer's published key. */
  async jwk(): Promise<IssuerJwk> {
    return issuerJwk((await this.#pair()).publicKey.bytes);
  }

  /** A credential for `subject`, bound to `holderKey`, with `claims`. */
  async issue(
    issuerUrl: string,
    subject: string,
    holderKey: SigningPublicKey,
    claims: KycClaims | Record<string, never>,
    lifetimeS: number,
  ): Promise<string> {
    return issueCredential({
      issuer: await this.#pair(),
      issuerUrl,
      subject,
      holderKey,
      claims,
      lifetimeS,
      clock: { now: this.#now },
    });
  }
}
