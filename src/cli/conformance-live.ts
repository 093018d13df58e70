/**
 * Live interop (spec/conformance.md §5): the runner drives two
 * implementations through one conversation with fresh randomness, carrying
 * every bundle and envelope between them, and checks that each side reads
 * what the other wrote. Alice and Carol live in implementation A, Bob in B,
 * so every pairing below crosses the boundary except the group's Alice–Carol
 * leg, which keeps the group at three members.
 */
import { randomBytes } from 'node:crypto';
import { canonicalJson, CONFORMANCE_PROTOCOL } from './conformance-process.js';
import type { Answer, Implementation } from './conformance-process.js';

/** One step of the conversation and whether it went as the spec says. */
export interface LiveStep {
  step: string;
  ok: boolean;
  detail?: string;
}

/** What `--live --json` prints. */
export interface LiveReport {
  mode: 'live';
  implementations: { a: string; b: string };
  steps: LiveStep[];
  ok: boolean;
}

type Json = Record<string, unknown>;
interface Party {
  name: string;
  impl: Implementation;
  uuid: string;
  device_id: string;
}

const hexOf = (text: string) => Buffer.from(text, 'utf8').toString('hex');

/** A fixed shuffle (so a failing run is reproducible): reversed halves, interleaved. */
function shuffled<T>(items: T[]): T[] {
  const half = Math.ceil(items.length / 2);
  const a = items.slice(0, half).reverse();
  const b = items.slice(half);
  const out: T[] = [];
  for (let i = 0; i < half; i++) {
    if (b[i] !== undefined) out.push(b[i]!);
    out.push(a[i]!);
  }
  return out;
}

class Conversation {
  readonly steps: LiveStep[] = [];
  #aborted = false;

