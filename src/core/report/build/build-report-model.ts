import { A4_PAGE, type ReportModel } from '../model'
import { actionPlanChapter } from './action-plan'
import { evidenceAppendix, evidenceNumbers, evidenceRefsByQuestion } from './evidence-appendix'
import { reportInputForEdition } from './for-edition'
import { isoDateIn, listPhrase, longDate } from './format'
import type { ReportInput } from './input'
import { methodChapter } from './method'
import { nextStepsChapter } from './narrative'
import { sectionChapters } from './sections'
import { executiveSummary } from './summary'

/**
 * The whole report (PRODUCT.md §9) from an audit, its scores and findings: cover, contents,
 * executive summary, method, one chapter per section, the action plan (with what changed since
 * the predecessor), and the evidence appendix. Pure: the same input gives the same model.
 */
export function buildReportModel(whole: ReportInput): ReportModel {
  const input = reportInputForEdition(whole)
  const { audit, options, branding } = input
  const numbers = evidenceNumbers(input.evidence)
  const appendix = evidenceAppendix(input, numbers)
  const logo = branding.logo
  return {
    cover: {
      title: options.title,
      subtitle: coverSubtitle(input.content.sections.map((s) => s.section.title)),
      client: audit.client,
      system: audit.system,
      firm: audit.firm,
      auditors: audit.auditors,
      date: longDate(isoDateIn(input.now, input.timeZone)),
      marking: options.marking,
      edition: options.edition,
      ...(logo ? { logoMediaId: logo.mediaId } : {}),
    },
    headerText: `${audit.client} · ${audit.system}`,
    page: branding.page ?? A4_PAGE,
    accentColor: branding.accentColor,
    body: [
      { kind: 'tableOfContents' },
      ...executiveSummary(input),
      ...methodChapter(input),
      ...sectionChapters(input, evidenceRefsByQuestion(input.evidence, numbers)),
      ...actionPlanChapter(input),
      ...nextStepsChapter(input),
      ...appendix.blocks,
    ],
    media: [
      ...(logo
        ? [
            {
              id: logo.mediaId,
              type: logo.type,
              width: logo.width,
              height: logo.height,
              altText: `${audit.firm} logo`,
            },
          ]
        : []),
      ...appendix.media,
    ],
  }
}

/** Beyond a few, the practice areas are listed in the contents rather than on the cover. */
const NAMED_ON_COVER = 3

export function coverSubtitle(sectionTitles: readonly string[]): string {
  if (sectionTitles.length > NAMED_ON_COVER)
    return `Maturity assessment across ${sectionTitles.length} practice areas`
  return `${listPhrase(sectionTitles)} — maturity assessment`
}
