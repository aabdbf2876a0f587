import { describe, expect, it } from 'vitest'
import { richTextSchema, type RichText } from './rich-text'
import { richTextToReportBlocks } from './to-report-blocks'

describe('richTextToReportBlocks', () => {
  it('keeps paragraphs, bulleted and numbered lists, bold, italic and links', () => {
    const doc: RichText = {
      blocks: [
        {
          kind: 'paragraph',
          inlines: [
            { text: 'Plain, ' },
            { text: 'bold', bold: true },
            { text: ' and ' },
            { text: 'italic link', italic: true, link: 'https://example.com' },
          ],
        },
        { kind: 'bullets', items: [[{ text: 'One' }], [{ text: 'Two', bold: true }]] },
        { kind: 'numbered', items: [[{ text: 'First' }], [{ text: 'Second' }]] },
      ],
    }
    expect(richTextToReportBlocks(doc)).toEqual([
      {
        kind: 'paragraph',
        spans: [
          { text: 'Plain, ' },
          { text: 'bold', bold: true },
          { text: ' and ' },
          { text: 'italic link', italic: true, link: 'https://example.com' },
        ],
      },
      { kind: 'bullets', items: [[{ text: 'One' }], [{ text: 'Two', bold: true }]] },
      { kind: 'numbered', items: [[{ text: 'First' }], [{ text: 'Second' }]] },
    ])
  })

  it('gives no blocks for a blank document, and drops what the editor left empty', () => {
    expect(richTextToReportBlocks({ blocks: [] })).toEqual([])
    const blank: RichText = {
      blocks: [
        { kind: 'paragraph', inlines: [] },
        { kind: 'paragraph', inlines: [{ text: '  ', bold: true }] },
        { kind: 'numbered', items: [[{ text: '' }], []] },
        { kind: 'bullets', items: [] },
      ],
    }
    expect(richTextToReportBlocks(blank)).toEqual([])
    const sparse: RichText = {
      blocks: [
        {
          kind: 'paragraph',
          inlines: [{ text: '' }, { text: 'Kept' }, { text: '', italic: true }],
        },
        { kind: 'numbered', items: [[{ text: ' ' }], [{ text: 'Only item' }]] },
      ],
    }
    expect(richTextToReportBlocks(sparse)).toEqual([
      { kind: 'paragraph', spans: [{ text: 'Kept' }] },
      { kind: 'numbered', items: [[{ text: 'Only item' }]] },
    ])
  })

  it('keeps line breaks and spacing within a paragraph as typed', () => {
    const doc: RichText = {
      blocks: [{ kind: 'paragraph', inlines: [{ text: 'Line one\nline  two ' }] }],
    }
    expect(richTextToReportBlocks(doc)).toEqual([
      { kind: 'paragraph', spans: [{ text: 'Line one\nline  two ' }] },
    ])
  })
})

describe('a link at the trust boundary', () => {
  it.each(['javascript:alert(1)', 'file:///etc/passwd', '/relative', 'data:text/html,x'])(
    'refuses %s',
    (link) => {
      const result = richTextSchema.safeParse({
        blocks: [{ kind: 'paragraph', inlines: [{ text: 'x', link }] }],
      })
      expect(result.success).toBe(false)
    },
  )
})
