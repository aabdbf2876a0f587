import { $createLinkNode, $isLinkNode } from '@lexical/link'
import {
  $createListItemNode,
  $createListNode,
  $isListItemNode,
  $isListNode,
  type ListNode,
} from '@lexical/list'
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $isLineBreakNode,
  $isTextNode,
  type ElementNode,
  type LexicalNode,
} from 'lexical'
import { LINK_PATTERN, type RichBlock, type RichInline, type RichText } from '@core/narrative'

/**
 * The editor's state ↔ core's `RichText` (issue 15). Only what `RichText` holds survives the trip
 * out: paragraphs, bulleted and numbered lists, bold, italic and safe links. Anything else a paste
 * brings (headings, quotes, nested lists, underline, colours, unsafe links) is reduced to it:
 * headings and quotes become paragraphs, nested items join their list, other marks are dropped.
 * Both functions run inside `editor.read` / `editor.update` (the `$` convention).
 */

/** Replaces the editor's content by the document; an empty document is one empty paragraph. */
export function $writeRichText(doc: RichText): void {
  const root = $getRoot()
  root.clear()
  for (const block of doc.blocks) root.append($blockNode(block))
  if (root.getChildrenSize() === 0) root.append($createParagraphNode())
}

/** The editor's content as a document. */
export function $readRichText(): RichText {
  return { blocks: $getRoot().getChildren().flatMap(blocksOf) }
}

function $blockNode(block: RichBlock): ElementNode {
  switch (block.kind) {
    case 'paragraph':
      return $createParagraphNode().append(...$inlineNodes(block.inlines))
    case 'bullets':
    case 'numbered': {
      const list = $createListNode(block.kind === 'bullets' ? 'bullet' : 'number')
      for (const item of block.items)
        list.append($createListItemNode().append(...$inlineNodes(item)))
      return list
    }
  }
}

/** Consecutive runs with the same link share one link node, as the editor makes them. */
function $inlineNodes(inlines: readonly RichInline[]): LexicalNode[] {
  const nodes: LexicalNode[] = []
  let link: { url: string; node: ElementNode } | undefined
  for (const inline of inlines) {
    const text = $createTextNode(inline.text)
    if (inline.bold) text.toggleFormat('bold')
    if (inline.italic) text.toggleFormat('italic')
    if (inline.link === undefined) {
      link = undefined
      nodes.push(text)
    } else if (link?.url === inline.link) link.node.append(text)
    else {
      link = { url: inline.link, node: $createLinkNode(inline.link).append(text) }
      nodes.push(link.node)
    }
  }
  return nodes
}

function blocksOf(node: LexicalNode): RichBlock[] {
  if ($isListNode(node)) {
    const kind = node.getListType() === 'number' ? 'numbered' : 'bullets'
    return [{ kind, items: itemsOf(node) }]
  }
  // A paragraph, or a heading or quote a paste brought: its lines, each a paragraph. An empty
  // line is spacing, which the report's styles give every paragraph: it is not kept.
  const lines = $isElementNode(node) ? linesOf(node) : [inlinesOf([node])]
  return lines
    .filter((inlines) => inlines.length > 0)
    .map((inlines) => ({ kind: 'paragraph', inlines }))
}

/** Every item of the list, those of lists nested in it included, in reading order. */
function itemsOf(list: ListNode): RichInline[][] {
  return list.getChildren().flatMap((item): RichInline[][] => {
    if (!$isListItemNode(item)) return []
    const nested = item.getChildren().filter($isListNode)
    const own = item.getChildren().filter((child) => !$isListNode(child))
    // An item that only holds a nested list (how Lexical indents) is not an item of its own.
    const ownItem = nested.length > 0 && own.length === 0 ? [] : [inlinesOf(own)]
    return [...ownItem, ...nested.flatMap(itemsOf)]
  })
}

function linesOf(block: ElementNode): RichInline[][] {
  const lines: LexicalNode[][] = [[]]
  for (const child of block.getChildren()) {
    if ($isLineBreakNode(child)) lines.push([])
    else lines.at(-1)!.push(child)
  }
  return lines.map(inlinesOf)
}

function inlinesOf(nodes: readonly LexicalNode[]): RichInline[] {
  return merged(nodes.flatMap((node) => runsOf(node)))
}

function runsOf(node: LexicalNode, link?: string): RichInline[] {
  if ($isTextNode(node)) {
    const run: RichInline = { text: node.getTextContent() }
    if (node.hasFormat('bold')) run.bold = true
    if (node.hasFormat('italic')) run.italic = true
    if (link !== undefined) run.link = link
    return [run]
  }
  if ($isLinkNode(node)) {
    const url = node.getURL()
    const safe = LINK_PATTERN.test(url) ? url : undefined
    return node.getChildren().flatMap((child) => runsOf(child, safe ?? link))
  }
  // A list item is one line: a line break in it reads as a space.
  if ($isLineBreakNode(node)) return [{ text: ' ' }]
  if ($isElementNode(node)) return node.getChildren().flatMap((child) => runsOf(child, link))
  // A node the editor does not know (none is registered today) keeps its text.
  const text = node.getTextContent()
  return text === '' ? [] : [{ text }]
}

/** Neighbouring runs with the same marks become one; empty runs go. */
function merged(runs: readonly RichInline[]): RichInline[] {
  const out: RichInline[] = []
  for (const run of runs) {
    if (run.text === '') continue
    const last = out.at(-1)
    if (last && last.bold === run.bold && last.italic === run.italic && last.link === run.link)
      last.text += run.text
    else out.push({ ...run })
  }
  return out
}
