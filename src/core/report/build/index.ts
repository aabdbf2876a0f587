export { buildReportModel } from './build-report-model'
export * from './input'
export { longDate, longDateTime } from './format'
export { generatedExecutiveSummary } from './summary'
