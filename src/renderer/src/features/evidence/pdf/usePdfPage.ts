import { useEffect, useState } from 'react'
import type { PDFDocumentProxy, PDFPageProxy } from './pdfjs'

export type PdfPageState =
  | { status: 'loading'; number: number }
  | { status: 'failed'; number: number }
  /** `width` and `height` in PDF points, as shown (after the page's own rotation). */
  | { status: 'open'; number: number; proxy: PDFPageProxy; width: number; height: number }

/** Page `number` (1-based) of the document, with its size. */
export function usePdfPage(document: PDFDocumentProxy, number: number): PdfPageState {
  const [shown, setShown] = useState<PdfPageState>()
  useEffect(() => {
    let current = true
    document.getPage(number).then(
      (proxy) => {
        const { width, height } = proxy.getViewport({ scale: 1 })
        if (current) setShown({ status: 'open', number, proxy, width, height })
      },
      () => current && setShown({ status: 'failed', number }),
    )
    return () => {
      current = false
    }
  }, [document, number])
  return shown && shown.number === number ? shown : { status: 'loading', number }
}
