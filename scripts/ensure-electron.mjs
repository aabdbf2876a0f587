#!/usr/bin/env node
// @ts-check
/**
 * `npm start`, `npm run dev` and `npm run test:e2e` run this before electron-vite: it makes sure
 * the Electron binary is installed (see electron-binary.mjs for why and how).
 *
 *   node scripts/ensure-electron.mjs             exits 1, with one sentence, if it cannot be had
 *   node scripts/ensure-electron.mjs --optional  says why and exits 0 (the end-to-end tests run
 *                                                their web project; the Electron one skips itself)
 *
 * AW_ELECTRON_INSTALL_TIMEOUT_MS bounds the download (default five minutes).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { DEFAULT_INSTALL_TIMEOUT_MS, ensureElectronBinary } from './electron-binary.mjs'

const optional = process.argv.includes('--optional')
// Not `require('electron')`: that starts the download itself, unbounded and with a stack trace.
const packageJson = createRequire(import.meta.url).resolve('electron/package.json')
const packageDir = path.dirname(packageJson)
const { version } = JSON.parse(readFileSync(packageJson, 'utf8'))
const timeoutMs = Number(process.env.AW_ELECTRON_INSTALL_TIMEOUT_MS) || DEFAULT_INSTALL_TIMEOUT_MS

const result = ensureElectronBinary({
  packageDir,
  version,
  env: process.env,
  timeoutMs,
  log: (message) => console.log(message),
  fs: {
    exists: existsSync,
    read: (file) => {
      try {
        return readFileSync(file, 'utf8')
      } catch {
        return undefined
      }
    },
  },
  runInstaller: (timeout) => {
    // Electron's own installer, as its `install-electron` bin and its entry point run it.
    const run = spawnSync(process.execPath, [path.join(packageDir, 'install.js')], {
      stdio: ['ignore', 'inherit', 'pipe'],
      encoding: 'utf8',
      timeout,
      killSignal: 'SIGKILL',
    })
    const timedOut =
      run.error !== undefined && 'code' in run.error && run.error.code === 'ETIMEDOUT'
    return { code: run.status, timedOut, stderr: run.stderr ?? '' }
  },
})

if (!result.ok) {
  if (optional) {
    console.warn(`${result.reason} The Electron end-to-end tests will skip themselves.`)
  } else {
    console.error(result.reason)
    process.exit(1)
  }
}
