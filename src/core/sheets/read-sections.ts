import {
  CONTENT_PACK_FORMAT,
  CONTENT_PACK_FORMAT_VERSION,
  parseContentPack,
  type ContentPack,
  type ContentPackInput,
} from '../content'
import type { Grid } from './grid'
import { collectTables, type SectionBlock, type TableRecord } from './collect-tables'
import { normaliseHeader, SECTION_LABELS } from './layout'
import { problemAt, type CellPlace, type SheetCell, type SheetProblem } from './sheet-problem'
import { IdScope } from './slug-ids'

/**
 * A question bank in the documented layout (README.md) → a content pack, checked by the one
 * rule set every pack goes through (`parseContentPack`), or every problem at once, each at its
 * sheet, row and column. Ids come from the id columns when present (an export writes them, so
 * a round trip keeps them), else from titles.
 */

export interface PackDefaults {
  id: string
  title: string
  version: string
}

export type ReadSectionsResult =
  | { ok: true; pack: ContentPack; notes: string[] }
  | { ok: false; problems: SheetProblem[]; notes: string[] }

type SectionInput = ContentPackInput['sections'][number]
type CheckInput = SectionInput['checks'][number]
type QuestionInput = CheckInput['questions'][number]

const TRUE_WORDS = new Set(['yes', 'y', 'true', 'x', '1'])

/** What a person wrote for a field's name, for messages: `checks[0].intro` → "Check intro". */
const FIELD_WORDS: Record<string, string> = {
  number: 'Number',
  category: 'Category',
  title: 'Title',
  summary: 'Summary',
  introduction: 'Introduction',
  headline: 'Goal headline',
  text: 'Text',
  name: 'Outcome',
  description: 'Description',
  kind: 'Kind',
  factLabel: 'Fact label',
  intro: 'Check intro',
  prompt: 'Prompt',
  guidance: 'Guidance',
  outcomeId: 'Outcome',
  weight: 'Weight',
  id: 'Id',
  version: 'Version',
  achievementThreshold: 'Achievement threshold',
}

function fieldWords(path: string): string {
  if (/goal\.text$/.test(path)) return 'Goal'
  if (/preparation\[\d+\]\.text$/.test(path)) return 'Before-you-start item'
  if (/checks\[\d+\]\.title$/.test(path)) return 'Check'
  if (/outcomes\[\d+\]$/.test(path)) return 'Outcome'
  const last = /([A-Za-z]+)$/.exec(path)?.[1]
  return last === undefined ? '' : (FIELD_WORDS[last] ?? last)
}

interface SectionDraft {
  block: SectionBlock
  fields: Map<string, SheetCell>
  ladder: TableRecord[]
  preparation: TableRecord[]
  questions: TableRecord[]
}

class PackReader {
  readonly problems: SheetProblem[] = []
  /** Pack path → the cell it came from. */
  readonly places = new Map<string, CellPlace>()
  /** Paths already reported by the reader, so the schema's view of the same gap is not repeated. */
  readonly reported = new Set<string>()
  readonly drafts: SectionDraft[] = []

  problem(place: CellPlace | undefined, message: string, path?: string): void {
    this.problems.push(problemAt(place, message))
    if (path !== undefined) this.reported.add(path)
  }

  text(cell: SheetCell | undefined, path: string): string | undefined {
    if (cell) this.places.set(path, cell)
    return cell === undefined || cell.text === '' ? undefined : cell.text
  }

  findSection(key: string): SectionDraft | undefined {
    const wanted = normaliseHeader(key)
    return this.drafts.find(
      (draft) =>
        ['id', 'number', 'title'].some((field) => {
          const value = draft.fields.get(field)?.text
          return value !== undefined && value !== '' && normaliseHeader(value) === wanted
        }) || normaliseHeader(draft.block.sheet) === wanted,
    )
  }

