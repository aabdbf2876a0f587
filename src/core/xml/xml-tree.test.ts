import { describe, expect, it } from 'vitest'
import { parseXmlTree, XmlTreeError, type XmlTreeOptions } from './xml-tree'

const strict: XmlTreeOptions = {
  localNames: false,
  htmlEntities: false,
  wellFormed: true,
  maxNestedTags: 16,
}

function problemOf(text: string, options = strict) {
  try {
    parseXmlTree(text, options)
    return undefined
  } catch (error) {
    return error instanceof XmlTreeError ? error.problem : 'other'
  }
}

describe('parseXmlTree', () => {
  it('keeps qualified names, or reads local ones, with text and attributes', () => {
    const xml = '<w:p w:rsid="1"><w:t>a &amp; b</w:t></w:p>'
    expect(parseXmlTree(xml, strict)).toEqual({
      name: 'w:p',
      attrs: { 'w:rsid': '1' },
      children: [{ name: 'w:t', attrs: {}, children: ['a & b'] }],
    })
    expect(parseXmlTree(xml, { ...strict, localNames: true })).toMatchObject({
      name: 'p',
      attrs: { rsid: '1' },
      children: [{ name: 't' }],
    })
  })

  it('refuses a document type, XML that is not well formed, a part too deep and an empty part', () => {
    expect(problemOf('<!DOCTYPE x [<!ENTITY a "aa">]><x>&a;</x>')).toBe('doctype')
    expect(problemOf('<a><b></a></b>')).toBe('not-xml')
    expect(problemOf('<a>'.repeat(40) + '</a>'.repeat(40))).toBe('not-xml')
    expect(problemOf('just text', { ...strict, wellFormed: false })).toBe('empty')
  })
})
