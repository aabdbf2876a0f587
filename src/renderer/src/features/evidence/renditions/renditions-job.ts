import { z } from 'zod'
import type { ImageRenditions } from '../../../db/repositories/evidence'
import { defineJob } from '../../../jobs/define-job'

const rendition = z.strictObject({
  blob: z.instanceof(Blob),
  mediaType: z.string(),
  width: z.number(),
  height: z.number(),
})

export const imageRenditionsSchema = z.strictObject({
  width: z.number(),
  height: z.number(),
  thumbnail: rendition,
  page: rendition,
}) satisfies z.ZodType<ImageRenditions>

/**
 * An image's page-sized rendition and thumbnail, made in the rendition worker
 * (`renditions.worker.ts`). `null` when the bytes cannot be decoded as an image: such a file is
 * kept as a plain file, and the job still finished, so its worker takes the next image.
 */
export const renderImageJob = defineJob({
  name: 'evidence/renditions',
  input: z.strictObject({ original: z.instanceof(Blob), mediaType: z.string() }),
  output: imageRenditionsSchema.nullable(),
})
