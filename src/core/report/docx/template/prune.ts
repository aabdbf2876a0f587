import { filterTree, localName, type XmlElement, type XmlNode } from './template-xml'

/**
 * Where a dangling reference takes its surroundings with it, by local name: in a header the run
 * that shows a picture or the hyperlink, in a theme the picture fill.
 */
export const HEADER_CONTAINERS: ReadonlySet<string> = new Set(['r', 'hyperlink'])
export const THEME_CONTAINERS: ReadonlySet<string> = new Set(['blipFill'])

/**
 * The tree with every relationship reference renamed by `rename`, or, where `rename` knows no
 * new name (a dropped relationship), without the nearest of `containers` that holds the reference
 * (or the referring element, when none does). References
 * are attributes in the relationships namespace (`r:id`, `r:embed`, `r:link`) and VML's
 * `o:relid`.
 */
export function pruneReferences(
  root: XmlElement,
  relationshipPrefixes: ReadonlySet<string>,
  rename: (id: string) => string | undefined,
  containers: ReadonlySet<string>,
): XmlElement {
  const isReference = (key: string) =>
    relationshipPrefixes.has(key.slice(0, key.indexOf(':'))) || localName(key) === 'relid'

  /** The element rewritten, or 'dangling' when a reference inside it cannot be kept. */
  function visit(element: XmlElement, inContainer: boolean): XmlElement | 'dangling' {
    const held = inContainer || containers.has(localName(element.name))
    const attrs = { ...element.attrs }
    for (const [key, value] of Object.entries(attrs)) {
      if (key.startsWith('xmlns') || !isReference(key)) continue
      const renamed = rename(value)
      if (renamed === undefined) return 'dangling'
      attrs[key] = renamed
    }
    const children: XmlNode[] = []
    for (const child of element.children) {
      if (typeof child === 'string') {
        children.push(child)
        continue
      }
      const visited = visit(child, held)
      if (visited !== 'dangling') children.push(visited)
      // A container with a dangling reference is dropped here, as is anything outside every
      // container; anything else passes it up to its container.
      else if (!containers.has(localName(child.name)) && held) return 'dangling'
    }
    return { ...element, attrs, children }
  }

  const visited = visit(root, false)
  return visited === 'dangling' ? { ...root, children: [] } : visited
}

const OUTSIDE_FIELDS = /\b(INCLUDEPICTURE|INCLUDETEXT|LINK|DDE|DDEAUTO|IMPORT|HYPERLINK)\b/i

/**
 * Fields that would fetch a file or a URL when Word updates fields (the report asks it to on
 * opening) lose their instruction: a simple field keeps its shown result, a complex one's
 * instruction text is emptied.
 */
export function withoutLinkedFields(root: XmlElement): XmlElement {
  const visit = (element: XmlElement): XmlNode[] => {
    const name = localName(element.name)
    const instruction = Object.entries(element.attrs).find(([k]) => localName(k) === 'instr')?.[1]
    if (name === 'fldSimple' && instruction !== undefined && OUTSIDE_FIELDS.test(instruction))
      return element.children.flatMap((c) => (typeof c === 'string' ? [c] : visit(c)))
    if (name === 'instrText' && OUTSIDE_FIELDS.test(textOf(element)))
      return [{ ...element, children: [] }]
    return [
      {
        ...element,
        children: element.children.flatMap((c) => (typeof c === 'string' ? [c] : visit(c))),
      },
    ]
  }
  return visit(root)[0] as XmlElement
}

const textOf = (node: XmlNode): string =>
  typeof node === 'string' ? node : node.children.map(textOf).join('')

/** Without list numbering: the numbering ids belong to the template's numbering part, not ours. */
export function withoutNumbering(root: XmlElement): XmlElement {
  return filterTree(root, (child) => localName(child.name) !== 'numPr')
}
