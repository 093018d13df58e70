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
  {
    // Reference servers and examples use only the package's public entry points.
    files: ['examples/**/*.{ts,mts,js,mjs}', 'reference-servers/**/*.{ts,mts,js,mjs}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^@nexuslink/sdk/(?!(interfaces|testing|node|hazmat|p2p)$).+',
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
);
