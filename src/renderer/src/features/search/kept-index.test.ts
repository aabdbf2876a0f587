import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildArchive, readArchive } from '@core/archive'
import { builtinPack } from '@core/content'
import { SEARCH_SNAPSHOT_VERSION, type SearchOutcome } from '@core/search'
import { SCHEMA_VERSION, type WorkbookDatabase } from '../../db/database'
import { snapshotForExport } from '../../db/queries/archive-snapshot'
import { onDatabaseWrite } from '../../db/queries/database-changes'
import { saveAnswer } from '../../db/repositories/answers'
import { createAudit, deleteAudit } from '../../db/repositories/audits'
import { deleteEvidence, updateEvidenceCaption } from '../../db/repositories/evidence-edits'
import { saveFindingEdit } from '../../db/repositories/findings'
import { importArchive } from '../../db/repositories/import-archive'
import { blobSource } from '../../platform/blob-source'
import { readKeptIndexRow, SearchCacheDatabase, writeKeptIndexRow } from '../../db/search-cache'
import { captureEvidence, draftFor, fakeClock, freshDatabase } from '../../db/test-support/fixtures'
import { sha256Hex } from '../../platform/sha256'
import { SearchIndexer } from './search-indexer'

const section = builtinPack.sections[0]!
const question = section.checks[0]!.questions[0]!
const key = (auditId: string) => ({ auditId, sectionId: section.id, questionId: question.id })

/** "kind:auditId" of every result, audit by audit. */
const found = (outcome: { result: SearchOutcome }) =>
  outcome.result.groups.flatMap((g) => g.hits.map((h) => `${h.kind}:${g.auditId}`))

const QUERIES = ['pager rota', 'contoso', 'night shift', 'weekend cover', 'escrow', 'northwind']

let db: WorkbookDatabase
let cache: SearchCacheDatabase
let clock: ReturnType<typeof fakeClock>
const opened: SearchIndexer[] = []
const stops: Array<() => void> = []

/** An indexer as a page's search worker holds it: hearing every write, keeping to `cache`. */
function pageLoad(): SearchIndexer {
  const indexer = new SearchIndexer(db, cache)
  opened.push(indexer)
  stops.push(onDatabaseWrite((parts) => indexer.noteChanges(parts)))
  return indexer
}

/** The page closes: its indexer hears nothing more. */
function close(): void {
  for (const stop of stops.splice(0)) stop()
  for (const indexer of opened.splice(0)) indexer.dispose()
}

/** Two audits with a note, a finding with an edited title, and a captioned evidence item. */
async function seed() {
  const northwind = await createAudit(db, draftFor(builtinPack), [builtinPack], clock)
  const contoso = await createAudit(
    db,
    draftFor(builtinPack, { client: 'Contoso Bank', system: 'Core ledger' }),
    [builtinPack],
    clock,
  )
  clock.advance(1_000)
  await saveAnswer(db, key(northwind.id), { notes: 'The pager rota is a spreadsheet.' }, clock)
  await saveAnswer(db, key(contoso.id), { notes: 'Escrow keys sit in the vault.' }, clock)
  await saveAnswer(db, key(contoso.id), { rating: 'not-met' }, clock)
  await saveFindingEdit(db, key(contoso.id), { title: 'Nobody owns the night shift' }, clock)
  const item = await captureEvidence(
    db,
    {
      auditId: northwind.id,
      questionKeys: [],
      kind: 'snippet',
      fileName: 'rota-export.txt',
      mediaType: 'text/plain',
      bytes: new Blob(['rota']),
      caption: 'Weekend cover as exported',
    },
    { clock },
  )
  clock.advance(1_000)
  return { northwind: northwind.id, contoso: contoso.id, item: item.id }
}

async function answers(indexer: SearchIndexer): Promise<string[][]> {
  const all: string[][] = []
  for (const query of QUERIES) all.push(found(await indexer.search(query)))
  return all
}

beforeEach(async () => {
  db = await freshDatabase()
  cache = new SearchCacheDatabase(db.name)
  clock = fakeClock()
})

afterEach(async () => {
  close()
  await cache.delete()
  db.close()
})

