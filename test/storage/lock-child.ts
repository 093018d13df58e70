// One process of the lock-contention test (test/storage/sqljs.test.ts): opens
// the sql.js storage at argv[2], holds it for a while, and prints "got" or
// the error code.
import { sqlJsStorage } from '../../src/index.js';
import { fileImagePersister } from '../../src/node.js';

try {
  const storage = await sqlJsStorage({
    key: new Uint8Array(32).fill(7),
    persister: fileImagePersister(process.argv[2]!),
  });
  process.stdout.write('got');
  await new Promise((resolve) => setTimeout(resolve, 1500));
  await storage.close();
} catch (err) {
  process.stdout.write((err as { code?: string }).code ?? String(err));
}
