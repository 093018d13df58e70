// Which advertised addresses a device dials: private ones only on its own subnets.
import { describe, expect, it } from 'vitest';
import { dialableAddresses } from '../../src/p2p/addresses.js';

const local = [
  { cidr: '127.0.0.1/8' },
  { cidr: '192.168.1.2/24' },
  { cidr: 'fd00:1:2:3::5/64' },
  { cidr: null },
];

describe('dialableAddresses', () => {
  it('keeps public, loopback, relayed and same-subnet addresses; drops private ones elsewhere', () => {
    const addrs = [
      '/ip4/198.51.100.7/tcp/4001',
      '/ip4/127.0.0.1/tcp/4001',
      '/ip4/192.168.1.9/udp/5000/quic-v1',
      '/ip4/192.168.2.2/tcp/4001',
      '/ip4/10.1.2.3/tcp/4001',
      '/ip4/172.20.0.1/tcp/4001',
      '/ip4/100.100.0.1/tcp/4001',
      '/ip4/169.254.3.4/tcp/4001',
      '/ip4/10.0.0.1/tcp/1/p2p/12D3KooWA/p2p-circuit',
      '/ip6/2001:db8::1/tcp/4001',
      '/ip6/fd00:1:2:3::9/tcp/4001',
      '/ip6/fd00:9:9:9::9/tcp/4001',
      '/ip6/fe80::1/tcp/4001',
      '/dns4/relay.example.org/tcp/443/wss',
    ];
    expect(dialableAddresses(addrs, local)).toEqual([
      '/ip4/198.51.100.7/tcp/4001',
      '/ip4/127.0.0.1/tcp/4001',
      '/ip4/192.168.1.9/udp/5000/quic-v1',
      '/ip4/10.0.0.1/tcp/1/p2p/12D3KooWA/p2p-circuit',
      '/ip6/2001:db8::1/tcp/4001',
      '/ip6/fd00:1:2:3::9/tcp/4001',
      '/dns4/relay.example.org/tcp/443/wss',
    ]);
  });

  it('a host with no private subnet dials no private address', () => {
    expect(dialableAddresses(['/ip4/10.0.0.1/tcp/1'], [{ cidr: '127.0.0.1/8' }])).toEqual([]);
    expect(dialableAddresses(['/ip4/10.0.0.1/tcp/1'], [{ cidr: '10.0.0.9/8' }])).toEqual([
      '/ip4/10.0.0.1/tcp/1',
    ]);
  });
});
