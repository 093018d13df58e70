/**
 * A NAT lab built from Linux network namespaces (root only), for testing
 * hole punching, STUN, TURN and relays against each classic NAT type:
 *
 * ```
 *  peer A 192.168.1.2 ─ NAT A ─┐                  ┌─ NAT B ─ peer B 192.168.2.2
 *      192.168.1.1 / 203.0.113.1 ─ "Internet" ─ 203.0.113.2 / 192.168.2.1
 *                     (bridge 203.0.113.254/24, hosts 198.51.100.1 and .2)
 * ```
 *
 * Every public address is in a documentation range (RFC 5737). The
 * "Internet" namespace holds the two public hosts (servers bind to them) and
 * a bridge joining the routers' WAN links; it forwards nothing and has no
 * route out of the lab. Each router applies nftables rules for its NAT type;
 * each peer's only route is through its router. Nothing here touches the
 * host's own namespace: every link is created inside a lab namespace.
 */
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess, SpawnOptions } from 'node:child_process';

/**
 * The classic NAT types (RFC 3489 names; RFC 4787 mapping and filtering):
 * - `full-cone`: endpoint-independent mapping and filtering;
 * - `address-restricted`: endpoint-independent mapping, address-dependent filtering;
 * - `port-restricted`: endpoint-independent mapping, address-and-port-dependent filtering;
 * - `symmetric`: address-and-port-dependent mapping and filtering.
 */
export type NatType = 'full-cone' | 'address-restricted' | 'port-restricted' | 'symmetric';

/** Every {@link NatType}, most permissive first. */
export const natTypes: readonly NatType[] = [
  'full-cone',
  'address-restricted',
  'port-restricted',
  'symmetric',
];

/** A running lab; every field is fixed except the namespace names, which carry the tag. */
export interface NatLab {
  /** The "Internet" namespace: servers for the public hosts run here. */
  readonly public: string;
  /** The routers' namespaces. */
  readonly routerA: string;
  readonly routerB: string;
  /** The peers' namespaces, each behind its router. */
  readonly a: string;
  readonly b: string;
  /** The NAT type of each router. */
  readonly types: { readonly a: NatType; readonly b: NatType };
  /** Two public host addresses (198.51.100.1 and .2), both held by {@link NatLab.public}. */
  readonly publicHosts: readonly [string, string];
  /** The routers' WAN addresses (203.0.113.1 and .2): what the Internet sees of each peer. */
  readonly wanA: string;
  readonly wanB: string;
  /** The peers' private addresses (192.168.1.2 and 192.168.2.2). */
  readonly addressA: string;
  readonly addressB: string;
  /** Delete every namespace of the lab (and with them every link); safe to call twice. */
  remove(): void;
}

const PUBLIC_HOSTS = ['198.51.100.1', '198.51.100.2'] as const;
/** The Internet side of the bridge: the routers' default gateway. */
const INTERNET_GATEWAY = '203.0.113.254';
const SIDES = {
  a: { wan: '203.0.113.1', lan: '192.168.1' },
  b: { wan: '203.0.113.2', lan: '192.168.2' },
} as const;
/** Suffixes of the lab's namespace names, `nxl-<tag>-<suffix>`. */
const SUFFIXES = ['inet', 'nat-a', 'nat-b', 'peer-a', 'peer-b'] as const;
/** How long an unused full-cone mapping or address-restricted permission lives. */
const MAPPING_TIMEOUT = '120s';

const ip = (...args: string[]) => execFileSync('ip', args, { stdio: 'pipe' });

/**
 * Run `command` inside `namespace` and return its standard output.
 * @throws the child_process error when the command fails (its stderr is in the message).
 */
export function runIn(namespace: string, command: string, args: string[], input?: string): string {
  return execFileSync('ip', ['netns', 'exec', namespace, command, ...args], {
    stdio: 'pipe',
    encoding: 'utf8',
    ...(input === undefined ? {} : { input }),
  });
}

/**
 * Start `command` inside `namespace`. `ip netns exec` execs the command in
 * place, so the returned process is the command itself (killing it is enough).
 * @example spawnIn(lab.public, process.execPath, ['server.js'], { stdio: 'pipe' })
 */
export function spawnIn(
  namespace: string,
  command: string,
  args: string[],
  options: SpawnOptions = {},
): ChildProcess {
  return spawn('ip', ['netns', 'exec', namespace, command, ...args], options);
}

