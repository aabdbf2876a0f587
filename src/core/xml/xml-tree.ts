import { XMLParser, XMLValidator } from 'fast-xml-parser'

/**
 * The XML of a part of an Office or OpenDocument file as a small tree, for the readers of files
 * a user brings (spreadsheets, Word templates). A document type declaration is refused outright:
 * OOXML and ODF never have one, and it is the door to entity expansion ("billion laughs") and
 * external entities. Each reader turns a `XmlTreeProblem` into its own message.
 */
export interface XmlElement {
  name: string
  attrs: Record<string, string>
  children: XmlNode[]
}
export type XmlNode = XmlElement | string

export interface XmlTreeOptions {
  /** `table:table-row` read as `table-row`, so a reader does not depend on a producer's prefixes. */
  localNames: boolean
  /** HTML's named entities as well as XML's five and numeric references. */
  htmlEntities: boolean
  /** Refuse what is not well formed, rather than take a misnested tag as closed. */
  wellFormed: boolean
  /** Real parts nest about a dozen deep; the limit is far above that and far below a stack's end. */
  maxNestedTags: number
}

export type XmlTreeProblem = 'doctype' | 'not-xml' | 'empty'

export class XmlTreeError extends Error {
  constructor(readonly problem: XmlTreeProblem) {
    super(`XML refused: ${problem}`)
  }
}

export const localName = (name: string): string => name.slice(name.indexOf(':') + 1)

/** The root element of a part; throws `XmlTreeError` for a DOCTYPE, bad XML or an empty part. */
export function parseXmlTree(text: string, options: XmlTreeOptions): XmlElement {
  if (/<!DOCTYPE/i.test(text)) throw new XmlTreeError('doctype')
  let nodes: XmlNode[]
  try {
    if (options.wellFormed && XMLValidator.validate(text) !== true)
      throw new Error('not well formed')
    nodes = convert(parserFor(options).parse(text), options.localNames)
  } catch {
    throw new XmlTreeError('not-xml')
  }
  const root = nodes.find((node): node is XmlElement => typeof node !== 'string')
  if (!root) throw new XmlTreeError('empty')
  return root
}

const parsers = new Map<string, XMLParser>()

function parserFor({ htmlEntities, maxNestedTags }: XmlTreeOptions): XMLParser {
  const key = `${htmlEntities}:${maxNestedTags}`
  let parser = parsers.get(key)
  if (!parser) {
    parser = new XMLParser({
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
      htmlEntities,
      maxNestedTags,
    })
    parsers.set(key, parser)
  }
  return parser
}

type Parsed = Record<string, unknown>

function convert(nodes: unknown, localNames: boolean): XmlNode[] {
  if (!Array.isArray(nodes)) return []
  const rename = localNames ? localName : (name: string) => name
  const out: XmlNode[] = []
  for (const node of nodes as Parsed[]) {
    const text = node['#text']
    if (typeof text === 'string' || typeof text === 'number') {
      out.push(String(text))
      continue
    }
    const name = Object.keys(node).find((key) => key !== ':@')
    if (name === undefined || name.startsWith('#')) continue
    const attrs: Record<string, string> = Object.create(null) as Record<string, string>
    const raw = node[':@'] as Record<string, unknown> | undefined
    for (const [key, value] of Object.entries(raw ?? {})) attrs[rename(key)] = String(value)
    out.push({ name: rename(name), attrs, children: convert(node[name], localNames) })
  }
  return out
}
