import '../../../zod-config'
import { implementJob, serveJobs } from '../../../jobs/serve-jobs'
import { renderImageRenditions } from './render-image'
import { renderImageJob } from './renditions-job'

/**
 * Decodes and re-encodes images away from the main thread, so that adding twenty photos at once
 * leaves the interview responsive.
 */
serveJobs([
  implementJob(renderImageJob, ({ original, mediaType }) =>
    renderImageRenditions(original, mediaType).catch(() => null),
  ),
])
