import { describe, expect, it } from 'vitest'
import { builtinPack, type ContentPack, type Section } from '../content'
import { readSections } from './read-sections'
import { readWorkbook } from './read-workbook'
import { packToGrid } from './write-sections'
import { writeXlsx } from './write-xlsx'
import { writeCsv } from './csv'

const DEFAULTS = { id: 'imported', title: 'Imported', version: '1.0.0' }
const MTIME = new Date('2026-01-01T00:00:00Z')

/** The built-in section renumbered and retitled ten times: a ten-section pack. */
export function tenSectionPack(): ContentPack {
  const base = builtinPack.sections[0]!
  const sections: Section[] = Array.from({ length: 10 }, (_, i) => ({
    ...base,
    id: `${base.id}-${i + 1}`,
    number: base.number + i,
    title: `${base.title} ${i + 1}`,
  }))
  return { ...builtinPack, id: 'ten-sections', title: 'Ten sections', sections }
}

function roundTrip(pack: ContentPack): ContentPack {
  const bytes = writeXlsx(packToGrid(pack), MTIME)
  const result = readSections(readWorkbook(bytes, 'bank.xlsx'), DEFAULTS)
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2))
  expect(result.notes).toEqual([])
  return result.pack
}

describe('pack → grid → .xlsx → grid → pack', () => {
  it('gives back the built-in pack exactly', () => {
    expect(roundTrip(builtinPack)).toEqual(builtinPack)
  })

  it('gives back a ten-section pack exactly', () => {
    const pack = tenSectionPack()
    expect(roundTrip(pack)).toEqual(pack)
  })

  it('merges a check’s cells down its questions, as a consultant would', () => {
    const sheet = packToGrid(builtinPack).sheets[1]!
    expect(sheet.name).toBe('35 Incident Response')
    expect(sheet.merges.length).toBeGreaterThan(0)
    expect(
      sheet.merges.every((m) => m.firstColumn === m.lastColumn && m.lastRow > m.firstRow),
    ).toBe(true)
  })

  it('a section sheet saved as CSV reads back as that section (with pack defaults)', () => {
    const sheet = packToGrid(builtinPack).sheets[1]!
    const grid = readWorkbook(new TextEncoder().encode(writeCsv(sheet)), 'Incident Response.csv')
    const result = readSections(grid, DEFAULTS)
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    expect(result.pack.id).toBe('imported')
    expect(result.pack.sections).toEqual(builtinPack.sections)
  })
})
