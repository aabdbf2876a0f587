import { afterEach, describe, expect, it, vi } from 'vitest'
import { builtinPack } from '@core/content'
import { saveAnswer } from './repositories/answers'
import { createAudit } from './repositories/audits'
import { draftFor, fakeClock, freshDatabase } from './test-support/fixtures'

/**
 * PRODUCT.md §13: a save is reported done only once it is on disk. Chromium's default
 * durability, "relaxed", reports a write complete before the disk has it, so a crash or a power
 * cut right after "saved" could lose it. Every write transaction the app's database opens must
 * ask for "strict" — checked where Dexie hands it to IndexedDB, so no code path is taken on
 * trust. (Durability is a property of a commit: read-only transactions have nothing to flush.)
 */
describe('the database', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('writes in transactions of strict durability, whichever way the write is made', async () => {
    const opened: Array<{ mode: IDBTransactionMode | undefined; durability: unknown }> = []
    const transaction = IDBDatabase.prototype.transaction
    // Installed before the database opens: Dexie binds the connection's method when it opens.
    vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
      this: IDBDatabase,
      ...args: Parameters<IDBDatabase['transaction']>
    ) {
      // The upgrade's versionchange transaction is IndexedDB's own (fake-indexeddb makes it here).
      if (args[1] !== 'versionchange')
        opened.push({ mode: args[1], durability: args[2]?.durability })
      return transaction.apply(this, args)
    })
    const db = await freshDatabase()

    const clock = fakeClock()
    const audit = await createAudit(db, draftFor(builtinPack), [builtinPack], clock)
    await saveAnswer(
      db,
      { auditId: audit.id, sectionId: 'incident-response', questionId: 'who-gets-paged' },
      { notes: 'Saved.' },
      clock,
    )
    await db.settings.put({ key: 'profile', value: { auditorName: 'Ana', firm: '' } })

    // A repository's explicit transaction, another one, and a bare table write.
    const writes = opened.filter((t) => t.mode === 'readwrite')
    expect(writes).toHaveLength(3)
    for (const write of writes) expect(write.durability).toBe('strict')
    db.close()
  })
})
