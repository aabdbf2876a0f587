import {
  derivedFileName,
  type EvidenceEdit,
  type EvidenceItem,
  type ImageEdit,
} from '@core/evidence'
import type { WorkbookDatabase } from '../../../db/database'
import { deriveEvidence } from '../../../db/repositories/evidence-derivation'
import { jobWorkers, type JobWorker } from '../../../jobs/job-workers'
import { decodeForEditJob, saveEditedImageJob } from './image-edit-jobs'

const editorWorkers = jobWorkers({
  start: () =>
    new Worker(new URL('./image-editor.worker.ts', import.meta.url), {
      type: 'module',
      name: 'evidence-image-editor',
    }),
  keepIdleMs: 0,
})

/**
 * One editor's worker: it starts decoding the original as the editor opens, so that saving
 * starts from decoded pixels; `end` lets it go when the editor closes.
 */
export interface EditSession {
  save(db: WorkbookDatabase, edits: readonly ImageEdit[]): Promise<EvidenceItem>
  end(): void
}

/** What the editor opened when it is not the item's own image: a page of a PDF item. */
export interface PdfPageSource {
  page: number
  scale: number
}

export function startEditSession(
  item: EvidenceItem,
  original: Blob,
  pdfPage?: PdfPageSource,
): EditSession {
  const key = `${item.id}:${item.sha256}${pdfPage ? `:page ${pdfPage.page}` : ''}`
  // A PDF page's version records first that it is that page as an image.
  const leading: EvidenceEdit[] = pdfPage ? [{ op: 'pdf-page', ...pdfPage }] : []
  const worker: JobWorker = editorWorkers.take()
  const decoded = worker.run(decodeForEditJob, { key, original }).then(
    () => true,
    () => false,
  )
  return {
    async save(db, edits) {
      // A worker whose decoding failed has ended: a new one decodes and saves in one job, and
      // says why if it cannot.
      const input = { key, original, edits: [...edits] }
      const { bytes, renditions } = (await decoded)
        ? await worker.run(saveEditedImageJob, input)
        : await editorWorkers.run(saveEditedImageJob, input)
      const made = [...leading, ...edits]
      return deriveEvidence(
        db,
        {
          from: item,
          bytes,
          mediaType: 'image/png',
          fileName: derivedFileName(item.fileName, made, 'png'),
          edits: made,
          ...(pdfPage ? { kind: 'screenshot' as const } : {}),
        },
        // Made by the worker from the very pixels it encoded: no second decode of the result.
        { renditions: () => Promise.resolve(renditions) },
      )
    },
    end: () => worker.end(),
  }
}
