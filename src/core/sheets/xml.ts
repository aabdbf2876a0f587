import { XMLParser } from 'fast-xml-parser'
import { SheetFileError } from './sheet-file-error'

/**
 * The XML of a spreadsheet part as a small tree of elements with local names (`table:table-row`
 * is `table-row`, `x:c` is `c`), so the readers do not depend on how a producer spells its
 * namespace prefixes. A document type declaration is refused outright: OOXML and ODF never have
 * one, and it is the door to entity expansion ("billion laughs") and external entities.
 */

export interface XmlElement {
  name: string
  attrs: Record<string, string>
  children: XmlNode[]
}
export type XmlNode = XmlElement | string

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // The five XML entities and numeric character references (&#10;); no DOCTYPE reaches here.
  processEntities: true,
  htmlEntities: true,
  // Real parts nest about eight deep; this is far above and far below a stack's end.
  maxNestedTags: 64,
})

type Parsed = Record<string, unknown>

const localName = (name: string): string => name.slice(name.indexOf(':') + 1)

function convert(nodes: unknown): XmlNode[] {
  if (!Array.isArray(nodes)) return []
  const out: XmlNode[] = []
  for (const node of nodes as Parsed[]) {
    const text = node['#text']
    if (typeof text === 'string' || typeof text === 'number') {
      out.push(String(text))
      continue
    }
    const name = Object.keys(node).find((key) => key !== ':@')
    if (name === undefined) continue
    const attrs: Record<string, string> = Object.create(null) as Record<string, string>
    const rawAttrs = node[':@'] as Record<string, unknown> | undefined
    for (const [key, value] of Object.entries(rawAttrs ?? {})) attrs[localName(key)] = String(value)
    out.push({ name: localName(name), attrs, children: convert(node[name]) })
  }
  return out
}

/** The root element of a part; refuses a part with a DOCTYPE or that is not XML. */
export function parseXml(text: string, partName: string): XmlElement {
  if (/<!DOCTYPE/i.test(text))
    throw new SheetFileError(
      'unsafe-xml',
      `The file was refused: its part ${partName} declares a document type, which spreadsheets never do (it is a known way to attack XML readers).`,
    )
  let nodes: XmlNode[]
  try {
    nodes = convert(parser.parse(text))
  } catch {
    throw new SheetFileError(
      'damaged',
      `The file is damaged: its part ${partName} is not readable XML.`,
    )
  }
  const root = nodes.find((node): node is XmlElement => typeof node !== 'string')
  if (!root)
    throw new SheetFileError('damaged', `The file is damaged: its part ${partName} is empty.`)
  return root
}

export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter(
    (node): node is XmlElement =>
      typeof node !== 'string' && (name === undefined || node.name === name),
  )
}

export function firstChild(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find(
    (node): node is XmlElement => typeof node !== 'string' && node.name === name,
  )
}

/** The first element with this name at any depth, in document order. */
export function findElement(element: XmlElement, name: string): XmlElement | undefined {
  for (const child of childElements(element)) {
    if (child.name === name) return child
    const found = findElement(child, name)
    if (found) return found
  }
  return undefined
}

/** Every element with this name at any depth, in document order (not inside a match). */
export function findElements(
  element: XmlElement,
  name: string,
  into: XmlElement[] = [],
): XmlElement[] {
  for (const child of childElements(element)) {
    if (child.name === name) into.push(child)
    else findElements(child, name, into)
  }
  return into
}

/** All the text inside an element, in order. */
export function textContent(node: XmlNode): string {
  if (typeof node === 'string') return node
  return node.children.map(textContent).join('')
}
