import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const UPHILL = 'Imports run downhill: engine → store → views → app. Move what both need down.';
const ENGINE_PATHS = [
  'react',
  'react-dom',
  'zustand',
  'd3',
  'd3-selection',
  'd3-transition',
  'd3-zoom',
  'd3-drag',
];
const ENGINE_PATTERNS = [
  'react/*',
  'react-dom/*',
  'zustand/*',
  '**/store/**',
  '**/views/**',
  '**/app/**',
  '**/workers/**',
  '**/cli/**',
];
const PROTOCOLS = [
  '../chord',
  '../chord/**',
  '../byzantine',
  '../byzantine/**',
  '../paxos',
  '../paxos/**',
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/store/**/*.ts', 'src/views/**/*.ts', 'src/app/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  // Imports run downhill: engine → store → views → app (what two layers need lives in the lower
  // one). Each layer's rule lists what sits above it, so an uphill import fails `npm run lint`;
  // src/layers.test.ts proves each rule bites.
  {
    // The engine is the protocol, nothing else: the CLI, the tests and the workers run it
    // without a browser, so it must never reach for React, zustand, D3's DOM half or the DOM.
    files: ['src/engine/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': ['error', { paths: ENGINE_PATHS, patterns: ENGINE_PATTERNS }],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'navigator',
        'location',
      ],
    },
  },
  {
    // Inside the engine, the protocols and the shared scenario helpers sit below the
    // dispatcher (engine/dispatcher.ts), which picks a protocol by "kind".
    files: ['src/engine/{scenario,chord,byzantine,paxos}/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ENGINE_PATHS, patterns: [...ENGINE_PATTERNS, '**/dispatcher'] },
      ],
    },
  },
  {
    // engine/scenario (errors, JSON) is the ground floor every protocol uses.
    files: ['src/engine/scenario/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ENGINE_PATHS,
          patterns: [...ENGINE_PATTERNS, '**/dispatcher', ...PROTOCOLS],
        },
      ],
    },
  },
  {
    // The store holds state and calls the engine; views and the shell read it, never the reverse.
    files: ['src/store/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react-dom', 'd3-selection', 'd3-transition', 'd3-zoom', 'd3-drag'],
          patterns: [
            { group: ['**/views/**', '**/app/**', '**/cli/**'], message: UPHILL },
            { group: ['react-dom/*'], message: UPHILL },
          ],
        },
      ],
    },
  },
  {
    // Views render the store; the shell (app/) composes views, so views never import it.
    files: ['src/views/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/app/**', '**/cli/**'], message: UPHILL }] },
      ],
    },
  },
);
