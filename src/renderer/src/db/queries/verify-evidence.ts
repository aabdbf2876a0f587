import type { EvidenceItem } from '@core/evidence'
import type { WorkbookDatabase } from '../database'
import { sha256Hex } from '../../platform/sha256'
import { evidenceBlob, liveEvidenceOf } from './evidence'

export interface EvidenceProblem {
  item: EvidenceItem
  /**
   * `missing`: no bytes stored; `changed`: the bytes no longer hash to the recorded SHA-256;
   * `source-changed`: a derived item whose source is here with another SHA-256 than the one
   * recorded when the derived item was made from it.
   */
  problem: 'missing' | 'changed' | 'source-changed'
  /** The hash the stored bytes have now, for `changed`. */
  actualSha256?: string
  /** For `source-changed`: the source as it is now. */
  source?: EvidenceItem
}

export interface VerificationReport {
  checked: number
  problems: EvidenceProblem[]
}

/**
 * Re-hashes the original bytes of every item of the audit still in use, one at a time so that
 * memory holds one file at most, and reports those whose bytes are missing or changed. A derived
 * item is checked like any other, and also against its source: the source's recorded SHA-256
 * must still be the one the derived item was made from (issue 16).
 */
export async function verifyEvidence(
  db: WorkbookDatabase,
  auditId: string,
  onProgress?: (done: number, total: number) => void,
): Promise<VerificationReport> {
  const items = await liveEvidenceOf(db, auditId)
  const byId = new Map(items.map((item) => [item.id, item]))
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
    const source = item.derivation && byId.get(item.derivation.fromId)
    if (source && source.sha256 !== item.derivation?.fromSha256)
      problems.push({ item, problem: 'source-changed', source })
  }
  onProgress?.(items.length, items.length)
  return { checked: items.length, problems }
}
