import { defineConfig } from 'vitest/config'
import { aliases as alias } from './aliases'

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'core',
          include: ['src/core/**/*.test.ts', 'src/shared/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'main',
          include: ['src/main/**/*.test.ts', 'src/preload/**/*.test.ts', 'scripts/**/*.test.mjs'],
          environment: 'node',
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'renderer',
          include: ['src/renderer/**/*.test.ts', 'src/renderer/**/*.test.tsx'],
          environment: 'node',
          setupFiles: ['fake-indexeddb/auto', './src/renderer/src/test-support/worker-globals.ts'],
          // The team workspace's server (issue 18), one for the run: see test-support/team-server.ts.
          globalSetup: ['./src/renderer/src/test-support/team-server-setup.ts'],
        },
      },
    ],
  },
})
