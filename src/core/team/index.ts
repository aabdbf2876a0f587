export * from './database-names'
export * from './doc-ids'
export * from './documents'
export * from './same-json'
