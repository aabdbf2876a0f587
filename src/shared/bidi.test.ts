import { describe, expect, it } from 'vitest'
import { withoutBidiControls } from './bidi'

describe('withoutBidiControls', () => {
  it.each([
    ['U+202E right-to-left override', 'invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['U+202A–U+202D embeddings and override', '\u202Aa\u202Bb\u202Cc\u202Dd', 'abcd'],
    ['U+2066–U+2069 isolates', '\u2066a\u2067b\u2068c\u2069d.pdf', 'abcd.pdf'],
    ['U+200E and U+200F marks', 'report\u200E\u200F.docx', 'report.docx'],
    ['U+061C Arabic letter mark', 'x\u061C.txt', 'x.txt'],
  ])('removes the %s', (_, input, expected) => {
    expect(withoutBidiControls(input)).toBe(expected)
  })

  it('keeps right-to-left letters themselves', () => {
    expect(withoutBidiControls('تقرير.docx')).toBe('تقرير.docx')
  })
})
