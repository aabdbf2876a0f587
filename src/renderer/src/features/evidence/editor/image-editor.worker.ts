import '../../../zod-config'
import { implementJob, serveJobs } from '../../../jobs/serve-jobs'
import { renderRenditions } from '../renditions/render-image'
import { applyImageEdits } from './apply-edits'
import { decodeForEditJob, saveEditedImageJob } from './image-edit-jobs'

/** The image the editor has open, decoded once: the worker serves one editor at a time. */
let decoded: { key: string; bitmap: Promise<ImageBitmap> } | undefined

function decode(key: string, original: Blob): Promise<ImageBitmap> {
  if (decoded?.key !== key) {
    void decoded?.bitmap.then((bitmap) => bitmap.close()).catch(() => undefined)
    decoded = {
      key,
      bitmap: createImageBitmap(original, { imageOrientation: 'from-image' }),
    }
  }
  return decoded.bitmap
}

serveJobs([
  implementJob(decodeForEditJob, async ({ key, original }) => {
    const bitmap = await decode(key, original)
    return { width: bitmap.width, height: bitmap.height }
  }),
  implementJob(saveEditedImageJob, async ({ key, original, edits }) => {
    const canvas = applyImageEdits(await decode(key, original), edits)
    const [bytes, renditions] = await Promise.all([
      canvas.convertToBlob({ type: 'image/png' }),
      renderRenditions(canvas, 'image/png'),
    ])
    return { bytes, renditions }
  }),
])
