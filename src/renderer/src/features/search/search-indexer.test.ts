import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { builtinPack } from '@core/content'
import type { SearchOutcome } from '@core/search'
import type { WorkbookDatabase } from '../../db/database'
import { onDatabaseWrite } from '../../db/queries/database-changes'
import { saveAnswer } from '../../db/repositories/answers'
import { createAudit, deleteAudit, restoreDeletedAudit } from '../../db/repositories/audits'
import { updateEvidenceCaption } from '../../db/repositories/evidence-edits'
import { saveFindingEdit } from '../../db/repositories/findings'
import { captureEvidence, draftFor, freshDatabase } from '../../db/test-support/fixtures'
import { SearchIndexer } from './search-indexer'

const section = builtinPack.sections[0]!
const question = section.checks[0]!.questions[0]!
const key = (auditId: string) => ({ auditId, sectionId: section.id, questionId: question.id })

/** "kind:auditId" of every result, audit by audit. */
const found = (outcome: { result: SearchOutcome }) =>
  outcome.result.groups.flatMap((g) => g.hits.map((h) => `${h.kind}:${g.auditId}`))

let db: WorkbookDatabase
let indexer: SearchIndexer
let stop: () => void = () => undefined

beforeEach(async () => {
  db = await freshDatabase()
  indexer = new SearchIndexer(db)
  // As in the worker: every write's broadcast reaches the indexer.
  stop = onDatabaseWrite((parts) => indexer.noteChanges(parts))
})

afterEach(() => {
  stop()
  db.close()
})

describe('the search index kept by the worker', () => {
  it('is built from the database, then follows notes, findings and evidence as they change', async () => {
    const northwind = await createAudit(db, draftFor(builtinPack), [builtinPack])
    const contoso = await createAudit(
      db,
      draftFor(builtinPack, { client: 'Contoso Bank', system: 'Core ledger' }),
      [builtinPack],
    )
    await saveAnswer(db, key(northwind.id), { notes: 'The pager rota is a spreadsheet.' })
    expect(found(await indexer.search('pager'))).toEqual([`note:${northwind.id}`])
    expect(found(await indexer.search('contoso ledger'))).toEqual([`audit:${contoso.id}`])

    // A note saved now is found by the very next search.
    await saveAnswer(db, key(contoso.id), { notes: 'Escrow keys sit in the vault.' })
    expect(found(await indexer.search('escrow vault'))).toEqual([`note:${contoso.id}`])
    await saveAnswer(db, key(contoso.id), { notes: 'Keys moved to the HSM.' })
    expect(found(await indexer.search('escrow'))).toEqual([])

    // Rated Not met: a finding titled by its check and question; an edited title replaces it.
    await saveAnswer(db, key(northwind.id), { rating: 'not-met' })
    const prompt = question.prompt.split(' ').slice(0, 3).join(' ')
    expect(found(await indexer.search(prompt))).toEqual([`finding:${northwind.id}`])
    await saveFindingEdit(db, key(northwind.id), { title: 'Nobody owns the night shift' })
    expect(found(await indexer.search('night shift'))).toEqual([`finding:${northwind.id}`])

    const item = await captureEvidence(db, {
      auditId: contoso.id,
      questionKeys: [],
      kind: 'snippet',
      fileName: 'rota-export.txt',
      mediaType: 'text/plain',
      bytes: new Blob(['rota']),
    })
    expect(found(await indexer.search('rota export'))).toEqual([`evidence:${contoso.id}`])
    await updateEvidenceCaption(db, item.id, 'Weekend cover as exported')
    expect(found(await indexer.search('weekend cover'))).toEqual([`evidence:${contoso.id}`])
  })

  it('forgets a deleted audit’s records, and finds them again when it is restored', async () => {
    const audit = await createAudit(db, draftFor(builtinPack), [builtinPack])
    await saveAnswer(db, key(audit.id), { notes: 'Firewall rules reviewed yearly.' })
    expect(found(await indexer.search('firewall'))).toEqual([`note:${audit.id}`])
    await deleteAudit(db, audit.id)
    expect(found(await indexer.search('firewall'))).toEqual([])
    expect(found(await indexer.search('northwind'))).toEqual([])
    await restoreDeletedAudit(db, audit.id)
    expect(found(await indexer.search('firewall'))).toEqual([`note:${audit.id}`])
  })

  it('reads everything again after a write it cannot itemise (a bulk write or a range)', async () => {
    const audit = await createAudit(db, draftFor(builtinPack), [builtinPack])
    await indexer.search('')
    stop() // a write it does not hear of…
    await saveAnswer(db, key(audit.id), { notes: 'Quarterly restore tests.' })
    expect(found(await indexer.search('restore'))).toEqual([])
    // …is found after any broadcast of a range of keys of that table.
    indexer.noteChanges({ [`idb://${db.name}/answers/`]: { from: '', to: '\uffff', d: 1 } })
    expect(found(await indexer.search('restore'))).toEqual([`note:${audit.id}`])
  })
})
