import { build } from 'esbuild';
await build({
  entryPoints: [process.argv[2]],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  outfile: process.argv[3],
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'error',
});
