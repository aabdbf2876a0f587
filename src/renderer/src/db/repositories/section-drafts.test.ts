import { beforeEach, describe, expect, it } from 'vitest'
import { duplicateAsCustom, editDraft, newSectionDraft } from '@core/authoring'
import { builtinPack } from '@core/content'
import type { WorkbookDatabase } from '../database'
import { fakeClock, freshDatabase } from '../test-support/fixtures'
import { sectionDraftRows, takenIds } from '../queries/section-drafts'
import {
  createSectionDrafts,
  discardSectionDraft,
  draftForEditing,
  publishSectionDraft,
  saveSectionDraft,
} from './section-drafts'

describe('section drafts repository', () => {
  let db: WorkbookDatabase
  const clock = fakeClock()

  beforeEach(async () => {
    db = await freshDatabase()
  })

  async function duplicateOfSection35() {
    const draft = duplicateAsCustom(builtinPack.sections[0]!, await takenIds(db))
    const [row] = await createSectionDrafts(db, [draft], { clock })
    return row!
  }

  it('saves a draft that does not validate, as it is, and lists the newest edit first', async () => {
    const blank = newSectionDraft(await takenIds(db))
    const [first] = await createSectionDrafts(db, [blank], { clock })
    clock.advance(1_000)
    const second = await duplicateOfSection35()
    clock.advance(1_000)
    const titled = editDraft(blank, { kind: 'setSectionText', field: 'title', value: 'Release' })
    await saveSectionDraft(db, first!.id, titled, clock)
    const rows = await sectionDraftRows(db)
    expect(rows.map((r) => r.id)).toEqual([first!.id, second.id])
    expect(rows[0]!.draft.section.title).toBe('Release')
  })

  it('gives a new draft ids no installed pack or other draft uses', async () => {
    const first = await duplicateOfSection35()
    const second = await duplicateOfSection35()
    expect(first.draft.section.id).toBe('incident-response-2')
    expect(second.draft.section.id).toBe('incident-response-3')
    expect(second.draft.packId).not.toBe(first.draft.packId)
  })

  it('publishes version 1.0.0, installs it from the editor with its summary, and retires the draft', async () => {
    const row = await duplicateOfSection35()
    const result = await publishSectionDraft(db, row.id, clock)
    expect(result.ok).toBe(true)
    const installed = await db.packs.toArray()
    expect(installed).toHaveLength(1)
    expect(installed[0]).toMatchObject({
      id: row.draft.packId,
      version: '1.0.0',
      source: 'editor',
      summary: ['first version: 5 outcomes, 3 checks, 9 questions'],
    })
    expect(await db.sectionDrafts.count()).toBe(0)
    await expect(saveSectionDraft(db, row.id, row.draft, clock)).rejects.toThrow(
      'This draft is no longer here: it was published or discarded.',
    )
  })

  it('edits the newest version into the next one, reusing the open draft', async () => {
    const row = await duplicateOfSection35()
    await publishSectionDraft(db, row.id, clock)
    const editing = await draftForEditing(db, row.draft.packId, row.draft.section.id, clock)
    expect(editing.baseVersion).toBe('1.0.0')
    expect((await draftForEditing(db, row.draft.packId, row.draft.section.id, clock)).id).toBe(
      editing.id,
    )
    const question = editing.draft.section.checks[0]!.questions[0]!
    const reworded = editDraft(editing.draft, {
      kind: 'setQuestionText',
      questionId: question.id,
      field: 'prompt',
      value: 'Who is paged first, at night?',
    })
    await saveSectionDraft(db, editing.id, reworded, clock)
    const result = await publishSectionDraft(db, editing.id, clock)
    expect(result.ok && result.published.pack.version).toBe('2.0.0')
    expect((await db.packs.get([row.draft.packId, '2.0.0']))?.summary).toEqual(
      result.ok ? result.published.summary : [],
    )
    expect(await db.packs.count()).toBe(2)
  })

  it('refuses to publish a draft with problems, and keeps it and installs nothing', async () => {
    const row = await duplicateOfSection35()
    const broken = editDraft(row.draft, { kind: 'setSectionText', field: 'title', value: ' ' })
    await saveSectionDraft(db, row.id, broken, clock)
    const result = await publishSectionDraft(db, row.id, clock)
    expect(result).toMatchObject({ ok: false, reason: 'Fix 1 problem before publishing.' })
    expect(await db.packs.count()).toBe(0)
    expect(await db.sectionDrafts.get(row.id)).toMatchObject({ draft: broken })
  })

  it('discards a draft', async () => {
    const row = await duplicateOfSection35()
    await discardSectionDraft(db, row.id)
    expect(await db.sectionDrafts.count()).toBe(0)
  })
})
