import { beforeEach, describe, expect, it } from 'vitest'
import { builtinPack } from '@core/content'
import { UNDO_DELETE_MS } from '@core/audit'
import { deriveFindings } from '@core/findings'
import { UserFacingError } from '@shared/errors'
import type { WorkbookDatabase } from '../database'
import { draftFor, fakeClock, freshDatabase } from '../test-support/fixtures'
import { createAudit, deleteAudit, purgeDeletedAudits, setAuditStatus } from './audits'
import { saveAnswer } from './answers'
import { findingEditsOf } from '../queries/findings'
import { saveFindingEdit } from './findings'

describe('findings repository', () => {
  let db: WorkbookDatabase
  const clock = fakeClock()
  const section = builtinPack.sections[0]!
  let key: { auditId: string; sectionId: string; questionId: string }

  beforeEach(async () => {
    db = await freshDatabase()
    const audit = await createAudit(db, draftFor(builtinPack), [builtinPack], clock)
    key = { auditId: audit.id, sectionId: section.id, questionId: 'escalation-path' }
  })

  async function findings() {
    const content = (await db.auditContents.get(key.auditId))!
    const answers = await db.answers.where('auditId').equals(key.auditId).toArray()
    return deriveFindings(content, answers, await findingEditsOf(db, key.auditId))
  }

  it('creates the edit on first change and merges later ones', async () => {
    await saveAnswer(db, key, { rating: 'not-met' }, clock)
    clock.advance(1_000)
    const first = await saveFindingEdit(db, key, { owner: '  Priya  ' }, clock)
    expect(first).toEqual({
      ...key,
      owner: 'Priya',
      dueDate: '',
      status: 'open',
      updatedAt: clock.now(),
    })
    await saveFindingEdit(db, key, { dueDate: '2027-01-31', status: 'in-progress' }, clock)
    expect(await db.findingEdits.get([key.auditId, key.sectionId, key.questionId])).toMatchObject({
      owner: 'Priya',
      dueDate: '2027-01-31',
      status: 'in-progress',
    })
    expect((await db.audits.get(key.auditId))?.updatedAt).toBe(clock.now())
  })

  it('keeps the edits when the rating goes to Met and back', async () => {
    await saveAnswer(db, key, { rating: 'partial' }, clock)
    await saveFindingEdit(
      db,
      key,
      { owner: 'Tom', dueDate: '2027-02-01', status: 'in-progress', title: 'Escalation unclear' },
      clock,
    )
    expect((await findings()).map((f) => f.title)).toEqual(['Escalation unclear'])

    await saveAnswer(db, key, { rating: 'met' }, clock)
    expect(await findings()).toEqual([])
    expect(await db.findingEdits.count()).toBe(1)

    await saveAnswer(db, key, { rating: 'not-met' }, clock)
    expect(await findings()).toMatchObject([
      {
        questionId: 'escalation-path',
        title: 'Escalation unclear',
        owner: 'Tom',
        dueDate: '2027-02-01',
        status: 'in-progress',
      },
    ])
  })

  it('goes back to the derived value on null or blank', async () => {
    await saveAnswer(db, key, { rating: 'not-met' }, clock)
    await saveFindingEdit(db, key, { title: 'Mine', severity: 'low', gap: 'Seen' }, clock)
    await saveFindingEdit(db, key, { title: '   ', severity: null }, clock)
    const [finding] = await findings()
    expect(finding?.title).toBe(finding?.derived.title)
    expect(finding?.severity).toBe(finding?.derived.severity)
    expect(finding?.gap).toBe('Seen')
  })

  // The rules are normaliseFindingPatch's, in core; here, each refusal writes nothing.
  it.each([
    [{ dueDate: '2027-02-30' }, /real date/],
    [{ dueDate: 'next week' }, /real date/],
    [{ owner: 'x'.repeat(201) }, /at most 200/],
    [{ status: 'closed' as never }, /Choose a status/],
    [{ severity: 'urgent' as never }, /Choose a severity/],
  ])('refuses %j and writes nothing', async (patch, message) => {
    await expect(saveFindingEdit(db, key, patch, clock)).rejects.toThrow(message)
    await expect(saveFindingEdit(db, key, patch, clock)).rejects.toBeInstanceOf(UserFacingError)
    expect(await db.findingEdits.count()).toBe(0)
  })

  it('accepts an empty due date, clearing it', async () => {
    await saveFindingEdit(db, key, { dueDate: '2027-01-31' }, clock)
    await saveFindingEdit(db, key, { dueDate: '' }, clock)
    expect((await findingEditsOf(db, key.auditId))[0]?.dueDate).toBe('')
  })

  it('refuses every change once the audit is final', async () => {
    await setAuditStatus(db, key.auditId, 'final', clock)
    await expect(saveFindingEdit(db, key, { owner: 'Tom' }, clock)).rejects.toThrow(/final/)
    expect(await db.findingEdits.count()).toBe(0)
  })

  it('are removed with their audit when it is purged for good', async () => {
    await saveFindingEdit(db, key, { owner: 'Tom' }, clock)
    await deleteAudit(db, key.auditId, clock)
    clock.advance(UNDO_DELETE_MS + 1)
    expect(await purgeDeletedAudits(db, clock)).toBe(1)
    expect(await db.findingEdits.count()).toBe(0)
  })
})
