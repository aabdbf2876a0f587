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
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: impureModules,
              message: 'src/core is pure TypeScript: no React, Dexie, Electron, DOM or fs.',
            },
          ],
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
      'src/renderer/src/hooks/**/*.{ts,tsx}',
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
)
