import { inject } from 'vitest'
import { planFirmDatabases } from '@core/team'
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

export interface Answer {
  status: number
  /** CouchDB's JSON: an object, or an array for _bulk_docs. */
  body: { error?: string; reason?: string; ok?: boolean; [field: string]: unknown }
}

/** One request to the run's server as `who` (the admin when absent), its JSON answer read. */
export async function request(
  method: string,
  path: string,
  body?: unknown,
  who: { username: string; password: string } = teamServer().admin,
): Promise<Answer> {
  const response = await fetch(`${teamServer().url}/${path}`, {
    method,
    headers: { ...basicAuth(who), 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json()) as Answer['body'] }
}

/** A database created by the admin (as the app's provisioning does), with its security and
 * design document. */
export async function createDatabase(
  name: string,
  security: object,
  designDoc: object,
): Promise<void> {
  for (const [path, body] of [
    [name, undefined],
    [`${name}/_security`, security],
    [`${name}/_design/workbook`, designDoc],
  ] as const) {
    const answer = await request('PUT', path, body)
    if (answer.status >= 300) throw new Error(`PUT ${path}: ${answer.status} ${answer.body.reason}`)
  }
}

/**
 * The firm's directory and library on the run's server, as `npm run team:provision` leaves them;
 * safe to call from every test file (what exists already is left as it is).
 */
export async function provisionFirm(): Promise<void> {
  const steps = planFirmDatabases({})
  for (const step of steps) {
    const existing = await request('GET', step.path)
    const rev = existing.status === 200 ? (existing.body._rev as string | undefined) : undefined
    if (step.body === undefined && existing.status === 200) continue
    const body = rev && step.body ? { ...step.body, _rev: rev } : step.body
    const answer = await request(step.method, step.path, body)
    if (answer.status >= 300 && answer.status !== 412)
      throw new Error(`${step.says}: ${answer.status} ${answer.body.reason}`)
  }
}
