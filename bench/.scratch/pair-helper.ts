import { encryptMessage, decryptMessage } from '../../src/ratchet/session.js';
import { nexuslink } from '../nexuslink.js';
import { PlaintextCheck } from '../harness.js';
void nexuslink; void PlaintextCheck;
// A minimal re-implementation to reach into the stores: reuse the bench's setup through its exported pieces.
import * as nl from '../nexuslink.js';
export async function makePair(mode: 'steady' | 'ping-pong', msgs: Uint8Array[]) {
  const p = await nl.pair(msgs);
  for (let i = 0; i < 200; i++) {
    const [from, to, addr] = mode === 'steady' || i % 2 === 0 ? [p.alice, p.bob, p.bobAddress] : [p.bob, p.alice, p.aliceAddress];
    const env = await encryptMessage(from.device, addr, msgs[i % 16]!, from.ctx);
    (globalThis as any).__env = env;
    await decryptMessage(to.device, env, to.ctx);
  }
  return { alice: p.alice, bob: p.bob, bobAddr: p.bobAddress, aliceAddr: p.aliceAddress };
}
