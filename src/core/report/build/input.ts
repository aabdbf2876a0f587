import { DEFAULT_EDITION, type ReportEdition } from '../../audit/edition'
import type { Answer, Audit, AuditContent, PreparationAnswer } from '../../audit/model'
import type { EvidenceItem } from '../../evidence/model'
import type { Finding } from '../../findings/model'
import type { AuditNarrative } from '../../narrative/parts'
import type { AuditScore } from '../../scoring/model'
import type { ReportPage } from '../model'
import type { ReportLanguage } from '../text/languages'

/** What the consultant chooses for one export (remembered between exports). */
export interface ReportOptions {
  title: string
  marking: string
  includeEvidenceAppendix: boolean
  embedImages: boolean
  includeNotes: boolean
  /** Who the report is for: the client's leaves out what is marked internal. */
  edition: ReportEdition
  /** The language of the report's fixed text; English unless given. */
  language?: ReportLanguage
}

export const DEFAULT_REPORT_OPTIONS: ReportOptions = {
  title: 'Engineering Practices Audit',
  marking: 'Confidential',
  includeEvidenceAppendix: true,
  embedImages: true,
  includeNotes: true,
  edition: DEFAULT_EDITION,
}

/** The firm's look (settings): its name comes from the auditor's profile. */
export interface ReportBranding {
  /** 6-digit hex without '#'. */
  accentColor: string
  logo?: ReportImage
  /** The firm's Word template's page; the report's own (A4) without one. */
  page?: ReportPage
}

export const DEFAULT_ACCENT = '1F5F8B'

/** An image the report can embed, with the size of the bytes that will be embedded. */
export interface ReportImage {
  /** The id its bytes are resolved by when the document is packed. */
  mediaId: string
  type: 'png' | 'jpg'
  width: number
  height: number
}

export interface ReportEvidence {
  item: EvidenceItem
  /** The page-sized rendition to embed, for images. */
  image?: ReportImage
  /**
   * For a derived item, the original it was made from: that original's SHA-256 and whether any
   * edit on the way was a redaction. Set by `currentReportEvidence`, not by the caller.
   */
  original?: { sha256: string; redacted: boolean }
}

export interface ReportPredecessor {
  audit: Audit
  score: AuditScore
  findings: Finding[]
}

export interface ReportInput {
  audit: Audit
  content: AuditContent
  answers: Answer[]
  preparation: PreparationAnswer[]
  score: AuditScore
  findings: Finding[]
  /**
   * Every live item, originals that derived versions supersede included: the report shows the
   * current versions (`currentReportEvidence`) and prints the originals' hashes beside them.
   */
  evidence: ReportEvidence[]
  predecessor?: ReportPredecessor
  options: ReportOptions
  branding: ReportBranding
  /** The consultant's writing; absent parts are not written yet. */
  narrative?: AuditNarrative
  /** When the report is made, and the zone its times are shown in. */
  now: number
  timeZone: string
}
