import {
  localName,
  parseXmlTree,
  XmlTreeError,
  type XmlElement,
  type XmlNode,
} from '../../../xml/xml-tree'
import { TemplateFileError } from './template-error'

/**
 * A template's XML as a tree that keeps each name as the producer wrote it (`w:style`), so that
 * what is kept can be written back into the report beside the namespace declarations it came
 * with. Nothing is copied as text: every kept element is serialised again from the tree, its
 * text and attributes escaped, so a template cannot smuggle markup past the checks.
 */
export type { XmlElement, XmlNode }
export { localName }

// Styles and headers nest about a dozen deep (a drawing inside a table inside a header). The
// parser is lenient (a misnested tag is taken as closed); what is kept must be well formed.
const TEMPLATE_XML = { localNames: false, htmlEntities: false, wellFormed: true, maxNestedTags: 96 }

/** The root element of a part; refuses a part with a DOCTYPE or that is not XML. */
export function parseTemplateXml(text: string, partName: string): XmlElement {
  try {
    return parseXmlTree(text, TEMPLATE_XML)
  } catch (error) {
    if (!(error instanceof XmlTreeError)) throw error
    throw error.problem === 'doctype'
      ? new TemplateFileError(
          'unsafe-xml',
          `The template was refused: its part ${partName} declares a document type, which Word files never do (it is a known way to attack XML readers).`,
        )
      : new TemplateFileError(
          'damaged',
          error.problem === 'empty'
            ? `The template is damaged: its part ${partName} is empty.`
            : `The template is damaged: its part ${partName} is not readable XML. Save it again from Word.`,
        )
  }
}

const escapeText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const escapeAttr = (text: string) => escapeText(text).replace(/"/g, '&quot;')

/** The element as XML, every text and attribute escaped again. */
export function serializeXml(node: XmlNode): string {
  if (typeof node === 'string') return escapeText(node)
  const attrs = Object.entries(node.attrs)
    .map(([key, value]) => ` ${key}="${escapeAttr(value)}"`)
    .join('')
  if (node.children.length === 0) return `<${node.name}${attrs}/>`
  return `<${node.name}${attrs}>${node.children.map(serializeXml).join('')}</${node.name}>`
}

/** A whole part: the declaration Word expects, then the root. */
export function serializePart(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${serializeXml(root)}`
}

export function childElements(element: XmlElement, local?: string): XmlElement[] {
  return element.children.filter(
    (node): node is XmlElement =>
      typeof node !== 'string' && (local === undefined || localName(node.name) === local),
  )
}

export function firstChild(element: XmlElement, local: string): XmlElement | undefined {
  return childElements(element, local)[0]
}

/** An attribute by its local name (`w:val` is `val`), whatever its prefix. */
export function attr(element: XmlElement | undefined, local: string): string | undefined {
  if (!element) return undefined
  for (const [key, value] of Object.entries(element.attrs))
    if (localName(key) === local && !key.startsWith('xmlns')) return value
  return undefined
}

/** The element with only the children `keep` accepts, at every depth; the tree is not changed. */
export function filterTree(element: XmlElement, keep: (child: XmlElement) => boolean): XmlElement {
  return {
    ...element,
    children: element.children.flatMap((child): XmlNode[] =>
      typeof child === 'string' ? [child] : keep(child) ? [filterTree(child, keep)] : [],
    ),
  }
}

/** Every element with this local name at any depth, in document order (not inside a match). */
export function findElements(element: XmlElement, local: string, into: XmlElement[] = []) {
  for (const child of childElements(element)) {
    if (localName(child.name) === local) into.push(child)
    else findElements(child, local, into)
  }
  return into
}

export const WORDML_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
export const RELATIONSHIPS_NS =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

/** The prefixes a root binds to a namespace (`xmlns:r="…"` → `r`). */
export function prefixesOf(root: XmlElement, namespace: string): Set<string> {
  const prefixes = new Set<string>()
  for (const [key, value] of Object.entries(root.attrs))
    if (key.startsWith('xmlns:') && value === namespace) prefixes.add(key.slice(6))
  return prefixes
}