  sectionOf(record: TableRecord): SectionDraft {
    const key = record.cells.get('section')
    if (key && key.text !== '') {
      const found = this.findSection(key.text)
      if (found) return found
      const block: SectionBlock = {
        sheet: key.sheet,
        origin: key,
        fields: new Map([['title', key]]),
      }
      const draft = { block, fields: block.fields, ladder: [], preparation: [], questions: [] }
      this.drafts.push(draft)
      return draft
    }
    let draft = this.drafts.find((d) => d.block === record.sheetSection)
    if (!draft) {
      const block = record.sheetSection
      if (!block.fields.has('title')) block.fields.set('title', block.origin)
      draft = { block, fields: block.fields, ladder: [], preparation: [], questions: [] }
      this.drafts.push(draft)
    }
    return draft
  }
}

function parseNumber(text: string): number | undefined {
  const cleaned = text.replace(/\s/g, '').replace(/^(\d+),(\d+)$/, '$1.$2')
  if (!/^-?\d+(\.\d+)?%?$/.test(cleaned)) return undefined
  return cleaned.endsWith('%') ? Number(cleaned.slice(0, -1)) / 100 : Number(cleaned)
}

function buildSection(
  reader: PackReader,
  draft: SectionDraft,
  at: string,
  sectionIds: IdScope,
): SectionInput {
  const f = draft.fields
  const missing = ['number', 'category', 'summary', 'goalHeadline', 'goal'].filter(
    (key) => (f.get(key)?.text ?? '') === '',
  )
  if (missing.length > 0) {
    const labels = missing.map((key) => SECTION_LABELS[key]![0]!)
    const name = f.get('title')?.text ?? draft.block.sheet
    reader.problem(
      f.get(missing[0]!) ?? draft.block.origin,
      `The section “${name}” needs ${labels.join(', ')}: add each as a row above its tables (the label in one cell, its value in the next), or as columns of a Sections sheet.`,
    )
    for (const key of missing)
      reader.reported.add(
        `${at}.${key === 'goalHeadline' ? 'goal.headline' : key === 'goal' ? 'goal.text' : key}`,
      )
  }
  const numberCell = f.get('number')
  let number: number | undefined
  if (numberCell && numberCell.text !== '') {
    number = parseNumber(numberCell.text.replace(/^section\s*/i, ''))
    if (number === undefined || !Number.isInteger(number) || number <= 0) {
      reader.problem(
        numberCell,
        `Number must be a whole number, like 35 (it is “${numberCell.text}”).`,
        `${at}.number`,
      )
      number = undefined
    }
    reader.places.set(`${at}.number`, numberCell)
  }
  const title = reader.text(f.get('title'), `${at}.title`) ?? ''
  const explicitId = reader.text(f.get('id'), `${at}.id`)
  const section: SectionInput = {
    id: explicitId ?? sectionIds.make(title, 'section'),
    number: number as number,
    category: reader.text(f.get('category'), `${at}.category`) as string,
    title,
    summary: reader.text(f.get('summary'), `${at}.summary`) as string,
    goal: {
      headline: reader.text(f.get('goalHeadline'), `${at}.goal.headline`) as string,
      text: reader.text(f.get('goal'), `${at}.goal.text`) as string,
    },
    outcomes: [],
    preparation: [],
    checks: [],
  }
  const introduction = reader.text(f.get('introduction'), `${at}.introduction`)
  if (introduction !== undefined) section.introduction = introduction
  section.outcomes = buildLadder(reader, draft, at)
  section.preparation = buildPreparation(reader, draft, at)
  section.checks = buildChecks(reader, draft, at, section.outcomes)
  if (draft.questions.length === 0)
    reader.problem(
      draft.block.origin,
      `The section “${title}” has no questions: add a table with a Prompt column.`,
      `${at}.checks`,
    )
  if (draft.ladder.length === 0)
    reader.problem(
      draft.block.origin,
      `The section “${title}” has no ladder: add a table with the columns Outcome and Description.`,
      `${at}.outcomes`,
    )
  return section
}

