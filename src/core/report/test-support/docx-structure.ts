import { strFromU8, unzipSync } from 'fflate'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { xmlBytesProblem, xmlTextProblem } from './xml-chars-check'

/**
 * Checks a .docx package the way a strict consumer would: every XML part (those of the chart's
 * embedded workbook too) is well formed and holds only characters XML can hold, every entry name
 * is one XML can name, every relationship points at a part that exists, every part has a content
 * type, and nothing outside the package is referred to but http(s) and mailto hyperlinks.
 * Returns the problems.
 */
export function checkDocxStructure(bytes: Uint8Array): string[] {
  const parts = unzipSync(bytes)
  const problems: string[] = checkXmlParts(parts)
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' })

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
      if (rel.TargetMode === 'External') {
        if (!isFollowableLink(rel))
          problems.push(`${path}: ${rel.Id} is external but not a web or mail link`)
        continue
      }
      const target = resolvePath(base, rel.Target)
      if (!(target in parts)) problems.push(`${path}: ${rel.Id} points at missing ${target}`)
    }
  }
  problems.push(...checkDocumentReferences(parts, parser))
  problems.push(...checkHeaderFooterReferences(parts, parser))
  return problems
}

/** A header's or footer's picture (a firm template's logo) must name a relationship of its own. */
function checkHeaderFooterReferences(
  parts: Record<string, Uint8Array>,
  parser: XMLParser,
): string[] {
  const problems: string[] = []
  for (const path of Object.keys(parts).filter((p) => /^word\/(header|footer)\d*\.xml$/.test(p))) {
    const rels = parts[path.replace(/^word\//, 'word/_rels/') + '.rels']
    const parsed = rels ? parser.parse(strFromU8(rels)) : undefined
    const ids = new Set(
      asArray(parsed?.Relationships?.Relationship).map((r: { Id: string }) => r.Id),
    )
    for (const [, id] of strFromU8(parts[path]!).matchAll(/r:(?:embed|id|link)="([^"]+)"/g))
      if (!ids.has(id!)) problems.push(`${path} refers to a missing relationship ${id}`)
  }
  return problems
}

/**
 * What Word refuses inside document.xml although the XML is well formed: a picture, chart,
 * header or footer whose relationship id is not in document.xml.rels, two drawings with one
 * id, a contents entry linking to a bookmark that does not exist, a style no part defines.
 */
function checkDocumentReferences(parts: Record<string, Uint8Array>, parser: XMLParser): string[] {
  const documentXml = parts['word/document.xml']
  const relsXml = parts['word/_rels/document.xml.rels']
  if (!documentXml || !relsXml) return ['word/document.xml or its relationships are missing']
  const xml = strFromU8(documentXml)
  const problems: string[] = []
  const rels = parser.parse(strFromU8(relsXml))
  const ids = new Set(asArray(rels?.Relationships?.Relationship).map((r: { Id: string }) => r.Id))
  for (const [, id] of xml.matchAll(/r:(?:embed|id)="([^"]+)"/g))
    if (!ids.has(id!)) problems.push(`word/document.xml refers to a missing relationship ${id}`)
  const drawings = [...xml.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => m[1])
  if (new Set(drawings).size !== drawings.length) problems.push('two drawings share an id')
  const bookmarks = new Set(
    [...xml.matchAll(/<w:bookmarkStart [^>]*w:name="([^"]+)"/g)].map((m) => m[1]),
  )
  for (const [, anchor] of xml.matchAll(/w:anchor="([^"]+)"/g))
    if (!bookmarks.has(anchor)) problems.push(`a link points at a missing bookmark ${anchor}`)
  const styles = new Set(
    [
      ...strFromU8(parts['word/styles.xml'] ?? new Uint8Array()).matchAll(/w:styleId="([^"]+)"/g),
    ].map((m) => m[1]),
  )
  for (const [, style] of xml.matchAll(/<w:(?:pStyle|tblStyle|rStyle) w:val="([^"]+)"/g))
    if (!styles.has(style)) problems.push(`word/document.xml uses an undefined style ${style}`)
  return [...new Set(problems)]
}

/** Every XML part well formed and of XML characters; embedded Office packages checked alike. */
function checkXmlParts(parts: Record<string, Uint8Array>, prefix = ''): string[] {
  const problems: string[] = []
  for (const [path, data] of Object.entries(parts)) {
    const name = prefix + path
    // Part names are written into [Content_Types].xml and the relationships.
    const badName = xmlTextProblem(path)
    if (badName) problems.push(`the entry name ${JSON.stringify(name)} ${badName}`)
    if (/\.(xlsx|docx)$/.test(path)) {
      problems.push(...checkXmlParts(unzipSync(data), `${name}!`))
      continue
    }
    if (!/\.(xml|rels)$/.test(path)) continue
    const badChar = xmlBytesProblem(data)
    if (badChar) {
      problems.push(`${name} is not well-formed XML: it ${badChar}`)
      continue
    }
    const valid = XMLValidator.validate(strFromU8(data))
    if (valid !== true) problems.push(`${name} is not well-formed XML: ${valid.err.msg}`)
  }
  return problems
}

/** An external relationship a report may have: a hyperlink a reader can safely follow. */
function isFollowableLink(rel: { Type: string; Target: string }): boolean {
  return rel.Type.endsWith('/relationships/hyperlink') && /^(https?:\/\/|mailto:)/i.test(rel.Target)
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
