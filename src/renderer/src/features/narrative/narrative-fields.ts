import type { AuditNarrativePart, RichText } from '@core/narrative'

/** How each audit-wide part is offered: its label, a short hint, and what it starts as. */
export interface NarrativeFieldText {
  label: string
  hint: string
  /** What the editor shows before anything is written (the summary starts as its draft). */
  starts?: RichText
}

export const AUDIT_PART_FIELDS: Record<AuditNarrativePart, NarrativeFieldText> = {
  'executive-summary': {
    label: 'Executive summary',
    hint: 'The overall picture for a reader who reads nothing else.',
  },
  'scope-and-approach': {
    label: 'Scope and approach',
    hint: 'What was assessed, with whom, and how.',
  },
  'key-recommendations': {
    label: 'Key recommendations',
    hint: 'The few things to do first, most important first.',
    // An ordered list from the first keystroke: recommendations are ranked.
    starts: { blocks: [{ kind: 'numbered', items: [[]] }] },
  },
  limitations: {
    label: 'Limitations',
    hint: 'What was not seen or could not be confirmed.',
  },
  'next-steps': {
    label: 'Next steps',
    hint: 'What happens after this report, and when.',
  },
}

export const SECTION_VIEW_LABEL = "The auditor's view"
export const SECTION_VIEW_HINT = 'A few paragraphs on what you saw in this section.'

export const DRAFT_MARKER = 'Draft — generated from the scores; edit it to make it yours'
