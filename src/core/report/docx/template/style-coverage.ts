import { STYLE, TABLE_STYLE } from '../styles'
import type { WordTemplate } from './read-template'

/** A style the report uses, by the id Word knows it by and the name Word shows. */
export interface ReportStyleName {
  id: string
  name: string
}

/** Every style the report's writers use, as the settings screen lists them. */
export const REPORT_STYLES: readonly ReportStyleName[] = [
  { id: 'Normal', name: 'Normal (body text)' },
  { id: 'Title', name: 'Title' },
  { id: 'Heading1', name: 'Heading 1' },
  { id: 'Heading2', name: 'Heading 2' },
  { id: 'Heading3', name: 'Heading 3' },
  { id: STYLE.caption, name: 'Caption' },
  { id: 'Hyperlink', name: 'Hyperlink' },
  { id: 'ListParagraph', name: 'List Paragraph' },
  { id: STYLE.lead, name: 'Lead' },
  { id: STYLE.note, name: 'Note' },
  { id: STYLE.quote, name: 'Quote' },
  { id: STYLE.tableText, name: 'Table Text' },
  { id: STYLE.tableHeader, name: 'Table Header' },
  { id: TABLE_STYLE.ruled, name: 'Report Table' },
  { id: TABLE_STYLE.plain, name: 'Report Layout Table' },
  { id: STYLE.coverTitle, name: 'Cover Title' },
  { id: STYLE.coverSubtitle, name: 'Cover Subtitle' },
  { id: STYLE.coverMeta, name: 'Cover Details' },
  { id: STYLE.coverMarking, name: 'Cover Marking' },
  { id: STYLE.headerFooter, name: 'Header Footer Text' },
]

/** Which of the report's styles the template provides, and which keep the report's own look. */
export function templateStyleCoverage(template: WordTemplate): {
  provided: ReportStyleName[]
  fallback: ReportStyleName[]
} {
  const provides = (style: ReportStyleName) => template.styles.ids.has(style.id)
  return {
    provided: REPORT_STYLES.filter(provides),
    fallback: REPORT_STYLES.filter((style) => !provides(style)),
  }
}
