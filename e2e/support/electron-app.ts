import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { _electron, type ElectronApplication } from '@playwright/test'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const mainEntry = path.join(root, 'out/main/index.js')

/**
 * The Electron binary, found the way `node_modules/electron/index.js` finds it but without
 * requiring that module: requiring it starts a download when the binary is missing.
 */
function findElectronBinary(): string | undefined {
  const packageDir = path.join(root, 'node_modules/electron')
  const pathFile = path.join(packageDir, 'path.txt')
  if (!existsSync(pathFile)) return undefined
  const binary = path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : undefined
}

export const electronBinary = findElectronBinary()
export const SKIP_REASON =
  'Electron binary not installed (node_modules/electron/dist missing) — run `npx install-electron` ' +
  '(needs network access to download Electron), then `npx electron-vite build`, and re-run.'

/** The built app on a profile folder of its own (IndexedDB lives in userData). */
export function launchApp(userData: string): Promise<ElectronApplication> {
  return _electron.launch({
    executablePath: electronBinary,
    // Chromium refuses to start its sandbox as root (CI containers); the renderer stays
    // sandboxed in Electron's sense (no Node, isolated context) either way.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), mainEntry],
    env: { ...process.env, NODE_ENV: 'test', AUDIT_WORKBOOK_USER_DATA: userData },
  })
}
