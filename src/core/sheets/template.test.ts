import { describe, expect, it } from 'vitest'
import { builtinPack, parseContentPack } from '../content'
import { readSections } from './read-sections'
import { readWorkbook } from './read-workbook'
import { TEMPLATE_PACK } from './template'
import { packToGrid } from './write-sections'
import { writeXlsx } from './write-xlsx'

const MTIME = new Date('2026-01-01T00:00:00Z')

describe('the downloadable template', () => {
  it('is a valid pack whose one example section does not take the built-in ids', () => {
    expect(parseContentPack(TEMPLATE_PACK).ok).toBe(true)
    expect(TEMPLATE_PACK.sections).toHaveLength(1)
    expect(TEMPLATE_PACK.id).not.toBe(builtinPack.id)
    expect(TEMPLATE_PACK.sections[0]!.id).not.toBe(builtinPack.sections[0]!.id)
  })

  it('imports back as itself once written to .xlsx', () => {
    const bytes = writeXlsx(packToGrid(TEMPLATE_PACK), MTIME)
    const read = readSections(readWorkbook(bytes, 'template.xlsx'), {
      id: 'x',
      title: 'x',
      version: '9.9.9',
    })
    expect(read).toEqual({ ok: true, pack: TEMPLATE_PACK, notes: [] })
  })
})
