import { inject } from 'vitest'
import { basicAuth, type TeamServerInfo } from '../../../../scripts/team-test-server'

declare module 'vitest' {
  export interface ProvidedContext {
    teamServer: TeamServerInfo
  }
}

export { basicAuth }

/** The run's team server (started once by team-server-setup.ts): its root and its admin. */
export function teamServer(): TeamServerInfo {
  return inject('teamServer')
}

/** A name no other test, run or earlier run against the same server uses: lower case, so it can
 * name a database too. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 8)}`
}

/** A CouchDB user with these roles (`workbook`, `workbook-admin`), created by the admin. */
export async function createUser(name: string, password: string, roles: string[]): Promise<void> {
  const { url, admin } = teamServer()
  const response = await fetch(`${url}/_users/org.couchdb.user:${encodeURIComponent(name)}`, {
    method: 'PUT',
    headers: { ...basicAuth(admin), 'content-type': 'application/json' },
    body: JSON.stringify({ _id: `org.couchdb.user:${name}`, name, password, roles, type: 'user' }),
  })
  if (!response.ok)
    throw new Error(`creating user ${name}: ${response.status} ${await response.text()}`)
}
