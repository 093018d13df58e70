/**
 * Writes every file under test-vectors/ (`npm run vectors`), or with `--check`
 * fails when the files on disk differ from a fresh generation.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { dirname } from 'node:path';
import { identityVectors } from './vectors/identity.js';
import { sessionVectors } from './vectors/session.js';
import { storageVectors } from './vectors/storage.js';
import { clientVectors } from './vectors/client.js';
import { communityVectors } from './vectors/community.js';
import { p2pVectors } from './vectors/p2p.js';
import { relayVectors } from './vectors/relay.js';
import { directoryVectors } from './vectors/directory.js';

const check = process.argv.includes('--check');
const root = join(process.cwd(), 'test-vectors');
const files: Record<string, unknown> = {};
for (const [name, content] of Object.entries(await identityVectors()))
  files[`identity/${name}`] = content;
Object.assign(files, await sessionVectors());
Object.assign(files, await storageVectors());
Object.assign(files, await clientVectors());
Object.assign(files, await communityVectors());
Object.assign(files, await p2pVectors());
Object.assign(files, await relayVectors());
Object.assign(files, await directoryVectors());
let stale = 0;
for (const [name, content] of Object.entries(files)) {
  const text = JSON.stringify(content, null, 2) + '\n';
  const path = join(root, name);
  await mkdir(dirname(path), { recursive: true });
  const current = await readFile(path, 'utf8').catch(() => null);
  if (current === text) continue;
  if (check) {
    console.error(`stale: ${path}`);
    stale++;
  } else {
    await writeFile(path, text);
    console.log(`wrote ${path}`);
  }
}
if (stale > 0) {
  console.error(`${stale} vector file(s) differ from a fresh generation; run npm run vectors`);
  process.exit(1);
}
