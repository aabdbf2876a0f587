import { z } from 'zod'

/**
 * The consultant's own writing (PRODUCT.md §9, issue 15): a small structured document, not HTML.
 * The editor in the renderer maps its own state to and from this; the report maps it to Word runs,
 * numbering and hyperlinks, and to the HTML preview. Nothing else is representable, so nothing
 * else can reach a report.
 */

/** A run of text with the only marks the editor offers. */
export interface RichInline {
  text: string
  bold?: boolean
  italic?: boolean
  /** An http(s) or mailto address; the text is what the reader sees. */
  link?: string
}

export type RichBlock =
  | { kind: 'paragraph'; inlines: RichInline[] }
  | { kind: 'bullets'; items: RichInline[][] }
  | { kind: 'numbered'; items: RichInline[][] }

export type RichBlockKind = RichBlock['kind']

export interface RichText {
  blocks: RichBlock[]
}

/** Enough for several pages of a section's view; a paste of a whole book is refused. */
export const RICH_TEXT_LIMITS = { blocks: 500, items: 200, inlines: 400, text: 20_000 } as const

/** Only addresses a reader can safely follow: never `javascript:`, `file:` or relative paths. */
export const LINK_PATTERN = /^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i

const richInlineSchema = z.strictObject({
  text: z.string().max(RICH_TEXT_LIMITS.text),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  link: z
    .string()
    .max(2_000)
    .regex(LINK_PATTERN, 'must be an http, https or mailto address')
    .optional(),
})

const inlines = z.array(richInlineSchema).max(RICH_TEXT_LIMITS.inlines)
const items = z.array(inlines).max(RICH_TEXT_LIMITS.items)

export const richBlockSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('paragraph'), inlines }),
  z.strictObject({ kind: z.literal('bullets'), items }),
  z.strictObject({ kind: z.literal('numbered'), items }),
])

export const richTextSchema = z.strictObject({
  blocks: z.array(richBlockSchema).max(RICH_TEXT_LIMITS.blocks),
})

export const EMPTY_RICH_TEXT: RichText = { blocks: [] }

/** A document as plain text, one line per paragraph or list item: for search, diffs and tests. */
export function richTextToPlain(doc: RichText): string {
  return doc.blocks
    .flatMap((block) =>
      block.kind === 'paragraph'
        ? [inlineText(block.inlines)]
        : block.items.map(
            (item, i) => `${block.kind === 'numbered' ? `${i + 1}.` : '•'} ${inlineText(item)}`,
          ),
    )
    .join('\n')
}

/** True when the document has no visible text: an editor left with empty paragraphs. */
export function isBlankRichText(doc: RichText): boolean {
  return doc.blocks.every((block) =>
    (block.kind === 'paragraph' ? [block.inlines] : block.items).every(
      (inlines) => inlineText(inlines).trim() === '',
    ),
  )
}

/** Plain paragraphs (split on blank lines) as a document: how generated text becomes editable. */
export function richTextFromParagraphs(paragraphs: readonly string[]): RichText {
  return {
    blocks: paragraphs
      .filter((p) => p.trim() !== '')
      .map((p) => ({ kind: 'paragraph', inlines: [{ text: p }] })),
  }
}

/**
 * A link's address as the report writes it, in Word and in the preview alike: only a safe
 * address (http, https, mailto), as a URI with non-ASCII characters percent-encoded; otherwise
 * nothing, and the words are written without a link.
 */
export function linkTarget(address: string): string | undefined {
  if (!LINK_PATTERN.test(address)) return undefined
  try {
    return address.replace(/[^\x21-\x7E]+/gu, (chars) => encodeURIComponent(chars))
  } catch {
    return undefined // a lone surrogate: not an address anyone typed
  }
}

function inlineText(inlines: readonly RichInline[]): string {
  return inlines.map((i) => i.text).join('')
}
