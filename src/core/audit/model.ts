import type { ContentPack, Section } from '../content/schema'

/**
 * The audit model (PRODUCT.md §3): plain data, as stored and as archived. Storage and UI code
 * import these types; nothing here knows about Dexie or React.
 */

export const AUDIT_STATUSES = ['draft', 'in-progress', 'final'] as const
export type AuditStatus = (typeof AUDIT_STATUSES)[number]

export const RATINGS = ['met', 'partial', 'not-met', 'na'] as const
export type Rating = (typeof RATINGS)[number]

export const BASES = ['stated', 'verified'] as const
export type Basis = (typeof BASES)[number]

export interface Audit {
  id: string
  client: string
  system: string
  auditors: string[]
  firm: string
  /** ISO calendar date, `YYYY-MM-DD`. */
  startDate: string
  status: AuditStatus
  contextNotes: string
  /** Section ids in scope, in interview order. */
  sectionIds: string[]
  /**
   * Questions in scope: set at creation from the content snapshot, and again only when the audit
   * is updated to a newer version of a pack (PRODUCT.md §14).
   */
  questionCount: number
  /**
   * When the audit was last updated to a newer version of a pack. From then on it may hold answers
   * of questions out of its scope (kept, not counted); absent on an audit never updated, whose
   * every answer is in scope, so its progress is counted without reading its content.
   */
  scopeUpdatedAt?: number
  /** The audit this one re-assesses. */
  predecessorId?: string
  createdAt: number
  updatedAt: number
  archivedAt?: number
  /** Set while a deletion can still be undone; such audits are hidden everywhere. */
  deletedAt?: number
}

/**
 * The content an audit was started with, frozen (PRODUCT.md §2: library changes never alter an
 * existing audit). Holds only the sections in scope.
 */
export interface AuditContent {
  auditId: string
  sections: ScopedSection[]
}

/** A section as it was in its pack, with the pack version and threshold it came with. */
export interface ScopedSection {
  packId: string
  packVersion: string
  achievementThreshold: number
  section: Section
}

export interface EvidenceRequest {
  id: string
  text: string
  /** When the client delivered it; absent while outstanding. */
  receivedAt?: number
}

export interface Answer {
  auditId: string
  sectionId: string
  questionId: string
  rating?: Rating
  notes: string
  /**
   * The notes are for the firm only: the client edition of the report leaves them out. Absent
   * means client-visible, as every answer was before editions existed.
   */
  notesInternal?: boolean
  /** Who answered: names and roles, free text. */
  interviewees: string
  basis?: Basis
  followUp: boolean
  evidenceRequests: EvidenceRequest[]
  /** Copied from the predecessor audit and not yet touched in this one. */
  carriedOver?: boolean
  updatedAt: number
}

export interface PreparationAnswer {
  auditId: string
  sectionId: string
  itemId: string
  done: boolean
  /** The recorded fact, for `fact` items. */
  value: string
  updatedAt: number
}

export interface AuditorProfile {
  auditorName: string
  firm: string
}

/** Freezes the chosen sections, in the order given, from the installed packs. */
export function snapshotContent(
  auditId: string,
  packs: readonly ContentPack[],
  sectionIds: readonly string[],
): AuditContent {
  const sections = sectionIds.map((id): ScopedSection => {
    const pack = packs.find((p) => p.sections.some((s) => s.id === id))
    const section = pack?.sections.find((s) => s.id === id)
    if (!pack || !section) throw new Error(`Section "${id}" is not in any installed pack.`)
    return {
      packId: pack.id,
      packVersion: pack.version,
      achievementThreshold: pack.achievementThreshold,
      // A deep copy: the snapshot must not share objects with the live library.
      section: JSON.parse(JSON.stringify(section)) as Section,
    }
  })
  return { auditId, sections }
}

export function emptyAnswer(
  auditId: string,
  sectionId: string,
  questionId: string,
  now: number,
): Answer {
  return {
    auditId,
    sectionId,
    questionId,
    notes: '',
    interviewees: '',
    followUp: false,
    evidenceRequests: [],
    updatedAt: now,
  }
}
