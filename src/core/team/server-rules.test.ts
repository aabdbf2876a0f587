import { describe, expect, it } from 'vitest'
import {
  auditDesignDoc,
  auditSecurity,
  firmDesignDoc,
  firmSecurity,
  libraryDesignDoc,
  librarySecurity,
  readAuditRules,
} from './server-rules'
import { REFUSALS } from './validate-sources'

// The sources run here as CouchDB runs them: a function expression, evaluated on its own.
type Validate = (newDoc: object, oldDoc: object | null, userCtx: object) => void
type Filter = (doc: object, req: object) => boolean
const compile = <F>(source: string): F => new Function(`return (${source})`)() as F

/** What the server would answer: 'ok', or the reason of its 403. */
function verdict(validate: Validate, newDoc: object, oldDoc: object | null, who: User): string {
  try {
    validate(newDoc, oldDoc, { name: who.name, roles: who.roles })
    return 'ok'
  } catch (thrown) {
    return (thrown as { forbidden: string }).forbidden
  }
}

interface User {
  name: string
  roles: string[]
}
const ann: User = { name: 'ann', roles: ['workbook'] }
const bob: User = { name: 'bob', roles: ['workbook'] }
const rev: User = { name: 'rev', roles: ['workbook'] }
const boss: User = { name: 'boss', roles: ['workbook-admin'] }
const root: User = { name: 'root', roles: ['_admin'] }

const answer = (by: string) => ({ _id: 'answer:s1:q1', kind: 'answer', row: {}, by, at: 1 })
const comment = (by: string) => ({ _id: 'comment:c1', kind: 'comment', text: 'x', by, at: 1 })

