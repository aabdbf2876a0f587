import { describe, expect, it } from 'vitest'
import { compareParagraphs, isUnchanged } from './compare'
import { richTextFromParagraphs, type RichText } from './rich-text'

const doc = (...paragraphs: string[]) => richTextFromParagraphs(paragraphs)

describe('compareParagraphs', () => {
  it('keeps the paragraphs both share and marks the rest where they stand', () => {
    expect(
      compareParagraphs(
        doc('Intro.', 'Old score 2.1.', 'Outro.'),
        doc('Intro.', 'New score 2.4.', 'Outro.'),
      ),
    ).toEqual([
      { change: 'kept', text: 'Intro.' },
      { change: 'removed', text: 'Old score 2.1.' },
      { change: 'added', text: 'New score 2.4.' },
      { change: 'kept', text: 'Outro.' },
    ])
  })

  it('says nothing changes when the words are the same, whatever the formatting', () => {
    const bold: RichText = {
      blocks: [{ kind: 'paragraph', inlines: [{ text: 'Intro.', bold: true }] }],
    }
    const changes = compareParagraphs(bold, doc('Intro.'))
    expect(changes).toEqual([{ change: 'kept', text: 'Intro.' }])
    expect(isUnchanged(changes)).toBe(true)
  })

  it('compares list items one by one, with their markers', () => {
    const list: RichText = { blocks: [{ kind: 'numbered', items: [[{ text: 'Own the pager.' }]] }] }
    expect(compareParagraphs(list, doc('Summary.'))).toEqual([
      { change: 'removed', text: '1. Own the pager.' },
      { change: 'added', text: 'Summary.' },
    ])
  })

  it('lists everything written as removed when the new draft is empty, and ignores blank lines', () => {
    const changes = compareParagraphs(doc('Mine.', '  '), { blocks: [] })
    expect(changes).toEqual([{ change: 'removed', text: 'Mine.' }])
    expect(isUnchanged(changes)).toBe(false)
  })

  it('stays exact, without pairing, on documents too long to compare closely', () => {
    const many = (prefix: string) => doc(...Array.from({ length: 600 }, (_, i) => `${prefix} ${i}`))
    const changes = compareParagraphs(many('old'), many('new'))
    expect(changes.filter((c) => c.change === 'removed')).toHaveLength(600)
    expect(changes.filter((c) => c.change === 'added')).toHaveLength(600)
  })
})
