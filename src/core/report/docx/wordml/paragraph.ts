import type { TextSpan } from '../../model'
import { MUTED, STYLE } from '../styles'
import type { LinkTargets } from './lists-and-links'
import { escapeXml, hasSignificantSpace } from './xml-text'

/** A paragraph's properties, written in the order the WordprocessingML schema requires. */
export interface ParagraphProps {
  style?: string
  keepNext?: boolean
  pageBreakBefore?: boolean
  /** A bullet of docx's default bullet list (numbering.xml, numId 1). */
  bullet?: boolean
  /** An item of a numbered list: the list's numId (`ListsAndLinks.newNumberedList`). */
  numbered?: number
  center?: boolean
}

export function paragraph(props: ParagraphProps, content: string): string {
  const pPr =
    (props.style ? `<w:pStyle w:val="${props.style}"/>` : '') +
    (props.keepNext ? '<w:keepNext/>' : '') +
    (props.pageBreakBefore ? '<w:pageBreakBefore/>' : '') +
    (props.bullet ? numberingOf(1) : props.numbered ? numberingOf(props.numbered) : '') +
    (props.center ? '<w:jc w:val="center"/>' : '')
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${content}</w:p>`
}

function numberingOf(numId: number): string {
  return `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr>`
}

/** One run of plain text; tabs become Word tabs. */
export function textRun(text: string, runProps = ''): string {
  return `<w:r>${runProps ? `<w:rPr>${runProps}</w:rPr>` : ''}${textContent(text)}</w:r>`
}

/**
 * Spans as runs. Line breaks in notes become Word line breaks, not lost whitespace. Consecutive
 * spans with one address make one hyperlink; without `links`, or for an address that is not one
 * to follow, a link is written as its text.
 */
export function runs(spans: readonly TextSpan[], links?: LinkTargets): string {
  let out = ''
  for (let i = 0; i < spans.length;) {
    const span = spans[i]!
    const relationshipId = span.link === undefined ? undefined : links?.relationshipOf(span.link)
    if (relationshipId === undefined) {
      out += spanRuns(span, '')
      i++
      continue
    }
    let linked = ''
    for (; i < spans.length && spans[i]!.link === span.link; i++)
      linked += spanRuns(spans[i]!, HYPERLINK_RUN)
    out += `<w:hyperlink r:id="${relationshipId}" w:history="1">${linked}</w:hyperlink>`
  }
  return out
}

const HYPERLINK_RUN = `<w:rStyle w:val="${STYLE.hyperlink}"/>`

function spanRuns(span: TextSpan, style: string): string {
  const props = style + runProps(span)
  const rPr = props ? `<w:rPr>${props}</w:rPr>` : ''
  const lines = span.text.split(/\r?\n/)
  let out = ''
  for (let i = 0; i < lines.length; i++)
    out += `<w:r>${rPr}${i > 0 ? '<w:br/>' : ''}${textContent(lines[i]!)}</w:r>`
  return out
}

const MONO_FONT =
  '<w:rFonts w:ascii="Consolas" w:hAnsi="Consolas" w:eastAsia="Consolas" w:cs="Consolas"/>'
const MONO_SIZE = '<w:sz w:val="17"/><w:szCs w:val="17"/>'

function runProps(span: TextSpan): string {
  return (
    (span.mono ? MONO_FONT : '') +
    (span.bold ? '<w:b/><w:bCs/>' : '') +
    (span.italic ? '<w:i/><w:iCs/>' : '') +
    (span.muted ? `<w:color w:val="${MUTED}"/>` : '') +
    (span.mono ? MONO_SIZE : '')
  )
}

function textContent(text: string): string {
  if (text === '') return ''
  if (!text.includes('\t')) return textElement(text)
  return text
    .split('\t')
    .map((part) => (part ? textElement(part) : ''))
    .join('<w:tab/>')
}

function textElement(text: string): string {
  const escaped = escapeXml(text)
  return `<w:t${hasSignificantSpace(escaped) ? ' xml:space="preserve"' : ''}>${escaped}</w:t>`
}
