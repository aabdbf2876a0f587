import type { Rating } from '../../audit/model'
import { RATING_VALUES } from '../../scoring/score-section'
import type { CellTone, ReportBlock, TableCell } from '../model'
import type { ReportText } from '../text/report-text'
import { text } from './cells'
import type { ReportInput } from './input'
import { limitations, scopeAndApproach } from './narrative'

export function methodChapter(input: ReportInput, words: ReportText): ReportBlock[] {
  const { content, score, audit } = input
  const { method } = words
  const sections = content.sections
  return [
    { kind: 'heading', level: 1, text: method.heading, pageBreakBefore: true },
    ...scopeAndApproach(input, words),
    {
      kind: 'paragraph',
      spans: [
        {
          text: method.interview({
            system: audit.system,
            sectionCount: sections.length,
            sections: sections
              .map((s) =>
                method.sectionSource({
                  title: s.section.title,
                  pack: s.packId,
                  version: s.packVersion,
                }),
              )
              .join('; '),
          }),
        },
      ],
    },
    { kind: 'heading', level: 2, text: method.ratingScaleHeading },
    {
      kind: 'table',
      columns: [
        { header: method.ratingColumns.rating, width: 25 },
        { header: method.ratingColumns.countsAs, width: 15 },
        { header: method.ratingColumns.meaning, width: 60 },
      ],
      rows: [
        ratingRow('met', 'good', words),
        ratingRow('partial', 'warn', words),
        ratingRow('not-met', 'bad', words),
        ratingRow('na', 'neutral', words),
      ],
    },
    { kind: 'heading', level: 2, text: method.scoringRulesHeading },
    ...method.scoringRules(content).map((block): ReportBlock =>
      block.kind === 'paragraph'
        ? { kind: 'paragraph', spans: [{ text: block.text }] }
        : {
            kind: 'keyValues',
            rows: block.items.map((i) => ({ key: i.term, value: [{ text: i.text }] })),
          },
    ),
    { kind: 'heading', level: 2, text: method.coverageHeading },
    {
      kind: 'paragraph',
      spans: [
        {
          text: method.coverage({
            answered: score.coverage.answered,
            total: score.coverage.total,
            percent: Math.round(score.coverage.ratio * 100),
          }),
        },
      ],
    },
    { kind: 'heading', level: 2, text: method.severityHeading },
    ...method.severityRule().map((line): ReportBlock => ({
      kind: 'paragraph',
      spans: [{ text: line }],
    })),
    ...limitations(input, words),
  ]
}

/** A rating, what it counts as in a score (Not applicable counts as nothing) and what it means. */
function ratingRow(rating: Rating, tone: CellTone, words: ReportText): TableCell[] {
  const value = rating === 'na' ? words.method.notCounted : String(RATING_VALUES[rating])
  return [text(words.ratings[rating], tone), text(value), text(words.method.ratingMeanings[rating])]
}
