import memoryAdapter from 'pouchdb-adapter-memory'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { builtinPack } from '@core/content'
import { auditDatabaseName, auditDesignDoc, auditSecurity } from '@core/team'
import type { WorkbookDatabase } from '../db/database'
import { saveAnswer } from '../db/repositories/answers'
import { createAudit } from '../db/repositories/audits'
import { draftFor, fakeClock, freshDatabase } from '../db/test-support/fixtures'
import { createDatabase, createUser, teamServer, uniqueName } from '../test-support/team-server'
import { PouchDB } from './pouch'
import { markAuditShared } from './shared-audits'
import { startTeamEngine, type TeamEngine } from './team-engine'
import type { TeamStatus } from './team-status'
import { statusLog, whenTrue } from './test-support/when'

PouchDB.plugin(memoryAdapter)

const section = builtinPack.sections[0]!
const clock = fakeClock()
const PASSWORD = 'correct horse'

interface Consultant {
  name: string
  db: WorkbookDatabase
  status: ReturnType<typeof statusLog<TeamStatus>>
  engine?: TeamEngine
}

describe('the team engine against a CouchDB-protocol server', { timeout: 30_000 }, () => {
  let ana: Consultant
  let bo: Consultant
  let auditId: string
  const engines: TeamEngine[] = []

  async function consultant(prefix: string, roles = ['workbook']): Promise<Consultant> {
    const name = uniqueName(prefix)
    await createUser(name, PASSWORD, roles)
    return { name, db: await freshDatabase(), status: statusLog<TeamStatus>() }
  }

  function connect(who: Consultant, password = PASSWORD): TeamEngine {
    const engine = startTeamEngine({
      db: who.db,
      account: { server: teamServer().url, username: who.name, roles: ['workbook'] },
      password,
      onStatus: who.status.report,
      createLocal: (name) => new PouchDB(`${who.name}-${name}`, { adapter: 'memory' }),
      log: () => {},
    })
    engines.push(engine)
    return engine
  }

  async function share(reviewers: Consultant[] = []): Promise<void> {
    const people = {
      owner: ana.name,
      consultants: [bo.name],
      reviewers: reviewers.map((r) => r.name),
    }
    await createDatabase(
      auditDatabaseName(auditId),
      auditSecurity(people),
      auditDesignDoc({ reviewers: people.reviewers, final: false }),
    )
    for (const member of [ana, bo, ...reviewers])
      await markAuditShared(member.db, {
        auditId,
        database: auditDatabaseName(auditId),
        ...people,
        final: false,
        sharedAt: clock.now(),
        appliedSeq: 0,
      })
  }

  const answerOn = (who: Consultant, questionId: string) =>
    whenTrue(
      () => who.db.answers.get([auditId, section.id, questionId]),
      (answer) => answer !== undefined,
    )

  beforeEach(async () => {
    ana = await consultant('ana')
    bo = await consultant('bo')
    auditId = (await createAudit(ana.db, draftFor(builtinPack), [builtinPack], clock)).id
  })

  afterEach(async () => {
    await Promise.all(engines.splice(0).map((engine) => engine.stop()))
  })

  it("brings the owner's audit and answers to a colleague, and the colleague's back", async () => {
    await share()
    connect(ana)
    connect(bo)
    await saveAnswer(
      ana.db,
      { auditId, sectionId: section.id, questionId: 'q-ana' },
      { rating: 'met', notes: 'Rota exists.' },
      clock,
    )
    expect(await answerOn(bo, 'q-ana')).toMatchObject({ rating: 'met', notes: 'Rota exists.' })
    expect(await bo.db.audits.get(auditId)).toMatchObject({ client: 'Northwind Traders' })

    await saveAnswer(
      bo.db,
      { auditId, sectionId: section.id, questionId: 'q-bo' },
      { notes: 'No post-mortems.' },
      clock,
    )
    expect(await answerOn(ana, 'q-bo')).toMatchObject({ notes: 'No post-mortems.' })
    // Once the server holds everything, both say so.
    await ana.status.when((s) => s.state === 'synced' && s.waiting === 0)
    await bo.status.when((s) => s.state === 'synced' && s.waiting === 0)
  })

  it("keeps a reviewer's change to a rating here, marked refused by the server, and never sends it on", async () => {
    const carol = await consultant('carol')
    await share([carol])
    connect(ana)
    connect(carol)
    await saveAnswer(
      ana.db,
      { auditId, sectionId: section.id, questionId: 'q1' },
      { rating: 'met' },
      clock,
    )
    await answerOn(carol, 'q1')
    await saveAnswer(
      carol.db,
      { auditId, sectionId: section.id, questionId: 'q1' },
      { rating: 'not-met' },
      clock,
    )
    const refused = await whenTrue(
      () => carol.db.teamOutbox.filter((row) => row.refused !== undefined).toArray(),
      (rows) => rows.length > 0,
    )
    expect(refused[0]!.refused).toBe('Reviewers can comment but cannot change the audit.')
    await carol.status.when((s) => s.refused === 1)
    expect((await ana.db.answers.get([auditId, section.id, 'q1']))?.rating).toBe('met')
  })

  it('says signed out when the server refuses the password, and keeps the change queued', async () => {
    await share()
    connect(ana, 'revoked password')
    await saveAnswer(
      ana.db,
      { auditId, sectionId: section.id, questionId: 'q1' },
      { notes: 'kept' },
      clock,
    )
    const status = await ana.status.when((s) => s.state === 'signed-out')
    expect(status.state).toBe('signed-out')
    expect(await ana.db.answers.get([auditId, section.id, 'q1'])).toMatchObject({ notes: 'kept' })
  })
})