describe('the search index kept between page loads', () => {
  it('is restored by the next page and finds the same, reading no audit again', async () => {
    await seed()
    const first = pageLoad()
    const before = await answers(first)
    expect(first.openedFrom).toEqual({ from: 'built', auditsRead: 2 })
    await first.keep()
    close()

    const next = pageLoad()
    expect(await answers(next)).toEqual(before)
    expect(next.openedFrom).toEqual({ from: 'kept', auditsRead: 0 })
    expect(next.documentCount).toBe(first.documentCount)
  })

  it('is kept as it follows changes, and a restored one goes on following them', async () => {
    const { northwind } = await seed()
    const first = pageLoad()
    await first.search('')
    await saveAnswer(db, key(northwind), { notes: 'Rota moved to the paging tool.' }, clock)
    expect(found(await first.search('paging tool'))).toEqual([`note:${northwind}`])
    await first.keep()
    close()

    const next = pageLoad()
    expect(found(await next.search('paging tool'))).toEqual([`note:${northwind}`])
    expect(found(await next.search('spreadsheet'))).toEqual([])
    expect(next.openedFrom).toEqual({ from: 'kept', auditsRead: 0 })
    // A note of an audit it has not read in this page is labelled with its question all the same.
    clock.advance(1_000)
    await saveAnswer(db, key(northwind), { notes: 'Escalation after ten minutes.' }, clock)
    const hit = (await next.search('escalation')).result.groups[0]?.hits[0]
    expect(hit?.label).toBe(question.prompt)
    await next.keep()
    close()
    expect(found(await pageLoad().search('escalation'))).toEqual([`note:${northwind}`])
  })

  it('leaves an audit written in the minute before it was kept to be read again', async () => {
    const { northwind } = await seed()
    const first = pageLoad()
    await first.search('')
    // Written now, by the clock the index is kept by: its stamp is not trusted on its own.
    await saveAnswer(db, key(northwind), { notes: 'Rota reviewed this morning.' })
    // Not kept while a change heard is still to be applied: the stamps would run ahead.
    await first.keep()
    expect(await readKeptIndexRow(cache)).toBeUndefined()
    expect(found(await first.search('reviewed'))).toEqual([`note:${northwind}`])
    await first.keep()
    close()
    const next = pageLoad()
    expect(found(await next.search('reviewed this morning'))).toEqual([`note:${northwind}`])
    expect(next.openedFrom).toEqual({ from: 'kept', auditsRead: 1 })
  })

  it('catches up on what was written while no page searched: changed, deleted, imported', async () => {
    const { northwind, contoso, item } = await seed()
    const first = pageLoad()
    await first.search('')
    await first.keep()
    close()

    // Written with no search worker running, as before the first search of a session.
    await saveAnswer(db, key(northwind), { notes: 'Pagers replaced by phones.' }, clock)
    await deleteAudit(db, contoso, clock)
    await updateEvidenceCaption(db, item, 'Holiday cover as exported')
    const elsewhere = await freshDatabase()
    const fabrikam = await createAudit(
      elsewhere,
      draftFor(builtinPack, { client: 'Fabrikam', system: 'Escrow service' }),
      [builtinPack],
      clock,
    )
    await saveAnswer(
      elsewhere,
      key(fabrikam.id),
      { notes: 'Escrow audited by a third party.' },
      clock,
    )
    const bytes = await buildArchive(await snapshotForExport(elsewhere, 'everything'), {
      sha256: sha256Hex,
      now: clock.now(),
      appVersion: '0.1.0',
      schemaVersion: SCHEMA_VERSION,
    })
    elsewhere.close()
    const file = blobSource(new Blob([bytes]))
    await importArchive(db, await readArchive(file, undefined, { sha256: sha256Hex }), clock)

    const next = pageLoad()
    expect(found(await next.search('pagers phones'))).toEqual([`note:${northwind}`])
    expect(found(await next.search('pager rota'))).toEqual([])
    expect(found(await next.search('escrow'))).toEqual([
      `audit:${fabrikam.id}`,
      `note:${fabrikam.id}`,
    ])
    expect(found(await next.search('contoso'))).toEqual([])
    expect(found(await next.search('night shift'))).toEqual([])
    expect(found(await next.search('holiday cover'))).toEqual([`evidence:${northwind}`])
    expect(found(await next.search('weekend'))).toEqual([])
    // Only the audit written and the one imported were read again.
    expect(next.openedFrom).toEqual({ from: 'kept', auditsRead: 2 })

    // An item deleted while nobody searched is gone too.
    await next.keep()
    close()
    await deleteEvidence(db, item, clock)
    const last = pageLoad()
    expect(found(await last.search('holiday cover'))).toEqual([])
    expect(last.openedFrom).toEqual({ from: 'kept', auditsRead: 0 })
  })

  it('is refused and built afresh when of another version, of another schema, or damaged', async () => {
    const { northwind } = await seed()
    const first = pageLoad()
    const expected = await answers(first)
    await first.keep()
    close()

    const row = (await cache.kept.get('index'))!
    const snapshot = row['snapshot'] as Record<string, unknown>
    const { [northwind]: _stamp, ...withoutStamp } = row['stamps'] as Record<string, number>
    const damaged: Array<[string, Record<string, unknown>, string]> = [
      [
        'another format version',
        { ...row, snapshot: { ...snapshot, version: SEARCH_SNAPSHOT_VERSION + 1 } },
        `format ${SEARCH_SNAPSHOT_VERSION + 1}, not ${SEARCH_SNAPSHOT_VERSION}`,
      ],
      [
        'another workbook schema',
        { ...row, schemaVersion: SCHEMA_VERSION - 1 },
        `taken at workbook schema ${SCHEMA_VERSION - 1}, not ${SCHEMA_VERSION}`,
      ],
      ['no snapshot', { ...row, snapshot: 'garbage' }, 'not a search index snapshot'],
      ['a field of the wrong type', { ...row, stamps: 'none' }, 'malformed'],
      [
        'an audit without its stamp',
        { ...row, stamps: withoutStamp },
        'its stamps are not those of its audits',
      ],
      [
        'stamps of other audits',
        { ...row, stamps: { elsewhere: 1 } },
        'its stamps are not those of its audits',
      ],
    ]
    for (const [what, value, reason] of damaged) {
      const { key: _key, ...kept } = value
      await writeKeptIndexRow(cache, kept)
      const next = pageLoad()
      expect(await answers(next), what).toEqual(expected)
      expect(next.openedFrom, what).toEqual({ from: 'built', auditsRead: 2, refused: reason })
      // The index built afresh is kept in its place.
      await next.keep()
      close()
      const after = pageLoad()
      expect(await answers(after), what).toEqual(expected)
      expect(after.openedFrom?.from, what).toBe('kept')
      close()
    }
  })
})
