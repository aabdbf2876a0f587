import type { ReportCover } from '../model'
import type { ReportText } from './report-text'

export interface CoverDetail {
  label: string
  value: string
}

/**
 * The audit's details under the cover's title, each label as it stands before its value
 * ("Client:"): the Word cover and the preview's both show these.
 */
export function coverDetails(cover: ReportCover, text: ReportText): CoverDetail[] {
  const details: CoverDetail[] = [
    { label: text.cover.client, value: cover.client },
    { label: text.cover.system, value: cover.system },
    {
      label: text.cover.preparedBy,
      value: [cover.auditors.join(', '), cover.firm].filter(Boolean).join(', '),
    },
    { label: text.cover.date, value: cover.date },
  ]
  return details.map(({ label, value }) => ({ label: text.cover.label({ label }), value }))
}

/** A piece of the footer's page number: words, or a field the word processor or printer fills. */
export type PageNumberPart = string | { field: 'page' | 'pages' }

// Stand-ins no translation contains, so the sentence can be cut where the fields go.
const PAGE = '\uE000page\uE000'
const PAGES = '\uE000pages\uE000'

/** "Page N of M" of the language, as its words and its two fields in order. */
export function pageNumberParts(text: ReportText): PageNumberPart[] {
  return text.page
    .pageOfPages({ page: PAGE, pages: PAGES })
    .split(/(\uE000pages?\uE000)/)
    .filter((part) => part !== '')
    .map((part) => (part === PAGE ? { field: 'page' } : part === PAGES ? { field: 'pages' } : part))
}
