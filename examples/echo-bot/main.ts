// The echo bot demo: a bot and one user on an in-memory network. The user
// sends three messages; the bot answers each; the replies are printed.
// Uses only the public entry point, as every app built on NexusLink should.
import { createClient, directConversation } from '@nexuslink/sdk';
import { memoryNetwork, memoryPreKeyDirectory } from '@nexuslink/sdk/testing';
import type { Message } from '@nexuslink/sdk';
import { createAccount } from './account.ts';
import { startEchoBot } from './bot.ts';

const TIMEOUT_MS = 10_000;

const network = memoryNetwork();
const directory = memoryPreKeyDirectory();
const botAccount = await createAccount('echo-bot');
const alice = await createAccount('alice');

const bot = await startEchoBot({
  device: botAccount.device,
  storage: botAccount.storage,
  transports: [network.transport(botAccount.address)],
  directory,
});

const user = await createClient({
  device: alice.device,
  storage: alice.storage,
  transports: [network.transport(alice.address)],
  directory,
  start: false,
});
const replies: Message[] = [];
user.on('message', ({ message }) => replies.push(message));
await user.start();

const show = (m: Message) =>
  m.content.kind === 'text'
    ? m.content.text
    : `[${m.content.type}] ${new TextDecoder().decode(m.content.payload)}`;

try {
  // Alice adds the bot from its contact card (a QR code in a real app) and writes to it.
  await user.contacts.add({ card: botAccount.card });
  const chat = directConversation(botAccount.uuid);
  const sent = [
    await user.sendText(chat, 'hello bot'),
    await user.sendText(chat, 'are you there?'),
    await user.sendStructured(
      chat,
      'application/json',
      new TextEncoder().encode('{"reaction":"+1"}'),
    ),
  ];

  const deadline = Date.now() + TIMEOUT_MS;
  while (replies.length < sent.length) {
    if (Date.now() > deadline) throw new Error(`only ${replies.length} replies arrived`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }

  console.log('NexusLink echo bot demo');
  for (const [i, message] of sent.entries()) {
    console.log(`alice > ${show(message)}`);
    console.log(`bot   > ${show(replies[i]!)}`);
  }
  console.log(`The bot answered ${bot.answered()} messages.`);
} catch (err) {
  console.error(`echo bot demo failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
} finally {
  await user.close();
  await bot.stop();
}
