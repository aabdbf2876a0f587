import { describe, expect, it } from 'vitest'
import { sampleAnswer, sampleAudit } from '../archive/test-support/archive-fixtures'
import { auditDatabaseName, auditIdOfDatabase } from './database-names'
import { docAddressOfKey, rowKeyOfDocId } from './doc-ids'
import { parseTeamDoc, documentOfRow } from './documents'
import { sameJson } from './same-json'

const audit = sampleAudit('a1', { archivedAt: 5, deletedAt: 6 })
const answer = { ...sampleAnswer('a1'), rating: 'partial' as const, notes: 'Runbook is stale.' }

describe('team documents', () => {
  it('writes an answer as its own document, addressed by its Dexie key', () => {
    const doc = documentOfRow('answers', answer, 'ana', 10)
    expect(doc._id).toBe(`answer:${answer.sectionId}:${answer.questionId}`)
    expect(rowKeyOfDocId('a1', doc._id)).toEqual(['a1', answer.sectionId, answer.questionId])
    expect(docAddressOfKey('answers', ['a1', answer.sectionId, answer.questionId])).toEqual({
      auditId: 'a1',
      docId: doc._id,
    })
    expect(parseTeamDoc({ ...doc, _rev: '1-x' }, 'a1')).toEqual({
      ok: true,
      kind: 'row',
      doc: { _id: doc._id, _rev: '1-x', table: 'answers', row: answer, by: 'ana', at: 10 },
    })
  })

  it("keeps an audit's deletion, archiving and last-change time on this laptop", () => {
    const doc = documentOfRow('audits', audit, 'ana', 10)
    expect(doc._id).toBe('audit')
    expect(doc.row).not.toHaveProperty('deletedAt')
    expect(doc.row).not.toHaveProperty('archivedAt')
    expect(doc.row).not.toHaveProperty('updatedAt')
    // Typing an answer moves updatedAt: the audit's document stays the same.
    expect(sameJson(doc, documentOfRow('audits', { ...audit, updatedAt: 99 }, 'ana', 10))).toBe(
      true,
    )
    expect(parseTeamDoc(doc, 'a1')).toMatchObject({ ok: true, doc: { table: 'audits' } })
  })

  it("refuses a document holding another audit's row, another question's, or a bad field", () => {
    const doc = documentOfRow('answers', answer, 'ana', 10)
    expect(parseTeamDoc(doc, 'other-audit')).toMatchObject({
      ok: false,
      error: expect.stringContaining('audit "a1"'),
    })
    expect(parseTeamDoc({ ...doc, _id: 'answer:x:y' }, 'a1')).toMatchObject({ ok: false })
    expect(parseTeamDoc({ ...doc, row: { ...answer, rating: 'great' } }, 'a1')).toMatchObject({
      ok: false,
      error: expect.stringContaining('rating'),
    })
    expect(parseTeamDoc({ ...doc, row: { ...answer, extra: 1 } }, 'a1')).toMatchObject({
      ok: false,
    })
    expect(parseTeamDoc({ ...doc, kind: 'finding' }, 'a1')).toMatchObject({ ok: false })
    expect(
      parseTeamDoc({ _id: 'virus', kind: 'answer', by: 'x', at: 1, row: {} }, 'a1'),
    ).toMatchObject({ ok: false })
    expect(parseTeamDoc('garbage', 'a1')).toMatchObject({ ok: false })
    expect(parseTeamDoc({ ...doc, by: '' }, 'a1')).toMatchObject({ ok: false })
  })

  it('reads a deletion by its id alone', () => {
    expect(parseTeamDoc({ _id: 'evidence:e1', _rev: '2-x', _deleted: true }, 'a1')).toEqual({
      ok: true,
      kind: 'row',
      doc: { _id: 'evidence:e1', _rev: '2-x', table: 'evidence', by: '', at: 0 },
    })
    expect(rowKeyOfDocId('a1', 'evidence:e1')).toBe('e1')
  })

  it('reads comments and assignments, refusing a comment on anything but an answer or finding', () => {
    const comment = {
      _id: 'comment:c1',
      kind: 'comment',
      target: 'answer:s:q',
      text: 'Why?',
      by: 'rev',
      at: 3,
    }
    expect(parseTeamDoc(comment, 'a1')).toMatchObject({ ok: true, kind: 'comment' })
    expect(parseTeamDoc({ ...comment, target: 'audit' }, 'a1')).toMatchObject({ ok: false })
    const assignment = {
      _id: 'assignment:incident-response',
      kind: 'assignment',
      sectionId: 'incident-response',
      assignee: 'bo',
      by: 'ana',
      at: 3,
    }
    expect(parseTeamDoc(assignment, 'a1')).toMatchObject({ ok: true, kind: 'assignment' })
  })

  it('names databases in lower case, keeping ids that differ only in case apart', () => {
    expect(auditDatabaseName('Ab-1')).toBe('workbook-audit-$ab-1')
    expect(auditDatabaseName('ab-1')).toBe('workbook-audit-ab-1')
    expect(auditIdOfDatabase(auditDatabaseName('Ab-1'))).toBe('Ab-1')
    expect(auditDatabaseName('Ab-1')).toMatch(/^[a-z][a-z0-9_$()+/-]*$/)
    expect(auditIdOfDatabase('workbook-firm')).toBeUndefined()
  })

  it('compares rows as JSON: key order and undefined fields do not count', () => {
    expect(sameJson({ a: 1, b: undefined, c: { y: 2, x: 1 } }, { c: { x: 1, y: 2 }, a: 1 })).toBe(
      true,
    )
    expect(sameJson({ a: [1, 2] }, { a: [2, 1] })).toBe(false)
  })
})
