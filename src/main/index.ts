import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron'
import { APP_ORIGIN } from '@shared/csp'
import { APP_NAME, resolveUserDataPath } from './app-identity'
import { createHandlers } from './ipc/handlers'
import { registerHandlers } from './ipc/register-handlers'
import { createTrustedSenderCheck, trustedRendererOrigins } from './ipc/trusted-sender'
import { buildMenuTemplate } from './menu'
import { registerAppScheme, serveAppProtocol } from './protocol/serve-app-protocol'
import { guardWebContents, hardenSession, type GuardOptions } from './security/guards'
import { appContentSecurityPolicy, createOriginPolicy } from './security/origin-policy'
import { createTeamCredentialsStore } from './team/team-credentials'
import { createMainWindow } from './window/main-window'
import { createPrintWindow } from './window/print-window'
import { installRendererRecovery } from './window/renderer-recovery'
import { fitWindowState } from './window/window-state'
import { createWindowStateStore } from './window/window-state-store'

// Order matters in this file: the name, the profile folder, the instance lock and the scheme
// must all be settled before `ready`, and before anything reads `userData`.

const rendererRoot = fileURLToPath(new URL('../renderer', import.meta.url))
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url))
// electron-vite sets this for `npm run dev`; a packaged app never loads from a server.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL

app.setName(APP_NAME)
app.setPath(
  'userData',
  resolveUserDataPath({
    appDataPath: app.getPath('appData'),
    env: process.env,
    isPackaged: app.isPackaged,
  }),
)

// Two processes on one profile corrupt IndexedDB (PRODUCT.md §13). The lock is per profile,
// so it is taken after userData is pinned.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  start()
}

function reportStartupError(error: unknown): void {
  console.error('[startup]', error)
  dialog.showErrorBox(
    `${APP_NAME} could not start`,
    `The app window could not be opened. Quit and start ${APP_NAME} again; if this keeps happening, reinstall it. Your audits are kept in your profile folder and are not touched.\n\n${String(error)}`,
  )
}

function start(): void {
  registerAppScheme(protocol)
  app.enableSandbox() // every renderer, including any future one, runs sandboxed

  const trustedOrigins = trustedRendererOrigins(devServerUrl)
  // The team workspace's credentials; the store also says which server origin is connected, for
  // the request filter and the CSP (issue 18). Nothing is read from it before `ready`.
  const teamCredentials = createTeamCredentialsStore({
    filePath: path.join(app.getPath('userData'), 'team-credentials.json'),
    keychain: {
      isAsyncEncryptionAvailable: () => safeStorage.isAsyncEncryptionAvailable(),
      encryptStringAsync: (text) => safeStorage.encryptStringAsync(text),
      decryptStringAsync: (bytes) => safeStorage.decryptStringAsync(bytes),
      ...(process.platform === 'linux'
        ? { getSelectedStorageBackend: () => safeStorage.getSelectedStorageBackend() }
        : {}),
    },
  })
  const guardOptions: GuardOptions = {
    policy: createOriginPolicy(trustedOrigins, () => teamCredentials.connectedOrigin()),
    shell,
    onBlocked: (what, url) => console.warn(`[security] blocked ${what}${url ? `: ${url}` : ''}`),
  }
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, guardOptions))

  const windowState = createWindowStateStore({
    filePath: path.join(app.getPath('userData'), 'window-state.json'),
    logError: (error) => console.warn('[window-state] could not save', error),
  })
  let mainWindow: BrowserWindow | null = null

  async function openMainWindow(): Promise<void> {
    const primaryId = screen.getPrimaryDisplay().id
    const workAreas = screen
      .getAllDisplays()
      .sort((a, b) => Number(b.id === primaryId) - Number(a.id === primaryId))
      .map((display) => display.workArea)
    const win = createMainWindow({
      BrowserWindow,
      preloadPath,
      state: fitWindowState(await windowState.load(), workAreas),
      isPackaged: app.isPackaged,
      onStateChange: (state) => windowState.save(state),
    })
    mainWindow = win
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null
    })
    const startUrl = devServerUrl ?? `${APP_ORIGIN}/index.html`
    installRendererRecovery(win, {
      startUrl,
      showMessageBox: (options) => dialog.showMessageBox(win, options),
      logError: (message, error) => console.error(message, error),
    })
    await win.loadURL(startUrl)
  }

  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  void app
    .whenReady()
    .then(async () => {
      hardenSession(session.defaultSession, guardOptions)
      // Stored credentials connect the workspace's origin before the first page is served, so
      // its CSP names the server (safeStorage decrypts only once the app is ready). A keychain
      // that does not answer must not keep the window from opening: then no origin is allowed.
      await teamCredentials.load().catch((error: unknown) => {
        console.warn('[team] could not read the stored credentials', error)
      })
      serveAppProtocol(protocol, rendererRoot, () =>
        appContentSecurityPolicy(teamCredentials.connectedOrigin()),
      )
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          buildMenuTemplate({
            platform: process.platform,
            appName: APP_NAME,
            isPackaged: app.isPackaged,
          }),
        ),
      )
      // Dialogs attach to the main window, as sheets on macOS and modal elsewhere.
      const owner = (): BrowserWindow | undefined => mainWindow ?? undefined
      const handlers = createHandlers({
        app,
        platform: process.platform,
        dialogs: {
          showSaveDialog: (options: SaveDialogOptions) => {
            const win = owner()
            return win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options)
          },
          showOpenDialog: (options: OpenDialogOptions) => {
            const win = owner()
            return win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options)
          },
        },
        shell,
        watchWindows: (onGone) =>
          app.on('web-contents-created', (_event, contents) => {
            const { id } = contents
            contents.on('destroyed', () => onGone(id))
            contents.on('render-process-gone', () => onGone(id))
            contents.on('did-start-navigation', (details) => {
              if (details.isMainFrame && !details.isSameDocument) onGone(id)
            })
          }),
        team: {
          credentials: teamCredentials,
          // The sign-in check, asked before the origin is allowed: from main, in a session of its
          // own (in memory, no cookies kept), never the page's.
          fetch: (url, init) => session.fromPartition('team-sign-in').fetch(url, init),
        },
        printing: {
          openPrintWindow: () => createPrintWindow(BrowserWindow),
          printViewUrl: (auditId) =>
            `${devServerUrl ?? `${APP_ORIGIN}/index.html`}#/audits/${auditId}/report/print`,
        },
      })
      registerHandlers(ipcMain, handlers, {
        isTrustedSender: createTrustedSenderCheck(trustedOrigins),
        logError: (channel, error) => console.error(`[ipc] ${channel} failed`, error),
      })
      app.on('activate', () => {
        // macOS: clicking the Dock icon with no window open brings one back.
        if (BrowserWindow.getAllWindows().length === 0)
          void openMainWindow().catch(reportStartupError)
      })
      await openMainWindow()
    })
    .catch(reportStartupError)

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  // Let the last window-state write land before the process exits.
  let stateFlushed = false
  app.on('will-quit', (event) => {
    if (stateFlushed) return
    event.preventDefault()
    void windowState.flush().finally(() => {
      stateFlushed = true
      app.quit()
    })
  })
}
