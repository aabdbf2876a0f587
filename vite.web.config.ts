import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { aliases } from './aliases'
import { WEB_PREVIEW_CONTENT_SECURITY_POLICY } from './src/shared/csp'

// The same renderer, built for a plain browser: without the preload, it uses the browser
// implementation of the bridge (downloads instead of save dialogs, file inputs instead of
// open dialogs). Used by `npm run dev:web` and by the Playwright web project.
export default defineConfig({
  root: 'src/renderer',
  base: './',
  resolve: { alias: aliases },
  plugins: [react()],
  // AW_WEB_OUT and AW_WEB_PORT let several checkouts' test runs share one machine.
  build: {
    outDir: resolve(import.meta.dirname, process.env.AW_WEB_OUT ?? 'out-web'),
    emptyOutDir: true,
  },
  server: { port: 5173, strictPort: true },
  // Served under the desktop app's policy, so the browser tests catch what the app would block;
  // the one difference lets the page reach the tests' team server on 127.0.0.1 (see csp.ts).
  preview: {
    port: Number(process.env.AW_WEB_PORT ?? 4173),
    strictPort: true,
    headers: { 'Content-Security-Policy': WEB_PREVIEW_CONTENT_SECURITY_POLICY },
  },
})
