/**
 * The sources of the `validate_doc_update` functions of the team workspace's databases (issue 18).
 * CouchDB 3 runs them in its own JavaScript engine (SpiderMonkey, or QuickJS from 3.4), so they are
 * plain ES5 strings: no arrow functions, `let`, template literals or `includes`. A validate
 * function cannot read another document, so an audit's reviewers and final state are written into
 * its source. CouchDB does not run them for design documents (only a database admin may write
 * those) nor for `_local` ones (replication checkpoints).
 */

/** What the server answers, as `reason` of a 403, when a rule refuses a write. */
export const REFUSALS = {
  final: "This audit is final: only the firm's admins can change it.",
  reviewer: 'Reviewers can comment but cannot change the audit.',
  author: 'A document must be written in your own name (its "by" is not yours).',
  comment: 'Only its author can change or delete a comment.',
  auditId: 'This document does not belong in an audit.',
  share: "Only the audit's owner or the firm's admins can change whom it is shared with.",
  member: 'You can change only your own entry in the firm directory.',
  firmId: "This document does not belong in the firm's directory.",
  publisher: "Only the firm's members can publish to the library.",
  published: 'A published version cannot be changed: publish a new version instead.',
  libraryId: 'Only section versions belong in the library.',
} as const

/** The document ids an audit database holds (see doc-ids.ts): `audit` and `content` exactly. */
export const AUDIT_DOC_PREFIXES = [
  'answer:',
  'preparation:',
  'finding:',
  'narrative:',
  'evidence:',
  'comment:',
  'assignment:',
  'blob:',
] as const
export const AUDIT_SINGLE_DOCS = ['audit', 'content'] as const

/** A value written into ES5 source: JSON is a JavaScript expression once U+2028/9 are escaped. */
function literal(value: unknown): string {
  return JSON.stringify(value)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

const FIRM_ADMIN_CHECK = `var roles = (userCtx && userCtx.roles) || [];
  if (roles.indexOf('_admin') !== -1 || roles.indexOf('workbook-admin') !== -1) return;`

function refuse(reason: string): string {
  return `throw({ forbidden: ${literal(reason)} });`
}

export function auditValidateSource(rules: { reviewers: string[]; final: boolean }): string {
  return `function (newDoc, oldDoc, userCtx) {
  ${FIRM_ADMIN_CHECK}
  var REVIEWERS = ${literal(rules.reviewers)};
  var FINAL = ${literal(rules.final)};
  var PREFIXES = ${literal(AUDIT_DOC_PREFIXES)};
  var SINGLE = ${literal(AUDIT_SINGLE_DOCS)};
  var name = userCtx.name;
  var id = newDoc._id;
  var starts = function (prefix) { return id.indexOf(prefix) === 0; };
  if (FINAL) ${refuse(REFUSALS.final)}
  if (REVIEWERS.indexOf(name) !== -1 && !starts('comment:')) ${refuse(REFUSALS.reviewer)}
  // A deletion carries no author: deleting another's losing revision resolves a conflict.
  if (!newDoc._deleted && newDoc.by !== name) ${refuse(REFUSALS.author)}
  if (starts('comment:') && oldDoc && !oldDoc._deleted && oldDoc.by !== name) ${refuse(REFUSALS.comment)}
  var known = SINGLE.indexOf(id) !== -1;
  for (var i = 0; i < PREFIXES.length && !known; i++) known = starts(PREFIXES[i]);
  if (!known) ${refuse(REFUSALS.auditId)}
}`
}

export function firmValidateSource(): string {
  return `function (newDoc, oldDoc, userCtx) {
  ${FIRM_ADMIN_CHECK}
  var name = userCtx.name;
  var id = newDoc._id;
  var before = oldDoc && !oldDoc._deleted ? oldDoc : null;
  if (id.indexOf('share:') === 0) {
    if (!name || name !== (before || newDoc).owner) ${refuse(REFUSALS.share)}
    if (!newDoc._deleted && id !== 'share:' + newDoc.auditId) ${refuse(REFUSALS.firmId)}
    return;
  }
  if (id.indexOf('member:') === 0) {
    if (!name || id !== 'member:' + name) ${refuse(REFUSALS.member)}
    if (!newDoc._deleted && newDoc.name !== name) ${refuse(REFUSALS.member)}
    return;
  }
  ${refuse(REFUSALS.firmId)}
}`
}

/**
 * The directory's replication filter (a classic filter: pouchdb-server dies on selectors). CouchDB
 * gives it the signed-in user as `req.userCtx`; pouchdb-server gives a filter only the query, so
 * the app also passes its user's name as `query_params: { name }`, read when `userCtx` is absent.
 * That is no leak: every member may read the whole directory; the filter only saves traffic. It
 * must never throw (a throwing filter takes pouchdb-server down), so nothing is assumed of `doc`.
 */
export function sharedWithFilterSource(): string {
  return `function (doc, req) {
  if (typeof doc._id !== 'string' || doc._id.indexOf('share:') !== 0) return false;
  // A tombstone says nothing of whom it was shared with; the audit id it names is no secret.
  if (doc._deleted) return true;
  var name = (req.userCtx && req.userCtx.name) || (req.query && req.query.name);
  if (!name) return false;
  var people = [doc.owner].concat(doc.consultants || [], doc.reviewers || []);
  return people.indexOf(name) !== -1;
}`
}

export function libraryValidateSource(): string {
  return `function (newDoc, oldDoc, userCtx) {
  ${FIRM_ADMIN_CHECK}
  if (roles.indexOf('workbook') === -1) ${refuse(REFUSALS.publisher)}
  if (newDoc._id.indexOf('section:') !== 0) ${refuse(REFUSALS.libraryId)}
  if (oldDoc && !oldDoc._deleted) ${refuse(REFUSALS.published)}
  // The library shows who published each version: a member cannot publish in another's name.
  if (newDoc.by !== userCtx.name) ${refuse(REFUSALS.author)}
}`
}
