import { createHeadlessEditor } from '@lexical/headless'
import { $createLinkNode } from '@lexical/link'
import { $createListItemNode, $createListNode } from '@lexical/list'
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  type LexicalEditor,
} from 'lexical'
import { describe, expect, it } from 'vitest'
import { richTextSchema, type RichText } from '@core/narrative'
import { $readRichText, $writeRichText } from './lexical-rich-text'
import { registerRichTextRules, RICH_TEXT_NODES } from './rich-text-rules'

function anEditor(): LexicalEditor {
  const editor = createHeadlessEditor({
    nodes: [...RICH_TEXT_NODES],
    onError: (error) => {
      throw error
    },
  })
  registerRichTextRules(editor)
  return editor
}

function roundTrip(doc: RichText): RichText {
  const editor = anEditor()
  editor.update(() => $writeRichText(doc), { discrete: true })
  return editor.read(() => $readRichText())
}

/** Builds editor content by hand, as a paste would leave it, and reads it back. */
function read(build: () => void): RichText {
  const editor = anEditor()
  editor.update(
    () => {
      $getRoot().clear()
      build()
    },
    { discrete: true },
  )
  return editor.read(() => $readRichText())
}

const everything: RichText = {
  blocks: [
    {
      kind: 'paragraph',
      inlines: [
        { text: 'Plain, ' },
        { text: 'bold', bold: true },
        { text: ', ' },
        { text: 'italic', italic: true },
        { text: ', ' },
        { text: 'both', bold: true, italic: true },
        { text: ' and ' },
        { text: 'a link', link: 'https://example.com/rota?x=1' },
        { text: ' with ' },
        { text: 'bold inside', bold: true, link: 'https://example.com/rota?x=1' },
        { text: ' and mail', link: 'mailto:ana@example.com' },
      ],
    },
    { kind: 'bullets', items: [[{ text: 'One' }], [{ text: 'Two', italic: true }]] },
    {
      kind: 'numbered',
      items: [[{ text: 'First' }], [], [{ text: 'http', link: 'http://x.example' }]],
    },
    { kind: 'paragraph', inlines: [{ text: 'Ünïcødé — 👩🏽‍💻 «quoted»' }] },
  ],
}

describe('Lexical state ↔ RichText', () => {
  it('round-trips every block and every mark exactly', () => {
    expect(roundTrip(everything)).toEqual(everything)
  })

  it('writes an empty document as one empty paragraph, which reads back as empty', () => {
    const editor = anEditor()
    editor.update(() => $writeRichText({ blocks: [] }), { discrete: true })
    expect(editor.read(() => $getRoot().getChildrenSize())).toBe(1)
    expect(editor.read(() => $readRichText())).toEqual({ blocks: [] })
  })

  it('drops empty paragraphs (spacing) and splits a paragraph at its line breaks', () => {
    const doc = read(() => {
      $getRoot().append(
        $createParagraphNode(),
        $createParagraphNode().append(
          $createTextNode('Line one'),
          $createLineBreakNode(),
          $createTextNode('Line two'),
        ),
        $createParagraphNode(),
      )
    })
    expect(doc).toEqual({
      blocks: [
        { kind: 'paragraph', inlines: [{ text: 'Line one' }] },
        { kind: 'paragraph', inlines: [{ text: 'Line two' }] },
      ],
    })
  })

  it('merges neighbouring runs with the same marks, as the editor splits them freely', () => {
    const doc = read(() => {
      const a = $createTextNode('Hel').toggleFormat('bold')
      const b = $createTextNode('lo').toggleFormat('bold')
      $getRoot().append($createParagraphNode().append(a, b, $createTextNode('!')))
    })
    expect(doc.blocks).toEqual([
      { kind: 'paragraph', inlines: [{ text: 'Hello', bold: true }, { text: '!' }] },
    ])
  })
})

describe('what a paste brings is reduced to what RichText holds', () => {
  it('drops underline, strikethrough, code and colours, keeping bold and italic', () => {
    const doc = read(() => {
      const text = $createTextNode('styled')
      text.toggleFormat('bold')
      text.toggleFormat('underline')
      text.toggleFormat('strikethrough')
      text.toggleFormat('code')
      text.setStyle('color: red; font-size: 40px')
      $getRoot().append($createParagraphNode().append(text))
    })
    expect(doc.blocks).toEqual([{ kind: 'paragraph', inlines: [{ text: 'styled', bold: true }] }])
    expect(richTextSchema.safeParse(doc).success).toBe(true)
  })

  it('keeps the words of a link no reader should follow, without the link', () => {
    const doc = read(() => {
      $getRoot().append(
        $createParagraphNode().append(
          $createLinkNode('javascript:alert(1)').append($createTextNode('click')),
          $createLinkNode('file:///etc/passwd').append($createTextNode(' me')),
        ),
      )
    })
    expect(doc.blocks).toEqual([{ kind: 'paragraph', inlines: [{ text: 'click me' }] }])
  })

  it('turns a checklist into bullets and flattens nested lists into their list', () => {
    const doc = read(() => {
      const nested = $createListNode('bullet').append(
        $createListItemNode().append($createTextNode('Inner')),
      )
      const list = $createListNode('check').append(
        $createListItemNode().append($createTextNode('Outer')),
        $createListItemNode().append(nested),
        $createListItemNode().append(
          $createTextNode('Last'),
          $createLineBreakNode(),
          $createTextNode('line'),
        ),
      )
      $getRoot().append(list)
    })
    expect(doc.blocks).toEqual([
      {
        kind: 'bullets',
        items: [[{ text: 'Outer' }], [{ text: 'Inner' }], [{ text: 'Last line' }]],
      },
    ])
  })

  it('shows a pasted nested list flat at once, as it will be saved', () => {
    const editor = anEditor()
    editor.update(
      () => {
        $getRoot().clear()
        const nested = $createListNode('number').append(
          $createListItemNode().append($createTextNode('Inner 1')),
          $createListItemNode().append($createTextNode('Inner 2')),
        )
        $getRoot().append(
          $createListNode('number').append(
            $createListItemNode().append($createTextNode('Outer')),
            $createListItemNode().append(nested),
            $createListItemNode().append($createTextNode('Last')),
          ),
        )
      },
      { discrete: true },
    )
    const shown = editor.read(() =>
      $getRoot()
        .getChildren()
        .map((list) => ({
          type: list.getType(),
          items: $isElementNode(list)
            ? list.getChildren().map((item) => [item.getType(), item.getTextContent()])
            : [],
        })),
    )
    expect(shown).toEqual([
      {
        type: 'list',
        items: [
          ['listitem', 'Outer'],
          ['listitem', 'Inner 1'],
          ['listitem', 'Inner 2'],
          ['listitem', 'Last'],
        ],
      },
    ])
  })
})
