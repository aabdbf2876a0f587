import { z } from 'zod'
import {
  auditValidateSource,
  firmValidateSource,
  libraryValidateSource,
  sharedWithFilterSource,
} from './validate-sources'

/**
 * What the team workspace's databases hold besides documents (issue 18): their `_security`
 * objects and their `_design/workbook` documents. The server enforces both; the app only reads
 * them. Firm members are CouchDB users with the role `workbook`; firm admins are server admins
 * (`_admin`) or users with the role `workbook-admin`.
 */

export const DESIGN_DOC_ID = '_design/workbook'
export const MEMBER_ROLE = 'workbook'
export const FIRM_ADMIN_ROLE = 'workbook-admin'

export interface SecurityObject {
  admins: { names: string[]; roles: string[] }
  members: { names: string[]; roles: string[] }
}

export interface DesignDoc {
  _id: typeof DESIGN_DOC_ID
  language: 'javascript'
  validate_doc_update: string
  filters?: Record<string, string>
  [field: string]: unknown
}

export interface AuditPeople {
  owner: string
  consultants: string[]
  reviewers: string[]
  /**
   * A final audit has no admin by name: the owner, a database admin, could otherwise rewrite the
   * design document (CouchDB runs no validate function on those) and lift the final state.
   */
  final?: boolean
}

export interface AuditRules {
  reviewers: string[]
  final: boolean
}

/** The people an audit is shared with read and write it; the owner may change its rules. */
export function auditSecurity({
  owner,
  consultants,
  reviewers,
  final,
}: AuditPeople): SecurityObject {
  return {
    admins: { names: final ? [] : [owner], roles: [FIRM_ADMIN_ROLE] },
    members: { names: unique([owner, ...consultants, ...reviewers]), roles: [] },
  }
}

/** An audit's rules as plain fields (for the app to read) and baked into its validate function. */
export function auditDesignDoc(rules: AuditRules): DesignDoc & AuditRules {
  const reviewers = unique(rules.reviewers)
  return {
    _id: DESIGN_DOC_ID,
    language: 'javascript',
    reviewers,
    final: rules.final,
    validate_doc_update: auditValidateSource({ reviewers, final: rules.final }),
    filters: { [WITHOUT_BYTES_FILTER_NAME]: WITHOUT_BYTES_FILTER },
  }
}

/**
 * The audit's replication leaves evidence bytes out: `blob:` documents carry them as
 * attachments and move one file at a time by id (the app's evidence-bytes.ts), so a laptop's
 * memory and disk do not hold every file of an audit it only reads. A classic filter: never throws
 * (a throwing filter takes pouchdb-server down).
 */
const WITHOUT_BYTES_FILTER_NAME = 'without_bytes'
export const WITHOUT_BYTES_FILTER = `function (doc) {
  return !(typeof doc._id === 'string' && doc._id.indexOf('blob:') === 0);
}`
export const AUDIT_REPLICATION_FILTER = `workbook/${WITHOUT_BYTES_FILTER_NAME}`

const auditRulesSchema = z.looseObject({
  _id: z.literal(DESIGN_DOC_ID),
  reviewers: z.array(z.string().min(1).max(200)).max(10_000),
  final: z.boolean(),
})

/** An audit's rules read from its design document (untrusted: from the server); `undefined` when
 * the document is not one this app wrote. */
export function readAuditRules(designDoc: unknown): AuditRules | undefined {
  const parsed = auditRulesSchema.safeParse(designDoc)
  return parsed.success ? { reviewers: parsed.data.reviewers, final: parsed.data.final } : undefined
}

const firmWide = (): SecurityObject => ({
  admins: { names: [], roles: [FIRM_ADMIN_ROLE] },
  members: { names: [], roles: [MEMBER_ROLE] },
})

/** The firm's directory: every member reads it; its validate function says who writes what. */
export function firmSecurity(): SecurityObject {
  return firmWide()
}

export function firmDesignDoc(): DesignDoc {
  return {
    _id: DESIGN_DOC_ID,
    language: 'javascript',
    validate_doc_update: firmValidateSource(),
    filters: { shared_with: sharedWithFilterSource() },
  }
}

/** The directory's replication filter, as PouchDB names it: `filter: SHARED_WITH_FILTER`. */
export const SHARED_WITH_FILTER = 'workbook/shared_with'

export function librarySecurity(): SecurityObject {
  return firmWide()
}

export function libraryDesignDoc(): DesignDoc {
  return {
    _id: DESIGN_DOC_ID,
    language: 'javascript',
    validate_doc_update: libraryValidateSource(),
  }
}

function unique(names: string[]): string[] {
  return [...new Set(names)]
}