/**
 * The nftables ruleset (table `ip nxl_nat`) a router with WAN link `wan`
 * (address `wanAddress`) and LAN link `lan` loads for `type`.
 *
 * Outbound, every type source-NATs to `wanAddress`. Without `random`,
 * conntrack keeps the inside source port when no other flow holds it, so
 * the mapping is endpoint-independent (the same external port for every
 * destination) and equals the inside port; `symmetric` picks a fresh random
 * port per flow instead. Inbound, conntrack lets through replies to the
 * exact remote address and port (port-restricted filtering); the cone types
 * add a dynamic map (external port → inside host, filled by outbound
 * packets) used to DNAT unsolicited packets, for `address-restricted` only
 * from remote addresses the mapping has sent to. Unsolicited packets that no
 * rule admits are dropped in `input` before conntrack confirms them, so they
 * leave no entry that could later force a remapping.
 * @throws Error when `type` is not a {@link NatType}.
 */
export function natRuleset(type: NatType, wanAddress: string): string {
  if (!natTypes.includes(type)) throw new Error(`unknown NAT type ${JSON.stringify(type)}`);
  const cone = type === 'full-cone' || type === 'address-restricted';
  const restricted = type === 'address-restricted';
  const l4 = 'meta l4proto { tcp, udp }';
  const out = 'iifname "lan" oifname "wan"';
  return [
    'table ip nxl_nat {',
    ...(cone
      ? [
          '  map mapped {',
          '    type inet_proto . inet_service : ipv4_addr',
          `    flags dynamic, timeout; timeout ${MAPPING_TIMEOUT}`,
          '  }',
        ]
      : []),
    ...(restricted
      ? [
          '  set permitted {',
          '    type inet_proto . inet_service . ipv4_addr',
          `    flags dynamic, timeout; timeout ${MAPPING_TIMEOUT}`,
          '  }',
        ]
      : []),
    '  chain prerouting {',
    '    type nat hook prerouting priority dstnat; policy accept;',
    ...(cone
      ? [
          `    iifname "wan" ${l4}${restricted ? ' meta l4proto . th dport . ip saddr @permitted' : ''}` +
            ' dnat ip to meta l4proto . th dport map @mapped',
        ]
      : []),
    '  }',
    '  chain postrouting {',
    '    type nat hook postrouting priority srcnat; policy accept;',
    ...(type === 'symmetric'
      ? [`    oifname "wan" ${l4} snat ip to ${wanAddress}:1024-65535 fully-random`]
      : []),
    `    oifname "wan" snat ip to ${wanAddress}`,
    '  }',
    '  chain forward {',
    '    type filter hook forward priority filter; policy drop;',
    // Before any accept, so that every outbound packet refreshes the timeouts.
    ...(cone ? [`    ${out} ${l4} update @mapped { meta l4proto . th sport : ip saddr }`] : []),
    ...(restricted
      ? [`    ${out} ${l4} update @permitted { meta l4proto . th sport . ip daddr }`]
      : []),
    `    ${out} accept`,
    '    iifname "wan" oifname "lan" ct state established,related accept',
    ...(cone ? ['    iifname "wan" oifname "lan" ct status dnat accept'] : []),
    '  }',
    '  chain input {',
    '    type filter hook input priority filter; policy accept;',
    '    iifname "wan" ct state established,related accept',
    '    iifname "wan" drop',
    '  }',
    '}',
    '',
  ].join('\n');
}

const namesOf = (tag: string) => SUFFIXES.map((suffix) => `nxl-${tag}-${suffix}`);

/** The names of the namespaces that exist now. */
function namespaces(): string[] {
  return ip('netns', 'list')
    .toString()
    .split('\n')
    .map((line) => line.split(' ')[0]!)
    .filter(Boolean);
}

/**
 * Delete the namespaces of the NAT lab tagged `tag`, or, without a tag, of
 * every NAT lab (`nxl-*-inet`, `nxl-*-nat-a` …): only call it so when no other
 * run may be using one. Namespaces of other kinds are left alone.
 */
