// A terminal chat with no server: show your invite (a QR code and its text),
// paste the other person's, and talk. Both on one LAN: mDNS finds the way.
//
//   npm run build && npm start -w examples/p2p-chat -- --name Alice
//   ... -- --name Alice --relay /ip4/203.0.113.7/tcp/4001/p2p/12D3KooW...   (across networks)
//   ... -- --name Alice --relay-server https://relay.example.org          (a NexusLink relay)
//
// Lines you type are sent; `/invite` shows your invite again; `/quit` ends.
import { createInterface } from 'node:readline';
import { startChat } from './chat.ts';

const at = process.argv.indexOf('--name');
const name = at >= 0 ? process.argv[at + 1]! : 'me';
const qr = !process.argv.includes('--no-qr');
const option = (flag: string) => {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const relay = option('--relay');
const relayServer = option('--relay-server');
const chat = await startChat(name, {
  ...(relay ? { relay } : {}),
  ...(relayServer ? { relayServer } : {}),
});
const out = (line: string) => process.stdout.write(`${line}\n`);
const showInvite = () => {
  if (qr) out(chat.qr);
  out(`Your invite, ${name} (show the QR code or send this text):`);
  out(chat.invite);
};
showInvite();
out('Paste the invite of the person you want to talk to:');
chat.onMessage((from, text) => out(`${from}: ${text}`));

let added = false;
const input = createInterface({ input: process.stdin });
for await (const raw of input) {
  const line = raw.trim();
  if (line === '') continue;
  if (line === '/quit') break;
  if (line === '/invite') {
    showInvite();
    continue;
  }
  if (line.toUpperCase().startsWith('NXI1:')) {
    try {
      out(`Added ${await chat.add(line)}. Type to talk.`);
      added = true;
    } catch (err) {
      out(`That invite did not work: ${(err as Error).message}`);
    }
    continue;
  }
  if (!added) {
    out('Paste an invite first.');
    continue;
  }
  await chat.say(line).catch((err: Error) => out(`Not sent: ${err.message}`));
}
await chat.close();
process.exit(0);
