export { buildReportModel } from './build-report-model'
export * from './input'
export { fileSize, longDate, longDateTime } from './format'
