import { stripNonXmlChars } from '../../../text/xml-chars'

/**
 * Escaping for text written into WordprocessingML by hand. The model reaching the writers is
 * already stripped of characters XML cannot hold (renderReportDocument); these writers strip
 * them again because they are exported on their own, and the check costs nothing on clean text.
 */

const MARKUP = /[&<>"]/g
// eslint-disable-next-line no-control-regex -- what stripNonXmlChars looks for, plus markup
const NEEDS_WORK = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/** Text made safe for element content and for double-quoted attribute values. */
export function escapeXml(text: string): string {
  // Most text has nothing to escape: one scan to find that out is cheaper than two replaces.
  if (!NEEDS_WORK.test(text)) return text
  return stripNonXmlChars(text).replace(MARKUP, (c) => ENTITY[c]!)
}

/** Whether text must keep its spaces explicitly: Word would otherwise trim or collapse them. */
export function hasSignificantSpace(text: string): boolean {
  return /^\s|\s$|\s\s/.test(text)
}
