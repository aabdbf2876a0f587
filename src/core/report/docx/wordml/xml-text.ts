/**
 * Escaping for text written into WordprocessingML by hand. Characters XML 1.0 cannot hold at all
 * (control characters pasted into a note, lone surrogates, U+FFFE/U+FFFF) are dropped: one of
 * them would make Word refuse the whole document.
 */

// Everything outside XML 1.0's Char production, plus lone surrogates.
const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const MARKUP = /[&<>"]/g
// eslint-disable-next-line no-control-regex -- as NOT_XML_CHAR, without the g flag, plus markup
const NEEDS_WORK = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/** Text made safe for element content and for double-quoted attribute values. */
export function escapeXml(text: string): string {
  // Most text has nothing to escape: one scan to find that out is cheaper than two replaces.
  if (!NEEDS_WORK.test(text)) return text
  return text.replace(NOT_XML_CHAR, '').replace(MARKUP, (c) => ENTITY[c]!)
}

/** Whether text must keep its spaces explicitly: Word would otherwise trim or collapse them. */
export function hasSignificantSpace(text: string): boolean {
  return /^\s|\s$|\s\s/.test(text)
}
