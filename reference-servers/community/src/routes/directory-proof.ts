/**
 * `GET /.well-known/nexuslink/directory-proof` (spec/directory.md §2.1): the
 * server signs a directory's nonce, with its own origin and the owner its
 * operator names, so that the directory can list it for that owner.
 */
import { NexusError, SigningKeyPair, signDirectoryProof } from '@nexuslink/sdk';
import type { FastifyPluginAsync } from 'fastify';
import { AppError, ok } from '@nexuslink/server-kit';
import type { RouteContext } from '../http/context.ts';

/**
 * The key this server proves its endpoint with: made once, kept in the
 * database. Read when first needed (the server starts, and answers 503,
 * while its database is down); a failed read is tried again next time.
 */
export function serverKeyLoader(
  repo: RouteContext['repo'],
  now: () => number,
): () => Promise<SigningKeyPair> {
  let loaded: Promise<SigningKeyPair> | null = null;
  return () =>
    (loaded ??= (async () => {
      const fresh = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('hex');
      const seed = await repo.settingOrInit('server_key', fresh, now());
      return SigningKeyPair.fromSeed(Uint8Array.from(Buffer.from(seed, 'hex')));
    })().catch((err: unknown) => {
      loaded = null;
      throw err;
    }));
}

export const directoryProofRoutes: FastifyPluginAsync<
  Pick<RouteContext, 'config'> & { serverKey: () => Promise<SigningKeyPair> }
> = async (app, { config, serverKey: loadKey }) => {
  app.get(
    '/.well-known/nexuslink/directory-proof',
    {
      schema: {
        querystring: {
          type: 'object',
          required: ['nonce', 'directory'],
          additionalProperties: false,
          properties: {
            nonce: { type: 'string', pattern: '^[0-9a-f]{64}$' },
            directory: { type: 'string', minLength: 1, maxLength: 256 },
          },
        },
      },
    },
    async (req, reply) => {
      const owner = config['server.owner'];
      if (owner === '')
        throw new AppError(
          'NOT_FOUND',
          'this server names no owner (server.owner): it cannot be listed in a directory',
        );
      const { nonce, directory } = req.query as { nonce: string; directory: string };
      const serverKey = await loadKey();
      let signature: Uint8Array;
      try {
        signature = await signDirectoryProof(serverKey, {
          nonce: Uint8Array.from(Buffer.from(nonce, 'hex')),
          owner,
          directory,
        });
      } catch (err) {
        if (NexusError.is(err, 'INVALID_ARGUMENT'))
          throw new AppError('INVALID_ARGUMENT', err.message);
        throw err;
      }
      return ok(reply, {
        serverKey: Buffer.from(serverKey.publicKey.bytes).toString('hex'),
        owner,
        signature: Buffer.from(signature).toString('hex'),
      });
    },
  );
};
