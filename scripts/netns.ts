/**
 * Linux network namespaces for the peer-to-peer tests and benchmarks: a
 * "LAN" of two namespaces joined by a veth pair, created and removed by the
 * caller (root only). Nothing in them routes out: the only routes are the
 * pair's /24 and multicast on it (for mDNS).
 */
import { execFileSync } from 'node:child_process';

const ip = (...args: string[]) => execFileSync('ip', args, { stdio: 'pipe' });

/** Whether this process may create namespaces. */
export const canUseNamespaces = process.getuid?.() === 0;

/** Two namespaces on one link: `a` at `<prefix>.1`, `b` at `<prefix>.2`. */
export interface Lan {
  readonly a: string;
  readonly b: string;
  readonly addressA: string;
  readonly addressB: string;
  /** Remove both namespaces (and the link); safe to call twice. */
  remove(): void;
}

/** Create the LAN named after `tag` (any stale one of that name is removed first). */
export function createLan(tag: string, prefix = '10.77.0'): Lan {
  const a = `nxl-${tag}-a`;
  const b = `nxl-${tag}-b`;
  const remove = () => {
    for (const n of [a, b])
      try {
        ip('netns', 'del', n);
      } catch {
        // not there
      }
  };
  remove();
  try {
    ip('netns', 'add', a);
    ip('netns', 'add', b);
    const va = `nx${tag}a`.slice(0, 15);
    const vb = `nx${tag}b`.slice(0, 15);
    ip('link', 'add', va, 'netns', a, 'type', 'veth', 'peer', 'name', vb, 'netns', b);
    for (const [n, dev, addr] of [
      [a, va, `${prefix}.1/24`],
      [b, vb, `${prefix}.2/24`],
    ] as const) {
      ip('-n', n, 'link', 'set', 'lo', 'up');
      ip('-n', n, 'addr', 'add', addr, 'dev', dev);
      ip('-n', n, 'link', 'set', dev, 'up', 'multicast', 'on');
      ip('-n', n, 'route', 'add', '224.0.0.0/4', 'dev', dev);
    }
  } catch (err) {
    remove();
    throw err;
  }
  return { a, b, addressA: `${prefix}.1`, addressB: `${prefix}.2`, remove };
}
