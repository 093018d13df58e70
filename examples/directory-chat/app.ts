// Browse a directory, join a community found there, chat in a channel. Uses
// only the public entry point, as every app built on NexusLink should.
import { CommunityClient, createClient, DirectoryClient, NexusError } from '@nexuslink/sdk';
import type {
  ConversationId,
  DirectoryCommunity,
  LocalDevice,
  Message,
  NexusClient,
  Storage,
} from '@nexuslink/sdk';

/** Where the app writes: the terminal, or a test. */
export type Print = (line: string) => void;

/** What the app is doing: browsing, in a community, in one of its channels. */
interface Joined {
  readonly community: CommunityClient;
  readonly client: NexusClient;
  readonly listing: DirectoryCommunity;
  conversation: ConversationId | null;
  channelName: string;
}

/** The app's state and its commands; `handle` takes one line typed by the user. */
export class DirectoryChat {
  readonly #directory: DirectoryClient;
  readonly #device: LocalDevice;
  readonly #storage: Storage;
  readonly #print: Print;
  #results: DirectoryCommunity[] = [];
  #joined: Joined | null = null;

  constructor(options: {
    directoryUrl: string;
    device: LocalDevice;
    storage: Storage;
    print: Print;
  }) {
    this.#directory = new DirectoryClient({ url: options.directoryUrl });
    this.#device = options.device;
    this.#storage = options.storage;
    this.#print = options.print;
  }

  /** Take one line: a command (`/search`, `/official`, `/join`, `/channel`, `/help`) or, in a channel, a message. */
  async handle(line: string): Promise<void> {
    const text = line.trim();
    if (text === '') return;
    const [command, ...rest] = text.split(/\s+/);
    const arg = rest.join(' ');
    try {
      if (command === '/search') await this.#search(arg);
      else if (command === '/official') await this.#official();
      else if (command === '/join') await this.#join(arg);
      else if (command === '/channels') await this.#channels();
      else if (command === '/channel') await this.#channel(arg);
      else if (command === '/help' || command?.startsWith('/')) this.help();
      else if (this.#joined?.conversation)
        await this.#joined.client.sendText(this.#joined.conversation, text);
      else this.#print('Not in a channel: /search, /join N, then /channel NAME (or /help).');
    } catch (err) {
      this.#print(`error: ${describe(err)}`);
    }
  }

  help(): void {
    this.#print(
      'Commands: /search WORDS (or /search for everything) · /official · /join N · /channels · /channel NAME · /quit',
    );
  }

  async #search(q: string): Promise<void> {
    const page = await this.#directory.search(q ? { q, limit: 10 } : { limit: 10 });
    this.#results = [...page.communities];
    if (this.#results.length === 0) return this.#print(`Nothing found for "${q}".`);
    for (const [i, c] of this.#results.entries()) {
      // The owner's signature, checked here, offline: the directory relays it.
      let signed = 'signed';
      try {
        this.#directory.verify(c);
      } catch {
        signed = 'NOT as signed by its owner';
      }
      this.#print(
        `${i + 1}. ${c.name}${c.official ? ' (official)' : ''} — ${c.status}, ${c.memberCount} members, ${c.tags.join(', ') || 'no tags'} — ${c.endpoint} (${signed})`,
      );
    }
  }

  async #official(): Promise<void> {
    const official = await this.#directory.official();
    if (!official.community) return this.#print('The directory has not listed its server yet.');
    this.#results = [official.community];
    this.#print(`1. ${official.community.name} (official) — ${official.community.endpoint}`);
    for (const c of official.channels)
      this.#print(`   #${c.name}: ${c.topic} (${c.members} members)`);
  }

  async #join(which: string): Promise<void> {
    const listing = this.#results[Number(which) - 1];
    if (!listing) return this.#print('Join what? /join N, N from the last /search.');
    await this.leave();
    const community = new CommunityClient({ url: listing.endpoint, device: this.#device });
    await community.login();
    const client = await createClient({
      device: this.#device,
      storage: this.#storage,
      transports: [community.transport],
      directory: community.directory,
      channels: community,
      start: false,
    });
    client.on('message', ({ message }) => this.#show(message));
    await client.start();
    await client.publishPreKeys();
    this.#joined = { community, client, listing, conversation: null, channelName: '' };
    this.#print(`Joined ${listing.name}.`);
    await this.#channels();
  }

  async #channels(): Promise<void> {
    const joined = this.#requireJoined();
    const channels = await joined.community.listChannels();
    this.#print(
      channels.length
        ? `Channels: ${channels.map((c) => `#${c.name}`).join(' ')} (/channel NAME)`
        : 'No channels yet.',
    );
  }

  async #channel(name: string): Promise<void> {
    const joined = this.#requireJoined();
    const channel = (await joined.community.listChannels()).find(
      (c) => c.name === name.replace(/^#/, ''),
    );
    if (!channel) return this.#print(`No channel #${name} here (/channels).`);
    await joined.community.joinChannel(channel.id);
    joined.conversation = await joined.client.channels.open(channel.id);
    joined.channelName = channel.name;
    this.#print(`In #${channel.name}. Type to talk.`);
  }

  #requireJoined(): Joined {
    if (!this.#joined) throw new NexusError('INVALID_ARGUMENT', 'join a community first (/join N)');
    return this.#joined;
  }

  #show(message: Message): void {
    if (message.outgoing || !this.#joined?.conversation) return;
    if (message.conversation !== this.#joined.conversation) return;
    if (message.content.kind !== 'text') return;
    this.#print(`${message.sender.slice(0, 8)}: ${message.content.text}`);
  }

  /** Leave the community joined (the client and the connection close). */
  async leave(): Promise<void> {
    const joined = this.#joined;
    this.#joined = null;
    if (!joined) return;
    await joined.client.flush(5_000).catch(() => undefined);
    await joined.client.close();
    await joined.community.close();
  }
}

/** What is safe to show of an error: the SDK's code and text. */
function describe(err: unknown): string {
  if (NexusError.is(err)) return `${err.code}: ${err.message}`;
  return err instanceof Error ? err.message : String(err);
}