describe('an audit database', () => {
  const open = compile<Validate>(
    auditDesignDoc({ reviewers: ['rev'], final: false }).validate_doc_update,
  )
  const final = compile<Validate>(
    auditDesignDoc({ reviewers: ['rev'], final: true }).validate_doc_update,
  )

  it('lets a consultant write in their own name, any kind of audit document', () => {
    const ids = [
      'audit',
      'content',
      'answer:s:q',
      'preparation:s:i',
      'finding:s:q',
      'narrative:scope',
    ]
    const more = ['evidence:e1', 'comment:c', 'assignment:s', 'blob:ab12']
    for (const _id of [...ids, ...more])
      expect(verdict(open, { _id, by: 'ann' }, null, ann)).toBe('ok')
  })

  it('lets firm admins write anything, even a final audit', () => {
    for (const admin of [boss, root]) {
      expect(verdict(final, answer('ann'), null, admin)).toBe('ok')
      expect(verdict(open, { _id: 'odd', by: 'nobody' }, null, admin)).toBe('ok')
    }
  })

  it('refuses every write to a final audit by anyone else', () => {
    expect(verdict(final, answer('ann'), null, ann)).toBe(REFUSALS.final)
    expect(verdict(final, comment('rev'), null, rev)).toBe(REFUSALS.final)
    expect(verdict(final, { _id: 'answer:s1:q1', _deleted: true }, answer('ann'), ann)).toBe(
      REFUSALS.final,
    )
  })

  it('lets a reviewer comment but not change the audit', () => {
    expect(verdict(open, comment('rev'), null, rev)).toBe('ok')
    expect(verdict(open, answer('rev'), null, rev)).toBe(REFUSALS.reviewer)
    expect(verdict(open, { _id: 'audit', by: 'rev' }, null, rev)).toBe(REFUSALS.reviewer)
    expect(verdict(open, { _id: 'answer:s1:q1', _deleted: true }, answer('ann'), rev)).toBe(
      REFUSALS.reviewer,
    )
  })

  it('refuses a document written in someone else’s name, or in no name', () => {
    expect(verdict(open, answer('bob'), null, ann)).toBe(REFUSALS.author)
    expect(verdict(open, { _id: 'answer:s1:q1' }, null, ann)).toBe(REFUSALS.author)
    expect(verdict(open, answer('ann'), null, { name: '', roles: [] })).toBe(REFUSALS.author)
  })

  it('lets anyone delete another’s revision, which is how a conflict is resolved', () => {
    expect(verdict(open, { _id: 'answer:s1:q1', _deleted: true }, answer('bob'), ann)).toBe('ok')
  })

  it('lets only its author change or delete a comment', () => {
    expect(verdict(open, comment('ann'), comment('ann'), ann)).toBe('ok')
    expect(verdict(open, comment('bob'), comment('ann'), bob)).toBe(REFUSALS.comment)
    expect(verdict(open, { _id: 'comment:c1', _deleted: true }, comment('ann'), bob)).toBe(
      REFUSALS.comment,
    )
    // A deleted comment's id may be written again, by whoever writes it in their own name.
    expect(verdict(open, comment('bob'), { _id: 'comment:c1', _deleted: true }, bob)).toBe('ok')
  })

  it('refuses documents that do not belong in an audit', () => {
    for (const _id of ['auditx', 'contents', 'answers:s:q', 'settings', 'share:a', 'Answer:s:q'])
      expect(verdict(open, { _id, by: 'ann' }, null, ann)).toBe(REFUSALS.auditId)
  })

  it('bakes names safely into the source, whatever characters they hold', () => {
    const odd = `o'"\\\u2028n</script>`
    const validate = compile<Validate>(
      auditDesignDoc({ reviewers: [odd], final: false }).validate_doc_update,
    )
    expect(verdict(validate, answer(odd), null, { name: odd, roles: [] })).toBe(REFUSALS.reviewer)
    expect(verdict(validate, comment(odd), null, { name: odd, roles: [] })).toBe('ok')
  })

  it('is plain ES5, for CouchDB’s JavaScript engine', () => {
    const source = auditDesignDoc({ reviewers: [], final: false }).validate_doc_update
    expect(source).not.toMatch(/=>|`|\blet\b|\bconst\b|\.includes\(|\.startsWith\(/)
  })

  it('gives the owner the audit, its people membership, and firm admins the rest', () => {
    const people = { owner: 'ann', consultants: ['bob', 'ann'], reviewers: ['rev'] }
    expect(auditSecurity(people)).toEqual({
      admins: { names: ['ann'], roles: ['workbook-admin'] },
      members: { names: ['ann', 'bob', 'rev'], roles: [] },
    })
    expect(auditSecurity({ ...people, final: true }).admins).toEqual({
      names: [],
      roles: ['workbook-admin'],
    })
  })

  it('reads its rules back from the design document, and nothing else', () => {
    const doc = { ...auditDesignDoc({ reviewers: ['rev'], final: true }), _rev: '2-x' }
    expect(readAuditRules(doc)).toEqual({ reviewers: ['rev'], final: true })
    expect(readAuditRules({ ...doc, final: 'yes' })).toBeUndefined()
    expect(readAuditRules({ ...doc, reviewers: [3] })).toBeUndefined()
    expect(readAuditRules({ ...doc, _id: '_design/other' })).toBeUndefined()
    expect(readAuditRules(null)).toBeUndefined()
  })
})

describe('the firm directory', () => {
  const validate = compile<Validate>(firmDesignDoc().validate_doc_update)
  const share = (owner: string) => ({
    _id: 'share:a1',
    auditId: 'a1',
    database: 'workbook-audit-a1',
    owner,
    consultants: ['bob'],
    reviewers: ['rev'],
  })

  it('lets the owner or a firm admin share an audit, nobody else', () => {
    expect(verdict(validate, share('ann'), null, ann)).toBe('ok')
    expect(verdict(validate, share('ann'), share('ann'), ann)).toBe('ok')
    expect(verdict(validate, share('ann'), null, boss)).toBe('ok')
    expect(verdict(validate, share('ann'), null, bob)).toBe(REFUSALS.share)
    expect(verdict(validate, share('bob'), share('ann'), bob)).toBe(REFUSALS.share)
    expect(verdict(validate, { _id: 'share:a1', _deleted: true }, share('ann'), bob)).toBe(
      REFUSALS.share,
    )
    expect(verdict(validate, { ...share('ann'), _id: 'share:a2' }, null, ann)).toBe(REFUSALS.firmId)
  })

  it('lets each member write only their own entry', () => {
    expect(verdict(validate, { _id: 'member:ann', name: 'ann' }, null, ann)).toBe('ok')
    expect(verdict(validate, { _id: 'member:bob', name: 'bob' }, null, ann)).toBe(REFUSALS.member)
    expect(verdict(validate, { _id: 'member:ann', name: 'bob' }, null, ann)).toBe(REFUSALS.member)
    expect(verdict(validate, { _id: 'member:bob', name: 'bob' }, null, boss)).toBe('ok')
    expect(verdict(validate, { _id: 'other' }, null, ann)).toBe(REFUSALS.firmId)
  })

  it('replicates to each member the shares that name them', () => {
    const filter = compile<Filter>(firmDesignDoc().filters!.shared_with!)
    const as = (name: string) => ({ userCtx: { name, roles: ['workbook'] } })
    expect(filter(share('ann'), as('ann'))).toBe(true)
    expect(filter(share('ann'), as('bob'))).toBe(true)
    expect(filter(share('ann'), as('rev'))).toBe(true)
    expect(filter(share('ann'), as('eve'))).toBe(false)
    expect(filter({ _id: 'member:ann', name: 'ann' }, as('ann'))).toBe(false)
    expect(filter({ _id: 'share:a1', _deleted: true }, as('eve'))).toBe(true)
  })

  it('reads the name from the query where the server gives no userCtx (pouchdb-server)', () => {
    const filter = compile<Filter>(firmDesignDoc().filters!.shared_with!)
    expect(filter(share('ann'), { query: { name: 'bob' } })).toBe(true)
    expect(filter(share('ann'), { query: { name: 'eve' } })).toBe(false)
    expect(filter(share('ann'), { query: {} })).toBe(false)
    // CouchDB's signed-in user wins over what the query says.
    expect(filter(share('ann'), { userCtx: { name: 'eve' }, query: { name: 'bob' } })).toBe(false)
  })

  it('never throws, whatever the change holds (a throwing filter takes pouchdb-server down)', () => {
    const filter = compile<Filter>(firmDesignDoc().filters!.shared_with!)
    for (const doc of [{}, { _id: 'share:x' }, { _id: 'share:x', consultants: 'bob' }])
      expect(() => filter(doc, {})).not.toThrow()
  })

  it('is read by every member and run by the firm admins', () => {
    expect(firmSecurity()).toEqual({
      admins: { names: [], roles: ['workbook-admin'] },
      members: { names: [], roles: ['workbook'] },
    })
  })
})

describe('the firm library', () => {
  const validate = compile<Validate>(libraryDesignDoc().validate_doc_update)
  const section = { _id: 'section:pack:s1:2', by: 'ann' }

  it('lets any member publish a version, once', () => {
    expect(verdict(validate, section, null, ann)).toBe('ok')
    expect(verdict(validate, section, section, ann)).toBe(REFUSALS.published)
    expect(verdict(validate, { ...section, _deleted: true }, section, ann)).toBe(REFUSALS.published)
    expect(verdict(validate, section, section, boss)).toBe('ok')
  })

  it('refuses users who are not members, and documents that are not sections', () => {
    expect(verdict(validate, section, null, { name: 'x', roles: [] })).toBe(REFUSALS.publisher)
    expect(verdict(validate, { _id: 'pack:1' }, null, ann)).toBe(REFUSALS.libraryId)
  })

  it('refuses a version published in another member’s name', () => {
    expect(verdict(validate, { ...section, by: 'bo' }, null, ann)).toBe(REFUSALS.author)
    expect(verdict(validate, { _id: section._id }, null, ann)).toBe(REFUSALS.author)
  })

  it('is read by every member', () => {
    expect(librarySecurity().members.roles).toEqual(['workbook'])
  })
})
