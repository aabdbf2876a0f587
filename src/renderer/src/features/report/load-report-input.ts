import { showsEvidence, type Audit, type ReportEdition } from '@core/audit'
import { currentVersions } from '@core/evidence'
import { narrativeOf } from '@core/narrative'
import { deriveFindings } from '@core/findings'
import type {
  ReportEvidence,
  ReportImage,
  ReportInput,
  ReportOptions,
} from '@core/report/build/input'
import { scoreAudit } from '@core/scoring'
import type { WorkbookDatabase } from '../../db/database'
import { answersOf, auditContent, liveAudit, preparationAnswersOf } from '../../db/queries/audits'
import { evidenceBlobsOf, liveEvidenceOf } from '../../db/queries/evidence'
import { findingEditsOf } from '../../db/queries/findings'
import { narrativeRowsOf } from '../../db/queries/narratives'
import { loadSetting } from '../../db/queries/settings'
import { brandingSetting } from '../../db/settings/known-settings'
import { reportBranding } from '../../db/settings/report-branding'
import { loadReportTemplate } from './load-report-template'

/**
 * Everything the report says about one audit, read from the database in one go. `pages`, when
 * given, receives each embeddable image's page rendition (a handle, not yet its bytes), so that
 * the caller can start reading the bytes at once.
 */
export async function loadReportInput(
  db: WorkbookDatabase,
  auditId: string,
  options: ReportOptions,
  clock: { now: number; timeZone: string },
  pages?: Map<string, Blob>,
): Promise<ReportInput> {
  const audit = await liveAudit(db, auditId)
  if (!audit) throw new Error('This audit no longer exists.')
  const [scored, preparation, evidence, branding, predecessor, template, narrative] =
    await Promise.all([
      loadScored(db, audit),
      preparationAnswersOf(db, auditId),
      loadEvidence(db, auditId, options.edition, pages),
      loadSetting(db, brandingSetting),
      loadPredecessor(db, audit),
      loadReportTemplate(db),
      narrativeRowsOf(db, auditId),
    ])
  return {
    audit,
    ...scored,
    preparation,
    evidence,
    ...(predecessor ? { predecessor } : {}),
    options,
    branding: reportBranding(branding, template?.page),
    narrative: narrativeOf(narrative),
    now: clock.now,
    timeZone: clock.timeZone,
  }
}

async function loadScored(db: WorkbookDatabase, audit: Audit) {
  const [content, answers, edits] = await Promise.all([
    auditContent(db, audit.id),
    answersOf(db, audit.id),
    findingEditsOf(db, audit.id),
  ])
  if (!content) throw new Error(`The content of the audit of ${audit.client} is missing.`)
  return {
    content,
    answers,
    score: scoreAudit(content, answers),
    findings: deriveFindings(content, answers, edits),
  }
}

async function loadPredecessor(db: WorkbookDatabase, audit: Audit) {
  if (!audit.predecessorId) return undefined
  const previous = await liveAudit(db, audit.predecessorId)
  if (!previous) return undefined
  const { score, findings } = await loadScored(db, previous)
  return { audit: previous, score, findings }
}

const RENDITION_TYPES: Record<string, ReportImage['type'] | undefined> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
}

/**
 * Every live item, with the page-sized rendition images are embedded from for those the report
 * shows: the current versions (an original a derived version supersedes is passed only for its
 * hash) that the edition carries. (The report model leaves the rest out anyway; skipping their
 * images here spares reading them.)
 */
async function loadEvidence(
  db: WorkbookDatabase,
  auditId: string,
  edition: ReportEdition,
  pages: Map<string, Blob> | undefined,
): Promise<ReportEvidence[]> {
  const items = await liveEvidenceOf(db, auditId)
  const withPage = currentVersions(items).filter(
    (item) => showsEvidence(item, edition) && item.renditions.includes('page'),
  )
  const rows = await evidenceBlobsOf(db, withPage, 'page')
  const byItem = new Map(withPage.map((item, i) => [item.id, rows[i]]))
  return items.map((item): ReportEvidence => {
    const page = byItem.get(item.id)
    const type = page ? RENDITION_TYPES[page.mediaType] : undefined
    if (!page || !type || !page.width || !page.height) return { item }
    const mediaId = `${item.id}/page`
    pages?.set(mediaId, page.blob)
    return { item, image: { mediaId, type, width: page.width, height: page.height } }
  })
}
