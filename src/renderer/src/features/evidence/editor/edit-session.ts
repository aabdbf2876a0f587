import { derivedFileName, type EvidenceItem, type ImageEdit } from '@core/evidence'
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

export function startEditSession(item: EvidenceItem, original: Blob): EditSession {
  const key = `${item.id}:${item.sha256}`
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
      return deriveEvidence(
        db,
        {
          from: item,
          bytes,
          mediaType: 'image/png',
          fileName: derivedFileName(item.fileName, edits, 'png'),
          edits: [...edits],
        },
        // Made by the worker from the very pixels it encoded: no second decode of the result.
        { renditions: () => Promise.resolve(renditions) },
      )
    },
    end: () => worker.end(),
  }
}
