import { sectionLabel } from '../../charts/chart-data'
import { SEVERITIES, type Finding } from '../../findings/model'
import { findingWarnings } from '../../findings/warnings'
import { compareScores, type SectionChange } from '../../scoring/compare'
import type { ReportBlock, TableCell } from '../model'
import type { ReportText } from '../text/report-text'
import { severityCell, text } from './cells'
import { longDate } from './format'
import type { ReportInput, ReportPredecessor } from './input'
import { levelNameWords, scoreWords } from './words'

export function actionPlanChapter(input: ReportInput, words: ReportText): ReportBlock[] {
  const plan = words.actionPlan
  const findings = [...input.findings].sort(
    (a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.order - b.order,
  )
  const unassigned = findings.filter((f) => findingWarnings(f).length > 0)
  return [
    { kind: 'heading', level: 1, text: plan.heading, pageBreakBefore: true },
    {
      kind: 'paragraph',
      spans: [
        {
          text: findings.length === 0 ? plan.noActions : plan.intro({ count: findings.length }),
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
                text: plan.unassigned({
                  count: unassigned.length,
                  ids: unassigned.map((f) => f.id).join(', '),
                }),
                bold: true,
              },
            ],
          } satisfies ReportBlock,
        ]
      : []),
    ...(findings.length > 0 ? [findingsTable(findings, words)] : []),
    ...findings.flatMap((f) => findingDetail(f, words)),
    ...(input.predecessor ? changesSince(input, input.predecessor, words) : []),
  ]
}

function findingsTable(findings: readonly Finding[], words: ReportText): ReportBlock {
  const plan = words.actionPlan
  return {
    kind: 'table',
    columns: [
      { header: plan.columns.id, width: 11 },
      { header: plan.columns.finding, width: 35 },
      { header: plan.columns.severity, width: 12 },
      { header: plan.columns.owner, width: 16 },
      { header: plan.columns.due, width: 13 },
      { header: plan.columns.status, width: 13 },
    ],
    rows: findings.map((f): TableCell[] => [
      text(f.id),
      text(f.title),
      severityCell(f.severity, words),
      f.owner.trim() ? text(f.owner) : text(plan.notAssigned, 'warn'),
      f.dueDate ? text(longDate(f.dueDate, words)) : text(plan.noDate, 'warn'),
      text(words.findingStatuses[f.status]),
    ]),
    caption: plan.caption,
  }
}

function findingDetail(f: Finding, words: ReportText): ReportBlock[] {
  const plan = words.actionPlan
  return [
    { kind: 'heading', level: 3, text: plan.findingHeading({ id: f.id, title: f.title }) },
    {
      kind: 'keyValues',
      rows: [
        {
          key: plan.where,
          value: [
            {
              text: plan.whereValue({
                section: f.sectionTitle,
                check: f.checkTitle,
                outcome: f.outcomeName,
              }),
            },
          ],
        },
        { key: plan.gap, value: [{ text: f.gap }] },
        { key: plan.recommendation, value: [{ text: f.recommendation }] },
      ],
    },
  ]
}

function changesSince(
  input: ReportInput,
  predecessor: ReportPredecessor,
  words: ReportText,
): ReportBlock[] {
  const plan = words.actionPlan
  const changes = compareScores(predecessor.score, input.score)
  const stillOpen = new Set(input.findings.filter((f) => f.status !== 'done').map((f) => f.key))
  const closed = predecessor.findings.filter((f) => !stillOpen.has(f.key))
  return [
    {
      kind: 'heading',
      level: 2,
      text: plan.changesHeading({ date: longDate(predecessor.audit.startDate, words) }),
    },
    {
      kind: 'table',
      columns: [
        { header: plan.changeColumns.section, width: 34 },
        { header: plan.changeColumns.levelThen, width: 18 },
        { header: plan.changeColumns.levelNow, width: 18 },
        { header: plan.changeColumns.scores, width: 30 },
      ],
      rows: changes.map((change) => changeRow(change, words)),
    },
    { kind: 'heading', level: 3, text: plan.closedHeading },
    closed.length === 0
      ? { kind: 'paragraph', spans: [{ text: plan.noneClosed }] }
      : {
          kind: 'bullets',
          items: closed.map((f) => [{ text: plan.findingHeading({ id: f.id, title: f.title }) }]),
        },
  ]
}

function changeRow(change: SectionChange, words: ReportText): TableCell[] {
  const plan = words.actionPlan
  const level = (at: { level: number; levelName: string } | undefined) =>
    at ? plan.level({ level: at.level, levelName: levelNameWords(at, words) }) : plan.notAssessed
  return [
    text(change.current ? sectionLabel(change.current.section) : change.label),
    text(level(change.previous)),
    text(
      level(change.current),
      change.levelDelta === null
        ? undefined
        : change.levelDelta > 0
          ? 'good'
          : change.levelDelta < 0
            ? 'bad'
            : undefined,
    ),
    text(
      plan.scoreChange({
        then: scoreWords(change.previous?.score ?? null, words),
        now: scoreWords(change.current?.score ?? null, words),
        delta: change.scoreDelta,
      }),
    ),
  ]
}
