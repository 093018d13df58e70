import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NexusError } from '../../src/index.js';
import {
  decryptMessage,
  deviceAddress,
  encryptMessage,
  establishSession,
  hasSession,
} from '../../src/ratchet/session.js';
import {
  createSenderKeyDistribution,
  groupDecrypt,
  groupEncrypt,
  rotateSenderKey,
} from '../../src/ratchet/sender-keys.js';
import { deliverDistribution, makeParty, testClock } from './fixtures.js';
import type { Party } from './fixtures.js';

const te = new TextEncoder();
const td = new TextDecoder();
const addr = (p: Party) => deviceAddress(p.device.uuid, p.device.deviceId);

type Command =
  | { kind: 'send'; from: 0 | 1 }
  | { kind: 'deliver'; pick: number }
  | { kind: 'redeliver'; pick: number }
  | { kind: 'drop'; pick: number };

const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('send' as const),
      from: fc.constantFrom(0 as const, 1 as const),
    }),
  },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('deliver' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('redeliver' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop' as const), pick: fc.nat() }) },
);

interface InFlight {
  to: 0 | 1;
  text: string;
  envelope: Uint8Array;
}

describe('property: two parties, random interleavings with reordering, drops and duplicates', () => {
  for (const headerEncryption of [false, true]) {
    it(`every delivered message decrypts exactly once; the session keeps working${headerEncryption ? ' (header encryption)' : ''}`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(command, { minLength: 10, maxLength: 60 }), async (commands) => {
          const clock = testClock();
          const parties = [await makeParty('a', clock), await makeParty('b', clock)] as const;
          await establishSession(parties[0].device, await parties[1].bundle(), {
            ...parties[0].ctx,
            headerEncryption,
          });
          const pending: InFlight[] = [];
          const delivered: InFlight[] = [];
          let counter = 0;
          const receive = async (m: InFlight) => {
            const r = await decryptMessage(parties[m.to].device, m.envelope, parties[m.to].ctx);
            return td.decode(r.plaintext);
          };
          for (const c of commands) {
            clock.advance(1000);
            if (c.kind === 'send') {
              const from = parties[c.from];
              const to = parties[1 - c.from]!;
              if (!(await hasSession(addr(to), from.ctx))) continue; // B cannot speak before A's first message arrived
              try {
                const text = `m${counter++}`;
                pending.push({
                  to: (1 - c.from) as 0 | 1,
                  text,
                  envelope: await encryptMessage(from.device, addr(to), te.encode(text), from.ctx),
                });
              } catch (err) {
                // A responder whose peer has not been heard on its current chain cannot send yet.
                if (!NexusError.is(err, 'NO_SESSION')) throw err;
              }
            } else if (c.kind === 'deliver' && pending.length > 0) {
              const [m] = pending.splice(c.pick % pending.length, 1);
              expect(await receive(m!)).toBe(m!.text);
              delivered.push(m!);
            } else if (c.kind === 'redeliver' && delivered.length > 0) {
              const m = delivered[c.pick % delivered.length]!;
              await expect(receive(m)).rejects.toSatisfy((e: unknown) =>
                NexusError.is(e, 'DUPLICATE_MESSAGE'),
              );
            } else if (c.kind === 'drop' && pending.length > 0) {
              pending.splice(c.pick % pending.length, 1);
            }
          }
          // Whatever happened, both directions still work (after the responder has heard from the initiator).
          const a2b = await encryptMessage(
            parties[0].device,
            addr(parties[1]),
            te.encode('final a'),
            parties[0].ctx,
          );
          expect(
            td.decode((await decryptMessage(parties[1].device, a2b, parties[1].ctx)).plaintext),
          ).toBe('final a');
          const b2a = await encryptMessage(
            parties[1].device,
            addr(parties[0]),
            te.encode('final b'),
            parties[1].ctx,
          );
          expect(
            td.decode((await decryptMessage(parties[0].device, b2a, parties[0].ctx)).plaintext),
          ).toBe('final b');
        }),
        { numRuns: 25 },
      );
    }, 300_000);
  }
});

