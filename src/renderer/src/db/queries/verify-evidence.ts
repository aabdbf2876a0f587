import type { EvidenceItem } from '@core/evidence'
import type { WorkbookDatabase } from '../database'
import { sha256Hex } from '../../platform/sha256'
import { evidenceBlob, liveEvidenceOf } from './evidence'

export interface EvidenceProblem {
  item: EvidenceItem
  /** `missing`: no bytes stored; `changed`: the bytes no longer hash to the recorded SHA-256. */
  problem: 'missing' | 'changed'
  /** The hash the stored bytes have now, for `changed`. */
  actualSha256?: string
}

export interface VerificationReport {
  checked: number
  problems: EvidenceProblem[]
}

/**
 * Re-hashes the original bytes of every item of the audit still in use, one at a time so that
 * memory holds one file at most, and reports those whose bytes are missing or changed.
 */
export async function verifyEvidence(
  db: WorkbookDatabase,
  auditId: string,
  onProgress?: (done: number, total: number) => void,
): Promise<VerificationReport> {
  const items = await liveEvidenceOf(db, auditId)
  const problems: EvidenceProblem[] = []
  for (const [index, item] of items.entries()) {
    onProgress?.(index, items.length)
    const stored = await evidenceBlob(db, item.id, 'original')
    if (!stored) {
      problems.push({ item, problem: 'missing' })
      continue
    }
    let actual: string
    try {
      actual = await sha256Hex(stored)
    } catch {
      // Chromium keeps large blobs as files; a file removed behind its back cannot be read.
      problems.push({ item, problem: 'missing' })
      continue
    }
    if (actual !== item.sha256) problems.push({ item, problem: 'changed', actualSha256: actual })
  }
  onProgress?.(items.length, items.length)
  return { checked: items.length, problems }
}
