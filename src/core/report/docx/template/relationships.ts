import { resolveTarget } from '../../../sheets/read-xlsx'
import type { ZipParts } from '../../../sheets/zip-parts'
import { attr, childElements, parseTemplateXml } from './template-xml'

/** A relationship that stays inside the package: external ones are never kept nor followed. */
export interface InternalRelationship {
  id: string
  /** The last segment of its type URI: `image`, `header`, `styles`, `theme`… */
  kind: string
  /** The part it points at, as a path inside the zip. */
  path: string
}

/** Where a part's relationships are: `word/document.xml` → `word/_rels/document.xml.rels`. */
export function relationshipsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf('/')
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`
}

/**
 * The internal relationships of a part whose target is in the package. Relationships with
 * TargetMode="External" are dropped here, and so is one that points outside the package or at
 * a part that is not there; whatever referred to a dropped one is dropped by its reader.
 */
export function internalRelationships(parts: ZipParts, partPath: string): InternalRelationship[] {
  const relsPath = relationshipsPathOf(partPath)
  const text = parts.text(relsPath)
  if (text === undefined) return []
  const out: InternalRelationship[] = []
  for (const rel of childElements(parseTemplateXml(text, relsPath), 'Relationship')) {
    const id = attr(rel, 'Id')
    const target = attr(rel, 'Target')
    if (!id || !target || attr(rel, 'TargetMode') === 'External') continue
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue // a URL without its External mode
    const path = resolveTarget(partPath, decodedTarget(target))
    if (!parts.has(path)) continue
    out.push({ id, kind: (attr(rel, 'Type') ?? '').split('/').pop() ?? '', path })
  }
  return out
}

/** Targets are URIs (a space is %20); a malformed escape is kept as written (and not found). */
function decodedTarget(target: string): string {
  try {
    return decodeURI(target)
  } catch {
    return target
  }
}
