import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

// src/core is the pure domain: it must run in Node, a worker or the renderer alike.
const impureModules = [
  'react',
  'react-dom',
  'react-dom/*',
  'dexie',
  'dexie-react-hooks',
  'electron',
  'zustand',
  'fs',
  'node:*',
  'path',
]

// The tables of the database: screens read them through db/queries and write through
// db/repositories, so rules such as soft delete live in one place.
const TABLES = [
  'audits',
  'auditContents',
  'answers',
  'preparationAnswers',
  'evidence',
  'evidenceBlobs',
  'findingEdits',
  'settings',
  'packs',
]
const DATA_LAYER = 'Read through db/queries and write through db/repositories.'

// Platform globals src/core may not reach: what it needs comes in as an argument. tsconfig.core.json
// declares none of them either; `globalThis` is here so that no cast reaches them through it.
const impureGlobals = [
  'process',
  'Buffer',
  'setTimeout',
  'clearTimeout',
  'setInterval',
  'clearInterval',
  'setImmediate',
  'queueMicrotask',
  'requestAnimationFrame',
  'performance',
  'window',
  'document',
  'self',
  'globalThis',
].map((name) => ({
  name,
  message: 'src/core is pure: take what this gives (time, a timer, a way to yield) as an argument.',
}))

const testSupport = {
  group: ['**/test-support/**', '**/test-support'],
  message: 'Test helpers are for tests and e2e only: production code must not import them.',
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'out-web*/**',
      'out-bench/**',
      'bench-results/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts', 'src/core/**/test-support/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: impureModules,
              message: 'src/core is pure TypeScript: no React, Dexie, Electron, DOM or fs.',
            },
            testSupport,
          ],
        },
      ],
      'no-restricted-globals': ['error', ...impureGlobals],
      'no-restricted-properties': [
        'error',
        {
          object: 'Date',
          property: 'now',
          message: 'src/core has no clock: take the time (`now`) as an argument.',
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'NewExpression[callee.name="Date"][arguments.length=0]',
          message: 'src/core has no clock: take the time (`now`) as an argument.',
        },
      ],
    },
  },
  {
    // Screens, hooks and components reach the database only through db/queries and
    // db/repositories; they may hold the WorkbookDatabase handle (a type) to pass it on. A worker's
    // entry file opens its own connection, like main.tsx does for the window.
    files: [
      'src/renderer/src/features/**/*.{ts,tsx}',
      'src/renderer/src/autosave/**/*.{ts,tsx}',
      'src/renderer/src/components/**/*.{ts,tsx}',
    ],
    ignores: ['src/renderer/src/features/**/*.worker.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'dexie', message: DATA_LAYER },
            { name: 'dexie-react-hooks', message: `${DATA_LAYER} Live hooks are in db/queries.` },
          ],
          patterns: [
            {
              group: ['**/db/database'],
              importNames: ['WorkbookDatabase'],
              allowTypeImports: true,
              message: `Take the database from useDatabase(). ${DATA_LAYER}`,
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: `MemberExpression[object.name='db'][property.name=/^(${TABLES.join('|')}|table|tables|transaction)$/]`,
          message: `No Dexie table from here. ${DATA_LAYER}`,
        },
      ],
    },
  },
  {
    // What ships never imports a test helper (test-support folders are for tests and e2e only).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/core/**', 'src/**/*.test.{ts,tsx}', 'src/**/test-support/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [testSupport] }] },
  },
)
