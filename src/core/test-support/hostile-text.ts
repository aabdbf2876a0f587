import fc from 'fast-check'

/**
 * Text as a user can type, paste or import it, for property-based tests of every writer (the
 * Word report, the action-plan CSV, the archive): code units from the whole UTF-16 range, so
 * lone surrogates too; code points from the whole Unicode range; and, more often than chance
 * would give them, the characters that break documents or fool readers. Now and then a long
 * run of one of them.
 */

/** The seed every hostile-text property test runs from: the same cases every time. */
export const HOSTILE_SEED = 20261130

const TROUBLE = [
  // C0 controls XML cannot hold, and the three it can.
  ...['\u0000', '\u0001', '\u0007', '\u0008', '\u000B', '\u000C', '\u001B', '\u001F'],
  ...['\t', '\n', '\r', '\r\n'],
  // Noncharacters, the byte-order mark, the replacement character, DEL and a C1 control.
  ...['\uFFFE', '\uFFFF', '\uFDD0', '\u{1FFFE}', '\u{10FFFF}', '\uFEFF', '\uFFFD', '\u007F'],
  '\u0085',
  // Lone surrogates, and a pair the wrong way round.
  ...['\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uDC00\uD800'],
  // Bidi controls and invisible characters.
  ...['\u202E', '\u202D', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'],
  '\u200B',
  // Markup, and what starts a spreadsheet formula or ends a CSV cell.
  ...['&', '<', '>', '"', "'", ']]>', '&amp;', '&#xFFFE;', '=', '+', '-', '@', ','],
  ...[' ', '  ', '👩🏽‍💻', 'مرحبا', 'ก้้้้้'],
]

const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c))
const codePoint = fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c))
const unit = fc.oneof(
  { arbitrary: fc.constantFrom(...TROUBLE), weight: 4 },
  { arbitrary: codeUnit, weight: 2 },
  { arbitrary: codePoint, weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), weight: 1 },
)

/** One field's worth of hostile text. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ unit, maxLength: 30 }), weight: 12 },
  {
    arbitrary: fc
      .tuple(fc.string({ unit, maxLength: 4 }), unit, fc.integer({ min: 200, max: 3_000 }))
      .map(([before, run, n]) => before + run.repeat(n)),
    weight: 1,
  },
)

/**
 * Strings that are not text a user writes: ids, keys, enums, dates, hashes, media types,
 * colours, URLs (checked as http or https wherever they come in). Every other string is text.
 */
const NOT_TEXT = new Set([
  ...['id', 'auditId', 'predecessorId', 'sectionIds', 'sectionId', 'questionId', 'itemId'],
  ...['checkId', 'outcomeId', 'evidenceId', 'packId', 'packVersion', 'version', 'format'],
  ...['startDate', 'dueDate', 'status', 'rating', 'basis', 'kind', 'severity', 'state'],
  ...['reason', 'key', 'mediaType', 'sha256', 'questionKeys', 'renditions', 'role'],
  ...['mediaId', 'type', 'accentColor', 'timeZone', 'url'],
])

/**
 * The same plain data with every text field, at any depth, replaced by `next(key)`: a field
 * added to the model later is filled too, without this list knowing of it.
 */
export function fillText<T>(value: T, next: (key: string) => string, key = ''): T {
  if (typeof value === 'string') return (NOT_TEXT.has(key) ? value : next(key)) as T
  if (Array.isArray(value)) return value.map((item: unknown) => fillText(item, next, key)) as T
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value).map(([k, item]) => [k, fillText(item, next, k)]),
  ) as T
}

/**
 * A content pack's text as the pack schema lets it in (src/core/content/schema.ts): trimmed, not
 * empty, and within the shortest limit any of its fields has. Packs are validated wherever they
 * come from, so this is the widest pack text an audit can hold.
 */
export function asPackText(text: string): string {
  return text.slice(0, 60).trim() || 'x'
}

/** Pulls one value after another from a fast-check stream (a test's seeded source of text). */
export function takeFrom(stream: Iterator<string>): () => string {
  return () => stream.next().value as string
}
