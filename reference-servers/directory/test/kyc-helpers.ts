// Helpers of the directory's tests: new devices, refusals, real images to
// upload, staff accounts made with the directory's own command line, and
// raw calls.
import { spawnSync } from 'node:child_process';
import { deflateSync } from 'node:zlib';
import { crc32 } from 'node:zlib';
import { createDevice, memoryStorage, NexusError } from '@nexuslink/sdk';
import type { LocalDevice } from '@nexuslink/sdk';
import { repoRoot } from '@nexuslink/server-kit/testing';
import { join } from 'node:path';

/** A new identity's device, in memory. */
export async function device(name: string): Promise<LocalDevice> {
  return (await createDevice({ storage: memoryStorage(), displayName: name })).device;
}

/** The NexusError `p` is refused with (an acceptance fails the test). */
export async function refusal(p: Promise<unknown>): Promise<NexusError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof NexusError) return err;
    throw err;
  }
  throw new Error('accepted');
}

/** A PNG of `width` × `height` whose pixel colour `paint(x, y)` gives ([r, g, b]). */
export function png(
  width: number,
  height: number,
  paint: (x: number, y: number) => [number, number, number],
): Uint8Array {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0; // no filter
    for (let x = 0; x < width; x++) {
      const [r, g, b] = paint(x, y);
      const at = y * (width * 3 + 1) + 1 + x * 3;
      raw[at] = r;
      raw[at + 1] = g;
      raw[at + 2] = b;
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'ascii');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

/** A made-up identity card: a blue band, a photo square, lines of "text". */
export const idCard = (seed = 0): Uint8Array =>
  png(320, 200, (x, y) => {
    if (y < 36) return [31, 58, 95];
    if (x > 20 && x < 110 && y > 56 && y < 170) return [180 + (seed % 40), 150, 130];
    if (x > 130 && x < 300 && (y - 60) % 24 < 8 && y < 170) return [60, 60, 70];
    return [236, 240, 244];
  });

/** A few bytes that pass as a JPEG (its magic number), for uploads the test never opens as an image. */
export const jpegBytes = (n = 64): Uint8Array => {
  const b = new Uint8Array(n);
  b.set([0xff, 0xd8, 0xff, 0xe0]);
  for (let i = 4; i < n; i++) b[i] = (i * 37) & 0xff;
  return b;
};

/**
 * Add a staff account with `nexuslink-directory staff add NAME ROLE`, run as
 * the README says, with the directory's environment; resolves to its password.
 */
export function addStaff(env: Record<string, string>, name: string, role: string): string {
  const run = spawnSync(process.execPath, ['src/main.ts', 'staff', 'add', name, role], {
    cwd: join(repoRoot(), 'reference-servers/directory'),
    env: { PATH: process.env.PATH ?? '', NEXUSLINK_LOG_LEVEL: 'warn', ...env },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`staff add failed: ${run.stderr}`);
  const m = /password \(shown once\): ([a-z2-9]{20})/.exec(run.stdout);
  if (!m) throw new Error(`no password in: ${run.stdout}`);
  return m[1]!;
}

/** Log in as staff through the API; resolves to the bearer header. */
export async function staffLogin(
  url: string,
  name: string,
  password: string,
): Promise<Record<string, string>> {
  const res = await fetch(`${url}/v1/staff/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password }),
  });
  const body = (await res.json()) as { ok: boolean; data?: { token: string } };
  if (!body.ok) throw new Error(`login failed: ${JSON.stringify(body)}`);
  return { authorization: `Bearer ${body.data!.token}` };
}

/** A JSON call: resolves to the status and the envelope. */
export async function call(
  url: string,
  method: string,
  path: string,
  options: {
    headers?: Record<string, string>;
    body?: unknown;
    raw?: Uint8Array;
    contentType?: string;
  } = {},
): Promise<{
  status: number;
  body: {
    ok: boolean; // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON the assertions check
    data?: any;
    error?: { code: string; message: string };
  };
  text: string;
}> {
  const headers: Record<string, string> = { ...options.headers };
  let body: string | Uint8Array | undefined;
  if (options.raw) {
    body = options.raw;
    headers['content-type'] = options.contentType ?? 'application/octet-stream';
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] = 'application/json';
  }
  const res = await fetch(url + path, {
    method,
    headers,
    ...(body === undefined ? {} : { body: body as BodyInit }),
  });
  const text = await res.text();
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = { ok: false };
  }
  return { status: res.status, body: parsed, text };
}
