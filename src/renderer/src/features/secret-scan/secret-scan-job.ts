import { z } from 'zod'
import type { SecretHit, SourceHits } from '@core/redaction'
import { defineJob } from '../../jobs/define-job'

const hit = z.strictObject({
  rule: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  excerpt: z.string(),
}) satisfies z.ZodType<SecretHit>

/**
 * The secret scan of the texts a client export carries. On a large audit it takes longer than a
 * frame (about 50 ms for 560,000 characters, 150 ms with phone numbers), so it runs in a worker.
 */
export const secretScanJob = defineJob({
  name: 'secret-scan/scan',
  input: z.strictObject({
    sources: z.array(z.strictObject({ id: z.string(), text: z.string() })),
    options: z.strictObject({
      emails: z.boolean(),
      phones: z.boolean(),
      phoneCountry: z
        .string()
        .regex(/^[A-Z]{2}$/)
        .optional(),
    }),
  }),
  output: z.array(z.strictObject({ id: z.string(), hits: z.array(hit) })) satisfies z.ZodType<
    SourceHits[]
  >,
  failureMessage: (detail) => `The check for secrets could not run: ${detail}`,
})
