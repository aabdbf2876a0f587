import { strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { TEMPLATE_HEADER_TEXT, W, wordTemplateBytes } from '../../test-support/word-template'
import { TINY_PNG } from '../../test-support/sample-model'
import { readWordTemplate } from './read-template'
import { TemplateFileError } from './template-error'
import { TEMPLATE_LIMITS } from './template-limits'
import { serializeXml } from './template-xml'

const refusal = (bytes: Uint8Array) => {
  try {
    readWordTemplate(bytes)
  } catch (error) {
    if (error instanceof TemplateFileError) return { code: error.code, message: error.message }
    throw error
  }
  throw new Error('The template was accepted.')
}

describe('readWordTemplate', () => {
  it('takes the styles, theme fonts, page and header and footer of a template', () => {
    const template = readWordTemplate(wordTemplateBytes())
    expect(template.page).toEqual({
      width: 12240,
      height: 15840,
      margin: { top: 1080, right: 1080, bottom: 1080, left: 1080, header: 540, footer: 540 },
    })
    expect(template.fonts).toEqual({ headings: 'Georgia', body: 'Verdana' })
    expect([...template.styles.ids]).toEqual(['Normal', 'Heading1', 'Heading2'])
    expect(template.header?.xml).toContain(TEMPLATE_HEADER_TEXT)
    expect(template.header?.images).toEqual([
      {
        relationshipId: 'awbTemplateHeader1',
        path: 'word/media/awbTemplateHeader1.png',
        bytes: TINY_PNG,
      },
    ])
    expect(template.footer?.xml).toContain('Contoso footer')
  })

  it('drops external relationships and everything that refers to them, and fields that fetch', () => {
    const { header, theme } = readWordTemplate(wordTemplateBytes())
    const xml = header!.xml
    expect(xml).toContain('r:embed="awbTemplateHeader1"') // the packaged logo, renamed
    expect(xml).not.toContain('tracker.example') // the external picture, link and field
    expect(xml).not.toContain('rIdRemote')
    expect(xml.match(/<w:drawing>/g)).toHaveLength(1) // the external picture's run is gone whole
    expect(xml).not.toContain('tracked link')
    expect(xml).toContain('cached') // the field's shown result stays, as plain text
    expect(xml).not.toContain('numPr') // the template's list numbering is not ours
    expect(serializeXml(theme!)).not.toContain('blipFill')
    expect(serializeXml(theme!)).toContain('Georgia')
  })

  it('drops list styles and the list numbers of paragraph styles', () => {
    const { styles } = readWordTemplate(wordTemplateBytes())
    const xml = serializeXml(styles.root)
    expect(xml).not.toContain('FirmList')
    expect(xml).not.toContain('w:numId')
    expect(xml).toContain('Georgia')
  })

  it('ignores parts it does not know and a header whose image is missing', () => {
    const template = readWordTemplate(
      wordTemplateBytes((parts) => {
        parts['word/media/logo.png'] = undefined
        parts['customXml/item1.xml'] = '<not-read>'
      }),
    )
    expect(template.header?.images).toEqual([])
    expect(template.header?.xml).not.toContain('<w:drawing') // neither picture has its image
    expect(template.header?.xml).toContain(TEMPLATE_HEADER_TEXT)
  })

  it('takes a template without a header, footer, theme or page and keeps the report’s own', () => {
    const template = readWordTemplate(
      wordTemplateBytes((parts) => {
        parts['word/document.xml'] = parts['word/document.xml']!.toString().replace(
          /<w:sectPr>.*<\/w:sectPr>/,
          '',
        )
        parts['word/theme/theme1.xml'] = undefined
      }),
    )
    expect(template.page).toBeUndefined()
    expect(template.header).toBeUndefined()
    expect(template.theme).toBeUndefined()
    expect(template.fonts.headings).toBe('Georgia')
  })
})

describe('readWordTemplate refuses', () => {
  it('a macro-enabled template (.dotm), by its content type or its VBA part', () => {
    const dotm = wordTemplateBytes((parts) => {
      parts['[Content_Types].xml'] = parts['[Content_Types].xml']!.toString().replace(
        'wordprocessingml.template.main+xml',
        'application/vnd.ms-word.template.macroEnabledTemplate.main+xml',
      )
    })
    expect(refusal(dotm)).toMatchObject({ code: 'macros', message: /macros.*\.dotx/ })
    const vba = wordTemplateBytes((parts) => {
      parts['word/vbaProject.bin'] = new Uint8Array([0xd0, 0xcf])
    })
    expect(refusal(vba).code).toBe('macros')
  })

  it('a file that is not a zip, an empty one and a spreadsheet, saying what to choose', () => {
    expect(refusal(strToU8('<html>not a template</html>'))).toMatchObject({
      code: 'not-word',
      message: /Choose a \.dotx or \.docx\. Nothing was saved\.$/,
    })
    expect(refusal(new Uint8Array()).code).toBe('not-word')
    const xlsx = wordTemplateBytes((parts) => {
      parts['_rels/.rels'] = parts['_rels/.rels']!.toString().replace(
        'word/document.xml',
        'xl/workbook.xml',
      )
      parts['xl/workbook.xml'] = '<workbook/>'
    })
    expect(refusal(xlsx).code).toBe('not-word')
  })

  it('a damaged zip and a damaged part', () => {
    const bytes = wordTemplateBytes()
    expect(refusal(bytes.subarray(0, bytes.length - 30)).code).toBe('not-word') // cut short
    const broken = wordTemplateBytes((parts) => {
      parts['word/styles.xml'] = `<w:styles xmlns:w="${W}"><w:style></w:styles>`
    })
    expect(refusal(broken).code).toBe('damaged')
  })

  it('a document type declaration (entity attacks)', () => {
    const bytes = wordTemplateBytes((parts) => {
      parts['word/styles.xml'] =
        '<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol">]><w:styles>&lol;</w:styles>'
    })
    expect(refusal(bytes).code).toBe('unsafe-xml')
  })

  it('a file larger than a template may be, and a part that inflates like a zip bomb', () => {
    expect(refusal(new Uint8Array(TEMPLATE_LIMITS.maxFileBytes + 1)).code).toBe('too-large')
    expect(refusal(bombTemplate()).code).toBe('zip-bomb')
  })

  it('a page that leaves no room for text', () => {
    const bytes = wordTemplateBytes((parts) => {
      parts['word/document.xml'] = parts['word/document.xml']!.toString().replace(
        'w:left="1080"',
        'w:left="11500"',
      )
    })
    expect(refusal(bytes)).toMatchObject({ code: 'page', message: /Margins/ })
  })
})

/** The ordinary template whose styles part is megabytes of spaces that deflate to nothing. */
function bombTemplate(): Uint8Array {
  const padding = ' '.repeat(TEMPLATE_LIMITS.ratioFloorBytes * 4)
  return wordTemplateBytes((parts) => {
    parts['word/styles.xml'] = `<w:styles xmlns:w="x">${padding}</w:styles>`
  })
}
