import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { builtinPack } from '@core/content'
import { snapshotContent, type Answer, type Audit, type PreparationAnswer } from '@core/audit'
import type { EvidenceItem } from '@core/evidence/model'
import type { FindingEdit } from '@core/findings/model'
import { WorkbookDatabase, SCHEMA_VERSION } from './database'
import { dumpDatabase } from './test-support/dump-database'

/** Version 1 exactly as released, so the upgrade is tested from what users really have. */
function openVersion1(name: string): Dexie {
  const db = new Dexie(name)
  db.version(1).stores({
    audits: 'id, updatedAt',
    auditContents: 'auditId',
    answers: '[auditId+sectionId+questionId], auditId',
    preparationAnswers: '[auditId+sectionId+itemId], auditId',
    settings: 'key',
  })
  return db
}

/** Version 3 exactly as released: version 2 with answers indexed by audit and rating. */
function openVersion3(name: string): Dexie {
  const db = openVersion2(name)
  db.version(3).stores({
    answers: '[auditId+sectionId+questionId], auditId, [auditId+rating]',
  })
  return db
}

/** Version 4 exactly as released: version 3 and the section editor's drafts. */
function openVersion4(name: string): Dexie {
  const db = openVersion3(name)
  db.version(4).stores({ sectionDrafts: 'id, updatedAt' })
  return db
}

/** Version 5 exactly as released: version 4 and the narratives. */
function openVersion5(name: string): Dexie {
  const db = openVersion4(name)
  db.version(5).stores({ narratives: '[auditId+part], auditId' })
  return db
}

/** Version 2 exactly as released: version 1 and the evidence, findings and packs tables. */
function openVersion2(name: string): Dexie {
  const db = openVersion1(name)
  db.version(2).stores({
    evidence: 'id, auditId, *questionKeys',
    evidenceBlobs: '[evidenceId+role]',
    findingEdits: '[auditId+sectionId+questionId], auditId',
    packs: '[id+version]',
  })
  return db
}

/** The team workspace's tables (version 6), empty after any upgrade: nothing is shared yet. */
const noTeamRows = { teamAudits: [], teamOutbox: [], teamRevs: [], teamConflicts: [], teamDocs: [] }

const audit: Audit = {
  id: 'a1',
  client: 'Northwind Traders',
  system: 'Payments',
  auditors: ['Ana Ruiz'],
  firm: 'Ruiz Consulting',
  startDate: '2026-11-28',
  status: 'in-progress',
  contextNotes: 'Second visit — مرحبا 👋',
  sectionIds: ['incident-response'],
  questionCount: 9,
  createdAt: 1,
  updatedAt: 2,
}
const answer: Answer = {
  auditId: 'a1',
  sectionId: 'incident-response',
  questionId: 'who-gets-paged',
  rating: 'partial',
  notes: 'x'.repeat(100_000),
  interviewees: 'Priya',
  basis: 'stated',
  followUp: true,
  evidenceRequests: [{ id: 'r1', text: 'Rota export' }],
  updatedAt: 3,
}
const evidenceItem: EvidenceItem = {
  id: 'ev-1',
  auditId: 'a1',
  kind: 'screenshot',
  fileName: 'rota.png',
  mediaType: 'image/png',
  size: 3,
  sha256: 'a'.repeat(64),
  capturedAt: 5,
  capturedBy: 'Ana Ruiz',
  caption: 'The on-call rota',
  questionKeys: ['incident-response/who-gets-paged'],
  renditions: ['thumbnail'],
}
const findingEdit: FindingEdit = {
  auditId: 'a1',
  sectionId: 'incident-response',
  questionId: 'who-gets-paged',
  title: 'Nobody owns weekends',
  owner: 'Priya',
  dueDate: '2027-01-31',
  status: 'in-progress',
  severity: 'high',
  updatedAt: 6,
}
const preparation: PreparationAnswer = {
  auditId: 'a1',
  sectionId: 'incident-response',
  itemId: 'incident-tools',
  done: true,
  value: 'Opsgenie',
  updatedAt: 4,
}

