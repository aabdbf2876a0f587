export * from './rich-text'
export * from './parts'
