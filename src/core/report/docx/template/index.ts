export { readWordTemplate, type WordTemplate } from './read-template'
export { TemplateFileError, type TemplateErrorCode } from './template-error'
export { TEMPLATE_LIMITS } from './template-limits'
export { REPORT_STYLES, templateStyleCoverage, type ReportStyleName } from './style-coverage'
