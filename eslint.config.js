import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

/**
 * Layer directions (see docs/architecture.md), enforced here rather than only described:
 *   trace  ← engine  ← python  ← simulate.ts ← cli / routes
 *   trace  ← timeline ← components ← routes
 * `errors` is a leaf catalog every layer may use.
 */
const layer = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] }
});

const ui = ['**/components/**', '**/routes/**', '**/player/**', '**/*.svelte', 'svelte', 'svelte/*', '$app/*'];
const wallClock = {
  'no-restricted-globals': [
    'error',
    { name: 'setTimeout', message: 'Time is injected: the engine and interpreter never read the wall clock.' },
    { name: 'setInterval', message: 'Time is injected: the engine and interpreter never read the wall clock.' },
    { name: 'requestAnimationFrame', message: 'Time is injected.' },
    { name: 'performance', message: 'Time is injected.' },
    { name: 'document', message: 'No DOM in the engine or interpreter.' },
    { name: 'window', message: 'No DOM in the engine or interpreter.' }
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Date', property: 'now', message: 'Time is injected: use the virtual clock.' },
    { object: 'Math', property: 'random', message: 'Determinism: use a seeded generator.' }
  ]
};

export default ts.config(
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  prettier,
  ...svelte.configs.prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Untrusted code (share links, the playground) must never reach a JS evaluator.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
    }
  },
  layer(
    ['src/lib/trace/**'],
    [
      {
        group: ['**/engine/**', '**/python/**', '**/timeline/**', '**/simulate*', ...ui],
        message: 'trace/ is the bottom layer: it imports nothing of ours.'
      }
    ]
  ),
  layer(
    ['src/lib/errors/**'],
    [
      {
        group: ['**/engine/**', '**/python/**', '**/timeline/**', '**/trace/**', '**/simulate*', ...ui],
        message: 'errors/ is a leaf catalog.'
      }
    ]
  ),
  layer(
    ['src/lib/engine/**'],
    [
      {
        group: ['**/python/**', '**/timeline/**', '**/simulate*', 'd3*', ...ui],
        message: 'engine/ may import only trace/ and errors/.'
      }
    ]
  ),
  layer(
    ['src/lib/python/**'],
    [
      {
        group: ['**/timeline/**', '**/simulate*', 'd3*', ...ui],
        message: 'python/ may import only engine/, trace/ and errors/.'
      }
    ]
  ),
  layer(
    ['src/lib/timeline/**'],
    [
      {
        group: ['**/engine/**', '**/python/**', '**/simulate*', ...ui],
        message: 'timeline/ is pure layout over trace/: no engine, no UI.'
      }
    ]
  ),
  layer(
    ['src/lib/exact/**'],
    [
      {
        group: ['**/engine/**', '**/lib/python/**', '**/timeline/**', '**/components/**', '**/simulate*'],
        message: 'exact/ runs real CPython: it shares only trace/, errors/ and the playground protocol with the app.'
      }
    ]
  ),
  layer(
    ['src/lib/components/**', 'src/routes/**'],
    [
      {
        group: ['**/engine/**', '**/python/**'],
        message: 'UI reads traces; it never reaches into the engine or interpreter (go through simulate.ts).'
      }
    ]
  ),
  {
    files: ['src/lib/engine/**', 'src/lib/python/**', 'src/lib/trace/**', 'src/lib/simulate.ts'],
    ignores: ['**/*.test.ts'],
    rules: wallClock
  },
  {
    // Python's whitespace and line-break sets include ASCII control characters (\x1c-\x1f, \x85...).
    files: ['src/lib/python/**'],
    rules: { 'no-control-regex': 'off' }
  },
  {
    ignores: ['build/', '.out/', '.svelte-kit/', 'node_modules/', 'tests/fuzz/divergences/', 'test-results/']
  }
);
