/**
 * Requests made as an identity (spec/directory.md §2.3): the signed
 * `Authorization: NexusLink-Request <token>` header, checked against this
 * directory, the method, the target and the body's exact bytes, and each
 * nonce taken once.
 */
import {
  DIRECTORY_REQUEST_MAX_AGE_MS,
  DIRECTORY_REQUEST_SCHEME,
  verifyDirectoryRequest,
} from '@nexuslink/sdk';
import type { VerifiedDirectoryRequest } from '@nexuslink/sdk';
import { AppError, fromNexusError } from '@nexuslink/server-kit';
import type { Db } from '@nexuslink/server-kit';
import type { FastifyInstance, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    /** The body's bytes as received (JSON and documents). */
    rawBody?: Buffer;
  }
}

/** The media types of uploaded documents, taken as bytes. */
export const DOCUMENT_MEDIA_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;

/**
 * Keep every body's bytes (`req.rawBody`): a signed request covers them.
 * JSON is parsed from those bytes; documents stay bytes.
 */
export function keepRawBodies(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, body, done) => {
    const bytes = body as Buffer;
    req.rawBody = bytes;
    if (bytes.length === 0) return done(new AppError('MALFORMED', 'the body is empty'), undefined);
    try {
      done(null, JSON.parse(bytes.toString('utf8')));
    } catch {
      done(new AppError('MALFORMED', 'the body is not valid JSON'), undefined);
    }
  });
  app.addContentTypeParser([...DOCUMENT_MEDIA_TYPES], { parseAs: 'buffer' }, (req, body, done) => {
    req.rawBody = body as Buffer;
    done(null, body);
  });
}

/** The identity that signed `req`, its nonce now spent. */
export async function identityOf(
  req: FastifyRequest,
  context: { db: Db; now: () => number; publicUrl: () => string },
): Promise<VerifiedDirectoryRequest & { authorization: string }> {
  const authorization = req.headers.authorization;
  if (
    typeof authorization !== 'string' ||
    !authorization.startsWith(`${DIRECTORY_REQUEST_SCHEME} `)
  )
    throw new AppError(
      'UNAUTHORIZED',
      `sign the request as an identity: Authorization: ${DIRECTORY_REQUEST_SCHEME} <token> (spec/directory.md §2.3)`,
    );
  let verified: VerifiedDirectoryRequest;
  try {
    verified = verifyDirectoryRequest(authorization, {
      audience: context.publicUrl(),
      method: req.method,
      target: req.url,
      body: req.rawBody ?? new Uint8Array(0),
      now: context.now(),
    });
  } catch (err) {
    throw fromNexusError(err, 'UNAUTHORIZED');
  }
  const { db } = context;
  const taken = await db.run(
    'INSERT INTO request_nonces (identity, nonce, expires_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
    [
      verified.uuid,
      Buffer.from(verified.nonce).toString('hex'),
      db.time(verified.createdAt + DIRECTORY_REQUEST_MAX_AGE_MS),
    ],
  );
  if (taken === 0)
    throw new AppError('CONFLICT', 'this signed request was taken already: sign a new one');
  return { ...verified, authorization };
}
