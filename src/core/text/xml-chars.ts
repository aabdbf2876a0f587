/**
 * The characters XML 1.0 can hold (production [2] Char: tab, line feed, carriage return,
 * U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF). One of any other — a control character
 * pasted from a terminal, a lone surrogate, U+FFFE or U+FFFF — makes the part that holds it
 * ill formed, and Word and LibreOffice then refuse the whole document. Text a user typed can hold
 * any of them, so every document we write is made of text that went through here first.
 */

// Outside Char, plus surrogates that are not half of a pair.
const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
// A cheaper first look: any surrogate at all (pairs too), so most text needs one scan only.
// eslint-disable-next-line no-control-regex -- as above
const MAY_HOLD_NON_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/

/** The text without the characters XML cannot hold; everything else exactly as it was. */
export function stripNonXmlChars(text: string): string {
  return MAY_HOLD_NON_XML.test(text) ? text.replace(NOT_XML_CHAR, '') : text
}

/**
 * Plain data (strings, numbers, booleans, arrays, plain objects) with every string, at any depth,
 * stripped of what XML cannot hold. Unchanged branches are returned as they were, so clean data
 * costs one scan and no copy (a large audit's report model is megabytes of text, walked at every
 * export). Anything else (a class instance, a function, bytes) is refused rather than passed
 * through unchecked: its strings would escape the stripping.
 */
export function withXmlSafeText<T>(value: T): T {
  return safe(value) as T
}

function safe(value: unknown): unknown {
  if (typeof value === 'string') return stripNonXmlChars(value)
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint')
      throw new TypeError(`Expected plain data, found a ${typeof value}.`)
    return value
  }
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i]
      const mapped = safe(item)
      if (mapped === item) continue
      copy ??= value.slice()
      copy[i] = mapped
    }
    return copy ?? value
  }
  const prototype = Object.getPrototypeOf(value) as unknown
  if (prototype !== Object.prototype && prototype !== null)
    throw new TypeError('Expected plain data, found an object that is not a plain one.')
  const record = value as Record<string, unknown>
  let copy: Record<string, unknown> | undefined
  // A plain object inherits no enumerable keys, so for…in visits its own: no entries array.
  for (const key in record) {
    const item = record[key]
    const mapped = safe(item)
    if (mapped === item) continue
    copy ??= { ...record }
    copy[key] = mapped
  }
  return copy ?? value
}
