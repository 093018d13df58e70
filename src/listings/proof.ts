/**
 * Endpoint proofs (spec/directory.md §2.1): a community server shows the
 * directory that it answers at the endpoint a listing names, and that it
 * names the listing's owner as its own, by signing the directory's nonce
 * with its server key.
 */
import { NexusError } from '../interfaces/errors.js';
import { checkBytes, checkSigner } from '../interfaces/guards.js';
import { isUuidSyntax } from '../wire/messages.js';
import { isListableEndpoint } from '../wire/directory.js';
import { concat, utf8 } from '../primitives/bytes.js';
import { SIGNATURE_LABELS, signLabelled, verifySignature } from '../identity/signing.js';
import type { Signer } from '../identity/signing.js';

/** Bytes of a proof's nonce. */
export const DIRECTORY_PROOF_NONCE_BYTES = 32;

/** What an endpoint proof is about. */
export interface DirectoryProofRequest {
  /** The directory's nonce (32 bytes), fresh for each proof it asks for. */
  readonly nonce: Uint8Array;
  /** The UUID the community server names as its owner (`server.owner`). */
  readonly owner: string;
  /** The directory's origin (`https://directory.example.org`). */
  readonly directory: string;
}

/**
 * The body a proof signs: the nonce, the owner's UUID (50 characters) and
 * the directory's origin, as UTF-8, in that order (the variable part last).
 *
 * @throws NexusError `INVALID_ARGUMENT` for a nonce that is not 32 bytes, an
 *   owner that is not a UUID, or a directory that is not an origin.
 */
export function directoryProofBody(request: DirectoryProofRequest): Uint8Array {
  if (typeof request !== 'object' || request === null)
    throw new NexusError('INVALID_ARGUMENT', 'a proof request is { nonce, owner, directory }');
  checkBytes(request.nonce, 'nonce', DIRECTORY_PROOF_NONCE_BYTES);
  if (!isUuidSyntax(request.owner))
    throw new NexusError('INVALID_ARGUMENT', 'owner must be a NexusLink UUID');
  if (typeof request.directory !== 'string' || !isListableEndpoint(request.directory))
    throw new NexusError(
      'INVALID_ARGUMENT',
      'directory must be an https origin (http on loopback), without a path',
    );
  return concat(request.nonce, utf8(request.owner), utf8(request.directory));
}

/**
 * Sign an endpoint proof with the community server's key.
 *
 * @returns the 64-byte Ed25519 signature over `label || 0x00 || body`.
 * @throws NexusError `INVALID_ARGUMENT` (see {@link directoryProofBody}).
 */
export async function signDirectoryProof(
  serverKey: Signer,
  request: DirectoryProofRequest,
): Promise<Uint8Array> {
  checkSigner(serverKey, 'serverKey', 'the server’s SigningKeyPair');
  return signLabelled(serverKey, SIGNATURE_LABELS.directoryProof, directoryProofBody(request));
}

/**
 * Check an endpoint proof against the listing's `server_key`.
 *
 * @throws NexusError `BAD_SIGNATURE` when it does not verify (another key,
 *   nonce, owner or directory), `INVALID_ARGUMENT` for arguments of the wrong form.
 */
export function verifyDirectoryProof(
  serverKey: Uint8Array,
  request: DirectoryProofRequest,
  signature: Uint8Array,
): void {
  checkBytes(serverKey, 'serverKey', 32);
  checkBytes(signature, 'signature');
  const body = directoryProofBody(request);
  const input = concat(utf8(SIGNATURE_LABELS.directoryProof), Uint8Array.of(0), body);
  if (!verifySignature({ algorithm: 'ed25519', bytes: serverKey }, input, signature))
    throw new NexusError(
      'BAD_SIGNATURE',
      'the endpoint proof does not verify under the listing’s server key',
    );
}
