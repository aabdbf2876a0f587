import type { RichText } from '../../narrative/rich-text'
import { richTextToReportBlocks } from '../../narrative/to-report-blocks'
import type { ReportBlock } from '../model'
import type { ReportText } from '../text/report-text'
import type { ReportInput } from './input'

/**
 * Where the consultant's writing goes in the report (issue 15 §1). Each part comes with its
 * heading (`ReportText.narrative`) only when it is written: a part absent or blank leaves nothing
 * behind.
 */

/** The consultant's executive summary, or undefined while it is absent or blank. */
export function writtenSummary(input: ReportInput): ReportBlock[] | undefined {
  const blocks = writtenBlocks(input.narrative?.parts['executive-summary'])
  return blocks.length > 0 ? blocks : undefined
}

/** An h2 in the executive summary, after the summary's text. */
export function keyRecommendations(input: ReportInput, words: ReportText): ReportBlock[] {
  return headedPart(input, 'key-recommendations', words.narrative.keyRecommendations)
}

/** An h2 at the start of the Method chapter, before the generic method text. */
export function scopeAndApproach(input: ReportInput, words: ReportText): ReportBlock[] {
  return headedPart(input, 'scope-and-approach', words.narrative.scopeAndApproach)
}

/** An h2 at the end of the Method chapter. */
export function limitations(input: ReportInput, words: ReportText): ReportBlock[] {
  return headedPart(input, 'limitations', words.narrative.limitations)
}

/** A chapter of its own, after the action plan. */
export function nextStepsChapter(input: ReportInput, words: ReportText): ReportBlock[] {
  const blocks = writtenBlocks(input.narrative?.parts['next-steps'])
  if (blocks.length === 0) return []
  return [
    { kind: 'heading', level: 1, text: words.narrative.nextSteps, pageBreakBefore: true },
    ...blocks,
  ]
}

/** An h2 in a section's chapter, after its lead paragraph and goal. */
export function sectionView(
  input: ReportInput,
  sectionId: string,
  words: ReportText,
): ReportBlock[] {
  const views = input.narrative?.sectionViews ?? {}
  // An own property only: a section whose id is "constructor" has no view until one is written.
  const view = Object.hasOwn(views, sectionId) ? views[sectionId] : undefined
  return headed(words.narrative.sectionView, writtenBlocks(view))
}

function headedPart(
  input: ReportInput,
  part: 'key-recommendations' | 'scope-and-approach' | 'limitations',
  heading: string,
): ReportBlock[] {
  return headed(heading, writtenBlocks(input.narrative?.parts[part]))
}

function headed(text: string, blocks: ReportBlock[]): ReportBlock[] {
  return blocks.length === 0 ? [] : [{ kind: 'heading', level: 2, text }, ...blocks]
}

function writtenBlocks(doc: RichText | undefined): ReportBlock[] {
  return doc ? richTextToReportBlocks(doc) : []
}
