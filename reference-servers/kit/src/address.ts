/**
 * The key a client address is counted under by rate limits and lockouts.
 */
import { isIP } from 'node:net';

/**
 * `address` as rate limits and lockouts count it: an IPv4 address as it is
 * (an IPv4-mapped IPv6 address as its IPv4 address), an IPv6 address as its
 * /64 (`2001:db8:0:1::/64`), since one subscriber usually holds a whole /64
 * and would otherwise have 2^64 fresh budgets. Anything else is returned
 * unchanged.
 *
 * @example addressKey('2001:db8::1:2') === '2001:db8:0:0::/64'
 */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) return mapped[1]!;
  const bare = address.split('%')[0]!; // a zone (fe80::1%eth0) is local detail
  if (isIP(bare) !== 6) return address;
  const groups = (part: string) => (part === '' ? [] : part.split(':'));
  const halves = bare.split('::');
  const head = groups(halves[0]!);
  let full = head;
  if (halves.length === 2) {
    const tail = groups(halves[1]!);
    // A dotted IPv4 tail (::ffff:1.2.3.4, 64:ff9b::1.2.3.4) fills two groups.
    const tailGroups = tail.length + (tail.at(-1)?.includes('.') ? 1 : 0);
    full = [...head, ...Array<string>(8 - head.length - tailGroups).fill('0'), ...tail];
  }
  const prefix = full.slice(0, 4).map((g) => parseInt(g, 16).toString(16));
  return `${prefix.join(':')}::/64`;
}
