import { z } from 'zod'
import { evidenceEditSchema, type ImageEdit } from '@core/evidence'
import { defineJob } from '../../../jobs/define-job'
import { imageRenditionsSchema } from '../renditions/renditions-job'

const imageEdit = evidenceEditSchema.refine(
  (edit) => edit.op !== 'mask-text' && edit.op !== 'pdf-page',
  'not an edit of an image',
) as z.ZodType<ImageEdit>

/**
 * Decodes the image the editor opened, in the editor's worker, while the user works: saving
 * then starts from pixels already decoded. `key` names it for the save job that follows.
 */
export const decodeForEditJob = defineJob({
  name: 'evidence/edit-decode',
  input: z.strictObject({ key: z.string(), original: z.instanceof(Blob) }),
  output: z.strictObject({ width: z.number(), height: z.number() }),
  failureMessage: (detail) => `The image could not be opened for editing (${detail}).`,
})

/**
 * The edited image at full size, as PNG (lossless, so a redaction box stays exactly its
 * colour), with its renditions made from the same pixels.
 */
export const saveEditedImageJob = defineJob({
  name: 'evidence/edit-save',
  input: z.strictObject({
    key: z.string(),
    original: z.instanceof(Blob),
    edits: z.array(imageEdit).min(1),
  }),
  output: z.strictObject({ bytes: z.instanceof(Blob), renditions: imageRenditionsSchema }),
  failureMessage: (detail) => `The edited image could not be made (${detail}). Nothing was saved.`,
})
