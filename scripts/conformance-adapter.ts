/**
 * The SDK as an implementation under the conformance runner
 * (spec/conformance.md): JSON-lines requests on stdin, one answer per line on
 * stdout, in order. It uses `@nexuslink/sdk` from dist/, as an installed
 * package would, so build first (`npm run build`). Run it with:
 *
 *   npx nexuslink conformance --impl "node scripts/run-ts.mjs scripts/conformance-adapter.ts"
 */
import { createInterface } from 'node:readline';
import { sdkOperations } from './conformance/sdk-operations.js';

const operations = sdkOperations();
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });

// One request at a time: the runner waits for each answer before it asks again.
for await (const line of lines) {
  if (line.trim() === '') continue;
  let request: { id?: unknown; op?: unknown; input?: unknown };
  try {
    request = JSON.parse(line) as typeof request;
  } catch {
    process.stderr.write(`conformance-adapter: not JSON: ${line.slice(0, 80)}\n`);
    continue;
  }
  const answer =
    typeof request.op === 'string'
      ? await operations.handle(request.op, request.input)
      : { error: 'ADAPTER_FAILURE', message: 'a request without op' };
  process.stdout.write(JSON.stringify({ id: request.id, ...answer }) + '\n');
}
