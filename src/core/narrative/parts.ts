import { z } from 'zod'
import type { RichText } from './rich-text'

/**
 * The narrative of one audit (issue 15 §1): five audit-wide parts and one "auditor's view" per
 * section in scope. Stored one row per part, keyed by audit and part.
 */
export const AUDIT_NARRATIVE_PARTS = [
  'executive-summary',
  'scope-and-approach',
  'key-recommendations',
  'limitations',
  'next-steps',
] as const
export type AuditNarrativePart = (typeof AUDIT_NARRATIVE_PARTS)[number]

/** A section's view is stored under `section:<sectionId>`. */
export type NarrativePartKey = AuditNarrativePart | `section:${string}`

export function sectionViewKey(sectionId: string): NarrativePartKey {
  return `section:${sectionId}`
}

export function sectionIdOfKey(key: string): string | undefined {
  return key.startsWith('section:') ? key.slice('section:'.length) : undefined
}

export function isNarrativePartKey(key: string): key is NarrativePartKey {
  return (
    (AUDIT_NARRATIVE_PARTS as readonly string[]).includes(key) || (sectionIdOfKey(key) ?? '') !== ''
  )
}

/** A part's key as stored: one of the five parts, or a section's view. */
export const narrativePartKeySchema = z.custom<NarrativePartKey>(
  (value) => typeof value === 'string' && value.length <= 200 && isNarrativePartKey(value),
  'must be a part of the narrative (executive-summary, …, or section:<id>)',
)

/** One stored part, as the database and the archive hold it. */
export interface NarrativePart {
  auditId: string
  part: NarrativePartKey
  doc: RichText
  updatedAt: number
}

/**
 * What the report is given: the parts written so far. A part absent (or blank) is not written
 * yet; the executive summary then falls back to the generated draft, marked as a draft.
 */
export interface AuditNarrative {
  parts: Partial<Record<AuditNarrativePart, RichText>>
  /** By section id. */
  sectionViews: Record<string, RichText>
}

export const EMPTY_NARRATIVE: AuditNarrative = { parts: {}, sectionViews: {} }

/** Rows of one audit as the report's input. */
export function narrativeOf(rows: readonly NarrativePart[]): AuditNarrative {
  const narrative: AuditNarrative = { parts: {}, sectionViews: {} }
  for (const row of rows) {
    const sectionId = sectionIdOfKey(row.part)
    if (sectionId) narrative.sectionViews[sectionId] = row.doc
    else narrative.parts[row.part as AuditNarrativePart] = row.doc
  }
  return narrative
}
