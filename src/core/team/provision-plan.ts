import { FIRM_DATABASE, LIBRARY_DATABASE } from './database-names'
import { canonicalJson } from './same-json'
import {
  DESIGN_DOC_ID,
  FIRM_ADMIN_ROLE,
  MEMBER_ROLE,
  firmDesignDoc,
  firmSecurity,
  libraryDesignDoc,
  librarySecurity,
  type DesignDoc,
  type SecurityObject,
} from './server-rules'

/**
 * What `npm run team:provision` does to a CouchDB server, decided from what it found there
 * (scripts/team-provision.mjs reads the server, asks this, then sends the steps). Pure, so every
 * case is tested without a server; idempotent: a server already provisioned gets no step.
 */

/** One database as the server showed it. */
export interface ObservedDatabase {
  exists: boolean
  /** `GET /db/_security`: `{}` when never set. */
  security?: unknown
  /** `GET /db/_design/workbook`, with its `_rev`; absent when missing. */
  designDoc?: unknown
}

export interface ProvisionStep {
  method: 'PUT'
  /** Relative to the server's root. */
  path: string
  body?: unknown
  /** What the step does, for the log; never a password. */
  says: string
}

const FIRM_DATABASES = [
  { name: FIRM_DATABASE, security: firmSecurity, designDoc: firmDesignDoc },
  { name: LIBRARY_DATABASE, security: librarySecurity, designDoc: libraryDesignDoc },
] as const

export const PROVISIONED_DATABASES: readonly string[] = FIRM_DATABASES.map(({ name }) => name)

/** The firm's directory and library: created, secured and given their design documents. */
export function planFirmDatabases(observed: Record<string, ObservedDatabase>): ProvisionStep[] {
  return FIRM_DATABASES.flatMap(({ name, security, designDoc }) =>
    planDatabase(name, observed[name] ?? { exists: false }, security(), designDoc()),
  )
}

function planDatabase(
  name: string,
  observed: ObservedDatabase,
  security: SecurityObject,
  designDoc: DesignDoc,
): ProvisionStep[] {
  const steps: ProvisionStep[] = []
  if (!observed.exists) steps.push({ method: 'PUT', path: name, says: `created database ${name}` })
  if (!observed.exists || canonicalJson(observed.security) !== canonicalJson(security))
    steps.push({
      method: 'PUT',
      path: `${name}/_security`,
      body: security,
      says: `set ${name}'s security: members role ${security.members.roles.join(', ')}, admins role ${security.admins.roles.join(', ')}`,
    })
  const current = observed.exists ? withoutRev(observed.designDoc) : undefined
  if (current === undefined)
    steps.push({
      method: 'PUT',
      path: `${name}/${DESIGN_DOC_ID}`,
      body: designDoc,
      says: `wrote ${name}'s ${DESIGN_DOC_ID}`,
    })
  else if (canonicalJson(current.doc) !== canonicalJson(designDoc))
    steps.push({
      method: 'PUT',
      path: `${name}/${DESIGN_DOC_ID}`,
      body: { ...designDoc, _rev: current.rev },
      says: `updated ${name}'s ${DESIGN_DOC_ID} (it differed from this version's)`,
    })
  return steps
}

function withoutRev(doc: unknown): { doc: object; rev: unknown } | undefined {
  if (typeof doc !== 'object' || doc === null) return undefined
  const { _rev, ...rest } = doc as { _rev?: unknown }
  return { doc: rest, rev: _rev }
}

export interface WantedUser {
  name: string
  password: string
  /** A firm admin (`workbook-admin`) as well as a member. */
  admin: boolean
}

export function userRoles(admin: boolean): string[] {
  return admin ? [MEMBER_ROLE, FIRM_ADMIN_ROLE] : [MEMBER_ROLE]
}

export function userDocPath(name: string): string {
  return `_users/org.couchdb.user:${encodeURIComponent(name)}`
}

/**
 * A consultant's (or a firm admin's) CouchDB user. An existing user keeps their password: only
 * their roles are brought to what is asked, so a second run changes nothing.
 */
export function planUser(observed: unknown, wanted: WantedUser): ProvisionStep[] {
  const roles = userRoles(wanted.admin)
  const kind = wanted.admin ? 'firm admin' : 'member'
  if (typeof observed !== 'object' || observed === null)
    return [
      {
        method: 'PUT',
        path: userDocPath(wanted.name),
        body: {
          _id: `org.couchdb.user:${wanted.name}`,
          name: wanted.name,
          password: wanted.password,
          roles,
          type: 'user',
        },
        says: `created user ${wanted.name} (${kind})`,
      },
    ]
  const current = observed as { roles?: unknown }
  if (canonicalJson(current.roles) === canonicalJson(roles)) return []
  return [
    {
      method: 'PUT',
      path: userDocPath(wanted.name),
      body: { ...current, roles },
      says: `changed ${wanted.name}'s roles to ${kind} (their password is unchanged)`,
    },
  ]
}
