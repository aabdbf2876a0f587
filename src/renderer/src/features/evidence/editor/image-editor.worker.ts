import '../../../zod-config'
import { implementJob, serveJobs } from '../../../jobs/serve-jobs'
import { renderRenditions } from '../renditions/render-image'
import { applyImageEdits, drawnImage } from './apply-edits'
import { decodeForEditJob, saveEditedImageJob } from './image-edit-jobs'

/**
 * The image the editor has open, decoded once and already drawn on a canvas, so that saving
 * starts with the edits themselves. The worker serves one editor at a time.
 */
let open: { key: string; canvas: Promise<OffscreenCanvas> } | undefined

function prepare(key: string, original: Blob): Promise<OffscreenCanvas> {
  if (open?.key !== key) {
    open = {
      key,
      canvas: createImageBitmap(original, { imageOrientation: 'from-image' }).then(drawnImage),
    }
  }
  return open.canvas
}

serveJobs([
  implementJob(decodeForEditJob, async ({ key, original }) => {
    const canvas = await prepare(key, original)
    return { width: canvas.width, height: canvas.height }
  }),
  implementJob(saveEditedImageJob, async ({ key, original, edits }) => {
    const prepared = await prepare(key, original)
    // The prepared canvas is edited in place: a second save must start again from the bytes.
    open = undefined
    const canvas = applyImageEdits(prepared, edits)
    const [bytes, renditions] = await Promise.all([
      canvas.convertToBlob({ type: 'image/png' }),
      renderRenditions(canvas, 'image/png'),
    ])
    return { bytes, renditions }
  }),
])
