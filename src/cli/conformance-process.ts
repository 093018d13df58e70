/**
 * The runner's side of the conformance protocol (spec/conformance.md): one
 * implementation under test, started as a shell command, spoken to in JSON
 * lines on its stdin and stdout. One request is outstanding at a time, so an
 * adapter never has to order or interleave answers.
 */
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';

/** The protocol version this runner speaks (the `hello` exchange). */
export const CONFORMANCE_PROTOCOL = 1;

/** What an implementation answered to one request. */
export type Answer =
  | { kind: 'result'; result: unknown }
  | { kind: 'error'; code: string }
  | { kind: 'unsupported'; reason: string }
  | { kind: 'broken'; reason: string };

/** A running implementation. `request` never throws: a dead or silent process is a `broken` answer. */
export interface Implementation {
  readonly command: string;
  request(op: string, input: unknown): Promise<Answer>;
  /** The last lines it wrote to stderr (for the report). */
  stderrTail(): string;
  close(): Promise<void>;
}

/** Start `command` with a shell; `timeoutMs` bounds every single answer. */
export function startImplementation(
  command: string,
  { timeoutMs = 30_000, cwd }: { timeoutMs?: number; cwd?: string } = {},
): Implementation {
  const child: ChildProcessWithoutNullStreams = spawn(command, {
    shell: true,
    stdio: ['pipe', 'pipe', 'pipe'],
    ...(cwd ? { cwd } : {}),
  });
  let nextId = 1;
  let dead: string | null = null;
  let waiting: { id: number; settle: (a: Answer) => void } | null = null;
  const stderr: string[] = [];

  const fail = (reason: string) => {
    dead ??= reason;
    const w = waiting;
    waiting = null;
    w?.settle({ kind: 'broken', reason });
  };
  child.on('error', (err) => fail(`could not start: ${err.message}`));
  child.on('exit', (code, signal) => fail(`exited (${signal ?? `code ${code}`})`));
  child.stdin.on('error', () => fail('its stdin closed'));
  createInterface({ input: child.stderr }).on('line', (line) => {
    stderr.push(line);
    if (stderr.length > 20) stderr.shift();
  });
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (line.trim() === '') return;
    let message: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(line);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new Error('not an object');
      message = parsed as Record<string, unknown>;
    } catch {
      fail(`wrote a line that is not a JSON object: ${line.slice(0, 120)}`);
      return;
    }
    const w = waiting;
    if (w === null || message.id !== w.id) {
      fail(`answered id ${JSON.stringify(message.id)} while ${w ? w.id : 'nothing'} was asked`);
      return;
    }
    waiting = null;
    w.settle(answerOf(message));
  });

  return {
    command,
    request(op, input) {
      if (dead !== null) return Promise.resolve({ kind: 'broken', reason: dead });
      const id = nextId++;
      return new Promise<Answer>((resolve) => {
        const timer = setTimeout(
          () => fail(`no answer to ${op} within ${timeoutMs} ms`),
          timeoutMs,
        );
        waiting = {
          id,
          settle: (a) => {
            clearTimeout(timer);
            resolve(a);
          },
        };
        child.stdin.write(JSON.stringify({ id, op, input }) + '\n');
      });
    },
    stderrTail: () => stderr.join('\n'),
    async close() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.stdin.end();
      // Closing stdin is the polite way to stop; a process that ignores it is killed.
      const timer = setTimeout(() => child.kill('SIGKILL'), 2_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function answerOf(message: Record<string, unknown>): Answer {
  if (message.unsupported === true)
    return {
      kind: 'unsupported',
      reason: typeof message.reason === 'string' ? message.reason : '',
    };
  if ('error' in message) {
    return typeof message.error === 'string'
      ? { kind: 'error', code: message.error }
      : { kind: 'broken', reason: 'its "error" is not a string' };
  }
  if ('result' in message) return { kind: 'result', result: message.result };
  return { kind: 'broken', reason: 'an answer without result, error or unsupported' };
}

/** JSON with object keys sorted: two values are equal when their canonical forms are. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
