import { strFromU8, strToU8 } from 'fflate'
import { NUMBERED_ABSTRACT_ID, type ListsAndLinks } from './wordml/lists-and-links'
import { escapeXml } from './wordml/xml-text'

const HYPERLINK_RELATIONSHIP =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink'

/**
 * Adds what the written body's lists and links need to docx's package: the decimal list
 * definition and one restarting instance per numbered list in numbering.xml, and one external
 * relationship per linked address in document.xml.rels. A document without either is left as it
 * was.
 */
export function addListsAndLinks(
  parts: Record<string, Uint8Array>,
  { numberedLists, links }: ListsAndLinks,
): void {
  if (numberedLists.length > 0) {
    const path = 'word/numbering.xml'
    parts[path] = strToU8(withNumberedLists(partText(parts, path), numberedLists))
  }
  if (links.length > 0) {
    const path = 'word/_rels/document.xml.rels'
    const relationships = links
      .map(
        (link) =>
          `<Relationship Id="${link.relationshipId}" Type="${HYPERLINK_RELATIONSHIP}" Target="${escapeXml(link.target)}" TargetMode="External"/>`,
      )
      .join('')
    parts[path] = strToU8(
      partText(parts, path).replace('</Relationships>', `${relationships}</Relationships>`),
    )
  }
}

/**
 * numbering.xml with our definitions: every `w:abstractNum` must come before the first `w:num`
 * (the schema's order), so the definition goes there and the instances at the end.
 */
export function withNumberedLists(numberingXml: string, numIds: readonly number[]): string {
  const end = numberingXml.lastIndexOf('</w:numbering>')
  if (end < 0) throw new Error('The Word package has a numbering part without its root element.')
  const firstNum = numberingXml.search(/<w:num[\s>]/)
  const definitionAt = firstNum >= 0 && firstNum < end ? firstNum : end
  const instances = numIds
    .map(
      (numId) =>
        `<w:num w:numId="${numId}"><w:abstractNumId w:val="${NUMBERED_ABSTRACT_ID}"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`,
    )
    .join('')
  return (
    numberingXml.slice(0, definitionAt) +
    DECIMAL_LIST +
    numberingXml.slice(definitionAt, end) +
    instances +
    numberingXml.slice(end)
  )
}

/** "1." "2." … with the indent of docx's bullets, so the two kinds of list line up. */
const DECIMAL_LIST =
  `<w:abstractNum w:abstractNumId="${NUMBERED_ABSTRACT_ID}"><w:multiLevelType w:val="singleLevel"/><w:name w:val="Report Numbered List"/>` +
  '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'

function partText(parts: Record<string, Uint8Array>, path: string): string {
  const data = parts[path]
  if (data === undefined) throw new Error(`The Word package has no ${path}.`)
  return strFromU8(data)
}
