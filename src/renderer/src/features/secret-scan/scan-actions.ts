import type { EvidenceItem } from '@core/evidence'
// Deep imports: the package's index brings the scanning rules, which load only in the worker.
import { maskText, type TextRange } from '@core/redaction/mask-text'
import { redactedFileName } from '@core/redaction/redacted-name'
import { UserFacingError } from '@shared/errors'
import type { WorkbookDatabase } from '../../db/database'
import { answerOf } from '../../db/queries/audits'
import { liveEvidenceItem } from '../../db/queries/evidence'
import type { ScanTarget } from '../../db/queries/scan-targets'
import { saveAnswer } from '../../db/repositories/answers'
import { saveDraft } from '../../db/repositories/drafts'
import { deriveEvidence } from '../../db/repositories/evidence-derivation'
import { setEvidenceInternal, updateEvidenceCaption } from '../../db/repositories/evidence-edits'

const CHANGED = 'This text changed since the check. Run the check again.'

/**
 * Redacts a hit where it is: a note or a caption is masked in place (the consultant's own text, a
 * note saved as typing is); a snippet, text file or link gets a redacted version beside the
 * original.
 */
export async function redactInTarget(
  db: WorkbookDatabase,
  target: ScanTarget,
  range: TextRange,
): Promise<void> {
  const masked = maskText(target.text, [range])
  if (target.kind === 'notes') {
    const { auditId, sectionId, questionId } = target.answer
    const current = await answerOf(db, target.answer)
    if (current?.notes !== target.text) throw new UserFacingError(CHANGED)
    const draft = { kind: 'answer', auditId, sectionId, questionId, field: 'notes' } as const
    await saveDraft(db, draft, masked.text)
    return
  }
  if (target.kind === 'caption') {
    const current = await liveEvidenceItem(db, target.item.id)
    if (current?.caption !== target.text) throw new UserFacingError(CHANGED)
    await updateEvidenceCaption(db, target.item.id, masked.text)
    return
  }
  await redactEvidenceText(db, target.item, masked)
}

/** Keeps the masked text of an item as its redacted version (a link's URL is its text). */
export async function redactEvidenceText(
  db: WorkbookDatabase,
  item: EvidenceItem,
  masked: ReturnType<typeof maskText>,
): Promise<void> {
  if (masked.edits.length === 0) throw new UserFacingError('Select the text to redact first.')
  const isLink = item.kind === 'link'
  const mediaType = isLink ? 'text/uri-list' : item.mediaType
  await deriveEvidence(db, {
    from: item,
    bytes: new Blob([masked.text], { type: mediaType }),
    mediaType,
    fileName: redactedFileName(item.fileName),
    edits: masked.edits,
    ...(isLink ? { url: masked.text } : {}),
  })
}

/** Leaves the hit's text out of the client edition. */
export async function markTargetInternal(db: WorkbookDatabase, target: ScanTarget): Promise<void> {
  if (target.kind === 'notes') {
    const { auditId, sectionId, questionId } = target.answer
    await saveAnswer(db, { auditId, sectionId, questionId }, { notesInternal: true })
    return
  }
  await setEvidenceInternal(db, target.item.id, true)
}