function buildLadder(
  reader: PackReader,
  draft: SectionDraft,
  at: string,
): SectionInput['outcomes'] {
  const ids = new IdScope()
  for (const r of draft.ladder) {
    const id = r.cells.get('outcomeId')?.text
    if (id) ids.reserve(id)
  }
  return draft.ladder.map((r, i) => {
    const path = `${at}.outcomes[${i}]`
    reader.places.set(path, r.cells.get('outcome')!)
    const name = reader.text(r.cells.get('outcome'), `${path}.name`) ?? ''
    return {
      id: reader.text(r.cells.get('outcomeId'), `${path}.id`) ?? ids.make(name, `outcome-${i + 1}`),
      name,
      description: reader.text(
        r.cells.get('description') ?? r.cells.get('outcome'),
        `${path}.description`,
      ) as string,
    }
  })
}

function buildPreparation(
  reader: PackReader,
  draft: SectionDraft,
  at: string,
): SectionInput['preparation'] {
  const ids = new IdScope()
  for (const r of draft.preparation) {
    const id = r.cells.get('itemId')?.text
    if (id) ids.reserve(id)
  }
  return draft.preparation.map((r, i) => {
    const path = `${at}.preparation[${i}]`
    const text = reader.text(r.cells.get('item'), `${path}.text`) ?? ''
    const factLabel = reader.text(r.cells.get('factLabel'), `${path}.factLabel`)
    const kindCell = r.cells.get('kind')
    const kindWord = normaliseHeader(kindCell?.text ?? '')
    let kind: 'task' | 'fact' = factLabel === undefined ? 'task' : 'fact'
    if (kindWord.startsWith('fact')) kind = 'fact'
    else if (kindWord === 'task' || kindWord === 'to do' || kindWord === 'todo') kind = 'task'
    else if (kindWord !== '')
      reader.problem(
        kindCell,
        `Kind must be “task” or “fact” (it is “${kindCell!.text}”).`,
        `${path}.kind`,
      )
    if (kindCell) reader.places.set(`${path}.kind`, kindCell)
    reader.places.set(`${path}.factLabel`, r.cells.get('factLabel') ?? r.cells.get('item')!)
    const item: SectionInput['preparation'][number] = {
      id: reader.text(r.cells.get('itemId'), `${path}.id`) ?? ids.make(text, `item-${i + 1}`, 6),
      text,
      kind,
    }
    if (factLabel !== undefined) item.factLabel = factLabel
    return item
  })
}

function outcomeResolver(outcomes: SectionInput['outcomes']): (text: string) => string | undefined {
  return (text) => {
    const wanted = normaliseHeader(text)
    const level = /^(?:level )?(\d+)$/.exec(wanted)?.[1]
    if (level !== undefined) return outcomes[Number(level) - 1]?.id
    return outcomes.find((o) => normaliseHeader(o.name) === wanted || o.id === text)?.id
  }
}

