import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

/**
 * Layer directions (docs/architecture.md, and the README of each folder of src/lib), enforced here rather than only
 * described. Arrows point from what is imported to who imports it:
 *
 *   i18n (formatter, catalogs)   errors (codes) ← i18n/format
 *   trace ← engine ← python ← wiring (simulate.ts, scenarios.ts) ← playground worker, routes
 *   trace ← scenario-meta ← timeline ← view ← player ← components ← routes
 *                                          view ← export, embed (protocol), presenter (protocol)
 *
 * Pure layers (timeline, view, export, i18n, scenario-meta, presenter, embed protocol): no Svelte, no $app, no DOM.
 * Every folder of src/lib has a rule below; `everyFolderHasARule` in tests keeps it so.
 */
const layer = (files, patterns, extra = {}, { tests = false } = {}) => ({
  files,
  // Tests of the upper layers may run the simulator or the benchmarks' synthetic traces; the bottom layers' may not.
  ...(tests ? {} : { ignores: ['**/*.test.ts'] }),
  rules: { 'no-restricted-imports': ['error', { patterns }], ...extra }
});

/** Import patterns by layer (gitignore-style globs on the specifier). */
const SVELTE = ['svelte', 'svelte/*', '$app/*', '**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'];
const COMPONENTS = ['**/components/**', '**/routes/**'];
const SIM = [
  '**/engine/**',
  '**/engine',
  '**/python/**',
  '!@lezer/**',
  '**/simulate*',
  '**/scenarios',
  '$lib/scenarios'
];
const EXTRA = ['**/bench/**'];
const no = (group, message) => ({ group, message });

const ui = [...COMPONENTS, '**/player/**', '**/player', ...SVELTE];
const dom = {
  'no-restricted-globals': [
    'error',
    ...['document', 'window', 'localStorage', 'navigator', 'HTMLElement', 'requestAnimationFrame'].map((name) => ({
      name,
      message: 'A pure layer: no DOM (the caller passes what it needs).'
    }))
  ]
};
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
      no(
        ['../*', '!../errors', '$lib/**', ...ui],
        'trace/ is the bottom layer: it imports nothing of ours but errors/.'
      )
    ],
    {},
    { tests: true }
  ),
  layer(
    ['src/lib/i18n/**'],
    [
      no(
        [
          '../*',
          '$lib/**',
          '**/timeline/**',
          '**/view/**',
          ...SIM,
          ...COMPONENTS,
          'svelte',
          'svelte/*',
          '$app/*',
          ...EXTRA
        ],
        'i18n/ is a leaf: the formatter and the catalogs import nothing of ours.'
      )
    ],
    {},
    { tests: true }
  ),
  layer(
    ['src/lib/errors/**'],
    [
      no(
        ['../*', '!../i18n', '$lib/**', ...SIM, ...ui, '**/timeline/**', '**/trace/**'],
        'errors/ is a leaf catalog (it may use i18n/format only).'
      )
    ],
    {},
    { tests: true }
  ),
  layer(
    ['src/lib/engine/**'],
    [
      no(
        ['**/python/**', '**/timeline/**', '**/view/**', '**/i18n/**', '**/simulate*', 'd3*', ...ui, ...EXTRA],
        'engine/ may import only trace/ and errors/.'
      )
    ],
    {},
    { tests: true }
  ),
  layer(
    ['src/lib/python/**'],
    [
      no(
        ['**/timeline/**', '**/view/**', '**/i18n/**', '**/simulate*', 'd3*', ...ui, ...EXTRA],
        'python/ may import only engine/, trace/ and errors/.'
      )
    ],
    {},
    { tests: true }
  ),
  layer(
    ['src/lib/simulate.ts', 'src/lib/scenarios.ts'],
    [
      no(
        ['**/timeline/**', '**/view/**', 'd3*', ...ui],
        'The wiring (simulate.ts, scenarios.ts) joins python → engine → trace; no UI.'
      )
    ]
  ),
  layer(
    ['src/lib/scenario-meta/**'],
    [
      no(
        ['**/timeline/**', '**/view/**', '**/export/**', ...SIM, ...ui],
        'scenario-meta/ reads scenario comments: trace/ types and errors/ only.'
      )
    ],
    dom
  ),
  layer(
    ['src/lib/timeline/**'],
    [
      no(
        [...SIM, ...ui, '**/view/**', '**/export/**', '**/embed/**', ...EXTRA],
        'timeline/ is pure layout over trace/: no engine, no UI.'
      )
    ],
    dom
  ),
  layer(
    ['src/lib/view/**'],
    [
      no(
        [...SIM, ...ui, '**/export/**', '**/embed/**', '**/presenter/**', '**/playground/**', ...EXTRA],
        'view/ is pure view models (timeline → marks, axes, scales): no Svelte, no DOM, no engine, no player.'
      )
    ],
    dom
  ),
  layer(
    ['src/lib/export/**'],
    [
      no(
        [...SIM, ...ui, '**/embed/**', '**/presenter/**', '**/playground/**', ...EXTRA],
        'export/ is pure: it may import view/, timeline/, i18n/ and trace/ only.'
      )
    ],
    dom
  ),
  layer(
    ['src/lib/player/**'],
    [
      no(
        [...SIM, ...COMPONENTS, '$app/*', '**/*.svelte', '**/export/**', '**/playground/**', ...EXTRA],
        'player/ is playback state (machines, the headless model): it may use view/, timeline/, i18n/, scenario-meta/; no components, no engine.'
      )
    ]
  ),
  layer(
    ['src/lib/embed/**'],
    [
      no(
        [...SIM, ...SVELTE, ...COMPONENTS, '**/view/**', '**/export/**', ...EXTRA],
        "embed/ is the embed's message protocol: pure, no UI."
      )
    ]
  ),
  layer(
    ['src/lib/presenter/**'],
    [
      no(
        [...SIM, ...SVELTE, ...COMPONENTS, '**/export/**', ...EXTRA],
        "presenter/ is the presenter's protocol and deck logic: pure, no UI."
      )
    ],
    dom
  ),
  layer(
    ['src/lib/playground/**'],
    [
      no(
        ['**/engine/**', '**/python/**', ...COMPONENTS, ...EXTRA],
        'playground/ runs programs through simulate.ts (in its worker); no components, no engine.'
      )
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
      no(
        ['**/engine/**', '**/python/**', ...EXTRA],
        'UI reads traces; it never reaches into the engine or interpreter (go through simulate.ts).'
      )
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
