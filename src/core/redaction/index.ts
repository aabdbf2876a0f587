export * from './mask-text'
export * from './scan-text'
export * from './scan-sources'
export * from './secret-excerpt'
