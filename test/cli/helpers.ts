// Runs the CLI in this process, with a strong home passphrase and a cheap Argon2id.
import { runCli } from '../../src/cli/main.js';

/** A strong home passphrase, and a cheap Argon2id for the tests. */
export const PASSPHRASE = 'violet kettle runs backwards at noon';
const kdf = { memoryKib: 8192, iterations: 1, parallelism: 1 };

function io(env: Record<string, string> = {}, stdin: string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      out: (l: string) => out.push(l),
      err: (l: string) => err.push(l),
      readLine: async () => stdin.shift() ?? '',
      env: { NEXUSLINK_PASSPHRASE: PASSPHRASE, ...env } as NodeJS.ProcessEnv,
      kdf,
    },
  };
}

/** Run the CLI in this process; a NexusError it throws rejects. */
export async function cli(args: string[], env: Record<string, string> = {}, stdin: string[] = []) {
  const t = io(env, stdin);
  const code = await runCli(args, t.io);
  return { code, out: t.out.join('\n'), err: t.err.join('\n') };
}
