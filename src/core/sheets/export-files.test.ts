import { describe, expect, it } from 'vitest'
import { builtinPack } from '../content'
import { exportName, packOfSection } from './export-files'

describe('exports', () => {
  it('exports one section as its pack with that section only, named by the section', () => {
    const section = builtinPack.sections[0]!
    expect(packOfSection(builtinPack, section.id)).toEqual({ ...builtinPack, sections: [section] })
    expect(packOfSection(builtinPack, 'nowhere')).toBeUndefined()
    expect(exportName(builtinPack, section)).toBe('Section 35 Incident Response')
    expect(exportName(builtinPack)).toBe('Audit Workbook core library 1.0.0')
  })
})
