import { withoutBidiControls } from '@shared/bidi'
import { UserFacingError } from '@shared/errors'
import { isAllowedExternalUrl } from '@shared/external-url'
import type { AppInfo, OpenedFile, OpenResult, SaveResult, WorkbookApi } from '@shared/ipc-contract'
import { OPEN_KIND_SPECS, openLimit, splitBySize } from '@shared/open-kinds'
import { suggestedSaveName } from '@shared/save-kinds'
import { browserSaveStreams, download } from './browser-downloads'

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

    openFiles({ kind, maxBytes }): Promise<OpenResult> {
      const { filters, multiple } = OPEN_KIND_SPECS[kind]
      const limit = openLimit(kind, maxBytes)
      return new Promise((resolve, reject) => {
        const input = doc.createElement('input')
        input.type = 'file'
        input.multiple = multiple
        const accept = (filters ?? [])
          .flatMap((f) => f.extensions)
          .filter((ext) => ext !== '*')
          .map((ext) => `.${ext}`)
        if (accept.length > 0) input.accept = accept.join(',')
        input.hidden = true
        input.addEventListener('cancel', () => {
          input.remove()
          resolve({ status: 'canceled' })
        })
        input.addEventListener('change', () => {
          const chosen = Array.from(input.files ?? [])
          input.remove()
          if (chosen.length === 0) return resolve({ status: 'canceled' })
          // As in main: every size is checked before any file is read.
          const sized = chosen.map((file) => ({
            name: withoutBidiControls(file.name),
            size: file.size,
            file,
          }))
          const bySize = splitBySize(kind, limit, sized)
          if ('refused' in bySize) return reject(new UserFacingError(bySize.refused))
          Promise.all(bySize.open.map(({ file }) => readFile(file))).then(
            (files) =>
              resolve({
                status: 'opened',
                files,
                ...(bySize.leftOut ? { leftOut: bySize.leftOut } : {}),
              }),
            reject,
          )
        })
        doc.body.append(input)
        input.click()
      })
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
  }
}

async function readFile(file: File): Promise<OpenedFile> {
  return {
    name: withoutBidiControls(file.name),
    bytes: new Uint8Array(await file.arrayBuffer()),
    lastModified: file.lastModified,
  }
}