export function removeStaleNatLabs(tag?: string): void {
  const stale =
    tag === undefined
      ? namespaces().filter((name) => /^nxl-.+-(inet|nat-a|nat-b|peer-a|peer-b)$/.test(name))
      : namesOf(tag);
  for (const name of stale)
    try {
      ip('netns', 'del', name);
    } catch {
      // not there
    }
}

/**
 * Create the lab named after `tag` (letters and digits; namespaces
 * `nxl-<tag>-inet`, `-nat-a`, `-nat-b`, `-peer-a`, `-peer-b`), peer `a`
 * behind a NAT of type `types.a` and peer `b` behind one of type `types.b`.
 * Any stale lab with the same tag is removed first; if a step fails,
 * everything made so far is removed before the error is rethrown.
 * @throws Error for a bad tag or NAT type, or the failing `ip` / `nft` command's error.
 * @example
 * const lab = createNatLab('nat1', { a: 'port-restricted', b: 'symmetric' });
 * try { spawnIn(lab.a, process.execPath, ['client.js', lab.publicHosts[0]]) } finally { lab.remove() }
 */
export function createNatLab(tag: string, types: { a: NatType; b: NatType }): NatLab {
  // Namespace names are file names under /run/netns.
  if (!/^[A-Za-z0-9]{1,32}$/.test(tag)) throw new Error(`bad NAT lab tag ${JSON.stringify(tag)}`);
  const [inet, routerA, routerB, a, b] = namesOf(tag) as [string, string, string, string, string];
  const remove = () => removeStaleNatLabs(tag);
  const sysctl = (namespace: string, setting: string) =>
    runIn(namespace, 'sysctl', ['-qw', setting]);
  remove();
  try {
    for (const name of [inet, routerA, routerB, a, b]) {
      ip('netns', 'add', name);
      ip('-n', name, 'link', 'set', 'lo', 'up');
      // IPv4 settings of a new namespace are copied from the host's: set them.
      sysctl(name, `net.ipv4.ip_forward=${name === routerA || name === routerB ? 1 : 0}`);
    }
    ip('-n', inet, 'link', 'add', 'br0', 'type', 'bridge');
    ip('-n', inet, 'addr', 'add', `${INTERNET_GATEWAY}/24`, 'dev', 'br0');
    ip('-n', inet, 'link', 'set', 'br0', 'up');
    for (const host of PUBLIC_HOSTS) ip('-n', inet, 'addr', 'add', `${host}/32`, 'dev', 'lo');
    for (const [side, router, peer] of [
      ['a', routerA, a],
      ['b', routerB, b],
    ] as const) {
      const { wan, lan } = SIDES[side];
      // WAN: router "wan" ↔ Internet "wan-<side>" on the bridge.
      ip(
        '-n',
        router,
        'link',
        'add',
        'wan',
        'type',
        'veth',
        'peer',
        'name',
        `wan-${side}`,
        'netns',
        inet,
      );
      ip('-n', inet, 'link', 'set', `wan-${side}`, 'master', 'br0', 'up');
      ip('-n', router, 'addr', 'add', `${wan}/24`, 'dev', 'wan');
      ip('-n', router, 'link', 'set', 'wan', 'up');
      ip('-n', router, 'route', 'add', 'default', 'via', INTERNET_GATEWAY);
      // LAN: router "lan" ↔ peer "eth0".
      ip('-n', router, 'link', 'add', 'lan', 'type', 'veth', 'peer', 'name', 'eth0', 'netns', peer);
      ip('-n', router, 'addr', 'add', `${lan}.1/24`, 'dev', 'lan');
      ip('-n', router, 'link', 'set', 'lan', 'up');
      ip('-n', peer, 'addr', 'add', `${lan}.2/24`, 'dev', 'eth0');
      ip('-n', peer, 'link', 'set', 'eth0', 'up');
      ip('-n', peer, 'route', 'add', 'default', 'via', `${lan}.1`);
      runIn(router, 'nft', ['-f', '-'], natRuleset(types[side], wan));
    }
  } catch (err) {
    remove();
    throw err;
  }
  return {
    public: inet,
    routerA,
    routerB,
    a,
    b,
    types: { a: types.a, b: types.b },
    publicHosts: PUBLIC_HOSTS,
    wanA: SIDES.a.wan,
    wanB: SIDES.b.wan,
    addressA: `${SIDES.a.lan}.2`,
    addressB: `${SIDES.b.lan}.2`,
    remove,
  };
}