function buildChecks(
  reader: PackReader,
  draft: SectionDraft,
  at: string,
  outcomes: SectionInput['outcomes'],
): CheckInput[] {
  const checkIds = new IdScope()
  const questionIds = new IdScope()
  for (const r of draft.questions) {
    const c = r.cells.get('checkId')?.text
    const q = r.cells.get('questionId')?.text
    if (c) checkIds.reserve(c)
    if (q) questionIds.reserve(q)
  }
  const resolve = outcomeResolver(outcomes)
  const ladderNames = outcomes.map((o) => o.name).join(', ')
  const checks: CheckInput[] = []
  const byKey = new Map<string, CheckInput>()
  let current: CheckInput | undefined
  for (const r of draft.questions) {
    const cell = (key: string): SheetCell | undefined => r.cells.get(key)
    const title = cell('check')?.text ?? ''
    const explicitCheckId = cell('checkId')?.text ?? ''
    if (title !== '' || explicitCheckId !== '') {
      const key =
        explicitCheckId !== '' ? `id:${explicitCheckId}` : `title:${normaliseHeader(title)}`
      current = byKey.get(key)
      if (!current) {
        const path = `${at}.checks[${checks.length}]`
        current = {
          id: explicitCheckId || checkIds.make(title, `check-${checks.length + 1}`),
          title,
          intro: '',
          questions: [],
        }
        reader.places.set(path, cell('check') ?? cell('checkId')!)
        reader.places.set(`${path}.title`, cell('check') ?? cell('checkId')!)
        reader.places.set(`${path}.intro`, cell('checkIntro') ?? cell('check')!)
        if (explicitCheckId) reader.places.set(`${path}.id`, cell('checkId')!)
        byKey.set(key, current)
        checks.push(current)
      }
    }
    const checkIndex = current ? checks.indexOf(current) : -1
    const intro = cell('checkIntro')?.text ?? ''
    if (current && current.intro === '' && intro !== '') {
      current.intro = intro
      reader.places.set(`${at}.checks[${checkIndex}].intro`, cell('checkIntro')!)
    }
    if (current && TRUE_WORDS.has(normaliseHeader(cell('checkBeyondSource')?.text ?? '')))
      current.addedBeyondSource = true

    const questionFields = ['prompt', 'guidance', 'outcome', 'weight', 'questionId']
    if (!questionFields.some((key) => (cell(key)?.text ?? '') !== '')) continue
    if (!current) {
      reader.problem(
        cell('check') ?? cell('prompt'),
        'This question has no check: write its check’s title in this column, on this row or a row above.',
      )
      continue
    }
    const path = `${at}.checks[${checkIndex}].questions[${current.questions.length}]`
    const prompt = reader.text(cell('prompt'), `${path}.prompt`) ?? ''
    const question: QuestionInput = {
      id:
        reader.text(cell('questionId'), `${path}.id`) ??
        questionIds.make(prompt, `question-${current.questions.length + 1}`, 6),
      prompt,
      guidance: reader.text(cell('guidance') ?? cell('prompt'), `${path}.guidance`) as string,
      outcomeId: undefined as unknown as string,
    }
    reader.places.set(path, cell('prompt')!)
    const outcomeCell = cell('outcome')
    reader.places.set(`${path}.outcomeId`, outcomeCell ?? cell('prompt')!)
    if (outcomeCell && outcomeCell.text !== '') {
      const id = resolve(outcomeCell.text)
      if (id !== undefined) question.outcomeId = id
      else
        reader.problem(
          outcomeCell,
          outcomes.length === 0
            ? `“${outcomeCell.text}” is not on this section's ladder, which has no outcomes yet.`
            : `“${outcomeCell.text}” is not on this section's ladder; use one of: ${ladderNames}.`,
          `${path}.outcomeId`,
        )
    }
    const weightCell = cell('weight')
    if (weightCell && weightCell.text !== '') {
      reader.places.set(`${path}.weight`, weightCell)
      const weight = parseNumber(weightCell.text)
      if (weight === undefined)
        reader.problem(
          weightCell,
          `Weight must be a number, like 1 or 2.5 (it is “${weightCell.text}”).`,
          `${path}.weight`,
        )
      else question.weight = weight
    }
    if (TRUE_WORDS.has(normaliseHeader(cell('beyondSource')?.text ?? '')))
      question.addedBeyondSource = true
    current.questions.push(question)
  }
  for (const check of checks)
    if (check.intro === '') (check as { intro?: string }).intro = undefined
  return checks
}

function assignRecords(
  reader: PackReader,
  records: readonly TableRecord[],
  blocks: readonly SectionBlock[],
): void {
  // Sections described on their own sheet, then rows of a Sections table, in workbook order.
  for (const block of blocks)
    if (block.fields.size > 0)
      reader.drafts.push({
        block,
        fields: block.fields,
        ladder: [],
        preparation: [],
        questions: [],
      })
  for (const record of records.filter((r) => r.kind === 'sections')) {
    const key =
      record.cells.get('section') ?? record.cells.get('title') ?? record.cells.get('number')!
    const existing = key.text === '' ? undefined : reader.findSection(key.text)
    const fields = existing?.fields ?? new Map<string, SheetCell>()
    for (const [column, cell] of record.cells)
      if (cell.text !== '') fields.set(column === 'section' ? 'id' : column, cell)
    if (!existing)
      reader.drafts.push({
        block: { sheet: record.sheet, origin: key, fields },
        fields,
        ladder: [],
        preparation: [],
        questions: [],
      })
  }
  for (const record of records) {
    if (record.kind === 'sections') continue
    const draft = reader.sectionOf(record)
    if (record.kind === 'ladder') draft.ladder.push(record)
    else if (record.kind === 'preparation') draft.preparation.push(record)
    else draft.questions.push(record)
  }
}

