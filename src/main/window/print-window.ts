import type { BrowserWindowConstructorOptions } from 'electron'

/**
 * A hidden window for printing the report to PDF: the app's own page and settings, no preload
 * (the print view only reads the database), never shown, and not throttled while hidden so the
 * report renders at full speed.
 */
export function createPrintWindow<W>(
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => W,
): W {
  // A literal at `new BrowserWindow(...)`, as the main window's, for electronegativity to read.
  return new BrowserWindow({
    show: false,
    width: 1024,
    height: 1400,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: false,
      devTools: false,
      backgroundThrottling: false,
    },
  })
}
