/**
 * Vector files → conformance requests (spec/conformance.md §4). The table
 * below knows, per file, which operation a case exercises, which of its
 * fields are inputs and which are the expected answer; the cases themselves
 * always come from the file, so cases added to a file are run without a
 * change here. Expected outputs are never sent to the implementation.
 */

type Json = Record<string, unknown>;

/** One request and what its answer must be. */
export interface Check {
  /** The case or step, for the report. */
  label: string;
  op: string;
  input: Json;
  expect: { result: unknown } | { error: string };
}

/** How a vector file is run: its checks in order, or why it cannot be. */
export type FilePlan = { checks: Check[] } | { skipped: string };

const omit = (o: Json, keys: string[]): Json =>
  Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));
const pick = (o: Json, keys: string[]): Json =>
  Object.fromEntries(keys.filter((k) => k in o).map((k) => [k, o[k]]));
const casesOf = (file: Json): Json[] => (Array.isArray(file.cases) ? (file.cases as Json[]) : []);
const label = (c: Json, i: number) => `#${i} ${String(c.description ?? '')}`.trim();

/**
 * A file whose cases have `result` or `error`, or whose expected fields are
 * `outputs` (flat in the case). `inputs` are the case's fields the request
 * carries; `extra` adds file-level fields to every request.
 */
function simple(
  op: string,
  outputs: string[] | 'result',
  file: Json,
  extra: (file: Json) => Json = () => ({}),
): Check[] {
  return casesOf(file).map((c, i) => {
    const input = {
      ...extra(file),
      ...omit(c, ['description', 'error', 'result', ...(outputs === 'result' ? [] : outputs)]),
    };
    if (typeof c.error === 'string')
      return { label: label(c, i), op, input, expect: { error: c.error } };
    const result = outputs === 'result' ? c.result : pick(c, outputs);
    return { label: label(c, i), op, input, expect: { result } };
  });
}

/**
 * Valid cases are encoded (answer: `outputs`) and their encoding decoded
 * again (answer: `{[field]: the fields}`); invalid ones are decoded (answer:
 * their error).
 */
function codec(op: string, file: Json, field: string, outputs: string[]): Check[] {
  return casesOf(file).flatMap((c, i): Check[] => {
    if (typeof c.error === 'string')
      return [
        {
          label: label(c, i),
          op: `${op}.decode`,
          input: pick(c, ['type', 'encoding']),
          expect: { error: c.error },
        },
      ];
    const result = (c.result !== undefined ? c.result : pick(c, outputs)) as Json;
    return [
      {
        label: label(c, i),
        op: `${op}.encode`,
        input: omit(c, ['description', 'result', 'encoding', 'padding_length']),
        expect: { result },
      },
      {
        label: `${label(c, i)} (decoded)`,
        op: `${op}.decode`,
        input: { ...pick(c, ['type']), encoding: result.encoding },
        expect: { result: { [field]: c[field] } },
      },
    ];
  });
}

/** What a transcript step answers, by action (spec/conformance.md §4.3). */
const STEP_OUTPUTS: Record<string, string[]> = {
  send: ['envelope'],
  receive: ['plaintext', 'error'],
  stored: ['record', 'entries'],
  export_snapshot: ['snapshot'],
};

/**
 * The files write a long plaintext as `plaintext_repeat: {text, count}`; the
 * protocol always carries it written out as `plaintext` (spec/conformance.md §4.3).
 */
function expandRepeats(step: Json): Json {
  const repeat = step.plaintext_repeat as { text?: unknown; count?: unknown } | undefined;
  if (repeat === undefined || typeof repeat.text !== 'string' || typeof repeat.count !== 'number')
    return step;
  return { ...omit(step, ['plaintext_repeat']), plaintext: repeat.text.repeat(repeat.count) };
}

