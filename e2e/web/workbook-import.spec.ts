import { strToU8, zipSync } from 'fflate'
import { builtinPack } from '../../src/core/content'
import type { Grid, GridSheet } from '../../src/core/sheets'
import { readSections, readWorkbook, TEMPLATE_PACK, writeXlsx } from '../../src/core/sheets'
import { expectNoSeriousA11yViolations } from '../fixtures/a11y'
import { inAppDatabase } from '../fixtures/app-database'
import { expect, test } from '../fixtures/app'
import { WorkbookPage } from '../pages/workbook-page'

const MTIME = new Date('2026-01-01T00:00:00Z')
const xlsx = (name: string, grid: Grid) => ({ name, buffer: Buffer.from(writeXlsx(grid, MTIME)) })

/** The consultant's question columns, in their own order and words (none is the layout's). */
const CONSULTANT_HEADER = [
  'Ref',
  'Ask this',
  'Control',
  'Maturity rung',
  'Hint for the auditor',
  'About the control',
]

/** One practice area as a consultant keeps it: the layout's details and ladder, their own columns. */
function consultantSheet(n: number): GridSheet {
  const outcomes = ['Owned', 'Reachable', 'Runbooked']
  const questions = Array.from({ length: 12 }, (_, q) => {
    const check = q < 6 ? `Area ${n} first check` : `Area ${n} second check`
    return [
      `q${n}-${q + 1}`,
      `Practice ${n}, question ${q + 1}: who does it?`,
      q % 6 === 0 ? check : '',
      outcomes[q % 3]!,
      `Why question ${q + 1} of practice ${n} matters.`,
      q % 6 === 0 ? `What the ${check} covers.` : '',
    ]
  })
  return {
    name: `Practice ${n}`,
    merges: [],
    rows: [
      [`Practice area ${n}`],
      [],
      ['Number', String(100 + n)],
      ['Category', 'Operations'],
      ['Title', `Practice area ${n}`],
      ['Summary', `How practice ${n} is run.`],
      ['Goal headline', 'Steady'],
      ['Goal', `Practice ${n} runs without heroics.`],
      [],
      ['Outcome', 'Description'],
      ...outcomes.map((o) => [o, `${o} in practice ${n}.`]),
      [],
      CONSULTANT_HEADER,
      ...questions,
    ],
  }
}

const consultantWorkbook = (): Grid => ({
  notes: [],
  sheets: Array.from({ length: 10 }, (_, i) => consultantSheet(i + 1)),
})

/** A minimal .xlsx around one worksheet's XML, with any extra parts: for files no writer makes. */
function rawXlsx(sheetXml: string, extra: Record<string, Uint8Array> = {}): Buffer {
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'xl/workbook.xml': strToU8(
        '<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      'xl/worksheets/sheet1.xml': strToU8(sheetXml),
      ...extra,
    }),
  )
}

interface Stored {
  drafts: Array<{ draft: { packId: string; section: { id: string; title: string } } }>
  packs: number
}

/** The section drafts and the number of installed packs, read straight from IndexedDB. */
function stored(page: WorkbookPage['page']): Promise<Stored> {
  return inAppDatabase(page, async (db, idb) => {
    const tx = db.transaction(['sectionDrafts', 'packs'], 'readonly')
    const drafts = await idb.settle(tx.objectStore('sectionDrafts').getAll())
    const packs = await idb.settle(tx.objectStore('packs').count())
    return { drafts, packs } as Stored
  })
}

