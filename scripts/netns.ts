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

/** Two private networks that meet only at a relay host. */
export interface RelayNet {
  /** Namespaces of the two devices and of the relay host. */
  readonly a: string;
  readonly b: string;
  readonly relay: string;
  /** The relay host's one address, reachable from `a` and `b`. */
  readonly relayAddress: string;
  remove(): void;
}

/**
 * `a` (10.80.1.2) and `b` (10.80.2.2) each linked to the relay host, which
 * holds 198.51.100.1 (a documentation address) and does not forward: `a`
 * and `b` reach the relay host, never each other.
 */
export function createRelayNet(tag: string): RelayNet {
  const a = `nxl-${tag}-a`;
  const b = `nxl-${tag}-b`;
  const relay = `nxl-${tag}-r`;
  const remove = () => {
    for (const n of [a, b, relay])
      try {
        ip('netns', 'del', n);
      } catch {
        // not there
      }
  };
  remove();
  try {
    for (const n of [a, b, relay]) {
      ip('netns', 'add', n);
      ip('-n', n, 'link', 'set', 'lo', 'up');
    }
    ip('-n', relay, 'addr', 'add', '198.51.100.1/32', 'dev', 'lo');
    for (const [n, side, net] of [
      [a, 'a', '10.80.1'],
      [b, 'b', '10.80.2'],
    ] as const) {
      const inner = `nx${tag}${side}`.slice(0, 15);
      const outer = `nx${tag}r${side}`.slice(0, 15);
      ip('link', 'add', inner, 'netns', n, 'type', 'veth', 'peer', 'name', outer, 'netns', relay);
      ip('-n', n, 'addr', 'add', `${net}.2/24`, 'dev', inner);
      ip('-n', n, 'link', 'set', inner, 'up');
      ip('-n', relay, 'addr', 'add', `${net}.1/24`, 'dev', outer);
      ip('-n', relay, 'link', 'set', outer, 'up');
      ip('-n', n, 'route', 'add', '198.51.100.1/32', 'via', `${net}.1`);
    }
  } catch (err) {
    remove();
    throw err;
  }
  return { a, b, relay, relayAddress: '198.51.100.1', remove };
}
