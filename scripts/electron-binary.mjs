// @ts-check
/**
 * Whether the Electron binary is installed, and installing it through Electron's own installer.
 *
 * electron-vite finds Electron through `node_modules/electron/path.txt` and fails with
 * "Electron uninstall" when it is missing. Electron ≥ 45 writes that file only when its own entry
 * point downloads the binary (`require('electron')`, its CLI, or its `install-electron` bin), which
 * electron-vite never calls. So `npm start`, `npm run dev` and `npm run test:e2e` run this first.
 * The download is Electron's `install.js`, so its cache (`electron_config_cache`), mirror
 * (`ELECTRON_MIRROR`) and checksum settings apply as they would anywhere else.
 *
 * Everything touching the disk or spawning is injected, so the decisions are tested in Node.
 */
import path from 'node:path'

/**
 * @typedef {object} BinaryFs
 * @property {(file: string) => boolean} exists
 * @property {(file: string) => string | undefined} read  the file's text, or undefined if unreadable
 */

/**
 * @typedef {{ status: 'installed', binary: string }
 *   | { status: 'missing' }
 *   | { status: 'broken-override', binary: string }} BinaryState
 */

/**
 * @typedef {{ code: number | null, timedOut: boolean, stderr: string }} InstallerRun
 */

/**
 * Where the binary is, as electron-vite will look for it: `ELECTRON_EXEC_PATH` first, then
 * `path.txt` under the package, whose binary must exist and be of the package's version.
 *
 * @param {{ packageDir: string, version: string, env: Record<string, string | undefined>, fs: BinaryFs }} options
 * @returns {BinaryState}
 */
export function findElectronBinary({ packageDir, version, env, fs }) {
  const override = env.ELECTRON_EXEC_PATH
  if (override) {
    // The user chose this binary: never download another over their choice.
    return fs.exists(override)
      ? { status: 'installed', binary: override }
      : { status: 'broken-override', binary: override }
  }
  const relative = fs.read(path.join(packageDir, 'path.txt'))?.trim()
  if (!relative) return { status: 'missing' }
  const dist = path.join(packageDir, 'dist')
  const binary = path.join(dist, relative)
  const installedVersion = fs.read(path.join(dist, 'version'))?.trim().replace(/^v/, '')
  // An upgraded `electron` package with the old binary still in dist/ needs the new one.
  if (!fs.exists(binary) || installedVersion !== version) return { status: 'missing' }
  return { status: 'installed', binary }
}

/** Five minutes: enough for the ~100 MB download on a slow line, not an hour of a hung CI job. */
export const DEFAULT_INSTALL_TIMEOUT_MS = 5 * 60 * 1000

/**
 * The first line of the installer's error output that says what went wrong ("TypeError: fetch
 * failed"), not its stack.
 *
 * @param {string} stderr
 */
function firstProblem(stderr) {
  return stderr
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line !== '' && !line.startsWith('at '))
}

/**
 * @param {InstallerRun} run
 * @param {number} timeoutMs
 */
function downloadProblem(run, timeoutMs) {
  if (run.timedOut) return `the download did not finish within ${Math.round(timeoutMs / 1000)} s`
  return firstProblem(run.stderr) ?? `its installer exited with code ${run.code}`
}

/**
 * Makes sure the binary is there, running Electron's installer when it is not.
 *
 * @param {{
 *   packageDir: string,
 *   version: string,
 *   env: Record<string, string | undefined>,
 *   fs: BinaryFs,
 *   runInstaller: (timeoutMs: number) => InstallerRun,
 *   timeoutMs?: number,
 *   log?: (message: string) => void,
 * }} options
 * @returns {{ ok: true, binary: string } | { ok: false, reason: string }}
 */
export function ensureElectronBinary(options) {
  const { version, log = () => {} } = options
  const before = findElectronBinary(options)
  if (before.status === 'installed') return { ok: true, binary: before.binary }
  if (before.status === 'broken-override') {
    return {
      ok: false,
      reason: `ELECTRON_EXEC_PATH points to ${before.binary}, which does not exist: correct it, or unset it to use the Electron ${version} that npm installed.`,
    }
  }

  const timeoutMs = options.timeoutMs ?? DEFAULT_INSTALL_TIMEOUT_MS
  log(`Downloading Electron ${version} (once per machine; ELECTRON_MIRROR and the cache apply)…`)
  const run = options.runInstaller(timeoutMs)
  const after = findElectronBinary(options)
  if (run.code === 0 && after.status === 'installed') return { ok: true, binary: after.binary }
  return {
    ok: false,
    reason: `The Electron ${version} binary is not installed and could not be downloaded (${downloadProblem(run, timeoutMs)}): connect to the internet, or set ELECTRON_MIRROR to a mirror you can reach, then run the command again.`,
  }
}
