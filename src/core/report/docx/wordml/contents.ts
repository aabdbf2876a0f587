import { escapeXml } from './xml-text'

export interface ContentsEntry {
  level: 1 | 2
  text: string
  /** The bookmark around the heading, which the entry links to and takes its page from. */
  bookmark: string
}

/**
 * A table-of-contents field, filled with its entries (linked, page numbers left to Word, which
 * updates the field when the document opens) so that it reads right even where fields are not
 * updated. Word's own shape: a "Table of Contents" content control around a TOC field.
 */
export function contentsField(entries: readonly ContentsEntry[], textWidth: number): string {
  const field = (instruction: string) =>
    `<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r><w:r><w:instrText xml:space="preserve">${instruction}</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`
  const end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
  const tabs = `<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="${textWidth}"/></w:tabs>`
  let out =
    '<w:sdt><w:sdtPr><w:alias w:val="Contents"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>'
  entries.forEach((entry, i) => {
    out += `<w:p><w:pPr><w:pStyle w:val="TOC${entry.level}"/>${tabs}</w:pPr>`
    if (i === 0) out += field('TOC \\h \\o &quot;1-2&quot;')
    out +=
      `<w:hyperlink w:anchor="${entry.bookmark}" w:history="1">` +
      `<w:r><w:t xml:space="preserve">${escapeXml(entry.text)}</w:t></w:r><w:r><w:tab/></w:r>` +
      `${field(`PAGEREF ${entry.bookmark} \\h`)}${end}</w:hyperlink></w:p>`
  })
  if (entries.length === 0) out += `<w:p>${field('TOC \\h \\o &quot;1-2&quot;')}${end}</w:p>`
  else out += `<w:p>${end}</w:p>`
  return `${out}</w:sdtContent></w:sdt>`
}
