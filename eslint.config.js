// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Entry points apps may import; everything else inside the package is private. */
const PUBLIC_ENTRY_POINTS = [
  '@nexuslink/sdk',
  '@nexuslink/sdk/interfaces',
  '@nexuslink/sdk/testing',
  '@nexuslink/sdk/node',
  '@nexuslink/sdk/hazmat',
  '@nexuslink/sdk/p2p',
  '@nexuslink/sdk/wire',
  '@nexuslink/sdk/wordlists',
];

/*
 * Layering (DESIGN.md, "Layers"): arrows point down only. In a flat config
 * the last object that sets a rule for a file wins, so every layer object
 * below repeats the patterns all of src/ obeys (SRC_PATTERNS) and adds the
 * layers it must not import.
 */
/** A relative import of one of these top-level folders of src/. */
const layerImport = (layers) => `^(\\.\\./)+(${layers.join('|')})(/|\\.js$|$)`;
/** Patterns every file under src/ (but the test doubles and the entry points) obeys. */
const SRC_PATTERNS = [
  { regex: '(^|/)(examples|reference-servers)/', message: 'src/ must not import from apps.' },
  {
    regex: '(^|/)testing/|(^|/)transport/memory(\\.js)?$',
    message: 'Test doubles (src/testing/, the memory network) are for tests and entry points only.',
  },
];
/** One `no-restricted-imports` object: files of `layer` must not import `above`. */
const layerRule = (files, above, why, ignores = []) => ({
  files,
  ignores,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [...SRC_PATTERNS, { regex: layerImport(above), message: why }] },
    ],
  },
});
/** The layers of src/, bottom first: each of the lowest imports only those before it. */
const LAYERS = [
  'interfaces',
  'primitives',
  'wire',
  'identity',
  'credentials',
  'ratchet',
  'storage',
  'stores',
  'keystores',
  'device',
  'transport',
  'p2p',
  'community',
  'relay',
  'directory',
  'listings',
  'client',
  'cli',
];
/** The layers after `layer` in LAYERS. */
const above = (layer) => LAYERS.slice(LAYERS.indexOf(layer) + 1);
/** Entry points (tsup.config.ts) and the test doubles: they may import anything of the package. */
const ENTRY_FILES = [
  'src/*.ts',
  'src/interfaces/index.ts',
  'src/p2p/index.ts',
  'src/wire/index.ts',
  'src/testing/**',
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'docs/api/**',
      'node_modules/**',
      '**/node_modules/**',
      'src/wire/gen/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        performance: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        structuredClone: 'readonly',
        DOMException: 'readonly',
        globalThis: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    // The SDK itself never reaches into apps built on it.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(examples|reference-servers)/',
              message: 'src/ must not import from apps.',
            },
          ],
        },
      ],
    },
  },
  // Layer rules: one object per layer (see layerRule above).
  {
    files: ['src/**/*.ts'],
    ignores: ENTRY_FILES,
    rules: { 'no-restricted-imports': ['error', { patterns: SRC_PATTERNS }] },
  },
  layerRule(
    ['src/interfaces/**/*.ts'],
    above('interfaces'),
    'src/interfaces/ holds types, errors and guards only: it imports nothing else of the SDK.',
    ['src/interfaces/index.ts'],
  ),
  layerRule(
    ['src/primitives/**/*.ts'],
    above('primitives'),
    'src/primitives/ is the ground floor: it imports src/interfaces/ only.',
  ),
  layerRule(
    ['src/wire/**/*.ts'],
    above('wire'),
    'src/wire/ imports src/primitives/ and src/interfaces/ only.',
    ['src/wire/index.ts'],
  ),
  layerRule(
    ['src/identity/**/*.ts'],
    above('identity'),
    'src/identity/ sits below sessions, storage and every transport.',
  ),
  layerRule(
    ['src/credentials/**/*.ts'],
    above('credentials'),
    'src/credentials/ (SD-JWT VCs) builds on identities and primitives only.',
  ),
  layerRule(
    ['src/ratchet/**/*.ts'],
    above('ratchet'),
    'src/ratchet/ sits below storage, transports, servers and the client.',
  ),
  layerRule(
    ['src/directory/**/*.ts'],
    [
      'storage',
      'stores',
      'keystores',
      'transport',
      'p2p',
      'community',
      'relay',
      'listings',
      'client',
      'cli',
    ],
    'The in-memory prekey directory builds on src/ratchet/ and below only.',
  ),
  layerRule(
    ['src/listings/**/*.ts'],
    ['storage', 'stores', 'keystores', 'p2p', 'relay', 'client', 'cli'],
    'The directory (Mode A) client builds on identities, the wire and the HTTP helpers of src/transport/.',
  ),
  layerRule(
    ['src/transport/**/*.ts'],
    [
      'storage',
      'stores',
      'keystores',
      'p2p',
      'community',
      'relay',
      'directory',
      'listings',
      'client',
      'cli',
    ],
    'src/transport/ holds transport helpers with no service knowledge.',
  ),
  layerRule(
    ['src/p2p/**/*.ts'],
    ['community', 'client', 'cli'],
    'src/p2p/ sits below the client and knows no community server.',
    ['src/p2p/index.ts'],
  ),
  {
    // libp2p loads on first use (src/p2p/libp2p.ts): type-only imports elsewhere.
    files: ['src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(libp2p|@libp2p/|@chainsafe/libp2p-|@multiformats/multiaddr)',
              allowTypeImports: true,
              message: 'Load libp2p packages through src/p2p/libp2p.ts (loadLibp2p, loadWebRtc).',
            },
          ],
        },
      ],
    },
  },
  {
    // The client's layer: no test double, and storage only through its record
    // layout (src/storage/layout.ts), never an adapter's helpers. Last for
    // these files, so it repeats what all of src/ obeys (SRC_PATTERNS); the
    // libp2p rule above is another rule and holds here too.
    files: ['src/client/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...SRC_PATTERNS,
            {
              regex: '(^|/)storage/(?!layout(\\.js)?$)[^/]+$',
              message: 'The client uses storage through src/storage/layout.ts only.',
            },
          ],
        },
      ],
    },
  },
  {
    // Reference servers and examples use only the package's public entry points.
    files: ['examples/**/*.{ts,mts,js,mjs}', 'reference-servers/**/*.{ts,mts,js,mjs}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^@nexuslink/sdk/(?!(interfaces|testing|node|hazmat|p2p|wire|wordlists)$).+',
              message: `Import only the public entry points: ${PUBLIC_ENTRY_POINTS.join(', ')}.`,
            },
            {
              regex: '^(\\.\\./)+(\\.\\./)(src|dist|scripts|test)(/|$)',
              message: 'Apps must not reach into the SDK sources; import @nexuslink/sdk instead.',
            },
            {
              regex: '^(\\.\\./){2,}',
              message:
                'Apps must not import files outside their own workspace; import @nexuslink/sdk instead.',
            },
          ],
        },
      ],
    },
  },
  {
    // A reference server's route groups (src/routes/): each is one Fastify plugin, given
    // what it uses as its options. What groups share lives outside routes/ (src/http/, the
    // repository), so no group imports another, nor the app that registers it. The
    // typescript-eslint form of the rule, so the block above still applies to these files.
    files: ['reference-servers/*/src/routes/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\./|^\\.\\./(routes/|app(\\.ts)?$)',
              message:
                'A route plugin imports no other route plugin nor the app: share code through src/http/ or the plugin options.',
            },
          ],
        },
      ],
    },
  },
);
