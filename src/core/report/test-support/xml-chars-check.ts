/**
 * What a strict XML consumer (Word, LibreOffice, libxml2) checks and fast-xml-parser's validator
 * does not: the bytes are UTF-8, and every character, written or referenced (`&#xFFFE;`), is one
 * XML 1.0 can hold. Written code point by code point, independently of the app's own stripping,
 * so the tests check the file rather than the writer's idea of it.
 */
export function xmlBytesProblem(bytes: Uint8Array): string | undefined {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return 'is not valid UTF-8'
  }
  return xmlTextProblem(text)
}

/** The same check of text already decoded (an entry's name, say). */
export function xmlTextProblem(text: string): string | undefined {
  let offset = 0
  for (const char of text) {
    const code = char.codePointAt(0)!
    if (!isXmlChar(code)) return `holds U+${hex(code)}, which XML cannot hold, at ${offset}`
    offset += char.length
  }
  for (const [reference, digits] of text.matchAll(/&#(x[0-9a-fA-F]+|[0-9]+);/g)) {
    const code = digits!.startsWith('x') ? parseInt(digits!.slice(1), 16) : Number(digits)
    if (!isXmlChar(code)) return `refers to ${reference}, which XML cannot hold`
  }
  return undefined
}

/** XML 1.0, production [2] Char. A lone surrogate is a code point of its own in a for…of. */
export function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  )
}

const hex = (code: number) => code.toString(16).toUpperCase().padStart(4, '0')
