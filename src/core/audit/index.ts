export * from './model'
export * from './audit-draft'
export * from './question-order'
export * from './duplicate'
