import { DISK_FULL_MESSAGE, SAVE_NOT_OPEN_MESSAGE, UserFacingError } from '@shared/errors'
import type { SaveResult, WorkbookApi } from '@shared/ipc-contract'
import { suggestedSaveName } from '@shared/save-kinds'

/** Offers `blob` as a download named `name`: the browser's "save". */
export function download(doc: Document, blob: Blob, name: string): SaveResult {
  const url = URL.createObjectURL(blob)
  try {
    const link = doc.createElement('a')
    link.href = url
    link.download = name
    link.rel = 'noopener'
    doc.body.append(link)
    link.click()
    link.remove()
  } finally {
    // The download has taken its own reference by the time the next task runs.
    setTimeout(() => URL.revokeObjectURL(url), 0)
  }
  // A download has no path the app may open: the browser offers it from its downloads.
  return { status: 'saved', path: name, name, canOpen: false }
}

/**
 * Streamed saves in a plain browser: each chunk becomes a Blob part, and `finish` downloads
 * them as one file. Chromium keeps blob bytes out of the page's JavaScript heap (in its blob
 * storage, paged to disk when large), so the file is never held whole in the page's memory.
 *
 * The File System Access API (`showSaveFilePicker` and a writable) would write straight to the
 * chosen file, but its dialog cannot be driven in end-to-end tests and not every browser has
 * it; the browser build serves development and tests, where a download is what `saveFile` does
 * too. So this always downloads.
 */
export function browserSaveStreams(doc: Document): WorkbookApi['saveStream'] {
  const open = new Map<string, { name: string; parts: Blob[]; written: number }>()
  const owned = (streamId: string) => {
    const stream = open.get(streamId)
    if (!stream) throw new UserFacingError(SAVE_NOT_OPEN_MESSAGE)
    return stream
  }
  return {
    async begin(request) {
      const streamId = crypto.randomUUID().replaceAll('-', '')
      open.set(streamId, { name: suggestedSaveName(request), parts: [], written: 0 })
      return { status: 'open', streamId }
    },
    async append({ streamId, bytes }) {
      const stream = owned(streamId)
      try {
        stream.parts.push(new Blob([bytes as Uint8Array<ArrayBuffer>]))
      } catch (error) {
        open.delete(streamId)
        // The browser's storage for blobs is full (a full disk, or the browser's own limit).
        if (error instanceof DOMException && error.name === 'QuotaExceededError')
          throw new UserFacingError(DISK_FULL_MESSAGE)
        throw error
      }
      stream.written += bytes.length
      return { written: stream.written }
    },
    async finish({ streamId }) {
      const stream = owned(streamId)
      open.delete(streamId)
      return download(doc, new Blob(stream.parts), stream.name)
    },
    async abort({ streamId }) {
      owned(streamId)
      open.delete(streamId)
      return { aborted: true }
    },
  }
}
