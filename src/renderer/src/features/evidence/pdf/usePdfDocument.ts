import { useEffect, useState } from 'react'
import { pdfOpenErrorMessage } from './pdf-view'
import { openPdf, type PDFDocumentLoadingTask, type PDFDocumentProxy } from './pdfjs'

export type PdfDocumentState =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'open'; document: PDFDocumentProxy }

const LOADING: PdfDocumentState = { status: 'loading' }

/**
 * The PDF in `blob`, opened with pdf.js. The document and its worker are
 * destroyed when the blob changes or the component unmounts, opened or still opening.
 */
export function usePdfDocument(blob: Blob | undefined): PdfDocumentState {
  const [shown, setShown] = useState<{ blob: Blob; state: PdfDocumentState }>()
  useEffect(() => {
    if (!blob) return
    let task: PDFDocumentLoadingTask | undefined
    let current = true
    const open = async (): Promise<PdfDocumentState> => {
      try {
        const bytes = await blob.arrayBuffer()
        if (!current) return LOADING
        task = openPdf(new Uint8Array(bytes))
        return { status: 'open', document: await task.promise }
      } catch (error) {
        return { status: 'failed', message: pdfOpenErrorMessage(error) }
      }
    }
    void open().then((state) => current && setShown({ blob, state }))
    return () => {
      current = false
      void task?.destroy().catch(() => undefined)
      setShown(undefined)
    }
  }, [blob])
  // Never hand out a document opened for an earlier blob: it is destroyed, or about to be.
  return shown && shown.blob === blob ? shown.state : LOADING
}
