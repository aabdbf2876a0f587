import { useState } from 'react'
import type { EvidenceItem } from '@core/evidence'
import { showError } from '../../../components/toast-store'
import type { PdfPageSource } from './edit-session'
import { EDITOR_LOAD_FAILED, loadEditor, type ImageEditorDialogComponent } from './load-editor'
import { loadPageImage, type EditorImage } from './load-editor-image'

/** A page of a PDF drawn as a PNG, to be redacted like any image. */
export interface PdfPageImage extends PdfPageSource {
  png: Blob
}

interface OpenEditor {
  Dialog: ImageEditorDialogComponent
  page: PdfPageSource
  loading: Promise<EditorImage>
}

/**
 * "Redact this page" for a PDF item: the PDF viewer draws the page as an image at print
 * resolution and the image editor opens on it. The saved version is an image derived from the
 * PDF, whose edits start with the page it is; the PDF stays in the locker as it was.
 */
export function usePdfPageRedaction(item: EvidenceItem) {
  const [open, setOpen] = useState<OpenEditor>()
  const redactPage = async ({ png, page, scale }: PdfPageImage) => {
    const loading = loadPageImage(png)
    loading.catch(() => undefined) // shown by the editor
    try {
      setOpen({ Dialog: await loadEditor(), page: { page, scale }, loading })
    } catch {
      showError(EDITOR_LOAD_FAILED)
    }
  }
  const editor = open && (
    <open.Dialog
      item={item}
      loading={open.loading}
      pdfPage={open.page}
      onClose={() => setOpen(undefined)}
    />
  )
  return { redactPage, editor }
}
