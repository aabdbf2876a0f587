import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// The same renderer, built for a plain browser: without the preload, it uses the browser
// implementation of the bridge (downloads instead of save dialogs, file inputs instead of
// open dialogs). Used by `npm run dev:web` and by the Playwright web project.
export default defineConfig({
  root: 'src/renderer',
  base: './',
  resolve: {
    alias: {
      '@core': resolve(__dirname, 'src/core'),
      '@shared': resolve(__dirname, 'src/shared'),
    },
  },
  plugins: [react()],
  build: { outDir: resolve(__dirname, 'out-web'), emptyOutDir: true },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
})
