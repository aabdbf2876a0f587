import { RATING_LABELS } from '../../audit/labels'
import { describeSeverityRule } from '../../findings/severity'
import { describeScoringMethod } from '../../scoring/method'
import { RATING_VALUES } from '../../scoring/score-section'
import type { ReportBlock } from '../model'
import { text } from './cells'
import { plural } from '../../text/plural'
import type { ReportInput } from './input'
import { limitations, scopeAndApproach } from './narrative'

export function methodChapter(input: ReportInput): ReportBlock[] {
  const { content, score, audit } = input
  const sections = content.sections
  return [
    { kind: 'heading', level: 1, text: 'Method', pageBreakBefore: true },
    ...scopeAndApproach(input),
    {
      kind: 'paragraph',
      spans: [
        {
          text:
            `The assessment followed a structured interview with the ${audit.system} team, ` +
            `section by section, using ${plural(sections.length, 'section')} of the question library ` +
            `(${sections.map((s) => `${s.section.title}, ${s.packId} ${s.packVersion}`).join('; ')}). ` +
            'Each answer records who gave it and whether it was stated in the interview or verified against evidence.',
        },
      ],
    },
    { kind: 'heading', level: 2, text: 'Rating scale' },
    {
      kind: 'table',
      columns: [
        { header: 'Rating', width: 25 },
        { header: 'Counts as', width: 15 },
        { header: 'Meaning', width: 60 },
      ],
      rows: [
        [
          text(RATING_LABELS.met, 'good'),
          text(String(RATING_VALUES.met)),
          text('The practice is in place and works as described.'),
        ],
        [
          text(RATING_LABELS.partial, 'warn'),
          text(String(RATING_VALUES.partial)),
          text('The practice exists but has gaps or is not applied consistently.'),
        ],
        [
          text(RATING_LABELS['not-met'], 'bad'),
          text(String(RATING_VALUES['not-met'])),
          text('The practice is missing.'),
        ],
        [
          text(RATING_LABELS.na, 'neutral'),
          text('—'),
          text('The question does not apply to this system; it is left out of the scores.'),
        ],
      ],
    },
    { kind: 'heading', level: 2, text: 'Scoring rules' },
    ...describeScoringMethod(content).map((block): ReportBlock =>
      block.kind === 'paragraph'
        ? { kind: 'paragraph', spans: [{ text: block.text }] }
        : {
            kind: 'keyValues',
            rows: block.items.map((i) => ({ key: i.term, value: [{ text: i.text }] })),
          },
    ),
    { kind: 'heading', level: 2, text: 'Coverage' },
    {
      kind: 'paragraph',
      spans: [
        {
          text:
            `${score.coverage.answered} of ${plural(score.coverage.total, 'question')} were answered ` +
            `(${Math.round(score.coverage.ratio * 100)}%). Unanswered questions lower the coverage, not the scores, ` +
            'and keep their outcome from being achieved.',
        },
      ],
    },
    { kind: 'heading', level: 2, text: 'Severity of findings' },
    ...describeSeverityRule().map((line): ReportBlock => ({
      kind: 'paragraph',
      spans: [{ text: line }],
    })),
    ...limitations(input),
  ]
}
