// Layer rules: domain <- store/api/merge <- canvas/ui <- app; server imports domain only;
// cli imports domain, merge and server.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import i18next from 'eslint-plugin-i18next';

const zone = (target, from, message) => ({ target, from, message });

const layerZones = [
  zone('./src/domain', './src/!(domain)/**/*', 'domain is pure: it imports nothing of the app'),
  zone('./src/store', './src/!(domain|store)/**/*', 'store imports only domain'),
  zone('./src/api', './src/!(domain|api)/**/*', 'api imports only domain'),
  zone('./src/canvas', './src/!(domain|store|canvas)/**/*', 'canvas imports domain and store'),
  zone(
    './src/ui',
    './src/!(domain|store|api|canvas|ui|merge|i18n)/**/*',
    'ui imports store, api, domain, canvas',
  ),
  zone('./src/server', './src/!(domain|server)/**/*', 'server imports only domain'),
  zone('./src/i18n', './src/!(domain|i18n)/**/*', 'i18n (message catalogs) imports only domain'),
  zone(
    './src/merge',
    './src/!(domain|merge)/**/*',
    'merge (data in, run loop, jobs adapter) imports only domain',
  ),
  zone(
    './src/cli',
    './src/!(domain|merge|cli|server)/**/*',
    'cli imports domain and merge (and server, to run it in-process for --dry-run)',
  ),
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] }),
      ],
      // Bundled dependencies (PGlite's minified WASM glue) are not walked for cycles.
      'import-x/ignore': ['node_modules'],
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'import-x/no-cycle': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/testing/**'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...layerZones,
            zone('./src', './src/testing', 'test helpers are never imported by production code'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/canvas/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'fabric', message: 'only src/canvas imports fabric' }] },
      ],
    },
  },
  {
    // Every word the user sees comes from the message catalogs (src/i18n/locales), in any language.
    files: ['src/ui/**/*.tsx', 'src/app/**/*.tsx'],
    ignores: ['src/**/*.test.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': {
            exclude: [
              'className',
              'style',
              'type',
              'key',
              'id',
              'width',
              'height',
              'name',
              'role',
              'accept',
              'autoComplete',
              'inputMode',
              'htmlFor',
              'rel',
              'target',
              'href',
              'src',
              'download',
              'lang',
              'dir',
              'data-.*',
              'aria-controls',
              'aria-describedby',
              'aria-labelledby',
              'aria-live',
              'aria-haspopup',
              'aria-current',
              'aria-sort',
              'aria-orientation',
              'step',
              'min',
              'max',
              'pattern',
              'preload',
              'loading',
              'spellCheck',
              'wrap',
              'value',
              'defaultValue',
              'kind',
              'variant',
              'size',
              'side',
              'align',
              'severity',
              'tone',
              'field',
              'format',
              'mode',
              'orientation',
              'testId',
              'direction',
            ],
          },
          'should-validate-template': true,
          'object-properties': { exclude: ['role', '[A-Z_-]+'] },
          // Calls whose string arguments are ids, not words: field and undo-burst keys, dialog names.
          callees: {
            exclude: [
              'i18n(ext)?',
              't',
              'set',
              'put',
              'open',
              'field',
              'count',
              '.*\\.update',
              'require',
              'includes',
              'startsWith',
              'endsWith',
            ],
          },
          words: { exclude: ['[0-9!-/:-@[-`{-~×–—…·•→←↑↓⌫≈⇄👤✕ ]+', '[A-Z_-]+'] },
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'fabric', 'zustand', 'fastify', 'node:*'],
              message: 'domain is pure: zod only',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'fetch',
        'window',
        'document',
        'setTimeout',
        'setInterval',
        'Date',
      ],
    },
  },
);
