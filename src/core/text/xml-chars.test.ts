import { describe, expect, it } from 'vitest'
import { stripNonXmlChars, withXmlSafeText } from './xml-chars'

describe('stripNonXmlChars', () => {
  it.each([
    ['plain text', 'plain text'],
    ['tab\tline\ncarriage\r', 'tab\tline\ncarriage\r'],
    ['nul\u0000 bell\u0007 vt\u000B ff\u000C esc\u001B us\u001F', 'nul bell vt ff esc us'],
    ['non\uFFFEchar\uFFFF', 'nonchar'],
    ['lone high \uD800 and low \uDC00', 'lone high  and low '],
    ['reversed pair \uDC00\uD800', 'reversed pair '],
    ['a pair 👩🏽‍💻 stays', 'a pair 👩🏽‍💻 stays'],
    [
      'DEL \u007F, C1 \u0085 and U+FFFD \uFFFD are XML characters',
      'DEL \u007F, C1 \u0085 and U+FFFD \uFFFD are XML characters',
    ],
    ['bidi \u202E and zero width \u200B are too', 'bidi \u202E and zero width \u200B are too'],
    ['plane 16 \u{10FFFF} and U+1FFFE \u{1FFFE}', 'plane 16 \u{10FFFF} and U+1FFFE \u{1FFFE}'],
  ])('%j → %j', (text, expected) => {
    expect(stripNonXmlChars(text)).toBe(expected)
  })
})

describe('withXmlSafeText', () => {
  it('strips every string at any depth and keeps the rest of the data as it was', () => {
    const data = {
      title: 'A\uFFFEB',
      count: 3,
      flag: true,
      none: null,
      missing: undefined,
      rows: [{ cells: ['x\u0001', 'y'] }, { cells: [] }],
    }
    expect(withXmlSafeText(data)).toEqual({
      title: 'AB',
      count: 3,
      flag: true,
      none: null,
      missing: undefined,
      rows: [{ cells: ['x', 'y'] }, { cells: [] }],
    })
    expect(data.title).toBe('A\uFFFEB') // not changed in place
  })

  it('returns clean data itself, without a copy', () => {
    const data = { a: ['b', { c: 'd' }] }
    expect(withXmlSafeText(data)).toBe(data)
  })

  it('refuses what it cannot look inside, rather than let its strings through', () => {
    expect(() => withXmlSafeText({ when: new Date(0) })).toThrow(/not a plain one/)
    expect(() => withXmlSafeText({ bytes: new Uint8Array(1) })).toThrow(/not a plain one/)
    expect(() => withXmlSafeText({ f: () => 'x' })).toThrow(/a function/)
  })
})