describe('database schema', () => {
  it('declares every released version, newest last', () => {
    const db = new WorkbookDatabase('schema-versions')
    expect(db.verno).toBe(SCHEMA_VERSION)
  })

  it('upgrades a version-1 database with data to the current version, keeping every row', async () => {
    const name = `upgrade-${Math.random().toString(36).slice(2)}`
    const v1 = openVersion1(name)
    const content = snapshotContent('a1', [builtinPack], ['incident-response'])
    await v1.table('audits').add(audit)
    await v1.table('auditContents').add(content)
    await v1.table('answers').add(answer)
    await v1.table('preparationAnswers').add(preparation)
    await v1.table('settings').add({ key: 'profile', value: { auditorName: 'Ana', firm: '' } })
    v1.close()

    const db = new WorkbookDatabase(name)
    await db.open()
    expect(db.verno).toBe(SCHEMA_VERSION)
    expect(await db.audits.toArray()).toEqual([audit])
    expect(await db.auditContents.toArray()).toEqual([content])
    expect(await db.answers.toArray()).toEqual([answer])
    expect(await db.preparationAnswers.toArray()).toEqual([preparation])
    expect(await db.settings.get('profile')).toEqual({
      key: 'profile',
      value: { auditorName: 'Ana', firm: '' },
    })
    // The new tables are there and empty.
    expect(await db.evidence.count()).toBe(0)
    expect(await db.evidenceBlobs.count()).toBe(0)
    expect(await db.findingEdits.count()).toBe(0)
    expect(await db.packs.count()).toBe(0)
    db.close()
  })

  it('upgrades a version-2 database with rows in every table, keeping every row, and indexes answers by audit and rating', async () => {
    const name = `upgrade-v2-${Math.random().toString(36).slice(2)}`
    const v2 = openVersion2(name)
    const unrated: Answer = { ...answer, questionId: 'escalation-path', rating: undefined }
    const other: Answer = { ...answer, auditId: 'a2', rating: 'met' }
    await v2.table('audits').add(audit)
    await v2.table('auditContents').add(snapshotContent('a1', [builtinPack], ['incident-response']))
    await v2.table('answers').bulkAdd([answer, unrated, other])
    await v2.table('preparationAnswers').add(preparation)
    await v2.table('settings').bulkAdd([
      { key: 'profile', value: { auditorName: 'Ana', firm: 'Ruiz Consulting' } },
      { key: 'evidenceSizeLimit', value: 1_000_000 },
    ])
    await v2.table('evidence').add(evidenceItem)
    await v2.table('evidenceBlobs').bulkAdd([
      {
        evidenceId: 'ev-1',
        role: 'original',
        mediaType: 'image/png',
        width: 2,
        height: 1,
        blob: new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }),
      },
      {
        evidenceId: 'ev-1',
        role: 'thumbnail',
        mediaType: 'image/jpeg',
        blob: new Blob([new Uint8Array([4, 5])], { type: 'image/jpeg' }),
      },
    ])
    await v2.table('findingEdits').add(findingEdit)
    await v2.table('packs').add({
      id: 'custom-pack',
      version: '1.2.0',
      installedAt: 5,
      pack: { ...builtinPack, id: 'custom-pack', version: '1.2.0' },
    })
    const before = await dumpDatabase(v2)
    // Every table version 2 has holds rows, so a table the upgrade loses or empties shows.
    for (const table of v2.tables) expect(before[table.name], table.name).not.toEqual([])
    v2.close()

    const db = new WorkbookDatabase(name)
    await db.open()
    expect(db.verno).toBe(SCHEMA_VERSION)
    expect(await dumpDatabase(db)).toEqual({
      ...before,
      sectionDrafts: [],
      narratives: [],
      ...noTeamRows,
    })
    expect(await db.answers.get(['a1', 'incident-response', 'escalation-path'])).toEqual(unrated)
    // The index the upgrade built holds the rated answers only, each under its audit.
    expect(await db.answers.orderBy('[auditId+rating]').keys()).toEqual([
      ['a1', 'partial'],
      ['a2', 'met'],
    ])
    db.close()
  })

  it('upgrades a version-3 database, keeping every row, with an empty table for section drafts', async () => {
    const name = `upgrade-v3-${Math.random().toString(36).slice(2)}`
    const v3 = openVersion3(name)
    await v3.table('audits').add(audit)
    await v3.table('auditContents').add(snapshotContent('a1', [builtinPack], ['incident-response']))
    await v3.table('answers').add(answer)
    await v3.table('preparationAnswers').add(preparation)
    await v3.table('settings').add({ key: 'evidenceSizeLimit', value: 1_000_000 })
    await v3.table('findingEdits').add(findingEdit)
    await v3.table('evidence').add(evidenceItem)
    await v3.table('packs').add({
      id: 'custom-pack',
      version: '1.2.0',
      installedAt: 5,
      pack: { ...builtinPack, id: 'custom-pack', version: '1.2.0' },
      source: 'pack-file',
    })
    const before = await dumpDatabase(v3)
    v3.close()

    const db = new WorkbookDatabase(name)
    await db.open()
    expect(db.verno).toBe(SCHEMA_VERSION)
    expect(await dumpDatabase(db)).toEqual({
      ...before,
      sectionDrafts: [],
      narratives: [],
      ...noTeamRows,
    })
    db.close()
  })

  it('upgrades a version-4 database, keeping every row, with an empty table for narratives', async () => {
    const name = `upgrade-v4-${Math.random().toString(36).slice(2)}`
    const v4 = openVersion4(name)
    await v4.table('audits').add(audit)
    await v4.table('auditContents').add(snapshotContent('a1', [builtinPack], ['incident-response']))
    await v4.table('answers').add(answer)
    await v4.table('sectionDrafts').add({
      id: 'd1',
      draft: { packId: 'custom-pack', section: { id: 'x' } },
      createdAt: 1,
      updatedAt: 2,
    })
    const before = await dumpDatabase(v4)
    v4.close()

    const db = new WorkbookDatabase(name)
    await db.open()
    expect(db.verno).toBe(SCHEMA_VERSION)
    expect(await dumpDatabase(db)).toEqual({ ...before, narratives: [], ...noTeamRows })
    // The new table answers by audit at once.
    const part = { auditId: 'a1', part: 'limitations' as const, doc: { blocks: [] }, updatedAt: 3 }
    await db.narratives.put(part)
    expect(await db.narratives.where('auditId').equals('a1').toArray()).toEqual([part])
    db.close()
  })

  it('upgrades a version-5 database, keeping every row, with the team tables empty', async () => {
    const name = `upgrade-v5-${Math.random().toString(36).slice(2)}`
    const v5 = openVersion5(name)
    await v5.table('audits').add(audit)
    await v5.table('answers').add(answer)
    const part = { auditId: 'a1', part: 'limitations' as const, doc: { blocks: [] }, updatedAt: 3 }
    await v5.table('narratives').add(part)
    const before = await dumpDatabase(v5)
    v5.close()

    const db = new WorkbookDatabase(name)
    await db.open()
    expect(db.verno).toBe(SCHEMA_VERSION)
    expect(await dumpDatabase(db)).toEqual({ ...before, ...noTeamRows })
    // The outbox gathers a document's changes by its audit and id.
    await db.teamOutbox.bulkAdd([
      { auditId: 'a1', docId: 'audit' },
      { auditId: 'a1', docId: 'answer:s:q' },
      { auditId: 'a1', docId: 'audit' },
    ])
    expect(
      await db.teamOutbox.where('[auditId+docId]').equals(['a1', 'audit']).primaryKeys(),
    ).toEqual([1, 3])
    db.close()
  })
})
