import { parseXmlTree, XmlTreeError, type XmlElement, type XmlNode } from '../xml/xml-tree'
import { SheetFileError } from './sheet-file-error'

/**
 * The XML of a spreadsheet part as a small tree of elements with local names (`table:table-row`
 * is `table-row`, `x:c` is `c`), so the readers do not depend on how a producer spells its
 * namespace prefixes.
 */
export type { XmlElement, XmlNode }

const SHEET_XML = { localNames: true, htmlEntities: true, wellFormed: false, maxNestedTags: 64 }

/** The root element of a part; refuses a part with a DOCTYPE or that is not XML. */
export function parseXml(text: string, partName: string): XmlElement {
  try {
    return parseXmlTree(text, SHEET_XML)
  } catch (error) {
    if (!(error instanceof XmlTreeError)) throw error
    throw error.problem === 'doctype'
      ? new SheetFileError(
          'unsafe-xml',
          `The file was refused: its part ${partName} declares a document type, which spreadsheets never do (it is a known way to attack XML readers).`,
        )
      : new SheetFileError(
          'damaged',
          error.problem === 'empty'
            ? `The file is damaged: its part ${partName} is empty.`
            : `The file is damaged: its part ${partName} is not readable XML.`,
        )
  }
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
