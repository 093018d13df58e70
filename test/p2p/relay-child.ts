// A circuit relay for test/examples/p2p-chat-relay.test.ts, run inside the
// relay host's namespace: prints its multiaddr, runs until stdin closes.
import { startCircuitRelay } from '../../src/node.js';

const host = process.argv[2] ?? '127.0.0.1';
const relay = await startCircuitRelay({ listen: [`/ip4/${host}/tcp/0`] });
process.stdout.write(`${relay.addresses.find((a) => a.includes(host))}\n`);
process.stdin.on('end', () => void relay.stop().then(() => process.exit(0)));
process.stdin.resume();
setTimeout(() => process.exit(3), 120_000).unref();
