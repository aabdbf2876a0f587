import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import type { ReportBlock, ReportModel } from '../model'
import { checkDocxStructure } from '../test-support/docx-structure'
import { docxText } from '../test-support/docx-text'
import { PACKED_AT, sampleModel, TINY_PNG } from '../test-support/sample-model'
import { packReport } from './pack-docx'
import { withNumberedLists } from './package-lists-and-links'
import { linkTarget } from '../../narrative/rich-text'

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' })

async function packed(blocks: ReportBlock[]): Promise<Record<string, Uint8Array>> {
  const model: ReportModel = { ...sampleModel(), body: blocks }
  const bytes = await packReport(model, () => TINY_PNG, { now: PACKED_AT })
  expect(checkDocxStructure(bytes)).toEqual([])
  return unzipSync(bytes)
}

const text = (parts: Record<string, Uint8Array>, path: string) => strFromU8(parts[path]!)

interface Relationship {
  Id: string
  Type: string
  Target: string
  TargetMode?: string
}

function relationships(parts: Record<string, Uint8Array>): Relationship[] {
  const rels = parser.parse(text(parts, 'word/_rels/document.xml.rels'))
  return [rels.Relationships.Relationship].flat() as Relationship[]
}

/** The numId of each list paragraph, in document order. */
function numIdsOf(documentXml: string): number[] {
  return [...documentXml.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => Number(m[1]))
}

const numbered = (...items: string[]): ReportBlock => ({
  kind: 'numbered',
  items: items.map((item) => [{ text: item }]),
})

describe('numbered lists in Word', () => {
  it('defines one decimal list and gives each numbered list its own instance restarting at 1', async () => {
    const parts = await packed([
      numbered('Staff a weekend rota', 'Publish runbooks'),
      { kind: 'paragraph', spans: [{ text: 'Between the lists.' }] },
      numbered('Rehearse', 'Review', 'Repeat'),
      { kind: 'bullets', items: [[{ text: 'A bullet' }]] },
    ])
    const numbering = parser.parse(text(parts, 'word/numbering.xml'))['w:numbering']
    const definitions = [numbering['w:abstractNum']].flat()
    const decimal = definitions.find((d) => d['w:lvl']?.['w:numFmt']?.['w:val'] === 'decimal')
    expect(decimal['w:lvl']['w:lvlText']['w:val']).toBe('%1.')

    const ids = numIdsOf(text(parts, 'word/document.xml'))
    const [first, second, bullet] = [ids[0]!, ids[2]!, ids[5]!]
    expect(ids).toEqual([first, first, second, second, second, bullet])
    expect(new Set([first, second, bullet]).size).toBe(3)
    expect(bullet).toBe(1) // docx's own bullet list, as before

    const instances = [numbering['w:num']].flat()
    for (const numId of [first, second]) {
      const instance = instances.find((n) => Number(n['w:numId']) === numId)
      expect(instance['w:abstractNumId']['w:val']).toBe(decimal['w:abstractNumId'])
      expect(instance['w:lvlOverride']['w:startOverride']['w:val']).toBe('1')
    }
  })

  it('keeps every definition before the first instance, as the schema orders them', () => {
    const xml = withNumberedLists(
      '<w:numbering><w:abstractNum w:abstractNumId="1"/><w:num w:numId="1"/></w:numbering>',
      [7001, 7002],
    )
    const order = [...xml.matchAll(/<w:(abstractNum|num) [^>]*w:(?:abstractNumId|numId)="(\d+)"/g)]
    expect(order.map((m) => `${m[1]} ${m[2]}`)).toEqual([
      'abstractNum 1',
      'abstractNum 7000',
      'num 1',
      'num 7001',
      'num 7002',
    ])
    expect(() => withNumberedLists('<w:numbering>', [7001])).toThrow(/numbering part/)
  })

  it('leaves numbering.xml as docx wrote it when the report has no numbered list', async () => {
    const parts = await packed([{ kind: 'bullets', items: [[{ text: 'A bullet' }]] }])
    expect(text(parts, 'word/numbering.xml')).not.toContain('w:val="decimal"')
  })
})

