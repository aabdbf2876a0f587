import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import { aliases } from '../aliases'

// The benchmark's harness page (bench/index.html), built from the renderer's own code. It is
// written into the web build served to the benchmark (`out/bench/bench/`), so it shares the app's
// origin and therefore its IndexedDB. See scripts/bench.mjs.
const ROOT = resolve(import.meta.dirname, '..')

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  resolve: { alias: aliases },
  build: {
    outDir: resolve(ROOT, process.env.AW_BENCH_OUT ?? 'out/bench/bench'),
    emptyOutDir: true,
    // A harness, not a product: no size warnings.
    chunkSizeWarningLimit: 10_000,
    minify: process.env.AW_BENCH_MINIFY !== '0',
  },
  logLevel: 'warn',
})
