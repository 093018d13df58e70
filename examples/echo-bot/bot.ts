// An echo bot: answers every message it receives, in the conversation it
// came from. Uses only the public entry point, as every app built on
// NexusLink should.
import { createClient, NexusError } from '@nexuslink/sdk';
import type {
  ClientEvent,
  LocalDevice,
  Message,
  NexusClient,
  PreKeyDirectory,
  Storage,
  Transport,
} from '@nexuslink/sdk';

/** Options of {@link startEchoBot}. */
export interface EchoBotOptions {
  /** The bot's device (see `localDevice`). */
  readonly device: LocalDevice;
  /** Where the bot keeps its keys, sessions and history; the bot never closes it. */
  readonly storage: Storage;
  /** How the bot reaches others, each with `address` equal to the bot's device. */
  readonly transports: readonly Transport[];
  /** Where the bot publishes its prekeys and fetches those of the people it answers. */
  readonly directory?: PreKeyDirectory;
  /**
   * Put before every echoed text (default `'echo: '`). A text that already
   * starts with it is an echo (from another echo bot) and is not answered,
   * so two bots in one conversation do not answer each other forever.
   */
  readonly prefix?: string;
}

/** A running echo bot. */
export interface EchoBot {
  /** The bot's client: its contacts, conversations, history and outbox. */
  readonly client: NexusClient;
  /**
   * Stop answering and close the client (its storage stays open). Events
   * not answered yet are dropped; answers already sent but still in the
   * outbox stay there, and go out when a bot starts again on the same
   * storage. Stopping twice does nothing.
   */
  stop(): Promise<void>;
  /** How many messages the bot has answered so far. */
  answered(): number;
}

/** The default text put before every echo. */
export const DEFAULT_PREFIX = 'echo: ';

/**
 * Start an echo bot on `options.device`. It answers every message it
 * receives from someone else, in the same 1:1 or group conversation: a text
 * with `prefix + text`, a structured message with the same type and
 * payload. It then marks the message read (its sender gets a read receipt).
 *
 * It never answers its own messages (sent from another of its devices),
 * nor a text that already starts with `prefix`. A reply that fails (no
 * session with the sender, an echo over the size limit...) is reported with
 * `console.error` (the message id and the SDK's error code and text, never
 * what the message says) and the bot goes on with the next one.
 *
 * Resolves once the bot is receiving and, with a directory, its prekeys are
 * published (others can then start sessions with it).
 *
 * @example
 * ```ts
 * const bot = await startEchoBot({ device, storage: memoryStorage(), transports, directory });
 * // ... later
 * await bot.stop();
 * ```
 * @throws NexusError from `createClient` (`INVALID_ARGUMENT`, `STORAGE`) or the directory.
 */
export async function startEchoBot(options: EchoBotOptions): Promise<EchoBot> {
  const prefix = options.prefix ?? DEFAULT_PREFIX;
  if (typeof prefix !== 'string')
    throw new NexusError('INVALID_ARGUMENT', 'prefix must be a string');
  // Not started yet: the iterator is in place before the first event.
  const client = await createClient({
    device: options.device,
    storage: options.storage,
    transports: options.transports,
    directory: options.directory,
    start: false,
  });
  const events = client.events();
  let answered = 0;

  /** Whether the bot answers `message`. */
  const shouldAnswer = (message: Message): boolean => {
    // Its own, sent from another of its devices (sync copies and group messages).
    if (message.outgoing || message.sender === client.uuid) return false;
    const { content } = message;
    return content.kind !== 'text' || prefix === '' || !content.text.startsWith(prefix);
  };

  const answer = async (message: Message): Promise<void> => {
    const { conversation, content } = message;
    try {
      if (content.kind === 'text') await client.sendText(conversation, `${prefix}${content.text}`);
      else await client.sendStructured(conversation, content.type, content.payload);
    } catch (err) {
      console.error(`echo-bot: could not answer message ${message.id}: ${describe(err)}`);
      return;
    }
    answered++;
    try {
      await client.markRead(conversation, [message.id]);
    } catch (err) {
      console.error(`echo-bot: could not mark message ${message.id} read: ${describe(err)}`);
    }
  };

  const handle = async (event: ClientEvent): Promise<void> => {
    if (event.type === 'message') {
      if (shouldAnswer(event.message)) await answer(event.message);
    } else if (event.type === 'error') {
      // Something received was dropped (it did not decrypt, a revoked device...).
      console.error(`echo-bot: dropped an incoming envelope: ${describe(event.error)}`);
    }
  };

  const loop = (async () => {
    for await (const event of events) await handle(event);
  })();

  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      await events.return?.();
      await loop;
      await client.close();
    })());

  try {
    await client.start();
    if (options.directory) await client.publishPreKeys();
  } catch (err) {
    await stop();
    throw err;
  }
  return { client, stop, answered: () => answered };
}

/** What is safe to log about an error: its code and message for SDK errors, else its name. */
function describe(err: unknown): string {
  if (NexusError.is(err)) return `${err.code} (${err.message})`;
  return err instanceof Error ? err.name : 'unknown error';
}