/** A transcript: `transcript.start` with everything but the steps, one request per step, then `transcript.end`. */
function transcript(name: string, setup: Json, steps: Json[]): Check[] {
  const checks: Check[] = [
    {
      label: `${name}: start`,
      op: 'transcript.start',
      // `at_ms`: the clock while the top-level establish runs, the first step's time.
      input: {
        ...omit(setup, ['description', 'expected', 'steps']),
        at_ms: steps[0]?.at_ms ?? null,
      },
      expect: { result: {} },
    },
  ];
  steps.forEach((raw, i) => {
    const step = expandRepeats(raw);
    const action = String(step.action);
    const outputs = STEP_OUTPUTS[action] ?? [];
    const input = omit(step, [...outputs, 'error']);
    const stepLabel = `${name}: step ${i} ${action}${step.note ? ` (${String(step.note)})` : ''}`;
    checks.push(
      typeof step.error === 'string'
        ? { label: stepLabel, op: 'transcript.step', input, expect: { error: step.error } }
        : {
            label: stepLabel,
            op: 'transcript.step',
            input,
            expect: {
              result: action === 'receive' ? pick(step, ['plaintext']) : pick(step, outputs),
            },
          },
    );
  });
  checks.push({ label: `${name}: end`, op: 'transcript.end', input: {}, expect: { result: {} } });
  return checks;
}

function pqxdh(file: Json): Check[] {
  const all = [
    ...casesOf(file),
    ...(Array.isArray(file.negative) ? (file.negative as Json[]) : []),
  ];
  const withSteps = all.filter((c) => Array.isArray(c.steps));
  const first = withSteps.find((c) => casesOf(file).indexOf(c) < 0) ?? withSteps[0];
  const checks: Check[] = [];
  all.forEach((c, i) => {
    const name = label(c, i);
    if (Array.isArray(c.steps)) {
      checks.push(...transcript(name, c, c.steps as Json[]));
      return;
    }
    // A bundle refused before any session exists: checked by an initiator of another case.
    const steps = (first?.steps ?? []) as Json[];
    checks.push({
      label: name,
      op: 'pqxdh.establish',
      input: {
        initiator: first?.alice ?? null,
        at_ms: steps[0]?.at_ms ?? null,
        ...omit(c, ['description', 'error']),
      },
      expect: typeof c.error === 'string' ? { error: c.error } : { result: {} },
    });
  });
  return checks;
}

type Planner = (file: Json) => Check[];