export function readSections(grid: Grid, defaults: PackDefaults): ReadSectionsResult {
  const collected = collectTables(grid)
  const notes = [...grid.notes, ...collected.notes]
  const reader = new PackReader()
  if (collected.questionTables === 0)
    return {
      ok: false,
      notes,
      problems: [
        problemAt(
          undefined,
          'No questions were found: no sheet has a header row with a “Prompt” (or “Question”) column. Add one, or say which column is which in the mapping step.',
        ),
      ],
    }
  assignRecords(reader, collected.records, collected.blocks)
  const drafts = reader.drafts.filter(
    (d) => d.questions.length + d.ladder.length + d.preparation.length > 0,
  )

  const p = collected.packFields
  const threshold = p.get('threshold')
  const pack: ContentPackInput = {
    format: CONTENT_PACK_FORMAT,
    formatVersion: CONTENT_PACK_FORMAT_VERSION,
    id: reader.text(p.get('id'), 'id') ?? defaults.id,
    version: reader.text(p.get('version'), 'version') ?? defaults.version,
    title: reader.text(p.get('title'), 'title') ?? defaults.title,
    sections: [],
  }
  const publisher = reader.text(p.get('publisher'), 'publisher')
  const description = reader.text(p.get('description'), 'description')
  if (publisher !== undefined) pack.publisher = publisher
  if (description !== undefined) pack.description = description
  if (threshold && threshold.text !== '') {
    reader.places.set('achievementThreshold', threshold)
    const value = parseNumber(threshold.text)
    if (value === undefined)
      reader.problem(
        threshold,
        `Achievement threshold must be a number, like 0.75 or 75% (it is “${threshold.text}”).`,
        'achievementThreshold',
      )
    else pack.achievementThreshold = value
  }
  const sectionIds = new IdScope()
  for (const d of drafts) {
    const id = d.fields.get('id')?.text
    if (id) sectionIds.reserve(id)
  }
  pack.sections = drafts.map((draft, i) =>
    buildSection(reader, draft, `sections[${i}]`, sectionIds),
  )

  const result = parseContentPack(pack)
  if (result.ok && reader.problems.length === 0) return { ok: true, pack: result.pack, notes }
  const problems = [...reader.problems]
  if (!result.ok)
    for (const error of result.errors) {
      if (isReported(reader.reported, error.path)) continue
      problems.push(
        problemAt(
          placeOf(reader.places, error.path),
          sentence(`${fieldWords(error.path)} ${error.message}`),
        ),
      )
    }
  return {
    ok: false,
    problems:
      problems.length > 0 ? problems : [problemAt(undefined, 'The workbook could not be read.')],
    notes,
  }
}

const sentence = (text: string): string =>
  /[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`

function isReported(reported: ReadonlySet<string>, path: string): boolean {
  for (const done of reported)
    if (path === done || path.startsWith(`${done}.`) || path.startsWith(`${done}[`)) return true
  return false
}

/** The cell of a path, or of its nearest ancestor that has one. */
function placeOf(places: ReadonlyMap<string, CellPlace>, path: string): CellPlace | undefined {
  for (let p = path; p !== ''; p = p.replace(/(\.[A-Za-z]+|\[\d+\])$/, '')) {
    const place = places.get(p)
    if (place) return place
    if (!/(\.[A-Za-z]+|\[\d+\])$/.test(p)) break
  }
  return undefined
}
