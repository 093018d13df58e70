/**
 * Which of a peer's advertised addresses are worth dialing from here
 * (spec/p2p.md §4.5). A device behind a NAT advertises its private
 * addresses too; from another network they lead nowhere, and libp2p dials a
 * peer's addresses one after another with a timeout each, so a few dead
 * private addresses hold back the circuit relay address for many seconds.
 * A private address (RFC 1918, RFC 6598 shared space, link-local, IPv6
 * unique-local and link-local) is kept only when it is on the subnet of
 * one of this host's interfaces; public, loopback, DNS and relayed
 * addresses are always kept. Node-only (it reads the host's interfaces).
 */
import { networkInterfaces } from 'node:os';

/** One local subnet, as `os.networkInterfaces()` gives it (`cidr`, e.g. `192.168.1.2/24`). */
export interface LocalSubnet {
  readonly cidr: string | null;
}

const PRIVATE_V4: readonly [number, number][] = [
  [ip4('10.0.0.0'), 8],
  [ip4('172.16.0.0'), 12],
  [ip4('192.168.0.0'), 16],
  [ip4('100.64.0.0'), 10],
  [ip4('169.254.0.0'), 16],
];

function ip4(text: string): number {
  const parts = text.split('.').map(Number);
  return (((parts[0]! << 24) | (parts[1]! << 16) | (parts[2]! << 8) | parts[3]!) >>> 0) as number;
}

const inPrefix = (ip: number, base: number, bits: number) =>
  bits === 0 || ip >>> (32 - bits) === base >>> (32 - bits);

/** The 8 groups of an IPv6 address, as numbers (`::` expanded). */
function ip6(text: string): number[] | null {
  const [head, tail] = text.split('::');
  const h = head ? head.split(':') : [];
  const t = tail !== undefined && tail !== '' ? tail.split(':') : [];
  if (text.includes('.')) return null; // an IPv4-mapped form: not ours to judge
  const groups = [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t];
  if (groups.length !== 8) return null;
  return groups.map((g) => parseInt(g, 16));
}

/** The local subnets: `[address, prefix length]`, IPv4 and IPv6 apart. */
function subnets(local: readonly LocalSubnet[]) {
  const v4: [number, number][] = [];
  const v6: [number[], number][] = [];
  for (const { cidr } of local) {
    if (!cidr) continue;
    const [addr, bits] = cidr.split('/');
    if (addr === undefined || bits === undefined) continue;
    if (addr.includes(':')) {
      const g = ip6(addr);
      if (g) v6.push([g, Number(bits)]);
    } else v4.push([ip4(addr), Number(bits)]);
  }
  return { v4, v6 };
}

function sameV6Prefix(a: number[], b: number[], bits: number): boolean {
  for (let i = 0; i < 8 && bits > 0; i++, bits -= 16) {
    const mask = bits >= 16 ? 0xffff : (0xffff << (16 - bits)) & 0xffff;
    if ((a[i]! & mask) !== (b[i]! & mask)) return false;
  }
  return true;
}

/**
 * The multiaddrs (text) of `addresses` worth dialing from this host: those
 * that are not private, or private and on a local subnet. Order is kept.
 */
export function dialableAddresses(
  addresses: readonly string[],
  local: readonly LocalSubnet[] = Object.values(networkInterfaces()).flatMap((l) => l ?? []),
): string[] {
  const nets = subnets(local);
  return addresses.filter((address) => {
    if (address.includes('/p2p-circuit')) return true;
    const v4 = /^\/ip4\/(\d+\.\d+\.\d+\.\d+)\//.exec(address);
    if (v4) {
      const ip = ip4(v4[1]!);
      if (!PRIVATE_V4.some(([base, bits]) => inPrefix(ip, base, bits))) return true;
      return nets.v4.some(([base, bits]) => inPrefix(ip, base, bits));
    }
    const v6 = /^\/ip6\/([0-9a-fA-F:]+)\//.exec(address);
    if (v6) {
      const g = ip6(v6[1]!);
      if (!g) return true;
      const privateV6 = (g[0]! & 0xfe00) === 0xfc00 || (g[0]! & 0xffc0) === 0xfe80;
      if (!privateV6) return true;
      return nets.v6.some(([base, bits]) => sameV6Prefix(g, base, bits));
    }
    return true;
  });
}
