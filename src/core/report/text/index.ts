export type { ReportText } from './report-text'
export { ENGLISH } from './english'
export {
  DEFAULT_REPORT_LANGUAGE,
  REPORT_LANGUAGES,
  reportText,
  type ReportLanguage,
} from './languages'
export {
  coverDetails,
  pageNumberParts,
  type CoverDetail,
  type PageNumberPart,
} from './cover-details'
