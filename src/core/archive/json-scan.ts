/**
 * A look at a JSON text before `JSON.parse` builds it: how deep it nests, how many rows its
 * top-level array holds, and how many values and containers it has for its length. One pass over
 * the characters, allocating nothing, so an entry can be refused for its shape before parsing it
 * costs memory: `JSON.parse` turns three characters of `{},` into an object of sixty-odd bytes.
 */

export interface JsonShape {
  /** The first character that is not white space: `[` for an array, `{` for an object. */
  opens: string
  /** Elements of the top-level array (0 when it is not an array). */
  rows: number
  /** Objects and arrays, at every depth. */
  containers: number
  /** Every value: containers, strings, numbers, literals. */
  values: number
}

export type JsonScan = { ok: true; shape: JsonShape } | { ok: false; tooDeep: number }

const OPEN_BRACE = 0x7b
const OPEN_BRACKET = 0x5b
const CLOSE_BRACE = 0x7d
const CLOSE_BRACKET = 0x5d
const QUOTE = 0x22
const BACKSLASH = 0x5c
const COMMA = 0x2c
const COLON = 0x3a

const ARRAY = 1
const OBJECT = 2

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09

/**
 * Scans a JSON text; stops at the first point deeper than `maxDepth`. It does not check the
 * syntax (`JSON.parse` does, afterwards); on text that is not JSON its counts mean nothing.
 */
export function scanJson(text: string, maxDepth: number): JsonScan {
  // What each open container is (an array or an object), by depth: commas mean different things.
  const kinds = new Uint8Array(maxDepth + 1)
  let depth = 0
  let rows = 0
  let containers = 0
  let values = 0
  let opens = ''
  let inString = false
  let expectValue = true
  let expectKey = false
  const startValue = () => {
    values++
    if (depth === 1 && kinds[1] === ARRAY) rows++
    expectValue = false
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === BACKSLASH) i++
      else if (c === QUOTE) inString = false
      continue
    }
    if (isSpace(c)) continue
    if (opens === '') opens = text[i]!
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      startValue()
      containers++
      if (++depth > maxDepth) return { ok: false, tooDeep: maxDepth }
      kinds[depth] = c === OPEN_BRACKET ? ARRAY : OBJECT
      expectValue = c === OPEN_BRACKET
      expectKey = c === OPEN_BRACE
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--
      expectValue = expectKey = false
    } else if (c === COMMA) {
      if (kinds[depth] === ARRAY) expectValue = true
      else expectKey = true
    } else if (c === COLON) {
      expectValue = true
      expectKey = false
    } else if (c === QUOTE) {
      inString = true
      if (expectKey) expectKey = false
      else startValue()
    } else if (expectValue) {
      startValue()
    }
  }
  return { ok: true, shape: { opens, rows, containers, values } }
}
