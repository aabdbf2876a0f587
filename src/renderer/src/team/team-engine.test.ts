import memoryAdapter from 'pouchdb-adapter-memory'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { builtinPack } from '@core/content'
import {
  auditDatabaseName,
  auditDesignDoc,
  auditSecurity,
  FIRM_DATABASE,
  planSharedAudits,
} from '@core/team'
import type { WorkbookDatabase } from '../db/database'
import { saveAnswer, type AnswerPatch } from '../db/repositories/answers'
import { createAudit, setAuditStatus } from '../db/repositories/audits'
import { captureEvidence, draftFor, fakeClock, freshDatabase } from '../db/test-support/fixtures'
import {
  basicAuth,
  createDatabase,
  createUser,
  provisionFirm,
  request,
  teamServer,
  uniqueName,
} from '../test-support/team-server'
import { PouchDB } from './pouch'
import { markAuditShared } from './shared-audits'
import { startTeamEngine, type TeamEngine, type TeamEngineOptions } from './team-engine'
import type { TeamStatus } from './team-status'
import { statusLog, whenTrue } from './test-support/when'

PouchDB.plugin(memoryAdapter)

const section = builtinPack.sections[0]!
const clock = fakeClock()
const PASSWORD = 'correct horse'

interface Consultant {
  /** What the engine told of what it refused or failed at. */
  told?: string[]
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

  function connect(
    who: Consultant,
    password = PASSWORD,
    tuning: Pick<TeamEngineOptions, 'liveAudits' | 'coldSyncEveryMs'> = {},
  ): TeamEngine {
    const engine = startTeamEngine({
      ...tuning,
      db: who.db,
      account: { server: teamServer().url, username: who.name, roles: ['workbook'] },
      password,
      onStatus: who.status.report,
      createLocal: (name) => new PouchDB(`${who.name}-${name}`, { adapter: 'memory' }),
      log: (message) => (who.told ??= []).push(message),
    })
    engines.push(engine)
    return engine
  }