describe('property: a group of 5 with reordering, duplicates and members leaving', () => {
  it('every member decrypts every message sent while it was a member, exactly once', async () => {
    const GROUP = new Uint8Array(16).fill(3);
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            {
              weight: 5,
              arbitrary: fc.record({
                kind: fc.constant('send' as const),
                from: fc.nat({ max: 4 }),
              }),
            },
            {
              weight: 5,
              arbitrary: fc.record({ kind: fc.constant('deliver' as const), pick: fc.nat() }),
            },
            {
              weight: 1,
              arbitrary: fc.record({ kind: fc.constant('redeliver' as const), pick: fc.nat() }),
            },
            {
              weight: 1,
              arbitrary: fc.record({
                kind: fc.constant('leave' as const),
                who: fc.nat({ max: 4 }),
              }),
            },
          ),
          { minLength: 10, maxLength: 50 },
        ),
        async (commands) => {
          const clock = testClock();
          const parties: Party[] = [];
          for (let i = 0; i < 5; i++) parties.push(await makeParty(`p${i}`, clock));
          const members = new Set([0, 1, 2, 3, 4]);
          const share = async (from: number, distribution: Uint8Array) => {
            for (const to of members) {
              if (to === from) continue;
              await deliverDistribution(parties[from]!, parties[to]!, distribution);
            }
          };
          for (const i of members)
            await share(
              i,
              await createSenderKeyDistribution(parties[i]!.device, GROUP, parties[i]!.ctx),
            );
          // Each in-flight copy: one recipient, sent while the recipient was a member.
          const pending: { to: number; text: string; envelope: Uint8Array }[] = [];
          const delivered: typeof pending = [];
          let counter = 0;
          for (const c of commands) {
            clock.advance(1000);
            if (c.kind === 'send' && members.has(c.from)) {
              const text = `g${counter++}`;
              const envelope = await groupEncrypt(
                parties[c.from]!.device,
                GROUP,
                te.encode(text),
                parties[c.from]!.ctx,
              );
              for (const to of members) if (to !== c.from) pending.push({ to, text, envelope });
            } else if (c.kind === 'deliver' && pending.length > 0) {
              const [m] = pending.splice(c.pick % pending.length, 1);
              expect(
                td.decode((await groupDecrypt(m!.envelope, parties[m!.to]!.ctx)).plaintext),
              ).toBe(m!.text);
              delivered.push(m!);
            } else if (c.kind === 'redeliver' && delivered.length > 0) {
              const m = delivered[c.pick % delivered.length]!;
              await expect(groupDecrypt(m.envelope, parties[m.to]!.ctx)).rejects.toSatisfy(
                (e: unknown) => NexusError.is(e, 'DUPLICATE_MESSAGE'),
              );
            } else if (c.kind === 'leave' && members.has(c.who) && members.size > 2) {
              members.delete(c.who);
              // Everyone left rotates, so the leaver cannot read anything sent from now on.
              for (const i of members)
                await share(i, await rotateSenderKey(parties[i]!.device, GROUP, parties[i]!.ctx));
              const leaver = parties[c.who]!;
              const probeFrom = [...members][0]!;
              const probe = await groupEncrypt(
                parties[probeFrom]!.device,
                GROUP,
                te.encode('secret'),
                parties[probeFrom]!.ctx,
              );
              await expect(groupDecrypt(probe, leaver.ctx)).rejects.toSatisfy((e: unknown) =>
                NexusError.is(e, 'NO_SESSION'),
              );
              for (const to of members)
                if (to !== probeFrom) pending.push({ to, text: 'secret', envelope: probe });
            }
          }
          for (const m of pending)
            expect(td.decode((await groupDecrypt(m.envelope, parties[m.to]!.ctx)).plaintext)).toBe(
              m.text,
            );
        },
      ),
      { numRuns: 15 },
    );
  }, 300_000);
});
