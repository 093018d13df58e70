// The PreKeyDirectory compliance suite against the in-memory directory (the
// community server's and the peer-to-peer one run it in their own tests).
import { describe, expect, it } from 'vitest';
import type { PreKeyDirectory } from '../../src/index.js';
import { memoryPreKeyDirectory, preKeyDirectoryComplianceSuite } from '../../src/testing/index.js';
import { makePerson } from '../client/fixtures.js';

preKeyDirectoryComplianceSuite(
  { describe, it },
  {
    name: 'memoryPreKeyDirectory',
    create: async () => ({
      directory: memoryPreKeyDirectory(),
      device: await (await makePerson('bob')).addDevice(),
    }),
  },
);

/** The names of the cases a directory made by `wrap` fails. */
async function failures(wrap: (d: PreKeyDirectory) => PreKeyDirectory): Promise<string[]> {
  const cases: [string, () => Promise<void> | void][] = [];
  preKeyDirectoryComplianceSuite(
    { describe: (_, fn) => fn(), it: (name, fn) => void cases.push([name, fn]) },
    {
      name: 'broken',
      create: async () => ({
        directory: wrap(memoryPreKeyDirectory()),
        device: await (await makePerson('bob')).addDevice(),
      }),
    },
  );
  const failed: string[] = [];
  for (const [name, fn] of cases) await Promise.resolve(fn()).catch(() => failed.push(name));
  return failed;
}

describe('the PreKeyDirectory compliance suite catches broken directories', () => {
  it('a directory that hands out its first bundle again and again fails', async () => {
    const failed = await failures((d) => {
      let first: Uint8Array[] | null = null;
      return {
        ...d,
        fetchBundles: async (uuid, options) => (first ??= await d.fetchBundles(uuid, options)),
      };
    });
    expect(failed).toContain(
      'hands out each one-time key once, oldest first; then the last-resort KEM key, every time',
    );
  });

  it('a directory that takes every upload, and one that ignores exclude, fail', async () => {
    const trusting = await failures((d) => ({
      ...d,
      publish: (upload) => d.publish(upload).catch(() => undefined),
    }));
    expect(trusting).toContain('refuses a bad upload with a typed error, and changes nothing');
    const excluding = await failures((d) => ({
      ...d,
      fetchBundles: (uuid) => d.fetchBundles(uuid),
    }));
    expect(excluding).toEqual([
      'leaves out excluded devices, and gives nothing for an identity that published nothing',
    ]);
  });
});
