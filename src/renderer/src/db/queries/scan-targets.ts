import { showsEvidence, showsNotes, type Answer } from '@core/audit'
import { questionKey, questionsOfSection } from '@core/content'
import { currentVersions, type EvidenceItem } from '@core/evidence'
import { isTextEvidence } from '@core/redaction/text-evidence'
import type { WorkbookDatabase } from '../database'
import { answersOf, auditContent } from './audits'
import { evidenceBlobsOf, liveEvidenceOf } from './evidence'

/** A text the client edition carries, with where it is, for the secret scan (issue 16). */
export type ScanTarget =
  | { kind: 'notes'; id: string; where: string; text: string; answer: Answer }
  | { kind: 'evidence'; id: string; where: string; text: string; item: EvidenceItem }
  /** Any item's caption, which the report prints as its title. */
  | { kind: 'caption'; id: string; where: string; text: string; item: EvidenceItem }

/** What an export carries: its notes (the Word report may leave them out), its evidence. */
export interface ScanScope {
  notes: boolean
  evidence: boolean
}

/**
 * Every client-visible note (when the export carries notes) and every client-visible text item in
 * its current version: what a client export of the audit could show.
 */
export async function loadScanTargets(
  db: WorkbookDatabase,
  auditId: string,
  { notes, evidence: withEvidence }: ScanScope,
): Promise<ScanTarget[]> {
  const [content, answers, evidence] = await Promise.all([
    auditContent(db, auditId),
    notes ? answersOf(db, auditId) : Promise.resolve([]),
    withEvidence ? liveEvidenceOf(db, auditId) : Promise.resolve([]),
  ])
  const targets: ScanTarget[] = []
  const byKey = new Map(answers.map((a) => [questionKey(a.sectionId, a.questionId), a]))
  for (const { section } of content?.sections ?? []) {
    questionsOfSection(section).forEach(({ question }, index) => {
      const answer = byKey.get(questionKey(section.id, question.id))
      if (!answer || !answer.notes.trim() || !showsNotes(answer, 'client')) return
      targets.push({
        kind: 'notes',
        id: `notes:${questionKey(section.id, question.id)}`,
        where: `Notes, ${section.number}. ${section.title}, question ${index + 1}: ${question.prompt}`,
        text: answer.notes,
        answer,
      })
    })
  }
  const shown = currentVersions(evidence).filter((item) => showsEvidence(item, 'client'))
  for (const item of shown) {
    if (!item.caption.trim()) continue
    const where = `Caption of ${item.fileName}`
    targets.push({ kind: 'caption', id: `caption:${item.id}`, where, text: item.caption, item })
  }
  const items = shown.filter(isTextEvidence)
  const blobs = await evidenceBlobsOf(db, items, 'original')
  for (const [i, item] of items.entries()) {
    const text = item.kind === 'link' ? (item.url ?? '') : ((await blobs[i]?.blob.text()) ?? '')
    targets.push({ kind: 'evidence', id: `evidence:${item.id}`, where: item.fileName, text, item })
  }
  return targets
}