  async function share(reviewers: Consultant[] = [], id = auditId): Promise<void> {
    const auditId = id
    const people = {
      owner: ana.name,
      consultants: [bo.name],
      reviewers: reviewers.map((r) => r.name),
    }
    // As Ana's sharing leaves it: the directory names the people, the database exists.
    const entry = { _id: `share:${auditId}`, auditId, ...people, by: ana.name }
    expect((await request('PUT', `${FIRM_DATABASE}/${entry._id}`, entry)).status).toBe(201)
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

  const save = (who: Consultant, questionId: string, patch: AnswerPatch) =>
    saveAnswer(who.db, { auditId, sectionId: section.id, questionId }, patch, clock)
  const answerOn = (who: Consultant, questionId: string) =>
    whenTrue(
      () => who.db.answers.get([auditId, section.id, questionId]),
      (answer) => answer !== undefined,
    )

  /** A small text file captured on `who`'s laptop, on no question. */
  const captureRunbook = (who: Consultant) =>
    captureEvidence(
      who.db,
      {
        auditId,
        questionKeys: [],
        kind: 'file',
        fileName: 'runbook.txt',
        mediaType: 'text/plain',
        bytes: new Blob(['Page the on-call engineer first.']),
      },
      { clock },
    )

  beforeAll(provisionFirm)

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
    await save(ana, 'q-ana', { rating: 'met', notes: 'Rota exists.' })
    expect(await answerOn(bo, 'q-ana')).toMatchObject({ rating: 'met', notes: 'Rota exists.' })
    expect(await bo.db.audits.get(auditId)).toMatchObject({ client: 'Northwind Traders' })

    await save(bo, 'q-bo', { notes: 'No post-mortems.' })
    expect(await answerOn(ana, 'q-bo')).toMatchObject({ notes: 'No post-mortems.' })
    // Once the server holds everything, both say so.
    await ana.status.when((s) => s.state === 'synced' && s.waiting === 0)
    await bo.status.when((s) => s.state === 'synced' && s.waiting === 0)
  })

  it('keeps a colleague who joined later up to date as the owner types', async () => {
    await share()
    connect(ana)
    await save(ana, 'q1', { notes: 'first' })
    await ana.status.when((s) => s.state === 'synced' && s.waiting === 0)
    connect(bo)
    expect(await answerOn(bo, 'q1')).toMatchObject({ notes: 'first' })
    await bo.status.when((s) => s.state === 'synced')
    for (const notes of ['second', 'third']) {
      await save(ana, 'q1', { notes })
      await whenTrue(
        () => bo.db.answers.get([auditId, section.id, 'q1']),
        (answer) => answer?.notes === notes,
      )
    }
  })

  it("keeps a reviewer's change to a rating here, marked refused by the server, and never sends it on", async () => {
    const carol = await consultant('carol')
    await share([carol])
    connect(ana)
    connect(carol)
    await save(ana, 'q1', { rating: 'met' })
    await answerOn(carol, 'q1')
    await save(carol, 'q1', { rating: 'not-met' })
    const refused = await whenTrue(
      () => carol.db.teamOutbox.filter((row) => row.refused !== undefined).toArray(),
      (rows) => rows.length > 0,
    )
    expect(refused[0]!.refused).toBe('Reviewers can comment but cannot change the audit.')
    await carol.status.when((s) => s.refused === 1)
    expect((await ana.db.answers.get([auditId, section.id, 'q1']))?.rating).toBe('met')
  })

  it('keeps more shared audits in step than it replicates live: what arrives reaches each, what is saved here reaches the server', async () => {
    // Bo's laptop replicates one audit live; the other two are synced now and then.
    const ids = [auditId]
    for (let i = 0; i < 2; i++) {
      const audit = await createAudit(ana.db, draftFor(builtinPack), [builtinPack], clock)
      ids.push(audit.id)
    }
    for (const id of ids) await share([], id)
    connect(ana)
    connect(bo, PASSWORD, { liveAudits: 1, coldSyncEveryMs: 200 })
    // The notes of one question, in each audit.
    const write = (who: Consultant, id: string, notes: string) =>
      saveAnswer(who.db, { auditId: id, sectionId: section.id, questionId: 'q1' }, { notes }, clock)
    const answerIn = (who: Consultant, id: string, notes: string) =>
      whenTrue(
        () => who.db.answers.get([id, section.id, 'q1']),
        (answer) => answer?.notes === notes,
      )
    for (const id of ids) await write(ana, id, `from Ana ${id}`)
    for (const id of ids) await answerIn(bo, id, `from Ana ${id}`)
    // A change saved in any of them, live or not, reaches Ana.
    for (const id of ids) {
      await write(bo, id, `from Bo ${id}`)
      await answerIn(ana, id, `from Bo ${id}`)
    }
    await bo.status.when((s) => s.state === 'synced' && s.waiting === 0)
    // The first audit, the least active on Bo's laptop now, is not live there: what Ana saves in
    // it arrives with the next sync of the audits not replicating live.
    await write(ana, ids[0]!, 'later, from Ana')
    await answerIn(bo, ids[0]!, 'later, from Ana')
  })

  it("shares an audit from Settings' account: a server admin's sharing creates its database, and the colleague's laptop finds it in the directory", async () => {
    const admin = teamServer().admin
    const owner: Consultant = { name: admin.username, db: ana.db, status: ana.status }
    const ownerEngine = startTeamEngine({
      db: owner.db,
      account: { server: teamServer().url, username: admin.username, roles: ['_admin'] },
      password: admin.password,
      onStatus: owner.status.report,
      createLocal: (name) => new PouchDB(`${uniqueName('owner')}-${name}`, { adapter: 'memory' }),
      log: () => {},
    })
    engines.push(ownerEngine)
    await save(owner, 'q1', { notes: 'Before sharing.' })
    expect(await ownerEngine.share(auditId, { consultants: [bo.name], reviewers: [] })).toEqual({
      state: 'shared',
    })

    connect(bo)
    expect(await answerOn(bo, 'q1')).toMatchObject({ notes: 'Before sharing.' })
    expect(await bo.db.teamAudits.get(auditId)).toMatchObject({
      owner: admin.username,
      consultants: [bo.name],
    })

    // Taken off the audit: Bo's laptop stops syncing it and keeps its copy.
    await ownerEngine.share(auditId, { consultants: [], reviewers: [] })
    const engine = engines.at(-1)!
    await engine.refreshDirectory()
    await whenTrue(
      () => bo.db.teamAudits.get(auditId),
      (team) => team === undefined,
    )
    expect(await bo.db.answers.get([auditId, section.id, 'q1'])).toMatchObject({
      notes: 'Before sharing.',
    })
  })

  it("a consultant's sharing waits for the firm's admin, and syncs once the database is provisioned", async () => {
    const engine = connect(ana)
    expect(await engine.share(auditId, { consultants: [bo.name], reviewers: [] })).toEqual({
      state: 'waiting-for-admin',
    })
    await ana.status.when((s) => s.message?.includes("firm's admin") === true)
    const { steps } = planSharedAudits(
      [(await request('GET', `${FIRM_DATABASE}/share:${auditId}`)).body],
      [],
    )
    for (const step of steps) await request(step.method, step.path, step.body)
    // The firm's admin has run the provisioning; Ana's next look at the directory finds it.
    await engine.refreshDirectory()
    await save(ana, 'q1', { notes: 'Now shared.' })
    connect(bo)
    await whenTrue(
      () => bo.db.audits.get(auditId),
      (audit) => audit !== undefined,
    )
  })

  it("makes an audit its owner marked final read-only on the server: a colleague's later change is refused", async () => {
    await share()
    connect(ana)
    connect(bo)
    await save(ana, 'q1', { notes: 'Done.' })
    await answerOn(bo, 'q1')
    await setAuditStatus(ana.db, auditId, 'final', clock)
    await whenTrue(
      () => ana.db.teamAudits.get(auditId),
      (team) => team?.final === true,
    )
    // Bo's laptop learns it from the audit's design document, and the server enforces it.
    await whenTrue(
      () => bo.db.audits.get(auditId),
      (audit) => audit?.status === 'final',
    )
    await bo.db.answers.update([auditId, section.id, 'q1'], { notes: 'Changed after the end.' })
    const refused = await whenTrue(
      () => bo.db.teamOutbox.filter((row) => row.refused !== undefined).toArray(),
      (rows) => rows.length > 0,
    )
    expect(refused[0]!.refused).toBe("This audit is final: only the firm's admins can change it.")
    expect((await ana.db.answers.get([auditId, section.id, 'q1']))?.notes).toBe('Done.')
  })

  it('brings the bytes of evidence captured by one to the other, checked against its SHA-256, and refuses bytes that do not match', async () => {
    await share()
    connect(ana)
    const capture = (fileName: string, text: string) =>
      captureEvidence(
        ana.db,
        {
          auditId,
          questionKeys: [],
          kind: 'file',
          fileName,
          mediaType: 'text/plain',
          bytes: new Blob([text]),
        },
        { clock },
      )
    const runbook = await capture('runbook.txt', 'Page the on-call engineer first.')
    const tampered = await capture('rota.txt', 'Ana, Bo, Carol.')
    // Both files on the server, then one altered there (a bad disk, a hostile server).
    const database = auditDatabaseName(auditId)
    for (const item of [runbook, tampered])
      await whenTrue(
        () => ana.db.teamRevs.get([auditId, `blob:${item.sha256}`]),
        (rev) => rev !== undefined,
      )
    const blobDoc = (await request('GET', `${database}/blob:${tampered.sha256}`)).body
    const altered = await fetch(
      `${teamServer().url}/${database}/blob:${tampered.sha256}/original?rev=${String(blobDoc._rev)}`,
      {
        method: 'PUT',
        headers: { ...basicAuth(teamServer().admin), 'content-type': 'text/plain' },
        body: 'Mallory.',
      },
    )
    expect(altered.ok).toBe(true)

    const boEngine = connect(bo)
    const stored = await whenTrue(
      () => bo.db.evidenceBlobs.get([runbook.id, 'original']),
      (blob) => blob !== undefined,
    )
    expect(await stored!.blob.text()).toBe('Page the on-call engineer first.')
    // Once the other item is here too, its file is looked at and refused.
    await whenTrue(
      () => bo.db.evidence.get(tampered.id),
      (item) => item !== undefined,
    )
    await boEngine.idle()
    expect(bo.told).toEqual(expect.arrayContaining([expect.stringMatching(/"rota\.txt".*SHA-256/)]))
    expect(await bo.db.evidenceBlobs.get([tampered.id, 'original'])).toBeUndefined()
    expect(await bo.db.evidence.get(tampered.id)).toMatchObject({ fileName: 'rota.txt' })
  })

  it('brings a colleague the file of an item that reached them before its bytes reached the server', async () => {
    await share()
    connect(ana)
    connect(bo)
    // Bo is connected as Ana captures: the item reaches him while her laptop still waits to send
    // its file (files move once she has stopped saving for a second).
    const item = await captureRunbook(ana)
    const stored = await whenTrue(
      () => bo.db.evidenceBlobs.get([item.id, 'original']),
      (blob) => blob !== undefined,
    )
    expect(await stored!.blob.text()).toBe('Page the on-call engineer first.')
  })

  it('says Synced only once the server holds the file of evidence captured here, not just its item', async () => {
    await share()
    connect(ana)
    await ana.status.when((s) => s.state === 'synced')
    const item = await captureRunbook(ana)
    await ana.status.when((s) => s.state === 'waiting')
    await ana.status.when((s) => s.state === 'synced')
    // A consultant who closes the laptop now leaves colleagues the file too.
    const blobDoc = await request('GET', `${auditDatabaseName(auditId)}/blob:${item.sha256}`)
    expect(blobDoc.status).toBe(200)
    expect(Object.keys(blobDoc.body._attachments as object)).toContain('original')
    expect(ana.status.seen).toContainEqual(expect.objectContaining({ state: 'waiting', files: 1 }))
  })

  it('says signed out when the server refuses the password, and keeps the change queued', async () => {
    await share()
    connect(ana, 'revoked password')
    await save(ana, 'q1', { notes: 'kept' })
    const status = await ana.status.when((s) => s.state === 'signed-out')
    expect(status.state).toBe('signed-out')
    expect(await ana.db.answers.get([auditId, section.id, 'q1'])).toMatchObject({ notes: 'kept' })
  })
})
