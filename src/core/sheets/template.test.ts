import { describe, expect, it } from 'vitest'
import { builtinPack, parseContentPack } from '../content'
import { exportName, packOfSection } from './export-files'
import { packDefaultsFor } from './pack-defaults'
import { readSections } from './read-sections'
import { readWorkbook } from './read-workbook'
import { TEMPLATE_PACK } from './template'
import { packToGrid } from './write-sections'
import { writeXlsx } from './write-xlsx'

const MTIME = new Date('2026-01-01T00:00:00Z')

describe('the downloadable template and exports', () => {
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

  it('exports one section as its pack with that section only, named by the section', () => {
    const section = builtinPack.sections[0]!
    expect(packOfSection(builtinPack, section.id)).toEqual({ ...builtinPack, sections: [section] })
    expect(packOfSection(builtinPack, 'nowhere')).toBeUndefined()
    expect(exportName(builtinPack, section)).toBe('Section 35 Incident Response')
    expect(exportName(builtinPack)).toBe('Audit Workbook core library 1.0.0')
  })

  it('names a workbook’s pack after its file when the workbook does not', () => {
    expect(packDefaultsFor('Acme bank.xlsx')).toEqual({
      id: 'acme-bank',
      title: 'Acme bank',
      version: '1.0.0',
    })
    expect(packDefaultsFor('.csv')).toEqual({ id: 'workbook', title: 'Workbook', version: '1.0.0' })
  })
})
