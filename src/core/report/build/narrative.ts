import type { RichText } from '../../narrative/rich-text'
import { richTextToReportBlocks } from '../../narrative/to-report-blocks'
import type { ReportBlock } from '../model'
import type { ReportInput } from './input'

/**
 * Where the consultant's writing goes in the report (issue 15 §1). Each part comes with its
 * heading only when it is written: a part absent or blank leaves nothing behind.
 */

export const NARRATIVE_HEADINGS = {
  'scope-and-approach': 'Scope and approach',
  'key-recommendations': 'Key recommendations',
  limitations: 'Limitations',
  'next-steps': 'Next steps',
  sectionView: 'The auditor’s view',
} as const

/** The consultant's executive summary, or undefined while it is absent or blank. */
export function writtenSummary(input: ReportInput): ReportBlock[] | undefined {
  const blocks = writtenBlocks(input.narrative?.parts['executive-summary'])
  return blocks.length > 0 ? blocks : undefined
}

/** An h2 in the executive summary, after the summary's text. */
export function keyRecommendations(input: ReportInput): ReportBlock[] {
  return headedPart(input, 'key-recommendations')
}

/** An h2 at the start of the Method chapter, before the generic method text. */
export function scopeAndApproach(input: ReportInput): ReportBlock[] {
  return headedPart(input, 'scope-and-approach')
}

/** An h2 at the end of the Method chapter. */
export function limitations(input: ReportInput): ReportBlock[] {
  return headedPart(input, 'limitations')
}

/** A chapter of its own, after the action plan. */
export function nextStepsChapter(input: ReportInput): ReportBlock[] {
  const blocks = writtenBlocks(input.narrative?.parts['next-steps'])
  if (blocks.length === 0) return []
  return [
    { kind: 'heading', level: 1, text: NARRATIVE_HEADINGS['next-steps'], pageBreakBefore: true },
    ...blocks,
  ]
}

/** An h2 in a section's chapter, after its lead paragraph and goal. */
export function sectionView(input: ReportInput, sectionId: string): ReportBlock[] {
  const views = input.narrative?.sectionViews ?? {}
  // An own property only: a section whose id is "constructor" has no view until one is written.
  const view = Object.hasOwn(views, sectionId) ? views[sectionId] : undefined
  return headed(NARRATIVE_HEADINGS.sectionView, writtenBlocks(view))
}

function headedPart(
  input: ReportInput,
  part: 'key-recommendations' | 'scope-and-approach' | 'limitations',
): ReportBlock[] {
  return headed(NARRATIVE_HEADINGS[part], writtenBlocks(input.narrative?.parts[part]))
}

function headed(text: string, blocks: ReportBlock[]): ReportBlock[] {
  return blocks.length === 0 ? [] : [{ kind: 'heading', level: 2, text }, ...blocks]
}

function writtenBlocks(doc: RichText | undefined): ReportBlock[] {
  return doc ? richTextToReportBlocks(doc) : []
}
