import type { TextSpan } from '../../model'
import { MUTED } from '../styles'
import { escapeXml, hasSignificantSpace } from './xml-text'

/** A paragraph's properties, written in the order the WordprocessingML schema requires. */
export interface ParagraphProps {
  style?: string
  keepNext?: boolean
  pageBreakBefore?: boolean
  /** A bullet of docx's default bullet list (numbering.xml, numId 1). */
  bullet?: boolean
  center?: boolean
}

export function paragraph(props: ParagraphProps, content: string): string {
  const pPr =
    (props.style ? `<w:pStyle w:val="${props.style}"/>` : '') +
    (props.keepNext ? '<w:keepNext/>' : '') +
    (props.pageBreakBefore ? '<w:pageBreakBefore/>' : '') +
    (props.bullet ? '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' : '') +
    (props.center ? '<w:jc w:val="center"/>' : '')
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${content}</w:p>`
}

/** One run of plain text; tabs become Word tabs. */
export function textRun(text: string, runProps = ''): string {
  return `<w:r>${runProps ? `<w:rPr>${runProps}</w:rPr>` : ''}${textContent(text)}</w:r>`
}

/** Spans as runs. Line breaks in notes become Word line breaks, not lost whitespace. */
export function runs(spans: readonly TextSpan[]): string {
  let out = ''
  for (const span of spans) {
    const props = runProps(span)
    const rPr = props ? `<w:rPr>${props}</w:rPr>` : ''
    const lines = span.text.split(/\r?\n/)
    for (let i = 0; i < lines.length; i++)
      out += `<w:r>${rPr}${i > 0 ? '<w:br/>' : ''}${textContent(lines[i]!)}</w:r>`
  }
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
