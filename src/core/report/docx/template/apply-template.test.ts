import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { checkDocxStructure } from '../../test-support/docx-structure'
import { PACKED_AT, sampleModel, TINY_PNG } from '../../test-support/sample-model'
import {
  TEMPLATE_FOOTER_TEXT,
  TEMPLATE_HEADER_TEXT,
  wordTemplateBytes,
} from '../../test-support/word-template'
import { packReport } from '../pack-docx'
import { readWordTemplate } from './read-template'
import { REPORT_STYLES, templateStyleCoverage } from './style-coverage'

const packed = async (template = readWordTemplate(wordTemplateBytes())) =>
  unzipSync(await packReport(sampleModel(), () => TINY_PNG, { now: PACKED_AT, template }))

const styleXml = (styles: string, id: string) =>
  new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`).exec(styles)?.[0] ?? ''

describe('a report packed with a template', () => {
  it('is a sound package', async () => {
    const bytes = await packReport(sampleModel(), () => TINY_PNG, {
      now: PACKED_AT,
      template: readWordTemplate(wordTemplateBytes()),
    })
    expect(checkDocxStructure(bytes)).toEqual([])
  })

  it('uses the template’s styles where both define one, and ours only where it has none', async () => {
    const styles = strFromU8((await packed())['word/styles.xml']!)
    expect(styleXml(styles, 'Heading1')).toContain('w:ascii="Georgia"')
    expect(styleXml(styles, 'Heading1')).not.toContain('Calibri')
    expect(styles.match(/w:styleId="Heading1"/g)).toHaveLength(1)
    expect(styles).toContain('w:asciiTheme="minorHAnsi"') // the template's document defaults
    expect(styleXml(styles, 'Heading3')).toContain('Calibri') // the template has no Heading 3
    expect(styleXml(styles, 'Lead')).toContain('w:val="Lead"')
    expect(styleXml(styles, 'ReportTable')).toContain('w:tblBorders')
    // one default paragraph style: the template's Normal
    expect(styles.match(/w:type="paragraph" w:default="1"/g)).toHaveLength(1)
  })

  it('takes the template’s theme, page size and margins', async () => {
    const parts = await packed()
    expect(strFromU8(parts['word/theme/theme1.xml']!)).toContain('typeface="Georgia"')
    const document = strFromU8(parts['word/document.xml']!)
    expect(document.match(/<w:pgSz w:w="12240" w:h="15840"/g)).toHaveLength(2) // cover and body
    expect(document).toContain('w:left="1080"')
  })

  it('shows the template’s header and footer, with its logo, instead of ours', async () => {
    const parts = await packed()
    const header = strFromU8(parts['word/header1.xml']!)
    expect(header).toContain(TEMPLATE_HEADER_TEXT)
    expect(header).not.toContain('Northwind') // our header's client name
    expect(strFromU8(parts['word/footer1.xml']!)).toContain(TEMPLATE_FOOTER_TEXT)
    expect(strFromU8(parts['word/_rels/header1.xml.rels']!)).toContain(
      'Target="media/awbTemplateHeader1.png"',
    )
    expect(parts['word/media/awbTemplateHeader1.png']).toEqual(TINY_PNG)
  })

  it('declares a content type for a header image of a kind the report does not use', async () => {
    const template = readWordTemplate(
      wordTemplateBytes((parts) => {
        parts['word/_rels/header1.xml.rels'] = parts[
          'word/_rels/header1.xml.rels'
        ]!.toString().replace('media/logo.png', 'media/logo.emf')
        parts['word/media/logo.emf'] = TINY_PNG
      }),
    )
    const parts = await packed(template)
    expect(strFromU8(parts['[Content_Types].xml']!)).toContain(
      '<Default Extension="emf" ContentType="image/x-emf"/>',
    )
  })
})

describe('templateStyleCoverage', () => {
  it('lists the report’s styles the template provides and those that keep our look', () => {
    const { provided, fallback } = templateStyleCoverage(readWordTemplate(wordTemplateBytes()))
    expect(provided.map((style) => style.id)).toEqual(['Normal', 'Heading1', 'Heading2'])
    expect(fallback.map((style) => style.id)).toContain('Heading3')
    expect(provided.length + fallback.length).toBe(REPORT_STYLES.length)
  })

  it('names only styles the report really defines', async () => {
    const ours = strFromU8(
      unzipSync(await packReport(sampleModel(), () => TINY_PNG, { now: PACKED_AT }))[
        'word/styles.xml'
      ]!,
    )
    for (const style of REPORT_STYLES) expect(ours).toContain(`w:styleId="${style.id}"`)
  })
})
