import { A4_PAGE, type ReportModel } from '../model'
import { actionPlanChapter } from './action-plan'
import { evidenceAppendix, evidenceNumbers, evidenceRefsByQuestion } from './evidence-appendix'
import { currentReportEvidence } from './evidence-versions'
import { reportInputForEdition } from './for-edition'
import { isoDateIn, longDate } from './format'
import type { ReportInput } from './input'
import { methodChapter } from './method'
import { nextStepsChapter } from './narrative'
import { sectionChapters } from './sections'
import { executiveSummary } from './summary'
import { reportText } from '../text/languages'
import type { ReportText } from '../text/report-text'

/**
 * The whole report (PRODUCT.md §9) from an audit, its scores and findings: cover, contents,
 * executive summary, method, one chapter per section, the action plan (with what changed since
 * the predecessor), and the evidence appendix. Pure: the same input gives the same model.
 */
export function buildReportModel(whole: ReportInput): ReportModel {
  const input = reportInputForEdition({ ...whole, evidence: currentReportEvidence(whole.evidence) })
  const { audit, options, branding } = input
  const language = options.language ?? 'en'
  const words = reportText(language)
  const numbers = evidenceNumbers(input.evidence)
  const appendix = evidenceAppendix(input, numbers, words)
  const logo = branding.logo
  return {
    language,
    cover: {
      title: options.title,
      subtitle: coverSubtitle(
        input.content.sections.map((s) => s.section.title),
        words,
      ),
      client: audit.client,
      system: audit.system,
      firm: audit.firm,
      auditors: audit.auditors,
      date: longDate(isoDateIn(input.now, input.timeZone), words),
      marking: options.marking,
      edition: options.edition,
      ...(logo ? { logoMediaId: logo.mediaId } : {}),
    },
    headerText: words.page.header({ client: audit.client, system: audit.system }),
    page: branding.page ?? A4_PAGE,
    accentColor: branding.accentColor,
    body: [
      { kind: 'tableOfContents' },
      ...executiveSummary(input, words),
      ...methodChapter(input, words),
      ...sectionChapters(input, evidenceRefsByQuestion(input.evidence, numbers), words),
      ...actionPlanChapter(input, words),
      ...nextStepsChapter(input, words),
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
              altText: words.cover.logoAltText({ firm: audit.firm }),
            },
          ]
        : []),
      ...appendix.media,
    ],
  }
}

/** Beyond a few, the practice areas are listed in the contents rather than on the cover. */
const NAMED_ON_COVER = 3

export function coverSubtitle(sectionTitles: readonly string[], words: ReportText): string {
  if (sectionTitles.length > NAMED_ON_COVER)
    return words.cover.subtitleOfMany({ count: sectionTitles.length })
  return words.cover.subtitleOfFew({ sections: words.list(sectionTitles) })
}
