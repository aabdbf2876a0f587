import { describe, expect, it } from 'vitest'
import {
  isBlankRichText,
  richTextFromParagraphs,
  richTextSchema,
  richTextToPlain,
} from './rich-text'

describe('rich text', () => {
  it('is blank when no paragraph or list item has visible text', () => {
    expect(isBlankRichText({ blocks: [] })).toBe(true)
    expect(
      isBlankRichText({
        blocks: [
          { kind: 'paragraph', inlines: [{ text: '  ' }] },
          { kind: 'numbered', items: [[{ text: '' }], []] },
        ],
      }),
    ).toBe(true)
  })

  it('is not blank when a paragraph reads like a list marker', () => {
    expect(isBlankRichText(richTextFromParagraphs(['1.']))).toBe(false)
    expect(isBlankRichText(richTextFromParagraphs(['•']))).toBe(false)
  })

  it('reads as plain text with list numbers and bullets', () => {
    expect(
      richTextToPlain({
        blocks: [
          { kind: 'paragraph', inlines: [{ text: 'We saw ' }, { text: 'much', bold: true }] },
          { kind: 'numbered', items: [[{ text: 'First' }], [{ text: 'Second' }]] },
          { kind: 'bullets', items: [[{ text: 'Point' }]] },
        ],
      }),
    ).toBe('We saw much\n1. First\n2. Second\n• Point')
  })

  it('refuses a document with a script link or an unknown block', () => {
    expect(
      richTextSchema.safeParse({
        blocks: [{ kind: 'paragraph', inlines: [{ text: 'x', link: 'javascript:alert(1)' }] }],
      }).success,
    ).toBe(false)
    expect(richTextSchema.safeParse({ blocks: [{ kind: 'heading', text: 'x' }] }).success).toBe(
      false,
    )
  })
})
