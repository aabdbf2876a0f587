import type { MessageBoxOptions, RenderProcessGoneDetails } from 'electron'
import { trackLastLocation } from './last-location'

/** The slice of `webContents` recovery needs. */
export interface RecoverableContents {
  on(event: 'did-navigate', listener: (event: unknown, url: string) => void): unknown
  on(
    event: 'did-navigate-in-page',
    listener: (event: unknown, url: string, isMainFrame: boolean) => void,
  ): unknown
  on(
    event: 'render-process-gone',
    listener: (event: unknown, details: Pick<RenderProcessGoneDetails, 'reason'>) => void,
  ): unknown
  loadURL(url: string): Promise<void>
  forcefullyCrashRenderer(): void
}

/** The slice of `BrowserWindow` recovery needs. */
export interface RecoverableWindow {
  on(event: 'unresponsive' | 'responsive', listener: () => void): unknown
  isDestroyed(): boolean
  close(): void
  /** Closes without asking the page: a hung page cannot answer `beforeunload`. */
  destroy(): void
  webContents: RecoverableContents
}

export interface RecoveryDeps {
  /** `dialog.showMessageBox`, bound to the window so it opens over it. */
  showMessageBox(options: MessageBoxOptions): Promise<{ response: number }>
  startUrl: string
  logError?(message: string, error?: unknown): void
}

const GONE_REASONS: Readonly<Record<string, string>> = {
  oom: 'ran out of memory',
  killed: 'was stopped by the system',
  'launch-failed': 'could not be started',
}

const KEPT =
  'Everything you typed up to now is kept. Reload to carry on where you were, on the same screen.'

/**
 * A renderer that crashes or hangs is not left as a dead window: the user is told what happened
 * and offered a reload, which opens the screen they were on. Nothing typed is lost, because the
 * renderer's draft journal copies unsaved text as it is typed and the reloaded page replays it.
 */
export function installRendererRecovery(win: RecoverableWindow, deps: RecoveryDeps): void {
  const contents = win.webContents
  const location = trackLastLocation(contents, deps.startUrl)
  // The one prompt on screen, so a hang followed by a crash does not stack two dialogs.
  let prompt: { about: 'hang' | 'gone'; controller: AbortController } | undefined
  // Set when the user chose to reload a hung window: its renderer is ended on purpose first.
  let reloadWhenGone = false

  const reload = (): void => {
    if (win.isDestroyed()) return
    contents.loadURL(location.url()).catch((error: unknown) => {
      deps.logError?.('[window] could not reload after the renderer stopped', error)
    })
  }

  async function ask(
    about: 'hang' | 'gone',
    options: MessageBoxOptions,
  ): Promise<string | undefined> {
    prompt?.controller.abort()
    const own = { about, controller: new AbortController() }
    prompt = own
    const { response } = await deps.showMessageBox({ ...options, signal: own.controller.signal })
    if (prompt === own) prompt = undefined
    // An aborted prompt was answered by events (responsive again, or a crash that superseded it).
    if (own.controller.signal.aborted || win.isDestroyed()) return undefined
    return options.buttons?.[response]
  }

  contents.on('render-process-gone', (_event, details) => {
    if (win.isDestroyed()) return
    if (reloadWhenGone) {
      reloadWhenGone = false
      return reload()
    }
    // A clean exit is the renderer shutting down with its window, not a failure to report.
    if (details.reason === 'clean-exit') return
    const what = GONE_REASONS[details.reason] ?? 'stopped unexpectedly'
    void ask('gone', {
      type: 'error',
      title: 'Audit Workbook',
      message: `The Audit Workbook window ${what}.`,
      detail: KEPT,
      buttons: ['Reload', 'Close'],
      defaultId: 0,
      cancelId: 1,
      noLink: true,
    }).then((answer) => {
      if (answer === 'Reload') reload()
      else if (answer === 'Close') win.close()
    }, report(deps))
  })

  win.on('unresponsive', () => {
    if (prompt) return
    void ask('hang', {
      type: 'warning',
      title: 'Audit Workbook',
      message: 'The Audit Workbook window is not responding.',
      detail: `It may be busy with a large piece of work; you can wait for it. ${KEPT}`,
      buttons: ['Wait', 'Reload', 'Close'],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    }).then((answer) => {
      if (answer === 'Reload') {
        // A hung renderer cannot run a reload itself: end it, and reload when it is gone.
        reloadWhenGone = true
        contents.forcefullyCrashRenderer()
      } else if (answer === 'Close') win.destroy()
    }, report(deps))
  })

  // Responsive again: the question no longer applies, so it goes away by itself.
  win.on('responsive', () => {
    if (prompt?.about === 'hang') prompt.controller.abort()
  })
}

const report =
  (deps: RecoveryDeps) =>
  (error: unknown): void =>
    deps.logError?.('[window] could not show the recovery dialog', error)
