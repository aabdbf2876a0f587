export * from './rich-text'
export * from './parts'
export * from './to-report-blocks'
export * from './compare'
