import { z } from 'zod'
import {
  DEFAULT_EVIDENCE_SIZE_LIMIT,
  MAX_EVIDENCE_SIZE_LIMIT,
  MIN_EVIDENCE_SIZE_LIMIT,
} from '@core/evidence'
import type { WorkbookDatabase } from '../database'

export const SIZE_LIMIT_KEY = 'evidenceSizeLimit'

export const sizeLimitSchema = z
  .number()
  .int()
  .min(MIN_EVIDENCE_SIZE_LIMIT)
  .max(MAX_EVIDENCE_SIZE_LIMIT)

/** The largest evidence file accepted, in bytes: the saved setting, or 250 MB. */
export async function loadEvidenceSizeLimit(db: WorkbookDatabase): Promise<number> {
  const row = await db.settings.get(SIZE_LIMIT_KEY)
  const parsed = sizeLimitSchema.safeParse(row?.value)
  return parsed.success ? parsed.data : DEFAULT_EVIDENCE_SIZE_LIMIT
}

export async function saveEvidenceSizeLimit(db: WorkbookDatabase, bytes: number): Promise<void> {
  await db.settings.put({ key: SIZE_LIMIT_KEY, value: sizeLimitSchema.parse(bytes) })
}