describe('links in Word', () => {
  it('links http, https and mailto addresses through external relationships, one per address', async () => {
    const parts = await packed([
      {
        kind: 'paragraph',
        spans: [
          { text: 'See the ' },
          { text: 'handbook', link: 'https://sre.example.com/a?b=1&c="2"' },
          { text: ', ', link: 'https://sre.example.com/a?b=1&c="2"', bold: true },
          { text: ' or write to ' },
          { text: 'the team', link: 'mailto:sre@example.com' },
        ],
      },
      {
        kind: 'table',
        columns: [{ header: 'Where', width: 100 }],
        rows: [[{ spans: [{ text: 'Status page', link: 'http://status.example.com' }] }]],
      },
      { kind: 'bullets', items: [[{ text: 'again', link: 'mailto:sre@example.com' }]] },
    ])
    const external = relationships(parts).filter((r) => r.TargetMode === 'External')
    expect(external.map((r) => r.Target)).toEqual([
      'https://sre.example.com/a?b=1&c="2"',
      'mailto:sre@example.com',
      'http://status.example.com',
    ])
    for (const r of external) expect(r.Type).toMatch(/\/relationships\/hyperlink$/)

    const document = text(parts, 'word/document.xml')
    const hyperlinks = [
      ...document.matchAll(/<w:hyperlink r:id="([^"]+)"[^>]*>(.*?)<\/w:hyperlink>/g),
    ]
    // The two spans with one address make one link; the address used twice has one relationship.
    expect(hyperlinks.map((h) => external.find((r) => r.Id === h[1])?.Target)).toEqual([
      'https://sre.example.com/a?b=1&c="2"',
      'mailto:sre@example.com',
      'http://status.example.com',
      'mailto:sre@example.com',
    ])
    expect(hyperlinks[0]![2]).toContain('<w:rStyle w:val="Hyperlink"/>')
    expect(hyperlinks[0]![2]).toContain('<w:b/>')
    // A named style in the report's accent colour, so restyling it in Word restyles every link.
    expect(text(parts, 'word/styles.xml')).toMatch(
      /w:styleId="Hyperlink"(?:(?!<\/w:style>).)*<w:color w:val="1F5F8B"\/>/,
    )
  })

  it('writes any other address as plain text, and adds nothing external for it', async () => {
    const hostile = [
      'javascript:alert(1)',
      'file:///etc/passwd',
      '../secrets.docx',
      'https://example.com/with space',
      'JAVASCRIPT:https://x',
      '',
    ]
    const parts = await packed([
      {
        kind: 'paragraph',
        spans: hostile.map((link, i) => ({ text: `link ${i} `, link })),
      },
    ])
    expect(docxText(zipSync(parts))).toContain('link 0 link 1 link 2 link 3 link 4 link 5')
    expect(text(parts, 'word/document.xml')).not.toContain('<w:hyperlink r:id')
    expect(relationships(parts).filter((r) => r.TargetMode === 'External')).toEqual([])
    const rels = text(parts, 'word/_rels/document.xml.rels')
    for (const link of hostile.filter(Boolean)) expect(rels).not.toContain(link)
  })

  it('counts any other external relationship as a broken package', async () => {
    const parts = await packed([])
    const rels = text(parts, 'word/_rels/document.xml.rels').replace(
      '</Relationships>',
      '<Relationship Id="x1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="file:///etc/passwd" TargetMode="External"/>' +
        '<Relationship Id="x2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="javascript:alert(1)" TargetMode="External"/></Relationships>',
    )
    expect(
      checkDocxStructure(zipSync({ ...parts, 'word/_rels/document.xml.rels': strToU8(rels) })),
    ).toEqual([
      'word/_rels/document.xml.rels: x1 is external but not a web or mail link',
      'word/_rels/document.xml.rels: x2 is external but not a web or mail link',
    ])
  })

  it('gives Word a URI: characters beyond ASCII percent-encoded, the address otherwise as typed', () => {
    expect(linkTarget('https://example.com/café?q=ü')).toBe(
      'https://example.com/caf%C3%A9?q=%C3%BC',
    )
    expect(linkTarget('mailto:ana@example.com')).toBe('mailto:ana@example.com')
    expect(linkTarget('javascript:alert(1)')).toBeUndefined()
  })
})
