import type { BrowserWindowConstructorOptions } from 'electron'
import { MIN_WINDOW_SIZE, type Rectangle, type WindowState } from './window-state'

/** Matches the renderer's page background, so no white flash shows before the first paint. */
export const WINDOW_BACKGROUND = '#f6f5f2'

/** The window events and queries the state tracker uses (a subset of `BrowserWindow`). */
export interface TrackedWindow {
  on(event: 'resize', listener: () => void): unknown
  on(event: 'move', listener: () => void): unknown
  on(event: 'maximize', listener: () => void): unknown
  on(event: 'unmaximize', listener: () => void): unknown
  on(event: 'close', listener: () => void): unknown
  getNormalBounds(): Rectangle
  isMaximized(): boolean
}

/** Reports the window's restorable bounds and maximised flag whenever they change. */
export function trackWindowState(win: TrackedWindow, onChange: (state: WindowState) => void): void {
  const report = (): void => {
    // Normal bounds, not current ones: a maximised window must restore to its old size.
    const { x, y, width, height } = win.getNormalBounds()
    onChange({ x, y, width, height, isMaximized: win.isMaximized() })
  }
  win.on('resize', report)
  win.on('move', report)
  win.on('maximize', report)
  win.on('unmaximize', report)
  win.on('close', report)
}

/** What creating the window needs from `BrowserWindow`, so a test can pass a fake class. */
export interface MainWindowLike extends TrackedWindow {
  once(event: 'ready-to-show', listener: () => void): unknown
  maximize(): void
  show(): void
}

export interface CreateMainWindowOptions<W extends MainWindowLike> {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => W
  preloadPath: string
  state: WindowState
  isPackaged: boolean
  onStateChange(state: WindowState): void
}

/** Creates the one app window, hidden until its first paint, restoring the remembered state. */
export function createMainWindow<W extends MainWindowLike>(options: CreateMainWindowOptions<W>): W {
  const { BrowserWindow, state } = options
  // The options stay a literal at `new BrowserWindow(...)` so that electronegativity
  // (npm run test:security) can read every setting; behind a helper it would see none.
  const win = new BrowserWindow({
    title: 'Audit Workbook',
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    backgroundColor: WINDOW_BACKGROUND,
    show: false, // shown on ready-to-show, fully painted
    // The renderer is a web page with no Node and no Electron: all it may do goes through the
    // preload's `window.workbook` and the validated IPC handlers. Every setting is the Electron
    // default or stricter, and written out so a review sees it.
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // A file dropped outside a drop zone must not replace the app with a file:// page.
      navigateOnDragDrop: false,
      // Middle-click would open links in new windows; there is nothing to open.
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: true,
      devTools: !options.isPackaged,
    },
  })
  win.once('ready-to-show', () => {
    if (state.isMaximized) win.maximize()
    win.show()
  })
  trackWindowState(win, options.onStateChange)
  return win
}
