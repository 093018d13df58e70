// Runs in headless Chromium (test/browser/storage.test.ts): sqlJsStorage over
// IndexedDB. "#write" stores records; "#read", in a later browser run on the
// same profile, must find them.
import { indexedDbImagePersister } from '../../src/storage/indexeddb.js';
import { sqlJsStorage } from '../../src/storage/sqljs.js';
import { NexusError } from '../../src/interfaces/errors.js';

declare global {
  /** The sql.js WebAssembly binary, base64, inlined by the test. */
  var SQL_WASM_BASE64: string;
}

async function main(): Promise<unknown> {
  const wasmBinary = Uint8Array.from(atob(globalThis.SQL_WASM_BASE64), (c) => c.charCodeAt(0));
  const key = new Uint8Array(32).fill(5);
  const persister = indexedDbImagePersister({ name: 'browser-test' });
  const storage = await sqlJsStorage({ key, persister, sqlJs: { wasmBinary } });
  if (location.hash === '#write') {
    // The first commit saves an image; the next ones go to the journal.
    await storage.write(async (tx) => tx.put('local', 'first', new Uint8Array([1])));
    await storage.write(async (tx) => {
      await tx.put('contacts', 'alice', new TextEncoder().encode('Alice'));
      await tx.put('messages', 'c/0001/m1', new TextEncoder().encode('hello'));
      await tx.index('c/0001/m1', 'Lunch at the café?');
    });
  }
  const result = await storage.read(async (tx) => ({
    contact: new TextDecoder().decode((await tx.get('contacts', 'alice')) ?? new Uint8Array(0)),
    hits: (await tx.search('café')).map((h) => h.key),
  }));
  // A second storage on the same IndexedDB (another tab, say) is refused while this one is open.
  let secondWriter = 'opened';
  try {
    await sqlJsStorage({
      key,
      persister: indexedDbImagePersister({ name: 'browser-test' }),
      sqlJs: { wasmBinary },
    });
  } catch (err) {
    secondWriter = err instanceof NexusError ? err.code : String(err);
  }
  await storage.close();
  // The same IndexedDB under another key: refused, and still readable with the right one.
  let wrongKey = 'opened';
  try {
    await sqlJsStorage({ key: new Uint8Array(32).fill(6), persister, sqlJs: { wasmBinary } });
  } catch (err) {
    wrongKey = err instanceof NexusError ? err.code : String(err);
  }
  return { mode: location.hash, ...result, wrongKey, secondWriter, userAgent: navigator.userAgent };
}

const report = (result: unknown) =>
  ((globalThis as { nexuslinkResult?: unknown }).nexuslinkResult = result);
main().then(
  (value) => report({ ok: true, value }),
  (err: unknown) => report({ ok: false, error: err instanceof Error ? err.stack : String(err) }),
);
