import type { ReportBlock, TextSpan } from '../report/model'
import type { RichBlock, RichInline, RichText } from './rich-text'

/**
 * The consultant's writing as report blocks, which the Word writer and the preview both render:
 * paragraphs, bulleted and numbered lists, with bold, italic and links kept. What reads as nothing
 * (an empty paragraph or list item the editor left behind) is left out, so a blank document gives
 * no blocks and never leaves a heading over an empty space.
 */
export function richTextToReportBlocks(doc: RichText): ReportBlock[] {
  return doc.blocks.flatMap(reportBlockOf)
}

function reportBlockOf(block: RichBlock): ReportBlock[] {
  if (block.kind === 'paragraph') {
    const spans = spansOf(block.inlines)
    return spans.length === 0 ? [] : [{ kind: 'paragraph', spans }]
  }
  const items = block.items.map(spansOf).filter((spans) => spans.length > 0)
  return items.length === 0 ? [] : [{ kind: block.kind, items }]
}

/** The inlines as spans; none at all when there is no visible text. */
function spansOf(inlines: readonly RichInline[]): TextSpan[] {
  if (inlines.every((inline) => inline.text.trim() === '')) return []
  return inlines.filter((inline) => inline.text !== '').map(spanOf)
}

function spanOf({ text, bold, italic, link }: RichInline): TextSpan {
  return {
    text,
    ...(bold ? { bold } : {}),
    ...(italic ? { italic } : {}),
    ...(link ? { link } : {}),
  }
}
