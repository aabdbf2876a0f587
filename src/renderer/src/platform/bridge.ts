import type { WorkbookApi } from '@shared/ipc-contract'
import { createBrowserBridge } from './browser-bridge'

declare global {
  interface Window {
    /** Exposed by the preload in the desktop app; absent in a plain browser. */
    workbook?: WorkbookApi
  }
}

let bridge: WorkbookApi | undefined

/** The platform bridge: the preload's in the desktop app, the browser's elsewhere. */
export function getBridge(): WorkbookApi {
  bridge ??= window.workbook ?? createBrowserBridge()
  return bridge
}
