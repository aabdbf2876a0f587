import { strFromU8, unzipSync } from 'fflate'
import { XMLParser, XMLValidator } from 'fast-xml-parser'

/**
 * Checks a .docx package the way a strict consumer would: every XML part parses, every
 * relationship points at a part that exists, every part has a content type. Returns the problems.
 */
export function checkDocxStructure(bytes: Uint8Array): string[] {
  const parts = unzipSync(bytes)
  const problems: string[] = []
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' })

  for (const [path, data] of Object.entries(parts)) {
    if (!/\.(xml|rels)$/.test(path)) continue
    const valid = XMLValidator.validate(strFromU8(data))
    if (valid !== true) problems.push(`${path} is not well-formed XML: ${valid.err.msg}`)
  }

  const types = parser.parse(strFromU8(parts['[Content_Types].xml'] ?? new Uint8Array()))
  const defaults = new Set(
    asArray(types?.Types?.Default).map((d: { Extension: string }) => d.Extension.toLowerCase()),
  )
  const overrides = new Set(
    asArray(types?.Types?.Override).map((o: { PartName: string }) => o.PartName),
  )
  for (const path of Object.keys(parts)) {
    if (path.endsWith('/') || path === '[Content_Types].xml') continue
    const extension = path.split('.').pop()?.toLowerCase() ?? ''
    if (!overrides.has(`/${path}`) && !defaults.has(extension))
      problems.push(`${path} has no content type`)
  }

  for (const path of Object.keys(parts).filter((p) => p.endsWith('.rels'))) {
    const base = path.replace(/_rels\/[^/]*\.rels$/, '')
    const rels = parser.parse(strFromU8(parts[path]!))
    for (const rel of asArray(rels?.Relationships?.Relationship)) {
      if (rel.TargetMode === 'External') continue
      const target = resolvePath(base, rel.Target)
      if (!(target in parts)) problems.push(`${path}: ${rel.Id} points at missing ${target}`)
    }
  }
  return problems
}

function asArray<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}

function resolvePath(base: string, target: string): string {
  const segments = (target.startsWith('/') ? target.slice(1) : base + target).split('/')
  const out: string[] = []
  for (const segment of segments) {
    if (segment === '..') out.pop()
    else if (segment !== '.' && segment !== '') out.push(segment)
  }
  return out.join('/')
}
