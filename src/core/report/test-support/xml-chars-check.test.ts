import { describe, expect, it } from 'vitest'
import { xmlBytesProblem, xmlTextProblem } from './xml-chars-check'

/** The tests' own strict check must catch what fast-xml-parser's validator lets through. */
describe('xmlBytesProblem', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text)

  it.each([
    ['<a>x\uFFFEy</a>', 'holds U+FFFE, which XML cannot hold, at 4'],
    ['<a>\u0001</a>', 'holds U+0001, which XML cannot hold, at 3'],
    ['<a>&#xFFFF;</a>', 'refers to &#xFFFF;, which XML cannot hold'],
    ['<a>&#8;</a>', 'refers to &#8;, which XML cannot hold'],
  ])('%j %s', (xml, problem) => {
    expect(xmlBytesProblem(utf8(xml))).toBe(problem)
  })

  it('accepts tab, line breaks, U+FFFD, astral characters and their references', () => {
    expect(xmlBytesProblem(utf8('<a>\t\r\n\uFFFD 👩🏽‍💻 &#x1F600; &#9;</a>'))).toBeUndefined()
  })

  it('refuses bytes that are not UTF-8, and finds a lone surrogate in decoded text', () => {
    expect(xmlBytesProblem(Uint8Array.of(0x3c, 0x61, 0x3e, 0xff, 0x3c))).toBe('is not valid UTF-8')
    expect(xmlTextProblem('media/a\ud800.png')).toBe('holds U+D800, which XML cannot hold, at 7')
  })
})
