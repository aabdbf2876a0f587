import { z } from 'zod'
import type { EvidenceItem } from './model'

/**
 * Derived evidence (issue 16): a redacted or annotated version of an item is a new item with its
 * own bytes and SHA-256, linked to the item it was made from, whose bytes stay as captured. The
 * edits are recorded so that anyone can see what was done; the bytes, not a replay of the edits,
 * are the derived item (a replay would depend on the renderer that drew it).
 */

/** A rectangle in the pixels of the image the edit applies to (after any earlier crop). */
export interface PixelRect {
  x: number
  y: number
  width: number
  height: number
}

export interface PixelPoint {
  x: number
  y: number
}

export type EvidenceEdit =
  /** Keeps only this part of the image. */
  | { op: 'crop'; rect: PixelRect }
  /** Replaces every pixel of the region by one opaque colour: nothing of it can be recovered. */
  | { op: 'redact'; rect: PixelRect; color: string }
  | { op: 'blur'; rect: PixelRect; radius: number }
  | { op: 'pixelate'; rect: PixelRect; cell: number }
  /** An outlined box drawn over the image to point at something. */
  | { op: 'highlight'; rect: PixelRect; color: string }
  | { op: 'arrow'; from: PixelPoint; to: PixelPoint; color: string }
  /** A numbered disc, for "see (1)" in a caption. */
  | { op: 'callout'; at: PixelPoint; number: number; color: string }
  | { op: 'label'; at: PixelPoint; text: string; color: string }
  /** Text redaction: the characters in [start, end) (UTF-16 offsets of the source) masked. */
  | { op: 'mask-text'; start: number; end: number }
  /** A PDF page (1-based) turned into an image at this scale of its CSS-pixel size. */
  | { op: 'pdf-page'; page: number; scale: number }

export type EvidenceEditOp = EvidenceEdit['op']

export interface EvidenceDerivation {
  /** The item this one was made from (itself possibly derived). */
  fromId: string
  /** That item's SHA-256 when this one was made: which bytes were edited. */
  fromSha256: string
  /** What was done, in order. */
  edits: EvidenceEdit[]
  madeBy: string
  madeAt: number
}

const coordinate = z.number().int().min(0).max(1_000_000)
const size = z.number().int().min(1).max(1_000_000)
const rect = z.strictObject({ x: coordinate, y: coordinate, width: size, height: size })
const point = z.strictObject({ x: coordinate, y: coordinate })
const color = z.string().regex(/^#[0-9a-f]{6}$/i, 'must be a colour like #000000')

export const evidenceEditSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('crop'), rect }),
  z.strictObject({ op: z.literal('redact'), rect, color }),
  z.strictObject({ op: z.literal('blur'), rect, radius: z.number().int().min(1).max(1000) }),
  z.strictObject({ op: z.literal('pixelate'), rect, cell: z.number().int().min(2).max(1000) }),
  z.strictObject({ op: z.literal('highlight'), rect, color }),
  z.strictObject({ op: z.literal('arrow'), from: point, to: point, color }),
  z.strictObject({
    op: z.literal('callout'),
    at: point,
    number: z.number().int().min(1).max(999),
    color,
  }),
  z.strictObject({ op: z.literal('label'), at: point, text: z.string().max(500), color }),
  z
    .strictObject({
      op: z.literal('mask-text'),
      start: z.number().int().min(0),
      end: z.number().int().min(0),
    })
    .refine((edit) => edit.end > edit.start, 'a masked range must not be empty'),
  z.strictObject({
    op: z.literal('pdf-page'),
    page: z.number().int().min(1).max(100_000),
    scale: z.number().positive().max(16),
  }),
])

export const evidenceDerivationSchema = z.strictObject({
  fromId: z.string().min(1).max(200),
  fromSha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a lower-case hex SHA-256'),
  edits: z.array(evidenceEditSchema).min(1).max(10_000),
  madeBy: z.string().max(100_000),
  madeAt: z.number().int().min(0).max(8.64e15),
})

/** Whether an edit destroys information (what a client must never be able to undo). */
export function isRedaction(edit: EvidenceEdit): boolean {
  return (
    edit.op === 'redact' || edit.op === 'blur' || edit.op === 'pixelate' || edit.op === 'mask-text'
  )
}

/**
 * The ids of items that a live item was derived from. Such an item is *superseded*: reports use
 * its derived versions in its place, so a redaction is never undone by the original appearing
 * beside it.
 */
export function supersededIds(items: readonly EvidenceItem[]): Set<string> {
  const ids = new Set<string>()
  for (const item of items) {
    if (item.derivation && item.deletedAt === undefined) ids.add(item.derivation.fromId)
  }
  return ids
}

/** The items a report shows: every live item that no live item was derived from. */
export function currentVersions<T extends EvidenceItem>(items: readonly T[]): T[] {
  const superseded = supersededIds(items)
  return items.filter((item) => item.deletedAt === undefined && !superseded.has(item.id))
}

/**
 * The captured item at the root of a derivation chain (the item itself when it is an original).
 * Stops at a missing link or a cycle, which an imported archive could hold, at the last item
 * reached.
 */
export function capturedOriginalOf<T extends EvidenceItem>(
  item: T,
  byId: ReadonlyMap<string, T>,
): T {
  const seen = new Set<string>([item.id])
  let current = item
  while (current.derivation) {
    const next = byId.get(current.derivation.fromId)
    if (!next || seen.has(next.id)) break
    seen.add(next.id)
    current = next
  }
  return current
}

/** One line saying what was done, for the locker and the report: "Redacted 2 regions, cropped". */
export function describeEdits(edits: readonly EvidenceEdit[]): string {
  const counts = new Map<EvidenceEditOp, number>()
  for (const edit of edits) counts.set(edit.op, (counts.get(edit.op) ?? 0) + 1)
  const parts: string[] = []
  for (const [op, count] of counts) parts.push(EDIT_WORDS[op](count))
  const sentence = parts.join(', ')
  return sentence.charAt(0).toUpperCase() + sentence.slice(1)
}

const plural = (count: number, one: string, many: string): string =>
  count === 1 ? `1 ${one}` : `${count} ${many}`

const EDIT_WORDS: Record<EvidenceEditOp, (count: number) => string> = {
  crop: () => 'cropped',
  redact: (n) => `redacted ${plural(n, 'region', 'regions')}`,
  blur: (n) => `blurred ${plural(n, 'region', 'regions')}`,
  pixelate: (n) => `pixelated ${plural(n, 'region', 'regions')}`,
  highlight: (n) => `highlighted ${plural(n, 'area', 'areas')}`,
  arrow: (n) => plural(n, 'arrow', 'arrows'),
  callout: (n) => plural(n, 'numbered callout', 'numbered callouts'),
  label: (n) => plural(n, 'label', 'labels'),
  'mask-text': (n) => `masked ${plural(n, 'passage', 'passages')}`,
  'pdf-page': (n) => (n === 1 ? 'a PDF page as an image' : `${n} PDF pages as images`),
}
