import type { Answer } from './model'

/**
 * Who a report is for (issue 15 §5). The client edition leaves out every note and evidence item
 * marked internal, so that they are absent from the file, not hidden in it; the internal edition
 * holds everything and says so on its cover.
 */
export const REPORT_EDITIONS = ['client', 'internal'] as const
export type ReportEdition = (typeof REPORT_EDITIONS)[number]

export const DEFAULT_EDITION: ReportEdition = 'client'

/** How the export dialog offers each edition: its name and what it includes. */
export const EDITION_CHOICES: Record<ReportEdition, { label: string; includes: string }> = {
  client: {
    label: 'Client edition',
    includes: 'Leaves out every note and evidence item marked internal.',
  },
  internal: {
    label: 'Internal edition',
    includes: 'Includes everything, internal notes and evidence too; its cover says so.',
  },
}

/** What the internal edition's cover says; the client edition says nothing about editions. */
export function editionNotice(edition: ReportEdition): string | undefined {
  return edition === 'internal' ? 'Internal edition — not for the client' : undefined
}

/** Whether an edition carries an answer's notes. */
export function showsNotes(answer: Pick<Answer, 'notesInternal'>, edition: ReportEdition): boolean {
  return edition === 'internal' || answer.notesInternal !== true
}

/** Whether an edition carries an evidence item (anything with the `internal` mark). */
export function showsEvidence(item: { internal?: boolean }, edition: ReportEdition): boolean {
  return edition === 'internal' || item.internal !== true
}
