export * from './storage-use'
