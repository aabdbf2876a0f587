import { beforeAll, describe, expect, it } from 'vitest'
import {
  auditDatabaseName,
  auditDesignDoc,
  auditSecurity,
  firmDesignDoc,
  librarySecurity,
  libraryDesignDoc,
  firmSecurity,
  REFUSALS,
  SHARED_WITH_FILTER,
} from '@core/team'
import { createDatabase, createUser, request, uniqueName } from '../test-support/team-server'

// The rules of src/core/team/server-rules.ts as the running server enforces them (the unit tests
// there cover every rule; these prove the server runs them, over plain HTTP as the app would).

const PASSWORD = 'pw'
// pouchdb-server refuses a signed-in user who lacks the right with 401, CouchDB 3 with 403.
const REFUSED = [401, 403]
const as = (username: string) => ({ username, password: PASSWORD })

async function user(prefix: string, roles = ['workbook']): Promise<string> {
  const name = uniqueName(prefix)
  await createUser(name, PASSWORD, roles)
  return name
}

describe('an audit database on the server', () => {
  let owner: string, consultant: string, reviewer: string, outsider: string, firmAdmin: string
  let open: string, final: string

  beforeAll(async () => {
    owner = await user('owner')
    consultant = await user('consultant')
    reviewer = await user('reviewer')
    outsider = await user('outsider')
    firmAdmin = await user('boss', ['workbook', 'workbook-admin'])
    const people = { owner, consultants: [consultant], reviewers: [reviewer] }
    open = auditDatabaseName(uniqueName('Open'))
    final = auditDatabaseName(uniqueName('Final'))
    await createDatabase(
      open,
      auditSecurity(people),
      auditDesignDoc({ reviewers: [reviewer], final: false }),
    )
    await createDatabase(
      final,
      auditSecurity({ ...people, final: true }),
      auditDesignDoc({ reviewers: [reviewer], final: true }),
    )
  })

  const answer = (by: string) => ({ kind: 'answer', row: {}, by, at: 1 })

  it('takes a consultant’s answer in their own name, and refuses one in another’s', async () => {
    const mine = await request('PUT', `${open}/answer:s1:q1`, answer(consultant), as(consultant))
    expect(mine.status).toBe(201)
    const theirs = await request('PUT', `${open}/answer:s1:q2`, answer(owner), as(consultant))
    expect(theirs).toEqual({ status: 403, body: { error: 'forbidden', reason: REFUSALS.author } })
  })

  it('takes a reviewer’s comment and refuses their answer', async () => {
    const comment = { kind: 'comment', target: 'answer:s1:q1', text: 'why?', by: reviewer, at: 1 }
    const said = await request('PUT', `${open}/comment:c-${reviewer}`, comment, as(reviewer))
    expect(said.status).toBe(201)
    const changed = await request('PUT', `${open}/answer:s1:q3`, answer(reviewer), as(reviewer))
    expect(changed).toEqual({
      status: 403,
      body: { error: 'forbidden', reason: REFUSALS.reviewer },
    })
  })

  it('refuses a consultant’s write to a final audit and takes a firm admin’s', async () => {
    const refused = await request(
      'PUT',
      `${final}/answer:s1:q1`,
      answer(consultant),
      as(consultant),
    )
    expect(refused).toEqual({ status: 403, body: { error: 'forbidden', reason: REFUSALS.final } })
    const taken = await request('PUT', `${final}/answer:s1:q1`, answer(firmAdmin), as(firmAdmin))
    expect(taken.status).toBe(201)
  })

  it('leaves a final audit’s rules to the firm admins: its owner can no longer change them', async () => {
    const design = await request('GET', `${final}/_design/workbook`)
    const lifted = { ...design.body, final: false }
    const byOwner = await request('PUT', `${final}/_design/workbook`, lifted, as(owner))
    expect(REFUSED).toContain(byOwner.status)
  })

  it('lets the owner make a consultant a reviewer, which the server enforces at once', async () => {
    const db = auditDatabaseName(uniqueName('Reviewed'))
    const people = { owner, consultants: [consultant], reviewers: [] }
    await createDatabase(db, auditSecurity(people), auditDesignDoc({ reviewers: [], final: false }))
    const before = await request('GET', `${db}/_design/workbook`)
    const rules = {
      ...auditDesignDoc({ reviewers: [consultant], final: false }),
      _rev: before.body._rev,
    }
    expect((await request('PUT', `${db}/_design/workbook`, rules, as(owner))).status).toBe(201)
    const refused = await request('PUT', `${db}/answer:s1:q1`, answer(consultant), as(consultant))
    expect(refused.body.reason).toBe(REFUSALS.reviewer)
  })

  it('refuses the same write when replicated (new_edits: false), as PouchDB pushes it', async () => {
    const docs = [{ _id: 'answer:s9:q9', _rev: '1-abc', ...answer(owner) }]
    const pushed = await request(
      'POST',
      `${open}/_bulk_docs`,
      { docs, new_edits: false },
      as(consultant),
    )
    expect(pushed.body).toEqual([
      { id: 'answer:s9:q9', error: 'forbidden', reason: REFUSALS.author },
    ])
    const read = await request('GET', `${open}/answer:s9:q9`)
    expect(read.status).toBe(404)
  })

  it('lets replication keep its checkpoints (_local documents), even a reviewer’s on a final audit', async () => {
    const checkpoint = { session_id: 's', last_seq: 1, history: [] }
    for (const [db, who] of [
      [open, consultant],
      [open, reviewer],
      [final, reviewer],
    ] as const) {
      const written = await request('PUT', `${db}/_local/${uniqueName('cp')}`, checkpoint, as(who))
      expect(written.status).toBe(201)
    }
  })

  it('keeps a colleague who is not a member out, even from reading', async () => {
    const read = await request('GET', `${open}/answer:s1:q1`, undefined, as(outsider))
    expect(REFUSED).toContain(read.status)
    expect(read.body.row).toBeUndefined()
  })

  it('answers a wrong password with 401', async () => {
    const read = await request('GET', `${open}/answer:s1:q1`, undefined, {
      username: consultant,
      password: 'wrong',
    })
    expect(read.status).toBe(401)
  })
})

