import { sectionComparisonChart, sectionLabel } from '../../charts/chart-data'
import { SEVERITY_LABELS, SEVERITIES, type Finding } from '../../findings/model'
import { formatScore, type SectionScore } from '../../scoring/model'
import type { ReportBlock, TableCell } from '../model'
import { plural } from '../../text/plural'
import { richTextFromParagraphs, type RichText } from '../../narrative/rich-text'
import { richTextToReportBlocks } from '../../narrative/to-report-blocks'
import { listPhrase } from './format'
import type { ReportInput } from './input'
import { keyRecommendations, writtenSummary } from './narrative'
import { severityCell, text } from './cells'

/** How many findings the executive summary lists; the action plan has them all. */
export const TOP_FINDINGS = 5

export function executiveSummary(input: ReportInput): ReportBlock[] {
  const { score, findings, audit } = input
  return [
    { kind: 'heading', level: 1, text: 'Executive summary', pageBreakBefore: true },
    ...summaryText(input),
    ...keyRecommendations(input),
    { kind: 'heading', level: 2, text: 'Maturity by section' },
    {
      kind: 'table',
      columns: [
        { header: 'Section', width: 40 },
        { header: 'Level reached', width: 30 },
        { header: 'Score', width: 15 },
        { header: 'Coverage', width: 15 },
      ],
      rows: score.sections.map(levelRow),
      caption: `Maturity levels run from 0, Ad-hoc, to the last outcome of each section's ladder.`,
    },
    { kind: 'chart', chart: sectionComparisonChart(score) },
    { kind: 'heading', level: 2, text: 'Top findings' },
    ...(findings.length === 0
      ? [paragraph(`No question was rated Not met or Partially met for ${audit.client}.`)]
      : [topFindingsTable(findings)]),
  ]
}

/**
 * The executive summary the report writes when the consultant has not written one: the draft the
 * Report tab offers, marked as a draft, and what "Regenerate draft" compares against.
 */
export function generatedExecutiveSummary(input: ReportInput): RichText {
  return richTextFromParagraphs([overallPicture(input)])
}

/**
 * The summary's own words: the consultant's once written, else the generated draft, from the very
 * draft the Report tab offers, so the two never differ. Either opens with a lead paragraph.
 */
function summaryText(input: ReportInput): ReportBlock[] {
  const blocks = writtenSummary(input) ?? richTextToReportBlocks(generatedExecutiveSummary(input))
  const first = blocks[0]
  return first?.kind === 'paragraph' ? [{ ...first, style: 'lead' }, ...blocks.slice(1)] : blocks
}

function overallPicture({ audit, score, findings }: ReportInput): string {
  const sections = score.sections
  const scored = sections.filter((s) => s.score !== null)
  const ranked = [...scored].sort((a, b) => (b.score ?? 0) - (a.score ?? 0))
  const strongest = ranked[0]
  const weakest = ranked[ranked.length - 1]
  const bySeverity = SEVERITIES.map(
    (s) => [s, findings.filter((f) => f.severity === s).length] as const,
  )
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${SEVERITY_LABELS[s].toLowerCase()}`)
  const sentences = [
    `We assessed ${audit.system} at ${audit.client} across ${plural(sections.length, 'practice area')}, ` +
      `with an overall score of ${formatScore(score.score)} and ${Math.round(score.coverage.ratio * 100)}% of the questions answered.`,
    sections.length === 1 && strongest
      ? `${strongest.section.title} stands at level ${strongest.level} of ${strongest.maxLevel}, ${strongest.levelName}.`
      : strongest && weakest && strongest !== weakest
        ? `The strongest area is ${strongest.section.title} (${strongest.levelName}, ${formatScore(strongest.score)}); ` +
          `the weakest is ${weakest.section.title} (${weakest.levelName}, ${formatScore(weakest.score)}).`
        : '',
    findings.length === 0
      ? 'No gaps were found.'
      : `The interview produced ${plural(findings.length, 'finding')} (${listPhrase(bySeverity)}); ` +
        'each is in the action plan with a recommendation, an owner and a due date to agree.',
  ]
  return sentences.filter(Boolean).join(' ')
}

function levelRow(section: SectionScore): TableCell[] {
  return [
    text(sectionLabel(section.section)),
    {
      spans: [
        {
          text: `Level ${section.level} of ${section.maxLevel} · ${section.levelName}`,
          bold: true,
        },
      ],
      tone: section.level === 0 ? 'bad' : section.level === section.maxLevel ? 'good' : 'warn',
    },
    text(formatScore(section.score)),
    text(`${Math.round(section.coverage.ratio * 100)}%`),
  ]
}

function topFindingsTable(findings: readonly Finding[]): ReportBlock {
  const top = [...findings]
    .sort(
      (a, b) =>
        SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.order - b.order,
    )
    .slice(0, TOP_FINDINGS)
  return {
    kind: 'table',
    columns: [
      { header: 'ID', width: 11 },
      { header: 'Finding', width: 59 },
      { header: 'Severity', width: 15 },
      { header: 'Section', width: 15 },
    ],
    rows: top.map((f) => [
      text(f.id),
      text(f.title),
      severityCell(f.severity),
      text(f.sectionTitle),
    ]),
    caption:
      findings.length > TOP_FINDINGS
        ? `The ${TOP_FINDINGS} most severe of ${findings.length} findings; all are in the action plan.`
        : undefined,
  }
}

function paragraph(value: string): ReportBlock {
  return { kind: 'paragraph', spans: [{ text: value }] }
}