test('a consultant’s workbook goes through the mapping step once and opens as 10 section drafts', async ({
  page,
}) => {
  const workbook = new WorkbookPage(page)
  await workbook.open()
  await workbook.choose(xlsx('Operations practice.xlsx', consultantWorkbook()))

  await expect(workbook.mapping).toBeVisible()
  await expect(workbook.mapping).toContainText('Practice 1, question 1: who does it?')
  await expectNoSeriousA11yViolations(page)
  // The names suggested the question, the check and the outcome; the person says the rest.
  await expect(workbook.mapping.getByLabel(/^Column B /)).toHaveValue('prompt')
  await workbook.mapColumn('A', 'Question id')
  await workbook.mapColumn('E', 'Guidance')
  await workbook.mapColumn('F', 'Check intro')
  await workbook.importWithColumns.click()

  await expect(page.getByText('10 sections imported as drafts.')).toBeVisible()
  await expect(page).toHaveURL(/#\/library\/drafts\/[\w-]+$/)
  const first = await stored(page)
  expect(first.packs).toBe(0)
  expect(first.drafts).toHaveLength(10)
  const titles = first.drafts.map((row) => row.draft.section.title).sort()
  expect(titles).toEqual(Array.from({ length: 10 }, (_, i) => `Practice area ${i + 1}`).sort())
  expect(new Set(first.drafts.map((row) => row.draft.packId))).toEqual(
    new Set(['operations-practice']),
  )

  // The same shape again: read with the saved mapping, no question asked.
  await workbook.open()
  await workbook.choose(xlsx('Operations practice.xlsx', consultantWorkbook()))
  await expect.poll(async () => (await stored(page)).drafts.length).toBe(20)
  await expect(page.getByText('10 sections imported as drafts.')).toHaveCount(2)
  await expect(workbook.mapping).toBeHidden()
  const second = await stored(page)
  expect(new Set(second.drafts.map((row) => row.draft.section.id)).size).toBe(20)
})

test('hostile workbooks are refused or neutralised with a message, and nothing is created', async ({
  page,
}) => {
  const workbook = new WorkbookPage(page)
  await workbook.open()
  const hostile: Array<[string, Buffer, RegExp]> = [
    [
      'bomb.xlsx',
      rawXlsx('<worksheet/>', { 'xl/worksheets/sheet1.xml': new Uint8Array(30 * 1024 * 1024) }),
      /zip bomb.*Nothing was installed\./,
    ],
    [
      'million.xlsx',
      rawXlsx(
        '<worksheet><sheetData><row r="1000000"><c r="A1000000" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>',
      ),
      /reaches row 1,000,000; Audit Workbook reads at most 100,000 rows/,
    ],
    [
      'formula.xlsx',
      rawXlsx(
        '<worksheet><sheetData><row r="1"><c r="A1" t="str"><f>WEBSERVICE("http://example.com")</f><v>cached</v></c></row></sheetData></worksheet>',
      ),
      /1 cell holds a formula.*never run/,
    ],
    [
      'linked.xlsx',
      rawXlsx(
        '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>',
        { 'xl/externalLinks/externalLink1.xml': strToU8('<externalLink/>') },
      ),
      /links to other files.*ignored/,
    ],
  ]
  for (const [name, buffer, message] of hostile) {
    await workbook.choose({ name, buffer })
    await expect(workbook.notImported).toBeVisible()
    await expect(workbook.notImported).toContainText(`${name} was not imported`)
    await expect(workbook.notImported).toContainText(message)
    await workbook.notImported.getByRole('button', { name: 'Close' }).click()
    await expect(workbook.notImported).toBeHidden()
  }
  expect(await stored(page)).toEqual({ drafts: [], packs: 0 })
})

test('the template downloads and imports back cleanly as its one example section', async ({
  page,
}) => {
  const workbook = new WorkbookPage(page)
  await workbook.open()
  const template = await workbook.download(workbook.downloadTemplate)
  expect(template.name).toMatch(/\.xlsx$/)
  const read = readSections(readWorkbook(template.buffer, template.name), {
    id: 'x',
    title: 'x',
    version: '1.0.0',
  })
  expect(read).toEqual({ ok: true, pack: TEMPLATE_PACK, notes: [] })

  await workbook.choose(template)
  await expect(page.getByText('1 section imported as a draft.')).toBeVisible()
  const [draft] = (await stored(page)).drafts
  expect(draft!.draft).toMatchObject({
    packId: TEMPLATE_PACK.id,
    section: TEMPLATE_PACK.sections[0],
  })
})

test('Section 35 exported to .xlsx imports back equal, as a draft of a new section', async ({
  page,
}) => {
  const workbook = new WorkbookPage(page)
  await page.goto('/#/library/incident-response')
  const exported = await workbook.download(
    page.getByRole('button', { name: 'Export Section 35 Incident Response to .xlsx' }),
  )
  expect(exported.name).toBe('Section 35 Incident Response.xlsx')
  const section35 = builtinPack.sections[0]!
  const read = readSections(readWorkbook(exported.buffer, exported.name), {
    id: 'x',
    title: 'x',
    version: '1.0.0',
  })
  expect(read).toEqual({ ok: true, pack: builtinPack, notes: [] })
  // Its pack as the pack file is, too.
  const json = await workbook.download(
    page.getByRole('button', { name: 'Export Section 35 Incident Response as pack JSON' }),
  )
  expect(JSON.parse(json.buffer.toString('utf8'))).toEqual(builtinPack)

  await workbook.open()
  await workbook.choose(exported)
  await expect(page.getByText('1 section imported as a draft.')).toBeVisible()
  const [row] = (await stored(page)).drafts
  // The built-in pack stays read-only: the copy is a new section, equal but for its id.
  expect(row!.draft.packId).not.toBe(builtinPack.id)
  expect({ ...row!.draft.section, id: section35.id }).toEqual(section35)
})