describe('the firm databases on the server', () => {
  it('lets members publish a library version once, and keeps the directory’s shares to owners', async () => {
    const member = await user('member')
    const other = await user('other')
    const library = uniqueName('library-test')
    const firm = uniqueName('firm-test')
    await createDatabase(library, librarySecurity(), libraryDesignDoc())
    await createDatabase(firm, firmSecurity(), firmDesignDoc())

    const section = { kind: 'section', by: member }
    const published = await request('PUT', `${library}/section:p:s:1`, section, as(member))
    expect(published.status).toBe(201)
    const again = { ...section, _rev: published.body.rev }
    const changed = await request('PUT', `${library}/section:p:s:1`, again, as(member))
    expect(changed.body.reason).toBe(REFUSALS.published)

    const share = { auditId: 'a1', owner: member, consultants: [], reviewers: [] }
    expect((await request('PUT', `${firm}/share:a1`, share, as(member))).status).toBe(201)
    const stolen = { auditId: 'a2', owner: other, consultants: [], reviewers: [] }
    expect((await request('PUT', `${firm}/share:a2`, stolen, as(member))).body.reason).toBe(
      REFUSALS.share,
    )
  })

  it('replicates to each member only the shares that name them (the shared_with filter)', async () => {
    const owner = await user('owner')
    const colleague = await user('colleague')
    const outsider = await user('outsider')
    const firm = uniqueName('firm-test')
    await createDatabase(firm, firmSecurity(), firmDesignDoc())
    const share = { owner, consultants: [colleague], reviewers: [] }
    await request('PUT', `${firm}/share:a1`, { ...share, auditId: 'a1' }, as(owner))
    await request(
      'PUT',
      `${firm}/share:a2`,
      { ...share, auditId: 'a2', consultants: [] },
      as(owner),
    )
    await request('PUT', `${firm}/member:${owner}`, { name: owner, displayName: 'O' }, as(owner))

    const sharesOf = async (name: string) => {
      // As the app asks: its name in the query too, for pouchdb-server (see the filter's source).
      const query = `filter=${encodeURIComponent(SHARED_WITH_FILTER)}&name=${encodeURIComponent(name)}`
      const path = `${firm}/_changes?${query}`
      const changes = await request('GET', path, undefined, as(name))
      return (changes.body.results as { id: string }[]).map((change) => change.id).sort()
    }
    expect(await sharesOf(owner)).toEqual(['share:a1', 'share:a2'])
    expect(await sharesOf(colleague)).toEqual(['share:a1'])
    expect(await sharesOf(outsider)).toEqual([])
  })
})
