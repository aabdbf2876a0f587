/**
 * CouchDB names of a team workspace's databases. CouchDB allows only lower-case names, and an
 * audit id may hold capitals (archives keep the ids they came with), so a capital is written as
 * `$` and its lower-case letter: two ids differing only in case never share a database.
 */

/** The firm's directory: who the members are and which audits are shared with whom. */
export const FIRM_DATABASE = 'workbook-firm'
/** Sections published to the team library (PRODUCT.md §14), one document per section version. */
export const LIBRARY_DATABASE = 'workbook-library'

const AUDIT_DATABASE_PREFIX = 'workbook-audit-'

export function auditDatabaseName(auditId: string): string {
  return AUDIT_DATABASE_PREFIX + auditId.replace(/[A-Z]/g, (capital) => `$${capital.toLowerCase()}`)
}

export function auditIdOfDatabase(name: string): string | undefined {
  if (!name.startsWith(AUDIT_DATABASE_PREFIX)) return undefined
  return name
    .slice(AUDIT_DATABASE_PREFIX.length)
    .replace(/\$([a-z])/g, (_, letter: string) => letter.toUpperCase())
}
