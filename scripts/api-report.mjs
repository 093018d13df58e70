#!/usr/bin/env node
// The API report: every public entry point's declarations as API Extractor
// sees them in the built typings (dist/*.d.ts), one file per entry in api/.
// A change to the public surface shows up as a diff of api/ in review.
//
//   node scripts/api-report.mjs           write api/*.api.md from dist/
//   node scripts/api-report.mjs --check   fail (exit 1) when api/ differs from dist/
//   --dist DIR                            read the typings from DIR instead of dist/
//
// Run `npm run build` first (`npm run api` and `npm run check` do).
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const check = process.argv.includes('--check');
const distArg = process.argv.indexOf('--dist');
/** Where the built typings are (default dist/; `--dist DIR` for a build elsewhere). */
const dist = distArg > 0 ? resolve(process.argv[distArg + 1]) : join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** `./node` → `node`, `.` → `index`: the dist file name of each declared entry point. */
const entries = Object.keys(pkg.exports)
  .filter((e) => e !== './package.json')
  .map((e) => (e === '.' ? 'index' : e.slice(2)));

mkdirSync(join(root, 'api'), { recursive: true });
const temp = mkdtempSync(join(tmpdir(), 'nexuslink-api-'));
mkdirSync(join(temp, 'out'));
let failed = false;
try {
  for (const entry of entries) {
    const typings = join(dist, `${entry}.d.ts`);
    if (!existsSync(typings)) {
      console.error(`api-report: ${typings} is missing; run npm run build first`);
      process.exit(2);
    }
    const config = ExtractorConfig.prepare({
      configObject: {
        projectFolder: root,
        mainEntryPointFilePath: typings,
        compiler: {
          overrideTsconfig: {
            compilerOptions: {
              target: 'ES2023',
              module: 'NodeNext',
              moduleResolution: 'NodeNext',
              lib: ['ES2023', 'DOM'],
              types: ['node'],
              strict: true,
              skipLibCheck: true,
            },
            files: [typings],
          },
        },
        apiReport: {
          enabled: true,
          reportFolder: join(temp, 'out'),
          reportTempFolder: join(temp, 'work'),
          reportFileName: `${entry}.api.md`,
        },
        docModel: { enabled: false },
        dtsRollup: { enabled: false },
        tsdocMetadata: { enabled: false },
        messages: {
          compilerMessageReporting: { default: { logLevel: 'error' } },
          // typedoc checks documentation and links (npm run docs); the report
          // records what each entry exposes, and names types it uses without
          // exporting them (ae-forgotten-export).
          extractorMessageReporting: {
            default: { logLevel: 'none' },
            'ae-forgotten-export': { logLevel: 'none', addToApiReportFile: true },
          },
          tsdocMessageReporting: { default: { logLevel: 'none' } },
        },
      },
      configObjectFullPath: undefined,
      packageJsonFullPath: join(root, 'package.json'),
    });
    const result = Extractor.invoke(config, { localBuild: true, messageCallback: quiet });
    if (!result.succeeded) {
      failed = true;
      console.error(`api-report: ${entry}: ${result.errorCount} errors`);
      continue;
    }
    // Without the typings' line numbers and chunk names, which move with every doc comment.
    const report = readFileSync(join(temp, 'out', `${entry}.api.md`), 'utf8').replace(
      /^(\s*\/\/ )\S+\.d\.ts:\d+:\d+ - /gm,
      '$1',
    );
    const file = join(root, 'api', `${entry}.api.md`);
    const current = existsSync(file) ? readFileSync(file, 'utf8') : null;
    if (current === report) continue;
    if (check) {
      failed = true;
      console.error(
        `api-report: api/${entry}.api.md differs from the built typings: run npm run api and review the diff`,
      );
    } else {
      writeFileSync(file, report);
      console.log(`api-report: api/${entry}.api.md ${current === null ? 'created' : 'updated'}`);
    }
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}
if (failed) process.exit(1);
console.log(
  `api-report: ${entries.length} entry points ${check ? 'match api/' : 'written to api/'}`,
);

/** API Extractor's informational console lines (the compiler version, report paths): ours say it once. */
function quiet(message) {
  if (message.logLevel === 'info' || message.logLevel === 'verbose') message.handled = true;
  // The report is written to a temporary folder and compared here, so "created" is expected.
  if (message.messageId?.startsWith('console-api-report')) message.handled = true;
}
