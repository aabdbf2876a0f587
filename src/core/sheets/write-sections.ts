import type { ContentPack, Section } from '../content'
import type { CellRange, Grid, GridSheet } from './grid'
import { COLUMN_NAMES, PACK_LABELS, SECTION_LABELS } from './layout'

/**
 * A pack as a workbook in the documented layout, so export → edit in Excel → import is a round
 * trip: a Pack sheet, then one sheet per section with its label block, its ladder, its
 * Before-You-Start list and its questions, a check's cells merged down its questions. Every id
 * is written, so the pack that comes back has the ids it went out with.
 */

const header = <K extends keyof typeof COLUMN_NAMES>(
  kind: K,
  keys: readonly (keyof (typeof COLUMN_NAMES)[K])[],
): string[] => keys.map((key) => COLUMN_NAMES[kind][key as string]![0]!)

const label = (labels: Record<string, readonly string[]>, key: string): string => labels[key]![0]!

const QUESTION_COLUMNS = [
  'checkId',
  'check',
  'checkIntro',
  'checkBeyondSource',
  'questionId',
  'prompt',
  'guidance',
  'outcome',
  'weight',
  'beyondSource',
] as const
const yes = (flag: boolean | undefined): string => (flag ? 'yes' : '')

function sectionSheet(section: Section): GridSheet {
  const rows: string[][] = [
    [label(SECTION_LABELS, 'id'), section.id],
    [label(SECTION_LABELS, 'number'), String(section.number)],
    [label(SECTION_LABELS, 'category'), section.category],
    [label(SECTION_LABELS, 'title'), section.title],
    [label(SECTION_LABELS, 'summary'), section.summary],
    ...(section.introduction === undefined
      ? []
      : [[label(SECTION_LABELS, 'introduction'), section.introduction]]),
    [label(SECTION_LABELS, 'goalHeadline'), section.goal.headline],
    [label(SECTION_LABELS, 'goal'), section.goal.text],
    [],
    header('ladder', ['outcomeId', 'outcome', 'description']),
    ...section.outcomes.map((o) => [o.id, o.name, o.description]),
    [],
    header('preparation', ['itemId', 'item', 'kind', 'factLabel']),
    ...section.preparation.map((p) => [p.id, p.text, p.kind, p.factLabel ?? '']),
    [],
    header('questions', QUESTION_COLUMNS),
  ]
  const merges: CellRange[] = []
  const outcomeName = new Map(section.outcomes.map((o) => [o.id, o.name]))
  for (const check of section.checks) {
    const first = rows.length
    check.questions.forEach((q, i) => {
      const checkCells =
        i === 0
          ? [check.id, check.title, check.intro, yes(check.addedBeyondSource)]
          : ['', '', '', '']
      rows.push([
        ...checkCells,
        q.id,
        q.prompt,
        q.guidance,
        outcomeName.get(q.outcomeId) ?? q.outcomeId,
        String(q.weight),
        yes(q.addedBeyondSource),
      ])
    })
    if (check.questions.length > 1)
      for (let column = 0; column < 4; column++)
        merges.push({
          firstRow: first,
          firstColumn: column,
          lastRow: rows.length - 1,
          lastColumn: column,
        })
  }
  return { name: `${section.number} ${section.title}`, rows: rows.map(trimEnd), merges }
}

function trimEnd(row: string[]): string[] {
  let end = row.length
  while (end > 0 && row[end - 1] === '') end--
  return row.slice(0, end)
}

export function packToGrid(pack: ContentPack): Grid {
  const packSheet: GridSheet = {
    name: 'Pack',
    rows: [
      [label(PACK_LABELS, 'id'), pack.id],
      [label(PACK_LABELS, 'title'), pack.title],
      [label(PACK_LABELS, 'version'), pack.version],
      ...(pack.publisher === undefined ? [] : [[label(PACK_LABELS, 'publisher'), pack.publisher]]),
      ...(pack.description === undefined
        ? []
        : [[label(PACK_LABELS, 'description'), pack.description]]),
      [label(PACK_LABELS, 'threshold'), String(pack.achievementThreshold)],
    ],
    merges: [],
  }
  return { sheets: [packSheet, ...pack.sections.map(sectionSheet)], notes: [] }
}
