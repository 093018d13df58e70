/**
 * Asking a community server to prove its endpoint (spec/directory.md §2.1),
 * and the guard on every request the directory makes to an endpoint a
 * stranger named: no redirects, a deadline, a small answer, and, unless
 * `allowPrivate`, no connection to a loopback, private, link-local or
 * otherwise internal address (checked on the address actually connected
 * to, so a name that resolves differently the second time gains nothing).
 */
import { randomBytes } from 'node:crypto';
import { lookup as dnsLookup } from 'node:dns';
import type { LookupAddress, LookupOneOptions } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP } from 'node:net';
import { NexusError, verifyDirectoryProof } from '@nexuslink/sdk';

/** Addresses a directory never connects to for a stranger (unless told it may). */
const INTERNAL = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const)
  INTERNAL.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 127],
  ['64:ff9b::', 96],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  INTERNAL.addSubnet(net, prefix, 'ipv6');

/** Whether `address` (an IP address) is one a directory must not reach for a stranger. */
export function isInternalAddress(address: string): boolean {
  // An IPv4 address mapped into IPv6 is judged as the IPv4 address. (The
  // block list is not given ::ffff:0:0/96: it checks IPv4 addresses against
  // IPv6 rules in that form, and would match every one of them.)
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  const a = mapped ? mapped[1]! : address;
  const family = isIP(a);
  if (family === 0) return true;
  return INTERNAL.check(a, family === 4 ? 'ipv4' : 'ipv6');
}

/** Options of {@link fetchEndpoint}. */
export interface EndpointRequestOptions {
  readonly timeoutMs: number;
  /** Allow loopback and private addresses (tests, a private deployment). */
  readonly allowPrivate: boolean;
  /** Largest answer read (bytes). */
  readonly maxBytes?: number;
  /** A POST of this JSON body (an owner's notice hook) instead of a GET. */
  readonly post?: { readonly body: string; readonly headers: Record<string, string> };
}

/** Why a request to an endpoint failed, in words for the owner. */
export class EndpointError extends Error {
  override readonly name = 'EndpointError';
}

/**
 * GET `url` from a stranger's endpoint (or POST to it, `options.post`), under the guard above.
 *
 * @returns the status and body (at most `maxBytes`).
 * @throws EndpointError when it cannot be reached, is internal, redirects, is too slow or too large.
 */
export function fetchEndpoint(
  url: string,
  options: EndpointRequestOptions,
): Promise<{ status: number; body: string; ms: number }> {
  const started = performance.now();
  const maxBytes = options.maxBytes ?? 16 * 1024;
  const target = new URL(url);
  // An address in the URL is connected to without a lookup: judge it here.
  const literal = target.hostname.replace(/^\[|\]$/g, '');
  if (isIP(literal) !== 0 && !options.allowPrivate && isInternalAddress(literal))
    return Promise.reject(new EndpointError('the endpoint is an internal address'));
  const lookup = (
    hostname: string,
    opts: LookupOneOptions,
    cb: (
      err: NodeJS.ErrnoException | null,
      address: string | LookupAddress[],
      family?: number,
    ) => void,
  ) => {
    dnsLookup(hostname, { all: true }, (err, addresses) => {
      if (err) return cb(err, '');
      const usable = options.allowPrivate
        ? addresses
        : addresses.filter((a) => !isInternalAddress(a.address));
      if (usable.length === 0)
        return cb(
          Object.assign(new Error(`${hostname} resolves only to internal addresses`), {
            code: 'EINTERNAL',
          }),
          '',
        );
      if ((opts as { all?: boolean }).all) return cb(null, usable);
      cb(null, usable[0]!.address, usable[0]!.family);
    });
  };
  return new Promise((resolve, reject) => {
    const request = (target.protocol === 'https:' ? httpsRequest : httpRequest)(
      target,
      {
        method: options.post ? 'POST' : 'GET',
        lookup: lookup as never,
        headers: {
          accept: 'application/json',
          ...(options.post
            ? {
                'content-type': 'application/json',
                'content-length': String(Buffer.byteLength(options.post.body)),
                ...options.post.headers,
              }
            : {}),
        },
      },
      (res) => {
        if ((res.statusCode ?? 0) >= 300 && (res.statusCode ?? 0) < 400) {
          res.destroy();
          reject(new EndpointError('the endpoint answered with a redirect'));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            res.destroy();
            reject(new EndpointError('the endpoint’s answer is too large'));
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            ms: performance.now() - started,
          }),
        );
        res.on('error', (err) => reject(new EndpointError(`the endpoint failed: ${err.message}`)));
      },
    );
    request.setTimeout(options.timeoutMs, () => {
      request.destroy();
      reject(new EndpointError(`the endpoint did not answer in ${options.timeoutMs} ms`));
    });
    request.on('error', (err: NodeJS.ErrnoException) =>
      reject(
        new EndpointError(
          err.code === 'EINTERNAL'
            ? 'the endpoint is an internal address'
            : `the endpoint cannot be reached (${err.code ?? err.message})`,
        ),
      ),
    );
    request.end(options.post?.body);
  });
}

/**
 * Ask `endpoint` to prove that it is the server of `serverKey`, run for
 * `owner` (spec/directory.md §2.1): a fresh nonce, the answer's key, owner
 * and signature checked.
 *
 * @throws EndpointError with the reason when it does not.
 */
export async function proveEndpoint(
  endpoint: string,
  expected: { serverKey: Uint8Array; owner: string; directory: string },
  options: EndpointRequestOptions,
): Promise<void> {
  const nonce = randomBytes(32);
  const url = `${endpoint}/.well-known/nexuslink/directory-proof?nonce=${nonce.toString('hex')}&directory=${encodeURIComponent(expected.directory)}`;
  const { status, body } = await fetchEndpoint(url, options);
  if (status === 404)
    throw new EndpointError('the server names no owner (server.owner) or serves no proof');
  if (status !== 200) throw new EndpointError(`the endpoint answered ${status}`);
  let data: { serverKey?: unknown; owner?: unknown; signature?: unknown };
  try {
    data = (JSON.parse(body) as { data?: typeof data }).data ?? {};
  } catch {
    throw new EndpointError('the endpoint’s answer is not JSON');
  }
  const hex = /^[0-9a-f]+$/;
  if (
    typeof data.serverKey !== 'string' ||
    typeof data.owner !== 'string' ||
    typeof data.signature !== 'string' ||
    !hex.test(data.serverKey) ||
    !hex.test(data.signature)
  )
    throw new EndpointError('the endpoint’s answer is not a proof');
  if (data.serverKey !== Buffer.from(expected.serverKey).toString('hex'))
    throw new EndpointError('the endpoint has another server key');
  if (data.owner !== expected.owner) throw new EndpointError('the endpoint names another owner');
  try {
    verifyDirectoryProof(
      expected.serverKey,
      { nonce, owner: expected.owner, directory: expected.directory },
      Buffer.from(data.signature, 'hex'),
    );
  } catch (err) {
    if (err instanceof NexusError) throw new EndpointError('the proof’s signature does not verify');
    throw err;
  }
}
