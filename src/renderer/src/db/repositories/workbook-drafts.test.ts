import { beforeEach, describe, expect, it } from 'vitest'
import { builtinPack, type ContentPack } from '@core/content'
import type { WorkbookDatabase } from '../database'
import { sectionDraftRows } from '../queries/section-drafts'
import { fakeClock, freshDatabase } from '../test-support/fixtures'
import { installPack } from './packs'
import { importWorkbookDrafts } from './workbook-drafts'

const section35 = builtinPack.sections[0]!
const bank = (version: string, title = 'Acme incidents'): ContentPack => ({
  ...builtinPack,
  id: 'acme-bank',
  version,
  sections: [{ ...section35, id: 'acme-incidents', title }],
})

describe('a workbook opened as section drafts', () => {
  let db: WorkbookDatabase
  const clock = fakeClock()

  beforeEach(async () => {
    db = await freshDatabase()
  })

  it('opens the built-in pack’s sections as a new pack’s drafts, leaving the built-in alone', async () => {
    const result = await importWorkbookDrafts(db, builtinPack, clock)
    if (!result.ok) throw new Error(result.message)
    const [row] = await sectionDraftRows(db)
    expect(row!.draft.packId).not.toBe(builtinPack.id)
    expect(row!.draft.section.id).toBe('incident-response-2')
    expect(row!.baseVersion).toBeUndefined()
    expect(await db.packs.count()).toBe(0)
  })

  it('drafts an installed pack’s next version, then refuses a second import of the same sections', async () => {
    await installPack(db, bank('1.0.0'))
    await installPack(db, bank('2.0.0'))
    const first = await importWorkbookDrafts(db, bank('1.0.0', 'Revised'), clock)
    if (!first.ok) throw new Error(first.message)
    expect(first.rows.map((r) => [r.draft.packId, r.draft.section.id, r.baseVersion])).toEqual([
      ['acme-bank', 'acme-incidents', '2.0.0'],
    ])
    const again = await importWorkbookDrafts(db, bank('1.0.0', 'Revised again'), clock)
    expect(again).toEqual({ ok: false, message: expect.stringMatching(/already has a draft open/) })
    expect(await db.sectionDrafts.count()).toBe(1)
  })
})
