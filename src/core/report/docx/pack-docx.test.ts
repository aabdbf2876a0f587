import { deflateSync, strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { checkDocxStructure } from '../test-support/docx-structure'
import { PACKED_AT, sampleModel, TINY_PNG } from '../test-support/sample-model'
import { docxCompiler, fillSlots, packageParts, packReport } from './pack-docx'
import { renderReportDocument } from './render-document'

describe('packReport', () => {
  it('writes a package whose parts parse, whose relationships resolve and whose media have types', async () => {
    const bytes = await packReport(sampleModel(), () => TINY_PNG, { now: PACKED_AT })
    expect(checkDocxStructure(bytes)).toEqual([])
  })

  it('dates its parts with the time it is given, not the clock', async () => {
    // Midday, mid-month: the zip's DOS date is local time, the same day in every time zone.
    const now = Date.UTC(2030, 5, 15, 12, 0)
    const bytes = await packReport(sampleModel(), () => TINY_PNG, { now })
    const header = new DataView(bytes.buffer, bytes.byteOffset)
    expect(header.getUint32(0, true)).toBe(0x04034b50) // the first part's local header
    const dosDate = header.getUint16(12, true)
    expect([(dosDate >> 9) + 1980, (dosDate >> 5) & 0xf, dosDate & 0x1f]).toEqual([2030, 6, 15])
  })

  it('embeds the real image bytes, stored as they are, and only the images placed', async () => {
    const model = sampleModel()
    model.media.push({ id: 'unused', type: 'jpg', width: 10, height: 10, altText: 'not placed' })
    const bytes = await packReport(model, () => TINY_PNG, { now: PACKED_AT })
    const parts = unzipSync(bytes)
    const media = Object.keys(parts).filter((p) => p.startsWith('word/media/'))
    expect(media).toHaveLength(2) // the logo and the evidence image; not the unused one
    for (const path of media) expect(parts[path]).toEqual(TINY_PNG)
  })

  it('is made of real Word structure: heading styles, a contents field, repeating headers, page numbers', async () => {
    const parts = unzipSync(await packReport(sampleModel(), () => TINY_PNG, { now: PACKED_AT }))
    const document = strFromU8(parts['word/document.xml']!)
    expect(document).toContain('<w:pStyle w:val="Heading1"/>')
    expect(document).toMatch(/TOC \\h \\o &quot;1-2&quot;/)
    expect(document).toContain('<w:tblHeader/>')
    expect(document).toContain('<c:chart')
    const footers = Object.keys(parts).filter((p) => /word\/footer\d*\.xml/.test(p))
    expect(footers.map((p) => strFromU8(parts[p]!)).join('')).toContain('NUMPAGES')
    expect(strFromU8(parts['word/styles.xml']!)).toContain('w:styleId="Lead"')
  })

  it('takes the same parts from docx’s compiler as from unzipping its Packer (the fallback)', async () => {
    const render = () => renderReportDocument(sampleModel()).document
    expect(docxCompiler()).toBeDefined()
    const direct = await packageParts(render())
    const unzipped = await packageParts(render(), undefined)
    expect(Object.keys(direct).sort()).toEqual(Object.keys(unzipped).sort())
    // The chart's relationship id is random; everything else is the same.
    const text = (bytes: Uint8Array) => strFromU8(bytes).replace(/rId(?!\d+")[\w-]+/g, 'rId?')
    for (const path of ['word/styles.xml', '[Content_Types].xml', 'word/_rels/document.xml.rels'])
      expect(text(direct[path]!)).toEqual(text(unzipped[path]!))
  })

  it('keeps text that XML cannot hold from breaking the document, and escapes markup', async () => {
    const model = sampleModel()
    const note = 'Pasted from a terminal:\u0007 <script> & "quotes"\u0000\tend \ud800'
    model.body.push({ kind: 'paragraph', spans: [{ text: note }] })
    const bytes = await packReport(model, () => TINY_PNG, { now: PACKED_AT })
    expect(checkDocxStructure(bytes)).toEqual([])
    const document = strFromU8(unzipSync(bytes)['word/document.xml']!)
    expect(document).toContain(
      'Pasted from a terminal: &lt;script&gt; &amp; &quot;quotes&quot;</w:t><w:tab/><w:t xml:space="preserve">end </w:t>',
    )
  })

  it('puts every written block where docx placed its placeholder, and refuses a lost one', async () => {
    const { document, slots } = renderReportDocument(sampleModel())
    const xml = strFromU8((await packageParts(document))['word/document.xml']!)
    const filled = fillSlots(xml, slots)
    for (const slot of slots) expect(filled).toContain(slot)
    expect(filled).not.toMatch(/audit-workbook-slot-/)
    expect(() => fillSlots(xml, [...slots, '<w:p/>'])).toThrow(/placeholder was not found/)
    expect(() => fillSlots(xml + xml, slots)).toThrow(/unexpected placeholder/)
  })

  it('is checked the way Word checks it: a dangling picture, bookmark or style is reported', async () => {
    const parts = unzipSync(await packReport(sampleModel(), () => TINY_PNG, { now: PACKED_AT }))
    const document = strFromU8(parts['word/document.xml']!)
    const broken = document
      .replace('r:embed="awbImage2"', 'r:embed="awbImage9"')
      .replace('w:anchor="_Toc1"', 'w:anchor="_Toc99"')
      .replace('w:val="ReportTable"', 'w:val="NoSuchTable"')
    expect(broken).not.toBe(document)
    expect(checkDocxStructure(zipSync({ ...parts, 'word/document.xml': strToU8(broken) }))).toEqual(
      [
        'word/document.xml refers to a missing relationship awbImage9',
        'a link points at a missing bookmark _Toc99',
        'word/document.xml uses an undefined style NoSuchTable',
      ],
    )
  })

  it('fails with the reason when an image cannot be read, whichever image it is', async () => {
    const unreadable = (media: { id: string }) =>
      media.id === 'ev-1' ? Promise.reject(new Error('The file could not be read.')) : TINY_PNG
    await expect(packReport(sampleModel(), unreadable, { now: PACKED_AT })).rejects.toThrow(
      'The file could not be read.',
    )
  })

  it('deflates every XML part with the deflate it is given, and never an image', async () => {
    const deflated: number[] = []
    const bytes = await packReport(sampleModel(), () => TINY_PNG, {
      now: PACKED_AT,
      deflateRaw: async (xml) => {
        deflated.push(xml.length)
        return deflateSync(xml)
      },
    })
    expect(checkDocxStructure(bytes)).toEqual([])
    const parts = unzipSync(bytes)
    const xmlParts = Object.keys(parts).filter((p) => /\.(xml|rels)$/.test(p))
    expect(deflated).toHaveLength(xmlParts.length)
    expect(deflated).not.toContain(TINY_PNG.length)
  })

  it('refuses a model that places an image it does not carry', async () => {
    const model = sampleModel()
    model.body.push({ kind: 'image', mediaId: 'missing' })
    await expect(packReport(model, () => TINY_PNG, { now: PACKED_AT })).rejects.toThrow(
      /does not carry: missing/,
    )
  })
})
