/**
 * The command-line life of a reference server: its arguments
 * (`[command] [--config FILE] | --help`) and a graceful shutdown on SIGTERM
 * or SIGINT that finishes within a deadline or exits 1.
 */
import { ConfigError } from './config.ts';

/** The parsed command line: a command (the first of `commands` by default) or `help`. */
export function parseServerArgs<C extends string>(
  argv: readonly string[],
  commands: readonly [C, ...C[]],
): { command: C | 'help'; config?: string } {
  let command: C | 'help' = commands[0];
  let config: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') command = 'help';
    else if (a === '--config') {
      config = argv[++i];
      if (config === undefined) throw new ConfigError('--config needs a file');
    } else if (a.startsWith('--config=')) config = a.slice('--config='.length);
    else if ((commands as readonly string[]).includes(a))
      command = command === 'help' ? 'help' : (a as C);
    else throw new ConfigError(`unknown argument ${a} (see --help)`);
  }
  return { command, ...(config === undefined ? {} : { config }) };
}

/** Options of {@link serveUntilSignal}. */
export interface ServeOptions {
  /** Where to say that the shutdown began, timed out. */
  readonly log: { info(obj: object, msg: string): void; error(msg: string): void };
  /** How long `stop` may take before the process gives up and exits 1. */
  readonly timeoutMs: number;
  /** Stop taking work, drain, close: everything a graceful shutdown does. */
  readonly stop: () => Promise<void>;
}

/**
 * Wait for SIGTERM or SIGINT, then run `stop`. Resolves to the exit code: 0
 * when `stop` finished in time, 1 past `timeoutMs` (or when it threw).
 */
export function serveUntilSignal(options: ServeOptions): Promise<number> {
  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      options.log.info({ signal }, 'shutting down');
      const timer = setTimeout(() => {
        options.log.error('shutdown timed out');
        resolve(1);
      }, options.timeoutMs);
      timer.unref();
      try {
        await options.stop();
        resolve(0);
      } catch {
        options.log.error('shutdown failed');
        resolve(1);
      } finally {
        clearTimeout(timer);
      }
    };
    process.once('SIGTERM', () => void stop('SIGTERM'));
    process.once('SIGINT', () => void stop('SIGINT'));
  });
}
