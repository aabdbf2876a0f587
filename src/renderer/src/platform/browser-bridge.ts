import { isAllowedExternalUrl } from '@shared/external-url'
import type { AppInfo, OpenedFile, OpenResult, SaveResult, WorkbookApi } from '@shared/ipc-contract'
import { suggestedSaveName } from '@shared/save-kinds'
import { browserSaveStreams, download } from './browser-downloads'
import { browserTeam } from './browser-team'
import { pickFiles } from './pick-files'

/**
 * The bridge for a plain browser (development and end-to-end tests): the same interface as the
 * preload, with downloads in place of save dialogs and a file input in place of open dialogs.
 */
export function createBrowserBridge(doc: Document = document): WorkbookApi {
  return {
    async appInfo(): Promise<AppInfo> {
      return {
        name: 'Audit Workbook',
        version: import.meta.env.VITE_APP_VERSION ?? '0.0.0',
        runtime: 'browser',
        platform: navigator.platform,
      }
    },

    async saveFile(request): Promise<SaveResult> {
      // The same name main would suggest: the kind's extension, no bidi controls.
      const name = suggestedSaveName(request)
      return download(doc, new Blob([request.bytes as Uint8Array<ArrayBuffer>]), name)
    },

    saveStream: browserSaveStreams(doc),

    async openFiles({ kind, maxBytes }): Promise<OpenResult> {
      const picked = await pickFiles(kind, maxBytes, doc)
      if (picked.status === 'canceled') return picked
      return {
        status: 'opened',
        files: await Promise.all(picked.files.map(({ name, file }) => readFile(name, file))),
        ...(picked.leftOut ? { leftOut: picked.leftOut } : {}),
      }
    },

    async showInFolder() {
      // A browser download has no folder the page may reveal.
      return { shown: false }
    },

    async openPath() {
      // The browser has already offered the download to the user; it opens it from there.
      return { opened: false }
    },

    async openExternal({ url }) {
      if (!isAllowedExternalUrl(url)) return { opened: false }
      window.open(url, '_blank', 'noopener,noreferrer')
      return { opened: true }
    },

    async exportReportPdf({ auditId }) {
      // The print view in a tab of its own opens the print dialog once every image has loaded;
      // the user chooses "Save as PDF" there.
      const view = doc.defaultView ?? window
      const here = view.location.href.split('#')[0] ?? ''
      view.open(
        `${here}#/audits/${encodeURIComponent(auditId)}/report/print/dialog`,
        '_blank',
        'noopener',
      )
      return { status: 'print-dialog' }
    },

    team: browserTeam(
      () => (doc.defaultView ?? window).sessionStorage,
      (input, init) => (doc.defaultView ?? window).fetch(input, init),
    ),
  }
}

async function readFile(name: string, file: File): Promise<OpenedFile> {
  return {
    name,
    bytes: new Uint8Array(await file.arrayBuffer()),
    lastModified: file.lastModified,
  }
}
