import { describe, expect, it } from 'vitest'
import { packDefaultsFor } from './pack-defaults'

describe('a workbook’s pack defaults', () => {
  it('names a workbook’s pack after its file when the workbook does not', () => {
    expect(packDefaultsFor('Acme bank.xlsx')).toEqual({
      id: 'acme-bank',
      title: 'Acme bank',
      version: '1.0.0',
    })
    expect(packDefaultsFor('.csv')).toEqual({ id: 'workbook', title: 'Workbook', version: '1.0.0' })
  })
})
