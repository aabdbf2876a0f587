/**
 * The documented layout of a question bank (README.md in this folder): which header names mean
 * which column, in any case and with the synonyms consultants use, and the labels of the
 * label/value blocks that describe a section and the pack.
 */

export type TableKind = 'questions' | 'ladder' | 'preparation' | 'sections'

export const TABLE_COLUMNS = {
  questions: [
    'section',
    'check',
    'checkId',
    'checkIntro',
    'checkBeyondSource',
    'questionId',
    'prompt',
    'guidance',
    'outcome',
    'weight',
    'beyondSource',
  ],
  ladder: ['section', 'outcome', 'outcomeId', 'description'],
  preparation: ['section', 'item', 'itemId', 'kind', 'factLabel'],
  sections: [
    'section',
    'number',
    'category',
    'title',
    'summary',
    'introduction',
    'goalHeadline',
    'goal',
  ],
} as const

export type Column<K extends TableKind = TableKind> = (typeof TABLE_COLUMNS)[K][number]

/** The header each column is written with (export and template), then the synonyms read. */
export const COLUMN_NAMES: Record<TableKind, Record<string, readonly string[]>> = {
  questions: {
    section: ['Section', 'Section number', 'Section title', 'Practice area', 'Area'],
    check: ['Check', 'Check title', 'Topic', 'Theme', 'Group'],
    checkId: ['Check id'],
    checkIntro: ['Check intro', 'Check introduction', 'Check description', 'Intro'],
    checkBeyondSource: ['Check beyond source'],
    questionId: ['Question id', 'Id'],
    prompt: ['Prompt', 'Question', 'Question text', 'Questions', 'Ask'],
    guidance: [
      'Guidance',
      'Why it matters',
      'Notes',
      'Help',
      'Explanation',
      'What good looks like',
    ],
    outcome: ['Outcome', 'Level', 'Maturity', 'Maturity level', 'Evidences', 'Outcome evidenced'],
    weight: ['Weight', 'Points', 'Score weight'],
    beyondSource: ['Beyond source', 'Question beyond source', 'Added beyond source'],
  },
  ladder: {
    section: ['Section'],
    outcome: ['Outcome', 'Level', 'Outcome name', 'Maturity level'],
    outcomeId: ['Outcome id'],
    description: ['Description', 'Meaning', 'Definition', 'Outcome description'],
  },
  preparation: {
    section: ['Section'],
    item: ['Before you start', 'Preparation', 'Before you begin', 'Preparation item'],
    itemId: ['Item id'],
    kind: ['Kind', 'Type'],
    factLabel: ['Fact label', 'Label', 'Fact'],
  },
  sections: {
    section: ['Section id', 'Section'],
    number: ['Number', 'Section number', 'No'],
    category: ['Category'],
    title: ['Title', 'Section title'],
    summary: ['Summary'],
    introduction: ['Introduction'],
    goalHeadline: ['Goal headline', 'Headline'],
    goal: ['Goal', 'Goal text'],
  },
}

/**
 * Labels of the label/value rows above a section's tables: the sections table's own names (one
 * list of synonyms for both places), except that a lone "Section" or "No" row would be ambiguous.
 */
const { section: _sectionColumn, ...sectionColumnNames } = COLUMN_NAMES.sections
export const SECTION_LABELS: Record<string, readonly string[]> = {
  ...sectionColumnNames,
  id: ['Section id'],
  number: ['Number', 'Section number'],
}

export const PACK_LABELS: Record<string, readonly string[]> = {
  id: ['Pack id'],
  title: ['Pack title', 'Pack'],
  version: ['Version', 'Pack version'],
  publisher: ['Publisher'],
  description: ['Description', 'Pack description'],
  threshold: ['Achievement threshold', 'Threshold'],
}

/** "  Question Text: " → "question text": case, spacing, punctuation and "(optional)" ignored. */
export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/\(optional\)/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

function lookup(names: Record<string, readonly string[]>): Map<string, string> {
  const map = new Map<string, string>()
  for (const [key, synonyms] of Object.entries(names))
    for (const synonym of synonyms) {
      const normal = normaliseHeader(synonym)
      if (!map.has(normal)) map.set(normal, key)
    }
  return map
}

const COLUMN_LOOKUP = Object.fromEntries(
  Object.entries(COLUMN_NAMES).map(([kind, names]) => [kind, lookup(names)]),
) as Record<TableKind, Map<string, string>>
const SECTION_LABEL_LOOKUP = lookup(SECTION_LABELS)
const PACK_LABEL_LOOKUP = lookup(PACK_LABELS)

export const sectionLabel = (text: string): string | undefined =>
  SECTION_LABEL_LOOKUP.get(normaliseHeader(text))
export const packLabel = (text: string): string | undefined =>
  PACK_LABEL_LOOKUP.get(normaliseHeader(text))

/** Which column of a table kind a header cell names, if any. */
export const columnOf = (kind: TableKind, header: string): string | undefined =>
  COLUMN_LOOKUP[kind].get(normaliseHeader(header))

export interface HeaderRow {
  kind: TableKind
  /** Column key → its index in the row. */
  columns: Map<string, number>
  /** Indexes of header cells that name no column of this kind. */
  unread: number[]
}

function columnsFor(kind: TableKind, row: readonly string[]): HeaderRow {
  const columns = new Map<string, number>()
  const unread: number[] = []
  row.forEach((cell, i) => {
    if (cell.trim() === '') return
    const key = columnOf(kind, cell)
    if (key !== undefined && !columns.has(key)) columns.set(key, i)
    else unread.push(i)
  })
  return { kind, columns, unread }
}

/**
 * The table a row heads, if it is a header row: questions have a prompt column; a ladder an
 * outcome and a description; a Before-You-Start list its item column; a table of sections at
 * least three of their fields (a label/value row has one).
 */
export function classifyHeaderRow(row: readonly string[]): HeaderRow | undefined {
  const questions = columnsFor('questions', row)
  if (questions.columns.has('prompt') && questions.columns.size >= 2) return questions
  const ladder = columnsFor('ladder', row)
  if (ladder.columns.has('outcome') && ladder.columns.has('description')) return ladder
  const preparation = columnsFor('preparation', row)
  if (preparation.columns.has('item')) return preparation
  const sections = columnsFor('sections', row)
  const fields = [...sections.columns.keys()].filter((key) => key !== 'section')
  if (fields.length >= 3) return sections
  return undefined
}
