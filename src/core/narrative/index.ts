export * from './rich-text'
export * from './parts'
export * from './compare'
