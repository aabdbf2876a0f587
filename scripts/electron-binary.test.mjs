// @ts-check
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { ensureElectronBinary, findElectronBinary } from './electron-binary.mjs'

const packageDir = path.join('/repo', 'node_modules', 'electron')
const binary = path.join(packageDir, 'dist', 'electron')

/**
 * A disk holding the given files, which an installer run can add to.
 *
 * @param {Record<string, string>} files
 */
function disk(files) {
  const held = new Map(Object.entries(files))
  return {
    held,
    fs: {
      /** @param {string} file */
      exists: (file) => held.has(file),
      /** @param {string} file */
      read: (file) => held.get(file),
    },
  }
}

const installed = {
  [path.join(packageDir, 'path.txt')]: 'electron',
  [path.join(packageDir, 'dist', 'version')]: 'v45.5.0',
  [binary]: '\u007fELF',
}

const ok = { code: 0, timedOut: false, stderr: '' }
const offline = {
  code: 1,
  timedOut: false,
  stderr: 'TypeError: fetch failed\n    at node:internal/deps/undici/undici:14976:13\n',
}

/** @param {Record<string, string>} files @param {Record<string, string>} [env] */
function setUp(files, env = {}) {
  const { fs, held } = disk(files)
  return { fs, held, base: { packageDir, version: '45.5.0', env, fs } }
}

describe('findElectronBinary', () => {
  it('finds the binary path.txt names, of the package’s version', () => {
    const { base } = setUp(installed)
    expect(findElectronBinary(base)).toEqual({ status: 'installed', binary })
  })

  it.each([
    ['no path.txt (a fresh npm ci)', { [binary]: 'x' }],
    ['path.txt without the binary', { [path.join(packageDir, 'path.txt')]: 'electron' }],
    [
      'the binary of an older Electron',
      { ...installed, [path.join(packageDir, 'dist', 'version')]: '44.0.0' },
    ],
  ])('reports it missing with %s', (_, files) => {
    expect(findElectronBinary(setUp(files).base)).toEqual({ status: 'missing' })
  })

  it('takes ELECTRON_EXEC_PATH as electron-vite does', () => {
    const { base } = setUp({ '/opt/electron': 'x' }, { ELECTRON_EXEC_PATH: '/opt/electron' })
    expect(findElectronBinary(base)).toEqual({ status: 'installed', binary: '/opt/electron' })
  })
})

describe('ensureElectronBinary', () => {
  it('does not run the installer when the binary is there', () => {
    const runInstaller = vi.fn(() => ok)
    const result = ensureElectronBinary({ ...setUp(installed).base, runInstaller })
    expect(result).toEqual({ ok: true, binary })
    expect(runInstaller).not.toHaveBeenCalled()
  })

  it('runs Electron’s installer, bounded by the timeout, and finds what it wrote', () => {
    const { base, held } = setUp({})
    const runInstaller = vi.fn((/** @type {number} */ _timeout) => {
      for (const [file, text] of Object.entries(installed)) held.set(file, text)
      return ok
    })
    const result = ensureElectronBinary({ ...base, runInstaller, timeoutMs: 90_000 })
    expect(result).toEqual({ ok: true, binary })
    expect(runInstaller).toHaveBeenCalledExactlyOnceWith(90_000)
  })

  it('offline: one sentence saying what is missing and how to fix it, never a stack', () => {
    const result = ensureElectronBinary({ ...setUp({}).base, runInstaller: () => offline })
    expect(result).toEqual({
      ok: false,
      reason:
        'The Electron 45.5.0 binary is not installed and could not be downloaded (TypeError: fetch failed): connect to the internet, or set ELECTRON_MIRROR to a mirror you can reach, then run the command again.',
    })
    if (!result.ok) {
      expect(result.reason).not.toMatch(/uninstall|\n|at node:/)
      expect(result.reason.match(/\.(\s|$)/g)).toHaveLength(1)
    }
  })

  it('says so when the download hangs past its timeout', () => {
    const result = ensureElectronBinary({
      ...setUp({}).base,
      timeoutMs: 120_000,
      runInstaller: () => ({ code: null, timedOut: true, stderr: '' }),
    })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason).toMatch(/did not finish within 120 s/)
  })

  it('does not trust an installer that exits 0 without installing', () => {
    const result = ensureElectronBinary({ ...setUp({}).base, runInstaller: () => ok })
    expect(result.ok).toBe(false)
  })

  it('never downloads over a binary the user chose, and says what is wrong with it', () => {
    const runInstaller = vi.fn(() => ok)
    const { base } = setUp({}, { ELECTRON_EXEC_PATH: '/opt/missing/electron' })
    const result = ensureElectronBinary({ ...base, runInstaller })
    expect(result).toEqual({
      ok: false,
      reason:
        'ELECTRON_EXEC_PATH points to /opt/missing/electron, which does not exist: correct it, or unset it to use the Electron 45.5.0 that npm installed.',
    })
    expect(runInstaller).not.toHaveBeenCalled()
  })
})
