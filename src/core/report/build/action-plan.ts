import { sectionLabel } from '../../charts/chart-data'
import { FINDING_STATUS_LABELS, SEVERITIES, type Finding } from '../../findings/model'
import { findingWarnings } from '../../findings/warnings'
import { compareScores, type SectionChange } from '../../scoring/compare'
import { formatScore } from '../../scoring/model'
import type { ReportBlock, TableCell } from '../model'
import { severityCell, text } from './cells'
import { plural } from '../../text/plural'
import { longDate } from './format'
import type { ReportInput, ReportPredecessor } from './input'

export function actionPlanChapter(input: ReportInput): ReportBlock[] {
  const findings = [...input.findings].sort(
    (a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.order - b.order,
  )
  const unassigned = findings.filter((f) => findingWarnings(f).length > 0)
  return [
    { kind: 'heading', level: 1, text: 'Findings and action plan', pageBreakBefore: true },
    {
      kind: 'paragraph',
      spans: [
        {
          text:
            findings.length === 0
              ? 'No question was rated Not met or Partially met, so there is no action to take.'
              : `${plural(findings.length, 'finding')}, most severe first. Each names the gap observed and what good looks like; ` +
                'an action item needs an owner and a due date to get done.',
        },
      ],
    },
    ...(unassigned.length > 0
      ? [
          {
            kind: 'paragraph',
            style: 'note',
            spans: [
              {
                text: `${plural(unassigned.length, 'action item')} still ${unassigned.length === 1 ? 'needs' : 'need'} an owner or a due date: ${unassigned.map((f) => f.id).join(', ')}.`,
                bold: true,
              },
            ],
          } satisfies ReportBlock,
        ]
      : []),
    ...(findings.length > 0 ? [findingsTable(findings)] : []),
    ...findings.flatMap(findingDetail),
    ...(input.predecessor ? changesSince(input, input.predecessor) : []),
  ]
}

function findingsTable(findings: readonly Finding[]): ReportBlock {
  return {
    kind: 'table',
    columns: [
      { header: 'ID', width: 11 },
      { header: 'Finding', width: 35 },
      { header: 'Severity', width: 12 },
      { header: 'Owner', width: 16 },
      { header: 'Due', width: 13 },
      { header: 'Status', width: 13 },
    ],
    rows: findings.map((f): TableCell[] => [
      text(f.id),
      text(f.title),
      severityCell(f.severity),
      f.owner.trim() ? text(f.owner) : text('Not assigned', 'warn'),
      f.dueDate ? text(longDate(f.dueDate)) : text('No date', 'warn'),
      text(FINDING_STATUS_LABELS[f.status]),
    ]),
    caption: 'The action plan. It is also available as a CSV file for the client’s tracker.',
  }
}

function findingDetail(f: Finding): ReportBlock[] {
  return [
    { kind: 'heading', level: 3, text: `${f.id} · ${f.title}` },
    {
      kind: 'keyValues',
      rows: [
        {
          key: 'Where',
          value: [{ text: `${f.sectionTitle} › ${f.checkTitle} (outcome: ${f.outcomeName})` }],
        },
        { key: 'Gap observed', value: [{ text: f.gap }] },
        { key: 'Recommendation', value: [{ text: f.recommendation }] },
      ],
    },
  ]
}

function changesSince(input: ReportInput, predecessor: ReportPredecessor): ReportBlock[] {
  const changes = compareScores(predecessor.score, input.score)
  const stillOpen = new Set(input.findings.filter((f) => f.status !== 'done').map((f) => f.key))
  const closed = predecessor.findings.filter((f) => !stillOpen.has(f.key))
  return [
    {
      kind: 'heading',
      level: 2,
      text: `What changed since ${longDate(predecessor.audit.startDate)}`,
    },
    {
      kind: 'table',
      columns: [
        { header: 'Section', width: 34 },
        { header: 'Level then', width: 18 },
        { header: 'Level now', width: 18 },
        { header: 'Score then → now', width: 30 },
      ],
      rows: changes.map(changeRow),
    },
    { kind: 'heading', level: 3, text: 'Findings closed since then' },
    closed.length === 0
      ? { kind: 'paragraph', spans: [{ text: 'None of the previous findings is closed yet.' }] }
      : { kind: 'bullets', items: closed.map((f) => [{ text: `${f.id} · ${f.title}` }]) },
  ]
}

function changeRow(change: SectionChange): TableCell[] {
  const delta = change.scoreDelta
  return [
    text(change.current ? sectionLabel(change.current.section) : change.label),
    text(
      change.previous ? `${change.previous.level} · ${change.previous.levelName}` : 'Not assessed',
    ),
    text(
      change.current ? `${change.current.level} · ${change.current.levelName}` : 'Not assessed',
      change.levelDelta === null
        ? undefined
        : change.levelDelta > 0
          ? 'good'
          : change.levelDelta < 0
            ? 'bad'
            : undefined,
    ),
    text(
      `${formatScore(change.previous?.score ?? null)} → ${formatScore(change.current?.score ?? null)}` +
        (delta === null ? '' : ` (${delta > 0 ? '+' : ''}${delta} points)`),
    ),
  ]
}
