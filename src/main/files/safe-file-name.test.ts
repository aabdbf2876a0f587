import { describe, expect, it } from 'vitest'
import { sanitizeFileName } from './safe-file-name'

describe('sanitizeFileName', () => {
  it.each([
    ['Acme Corp – IR audit.docx', 'Acme Corp – IR audit.docx'],
    ['../../etc/passwd', 'etc passwd'],
    ['..\\..\\Windows\\System32\\evil.docx', 'Windows System32 evil.docx'],
    ['C:\\Users\\me\\report.docx', 'C Users me report.docx'],
    ['a/b\\c:d*e?f"g<h>i|j.docx', 'a b c d e f g h i j.docx'],
    ['tab\there\nnewline\u0000nul.docx', 'tab here newline nul.docx'],
    ['CON', '_CON'],
    ['con.docx', '_con.docx'],
    ['NUL.txt', '_NUL.txt'],
    ['com1.docx', '_com1.docx'],
    ['LPT9.zip', '_LPT9.zip'],
    ['aux.tar.gz', '_aux.tar.gz'],
    ['Console.docx', 'Console.docx'],
    ['report. . .', 'report'],
    ['report .docx', 'report.docx'],
    ['   spaced   out   .docx', 'spaced out.docx'],
    ['.hidden', 'hidden'],
    ['...docx', 'Untitled.docx'],
    ['', 'Untitled'],
    ['///', 'Untitled'],
    ['Report.DOCX', 'Report.docx'],
    ['v1.2 final', 'v1.2 final'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['\u202Bquote\u202C \u2066isolate\u2069.docx', 'quote isolate.docx'],
    ['marks\u200E\u200F\u061C.csv', 'marks.csv'],
  ])('%j → %j', (input, expected) => {
    expect(sanitizeFileName(input)).toBe(expected)
  })

  it('limits the length in bytes but keeps the extension', () => {
    const name = sanitizeFileName(`${'é'.repeat(300)}.workbook`)
    expect(name.endsWith('.workbook')).toBe(true)
    expect(new TextEncoder().encode(name).byteLength).toBeLessThanOrEqual(200)
  })

  it('does not cut an emoji in half', () => {
    const name = sanitizeFileName(`${'🙂'.repeat(100)}.docx`)
    expect(name).toMatch(/^(🙂)+\.docx$/u)
  })
})
