import type { PrintToPDFOptions } from 'electron'
import { UserFacingError } from '@shared/errors'
import type { RequestOf, SaveResult } from '@shared/ipc-contract'

/** The hidden window the report is printed in (a subset of `BrowserWindow`). */
export interface PrintWindow {
  loadURL(url: string): Promise<void>
  webContents: {
    executeJavaScript(code: string): Promise<unknown>
    printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>
  }
  destroy(): void
}

export interface PrintReportPdfDeps {
  /** A new hidden window, as locked down as the app's own. */
  openPrintWindow(): PrintWindow
  /** The address of an audit's print view. */
  printViewUrl(auditId: string): string
  /** Asks where to save and writes atomically: the `file:save` path. */
  save(request: RequestOf<'file:save'>): Promise<SaveResult>
  /** How long the print view may take to load the report and its images. */
  readyTimeoutMs?: number
}

/** Twentieths of a point per inch. */
const TWIPS_PER_INCH = 1440

/**
 * Runs in the print view: resolves when its root says the report and every image are in place,
 * or failed. A MutationObserver, not a timer: a hidden window's timers are throttled.
 */
const WAIT_FOR_READY = `new Promise((resolve) => {
  const check = () => {
    const root = document.querySelector('[data-report-ready]')
    const state = root && root.getAttribute('data-report-ready')
    if (state === 'true') return resolve({ ready: true }), true
    if (state === 'failed') return resolve({ ready: false, message: root.textContent }), true
    return false
  }
  if (check()) return
  const observer = new MutationObserver(() => { if (check()) observer.disconnect() })
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-report-ready'] })
})`

/**
 * The report as a PDF: the audit's print view loaded in a hidden window, printed by Chromium's
 * engine with the document outline (bookmarks from its headings) and tagged, then saved where
 * the user chooses. The window is closed whatever happens.
 */
export async function printReportPdf(
  request: RequestOf<'report:export-pdf'>,
  deps: PrintReportPdfDeps,
): Promise<SaveResult> {
  // Electron hands back a Buffer over its own ArrayBuffer, never a shared one.
  const bytes = (await printInHiddenWindow(request, deps)) as Uint8Array<ArrayBuffer>
  return deps.save({ kind: 'report-pdf', defaultName: request.defaultName, bytes })
}

async function printInHiddenWindow(
  request: RequestOf<'report:export-pdf'>,
  deps: PrintReportPdfDeps,
): Promise<Uint8Array> {
  const win = deps.openPrintWindow()
  try {
    await win.loadURL(deps.printViewUrl(request.auditId))
    const state = await withTimeout(
      win.webContents.executeJavaScript(WAIT_FOR_READY),
      deps.readyTimeoutMs ?? 120_000,
    )
    if (!isReady(state)) {
      const reason = readyFailure(state)
      throw new UserFacingError(
        `The report could not be printed${reason ? `: ${reason}` : ''}. Check the audit and try again.`,
      )
    }
    return await win.webContents.printToPDF({
      pageSize: {
        width: request.page.width / TWIPS_PER_INCH,
        height: request.page.height / TWIPS_PER_INCH,
      },
      // The print view's @page rules give the margins, header and footer.
      preferCSSPageSize: true,
      printBackground: true,
      generateDocumentOutline: true,
      generateTaggedPDF: true,
    })
  } finally {
    win.destroy()
  }
}

function isReady(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'ready' in state && state.ready === true
}

function readyFailure(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null || !('message' in state)) return undefined
  return typeof state.message === 'string' ? state.message.trim().slice(0, 300) : undefined
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new UserFacingError(
            'The report took too long to prepare for printing. Try again; if it keeps happening, export it as Word instead.',
          ),
        ),
      ms,
    )
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}