  async ask(step: string, impl: Implementation, op: string, input: Json): Promise<Json | null> {
    if (this.#aborted) return null;
    const answer = await impl.request(op, input);
    if (answer.kind === 'result' && typeof answer.result === 'object' && answer.result !== null) {
      this.steps.push({ step, ok: true });
      return answer.result as Json;
    }
    this.fail(step, `${op}: ${describe(answer)}`);
    if (answer.kind === 'broken') this.#aborted = true;
    return null;
  }

  /** A request that must be refused with `code`. */
  async refuse(step: string, impl: Implementation, op: string, input: Json, code: string) {
    if (this.#aborted) return;
    const answer = await impl.request(op, input);
    if (answer.kind === 'error' && answer.code === code) this.steps.push({ step, ok: true });
    else this.fail(step, `${op}: expected error ${code}, got ${describe(answer)}`);
  }

  fail(step: string, detail: string) {
    this.steps.push({ step, ok: false, detail });
  }

  /** `from` encrypts `texts` to `to`; returns the envelopes (null where encryption failed). */
  async send(from: Party, to: Party, texts: string[]): Promise<(string | null)[]> {
    const out: (string | null)[] = [];
    for (const text of texts) {
      const r = await this.ask(
        `${from.name} encrypts "${text}" to ${to.name}`,
        from.impl,
        'live.encrypt',
        {
          party: from.name,
          to: { uuid: to.uuid, device_id: to.device_id },
          plaintext: hexOf(text),
        },
      );
      out.push(typeof r?.envelope === 'string' ? r.envelope : null);
    }
    return out;
  }

  /** `at` decrypts `envelope` and must read `text` from `from`. */
  async receive(
    at: Party,
    from: Party,
    envelope: string | null,
    text: string,
    op = 'live.decrypt',
  ) {
    const step = `${at.name} decrypts "${text}" from ${from.name}`;
    if (envelope === null) return this.fail(step, 'nothing to decrypt (the send failed)');
    if (this.#aborted) return;
    const answer = await at.impl.request(op, { party: at.name, envelope });
    const expected = {
      plaintext: hexOf(text),
      from: { uuid: from.uuid, device_id: from.device_id },
    };
    if (answer.kind === 'result' && canonicalJson(answer.result) === canonicalJson(expected))
      this.steps.push({ step, ok: true });
    else this.fail(step, `expected result ${canonicalJson(expected)}, got ${describe(answer)}`);
  }
}

function describe(a: Answer): string {
  switch (a.kind) {
    case 'result':
      return `result ${canonicalJson(a.result).slice(0, 300)}`;
    case 'error':
      return `error ${a.code}`;
    case 'unsupported':
      return `unsupported${a.reason ? ` (${a.reason})` : ''}`;
    case 'broken':
      return `no answer: ${a.reason}`;
  }
}

/** Drive `a` (Alice, Carol) and `b` (Bob) through the conversation of spec/conformance.md §5. */
export async function runLive(a: Implementation, b: Implementation): Promise<LiveReport> {
  const c = new Conversation();
  for (const impl of [a, b])
    await c.ask(`hello ${impl === a ? 'A' : 'B'}`, impl, 'hello', {
      protocol: CONFORMANCE_PROTOCOL,
    });

  const parties: Party[] = [];
  for (const [name, impl] of [
    ['alice', a],
    ['bob', b],
    ['carol', a],
  ] as const) {
    const r = await c.ask(`create ${name}`, impl, 'live.create_party', { party: name });
    if (typeof r?.uuid !== 'string' || typeof r.device_id !== 'string')
      return finish(a, b, c, `create ${name}: no uuid and device_id`);
    parties.push({ name, impl, uuid: r.uuid, device_id: r.device_id });
  }
  const [alice, bob, carol] = parties as [Party, Party, Party];

  const establish = async (
    initiator: Party,
    responder: Party,
    oneTime: boolean,
    headerEncryption = false,
  ) => {
    const bundle = await c.ask(
      `${responder.name} publishes a bundle (${oneTime ? 'one-time prekeys' : 'last-resort prekeys only'})`,
      responder.impl,
      'live.bundle',
      { party: responder.name, one_time: oneTime },
    );
    if (typeof bundle?.bundle !== 'string') return;
    await c.ask(
      `${initiator.name} runs PQXDH with ${responder.name}'s bundle${headerEncryption ? ' (header encryption)' : ''}`,
      initiator.impl,
      'live.establish',
      {
        party: initiator.name,
        bundle: bundle.bundle,
        header_encryption: headerEncryption,
      },
    );
  };

  // 1. Alice (A) starts with Bob (B) on one-time prekeys; out of order and a duplicate.
  await establish(alice, bob, true);
  const first = ['hello bob', 'second', 'third'];
  const e1 = await c.send(alice, bob, first);
  await c.receive(bob, alice, e1[2]!, first[2]!);
  await c.receive(bob, alice, e1[0]!, first[0]!);
  await c.receive(bob, alice, e1[1]!, first[1]!);
  if (e1[0])
    await c.refuse(
      'bob refuses a duplicate of the first message',
      bob.impl,
      'live.decrypt',
      { party: 'bob', envelope: e1[0] },
      'DUPLICATE_MESSAGE',
    );

  // 2. Both directions, enough turns for several DH ratchet steps.
  for (let turn = 0; turn < 6; turn++) {
    const [from, to] = turn % 2 === 0 ? [bob, alice] : [alice, bob];
    const texts = [`turn ${turn} a`, `turn ${turn} b`];
    const env = await c.send(from, to, texts);
    await c.receive(to, from, env[1]!, texts[1]!);
    await c.receive(to, from, env[0]!, texts[0]!);
  }

  // 3. A shuffled batch with duplicates.
  const batch = Array.from({ length: 12 }, (_, i) => `batch ${i}`);
  const envs = await c.send(bob, alice, batch);
  const order = shuffled(batch.map((_, i) => i));
  for (const i of order) await c.receive(alice, bob, envs[i]!, batch[i]!);
  for (const i of [order[0]!, order[5]!])
    if (envs[i])
      await c.refuse(
        `alice refuses a duplicate of "${batch[i]}"`,
        alice.impl,
        'live.decrypt',
        { party: 'alice', envelope: envs[i] },
        'DUPLICATE_MESSAGE',
      );

  // 4. Bob (B) starts with Carol (A) on her last-resort prekeys, headers encrypted; Carol answers.
  await establish(bob, carol, false, true);
  const toCarol = await c.send(bob, carol, ['hi carol']);
  await c.receive(carol, bob, toCarol[0]!, 'hi carol');
  const toBob = await c.send(carol, bob, ['hi bob']);
  await c.receive(bob, carol, toBob[0]!, 'hi bob');
  // Alice and Carol (same implementation) need a session for the group too.
  await establish(alice, carol, true);
  const ac = await c.send(alice, carol, ['hi carol, from alice']);
  await c.receive(carol, alice, ac[0]!, 'hi carol, from alice');

  // 5. A group of three with sender keys; each member's distribution travels 1:1 to the others.
  const groupId = randomBytes(16).toString('hex');
  const members = [alice, bob, carol];
  for (const from of members)
    for (const to of members) {
      if (from === to) continue;
      const d = await c.ask(
        `${from.name} sends its sender key to ${to.name}`,
        from.impl,
        'live.send_distribution',
        {
          party: from.name,
          distribution_id: groupId,
          to: { uuid: to.uuid, device_id: to.device_id },
        },
      );
      if (typeof d?.envelope !== 'string') continue;
      const got = await c.ask(
        `${to.name} processes ${from.name}'s sender key`,
        to.impl,
        'live.receive_distribution',
        {
          party: to.name,
          envelope: d.envelope,
        },
      );
      const expected = { from: { uuid: from.uuid, device_id: from.device_id }, group_id: groupId };
      if (got && canonicalJson(got) !== canonicalJson(expected))
        c.fail(
          `${to.name} names the sender and group of ${from.name}'s sender key`,
          `expected ${canonicalJson(expected)}, got ${canonicalJson(got)}`,
        );
    }
  for (const from of members) {
    const texts = [0, 1, 2].map((i) => `${from.name} to the group ${i}`);
    const envs: (string | null)[] = [];
    for (const text of texts) {
      const r = await c.ask(
        `${from.name} encrypts "${text}" to the group`,
        from.impl,
        'live.group_encrypt',
        {
          party: from.name,
          distribution_id: groupId,
          plaintext: hexOf(text),
        },
      );
      envs.push(typeof r?.envelope === 'string' ? r.envelope : null);
    }
    for (const to of members) {
      if (to === from) continue;
      for (const i of [2, 0, 1])
        await c.receive(to, from, envs[i]!, texts[i]!, 'live.group_decrypt');
      if (envs[0])
        await c.refuse(
          `${to.name} refuses a duplicate group message from ${from.name}`,
          to.impl,
          'live.group_decrypt',
          { party: to.name, envelope: envs[0] },
          'DUPLICATE_MESSAGE',
        );
    }
  }
  return finish(a, b, c);
}

function finish(a: Implementation, b: Implementation, c: Conversation, abort?: string): LiveReport {
  if (abort) c.fail('conversation', abort);
  return {
    mode: 'live',
    implementations: { a: a.command, b: b.command },
    steps: c.steps,
    ok: c.steps.every((s) => s.ok),
  };
}
