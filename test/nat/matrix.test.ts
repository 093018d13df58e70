// The NAT matrix (scripts/nat-matrix.ts, also `npm run test:nat`): every
// pair of NAT types, each peer behind its own nftables NAT, the relay server
// and coturn on a documentation-range "Internet". Every pair must connect
// and exchange envelopes; each must end on the path its NATs allow (direct
// for 8 of the 10 pairs, TURN for the other 2). Root only.
import { execFileSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { expectedPath, natPairs, runNatMatrix } from '../../scripts/nat-matrix.js';
import type { NatPairResult } from '../../scripts/nat-matrix.js';
import { requires } from '../support/system-tools.js';

requires('netns', 'ip', 'nft', 'coturn').describe('NAT matrix', () => {
  it('connects every pair of NAT types, directly wherever the NATs allow', async () => {
    const results: NatPairResult[] = [];
    const log: string[] = [];
    await runNatMatrix({ onResult: (r) => results.push(r), onLog: (l) => log.push(l) });
    const table = results
      .map(
        (r) =>
          `${r.a.padEnd(20)}${r.b.padEnd(20)}${r.path.padEnd(8)}${r.msToFirstMessage ?? '-'} ms${r.detail ? ` ${r.detail}` : ''}${r.retried ? ' (second run; the first found no path)' : ''}`,
      )
      .join('\n');
    console.log(`NAT matrix:\n${table}`);
    // A pair run twice shows why its first run failed.
    if (results.some((r) => r.retried)) console.log(log.join('\n'));
    expect(results).toHaveLength(natPairs().length);
    for (const r of results) {
      expect(r.path, `${r.a} / ${r.b}\n${table}\n${log.join('\n')}`).not.toBe('failed');
      expect(r.path, `${r.a} / ${r.b}\n${table}\n${log.join('\n')}`).toBe(expectedPath(r.a, r.b));
      expect(r.msToFirstMessage).toBeGreaterThan(0);
    }
    const direct = results.filter((r) => r.path === 'direct').length;
    expect(direct / results.length).toBeGreaterThanOrEqual(0.8);
    // Every namespace the matrix made is gone.
    const left = execFileSync('ip', ['netns', 'list'], { encoding: 'utf8' });
    expect(left).not.toMatch(new RegExp(`nxl-m${process.pid % 10_000}-`));
  }, 600_000);
});