/** Every vector file the runner knows, by its path under the vectors folder. */
const PLANS: Record<string, Planner> = {
  'identity/uuid.json': (f) => simple('identity.uuid.parse', ['public_key'], f),
  'identity/mnemonic.json': (f) =>
    simple(
      'identity.mnemonic.derive',
      ['seed', 'path', 'identity_seed', 'identity_public_key', 'uuid', 'entropy', 'wordlist'],
      f,
    ),
  'identity/derivation.json': (f) => simple('identity.derive_ed25519', 'result', f),
  'identity/self-signing-accept.json': (f) =>
    simple('identity.self_signing_certificate.accept', 'result', f),
  'identity/certificates.json': (f) => simple('identity.certificate.verify', 'result', f),
  'identity/revocation-lists.json': (f) => simple('identity.revocation_list.verify', 'result', f),
  'identity/revocation-accept.json': (f) => simple('identity.revocation_list.accept', 'result', f),
  'identity/safety-numbers.json': (f) => simple('identity.safety_number', ['digits', 'payload'], f),
  'identity/backups.json': (f) => simple('identity.backup.open', 'result', f),
  'identity/contact-cards.json': (f) => simple('identity.contact_card.verify', 'result', f),
  'storage/image.json': (f) => simple('storage.image.open', 'result', f),
  'storage/journal.json': (f) => simple('storage.journal.open', 'result', f),
  'storage/key-file.json': (f) => simple('storage.key_file.open', 'result', f),
  'storage/device-key-wrap.json': (f) => simple('storage.device_key.unwrap', 'result', f),
  'community/auth-challenge.json': (f) =>
    simple('community.auth.verify', 'result', omit(f, ['label'])),
  'community/client-ids.json': (f) => simple('community.client_id', ['client_id'], f),
  'community/frames.json': (f) => codec('community.frame', f, 'frame', ['encoding']),
  // Cases with `evidence` verify it; cases with `committed` compute the tag. A case's other
  // fields (the first case's `parts`) are for information and not sent.
  'community/franking.json': (f) =>
    casesOf(f).map((c, i): Check => {
      const evidence = c.evidence !== undefined;
      return {
        label: label(c, i),
        op: evidence ? 'community.message_evidence.verify' : 'community.franking_tag',
        input: pick(
          c,
          evidence ? ['server_public_key', 'evidence'] : ['franking_key', 'committed'],
        ),
        expect: typeof c.error === 'string' ? { error: c.error } : { result: c.result },
      };
    }),
  'client/client-messages.json': (f) =>
    codec('client.message', f, 'message', ['encoding', 'padding_length']),
  'client/records.json': (f) => codec('client.record', f, 'record', ['encoding']),
  'p2p/peer-ids.json': (f) =>
    casesOf(f).map((c, i) =>
      typeof c.error === 'string'
        ? {
            label: label(c, i),
            op: 'p2p.peer_id.parse',
            input: pick(c, ['text']),
            expect: { error: c.error },
          }
        : {
            label: label(c, i),
            op: 'p2p.peer_id',
            input: pick(c, ['public_key']),
            expect: { result: pick(c, ['peer_id', 'text']) },
          },
    ),
  'p2p/peer-bindings.json': (f) =>
    simple('p2p.peer_binding.verify', 'result', f, (file) =>
      pick(file, ['identity_key', 'self_signing_certificate']),
    ),
  'p2p/invites.json': (f) => simple('p2p.invite.verify', 'result', f),
  'p2p/frames.json': (f) => codec('p2p.frame', f, 'frame', ['encoding']),
  'p2p/device-records.json': (f) => {
    const checks = simple('p2p.device_record.verify', 'result', f);
    const sel = f.selection as Json | undefined;
    if (sel)
      checks.push({
        label: 'selection',
        op: 'p2p.device_record.select',
        input: omit(sel, ['selected']),
        expect: { result: { selected: sel.selected } },
      });
    return checks;
  },
  'relay/mailboxes.json': (f) => simple('relay.mailbox', ['mailbox'], f),
  'relay/acks.json': (f) =>
    simple('relay.ack.verify', ['body'], f, (file) => pick(file, ['signing_public_key'])),
  'relay/relayed-envelopes.json': (f) =>
    simple('relay.envelope.verify', ['from', 'id', 'envelope', 'accepted_at_ms'], f),
  'directory/registrations.json': (f) => simple('directory.registration.verify', 'result', f),
  'directory/deregistrations.json': (f) => simple('directory.deregistration.verify', 'result', f),
  'directory/proofs.json': (f) => simple('directory.proof.verify', 'result', f),
  'directory/requests.json': (f) => simple('directory.request.verify', 'result', f),
  'pqxdh/pqxdh.json': pqxdh,
  'ratchet/transcript.json': (f) => transcript('transcript', f, f.steps as Json[]),
  'ratchet/transcript-header-encryption.json': (f) =>
    transcript('transcript', f, f.steps as Json[]),
  'ratchet/limits.json': (f) => transcript('transcript', f, f.steps as Json[]),
  'state/session-records.json': (f) => transcript('transcript', f, f.steps as Json[]),
  'sender-keys/transcript.json': (f) => transcript('sender-keys', f, f.steps as Json[]),
};

/**
 * Vector files of the SDK's own tools, not of the protocol: another
 * implementation has nothing to answer for them (spec/conformance.md §4).
 */
export const NOT_PROTOCOL: Readonly<Record<string, string>> = {
  'client/cli-record.json':
    'the nexuslink command’s own record (spec/client.md §4.2), not part of the protocol',
};

/** The checks of the vector file at `path` (relative to the vectors folder, `/`-separated). */
export function planFile(path: string, file: unknown): FilePlan {
  const notProtocol = NOT_PROTOCOL[path];
  if (notProtocol) return { skipped: notProtocol };
  const planner = PLANS[path];
  if (!planner) return { skipped: 'the runner defines no operation for this file' };
  if (typeof file !== 'object' || file === null) return { skipped: 'not a JSON object' };
  return { checks: planner(file as Json) };
}

/** Folders of published third-party vectors: inputs to primitive tests, not NexusLink operations. */
export const EXCLUDED_FOLDERS = ['external'];
