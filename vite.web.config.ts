import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { CONTENT_SECURITY_POLICY } from './src/shared/csp'

// The same renderer, built for a plain browser: without the preload, it uses the browser
// implementation of the bridge (downloads instead of save dialogs, file inputs instead of
// open dialogs). Used by `npm run dev:web` and by the Playwright web project.
export default defineConfig({
  root: 'src/renderer',
  base: './',
  resolve: {
    alias: {
      '@core': resolve(import.meta.dirname, 'src/core'),
      '@shared': resolve(import.meta.dirname, 'src/shared'),
    },
  },
  plugins: [react()],
  build: { outDir: resolve(import.meta.dirname, 'out-web'), emptyOutDir: true },
  server: { port: 5173, strictPort: true },
  // Served under the desktop app's policy, so the browser tests catch what the app would block.
  preview: {
    port: 4173,
    strictPort: true,
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  },
})
