import { sectionLabel } from '../../charts/chart-data'
import { SEVERITIES, type Finding } from '../../findings/model'
import type { SectionScore } from '../../scoring/model'
import type { ReportBlock, TableCell } from '../model'
import { richTextFromParagraphs, type RichText } from '../../narrative/rich-text'
import { richTextToReportBlocks } from '../../narrative/to-report-blocks'
import { reportText } from '../text/languages'
import type { ReportText } from '../text/report-text'
import { sectionScoresChart } from './chart'
import type { ReportInput } from './input'
import { keyRecommendations, writtenSummary } from './narrative'
import { severityCell, text } from './cells'
import { levelNameWords, percentWords, scoreWords } from './words'

/** How many findings the executive summary lists; the action plan has them all. */
export const TOP_FINDINGS = 5

export function executiveSummary(input: ReportInput, words: ReportText): ReportBlock[] {
  const { score, findings, audit } = input
  const { summary } = words
  return [
    { kind: 'heading', level: 1, text: summary.heading, pageBreakBefore: true },
    ...summaryText(input, words),
    ...keyRecommendations(input, words),
    { kind: 'heading', level: 2, text: summary.maturityHeading },
    {
      kind: 'table',
      columns: [
        { header: summary.columns.section, width: 40 },
        { header: summary.columns.levelReached, width: 30 },
        { header: summary.columns.score, width: 15 },
        { header: summary.columns.coverage, width: 15 },
      ],
      rows: score.sections.map((section) => levelRow(section, words)),
      caption: summary.maturityCaption,
    },
    { kind: 'chart', chart: sectionScoresChart(score, words) },
    { kind: 'heading', level: 2, text: summary.topFindingsHeading },
    ...(findings.length === 0
      ? [paragraph(summary.noFindings({ client: audit.client }))]
      : [topFindingsTable(findings, words)]),
  ]
}

/**
 * The executive summary the report writes when the consultant has not written one: the draft the
 * Report tab offers, marked as a draft, and what "Regenerate draft" compares against.
 */
export function generatedExecutiveSummary(
  input: ReportInput,
  words: ReportText = reportText(input.options.language),
): RichText {
  return richTextFromParagraphs([overallPicture(input, words)])
}

/**
 * The summary's own words: the consultant's once written, else the generated draft, from the very
 * draft the Report tab offers, so the two never differ. Either opens with a lead paragraph.
 */
function summaryText(input: ReportInput, words: ReportText): ReportBlock[] {
  const blocks =
    writtenSummary(input) ?? richTextToReportBlocks(generatedExecutiveSummary(input, words))
  const first = blocks[0]
  return first?.kind === 'paragraph' ? [{ ...first, style: 'lead' }, ...blocks.slice(1)] : blocks
}

function overallPicture({ audit, score, findings }: ReportInput, words: ReportText): string {
  const { summary } = words
  const sections = score.sections
  const scored = sections.filter((s) => s.score !== null)
  const ranked = [...scored].sort((a, b) => (b.score ?? 0) - (a.score ?? 0))
  const strongest = ranked[0]
  const weakest = ranked[ranked.length - 1]
  const bySeverity = SEVERITIES.map(
    (s) => [s, findings.filter((f) => f.severity === s).length] as const,
  )
    .filter(([, n]) => n > 0)
    .map(([s, n]) => summary.severityCount({ count: n, severity: words.severities[s] }))
  const sentences = [
    summary.assessed({
      system: audit.system,
      client: audit.client,
      sections: sections.length,
      score: scoreWords(score.score, words),
      answeredPercent: Math.round(score.coverage.ratio * 100),
    }),
    sections.length === 1 && strongest
      ? summary.singleSection({
          section: strongest.section.title,
          level: strongest.level,
          maxLevel: strongest.maxLevel,
          levelName: levelNameWords(strongest, words),
        })
      : strongest && weakest && strongest !== weakest
        ? summary.strongestAndWeakest({
            strongest: strongest.section.title,
            strongestLevel: levelNameWords(strongest, words),
            strongestScore: scoreWords(strongest.score, words),
            weakest: weakest.section.title,
            weakestLevel: levelNameWords(weakest, words),
            weakestScore: scoreWords(weakest.score, words),
          })
        : '',
    findings.length === 0
      ? summary.noGaps
      : summary.findingsCount({ count: findings.length, bySeverity: words.list(bySeverity) }),
  ]
  return sentences.filter(Boolean).join(' ')
}

function levelRow(section: SectionScore, words: ReportText): TableCell[] {
  return [
    text(sectionLabel(section.section)),
    {
      spans: [
        {
          text: words.summary.levelReached({
            level: section.level,
            maxLevel: section.maxLevel,
            levelName: levelNameWords(section, words),
          }),
          bold: true,
        },
      ],
      tone: section.level === 0 ? 'bad' : section.level === section.maxLevel ? 'good' : 'warn',
    },
    text(scoreWords(section.score, words)),
    text(percentWords(section.coverage.ratio, words)),
  ]
}

function topFindingsTable(findings: readonly Finding[], words: ReportText): ReportBlock {
  const { topColumns } = words.summary
  const top = [...findings]
    .sort(
      (a, b) =>
        SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.order - b.order,
    )
    .slice(0, TOP_FINDINGS)
  return {
    kind: 'table',
    columns: [
      { header: topColumns.id, width: 11 },
      { header: topColumns.finding, width: 59 },
      { header: topColumns.severity, width: 15 },
      { header: topColumns.section, width: 15 },
    ],
    rows: top.map((f) => [
      text(f.id),
      text(f.title),
      severityCell(f.severity, words),
      text(f.sectionTitle),
    ]),
    caption:
      findings.length > TOP_FINDINGS
        ? words.summary.topFindingsCaption({ shown: TOP_FINDINGS, total: findings.length })
        : undefined,
  }
}

function paragraph(value: string): ReportBlock {
  return { kind: 'paragraph', spans: [{ text: value }] }
}
