import { ENGLISH } from './english'
import type { ReportText } from './report-text'

/**
 * The languages a report can be written in. Adding one: copy `english.ts` to a file of the
 * language (e.g. `french.ts` exporting `FRENCH: ReportText`), translate every entry (the compiler
 * names any left out), and register it here. No writer changes.
 */
export const REPORT_LANGUAGES = { en: ENGLISH } as const satisfies Record<string, ReportText>

export type ReportLanguage = keyof typeof REPORT_LANGUAGES

export const DEFAULT_REPORT_LANGUAGE: ReportLanguage = 'en'

export function reportText(language: ReportLanguage = DEFAULT_REPORT_LANGUAGE): ReportText {
  return REPORT_LANGUAGES[language]
}
