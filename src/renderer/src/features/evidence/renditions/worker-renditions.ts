import type { RenditionMaker } from '../../../db/repositories/evidence'
import { jobWorkers } from '../../../jobs/job-workers'
import { renderImageRenditions } from './render-image'
import { renderImageJob } from './renditions-job'

/** One worker for the page's life, taking one image after another. */
const renditionWorkers = jobWorkers({
  start: () =>
    new Worker(new URL('./renditions.worker.ts', import.meta.url), {
      type: 'module',
      name: 'evidence-renditions',
    }),
  keepIdleMs: Infinity,
})

/** Set once the worker failed (it could not start or load): renditions are made here from then on. */
let broken = false

/**
 * Renditions made in a dedicated worker. Where a worker cannot start, they are made on the main
 * thread with the same code (decoding there is still asynchronous).
 */
export const workerRenditions: RenditionMaker = async (original, mediaType) => {
  if (!broken) {
    try {
      // An image the browser cannot decode is kept as a plain file: no renditions.
      return (await renditionWorkers.run(renderImageJob, { original, mediaType })) ?? undefined
    } catch {
      broken = true
    }
  }
  return renderImageRenditions(original, mediaType).catch(() => undefined)
}
