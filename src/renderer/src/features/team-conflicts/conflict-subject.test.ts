import { describe, expect, it } from 'vitest'
import type { AuditContent } from '@core/audit'
import { builtinPack, questionsOfSection } from '@core/content'
import type { ConflictVersion } from '../../team/team-rows'
import { conflictSubject } from './conflict-subject'

const section = builtinPack.sections[0]!
const question = questionsOfSection(section)[0]!.question
const content: AuditContent = {
  auditId: 'a1',
  sections: [{ packId: 'p', packVersion: '1', achievementThreshold: 0.75, section }],
}
const heading = `${section.number}. ${section.title}`
const subject = (docId: string, versions: ConflictVersion[] = []) =>
  conflictSubject({ auditId: 'a1', docId, versions }, content)

describe('conflictSubject', () => {
  it("names an answer by its question's prompt and sends it to the question", () => {
    expect(subject(`answer:${section.id}:${question.id}`)).toEqual({
      kind: 'Answer',
      title: question.prompt,
      section: heading,
      href: `/audits/a1/interview/${section.id}/${question.id}`,
      resolvedOnQuestion: true,
    })
  })

  it('names a finding by its question, resolved on the list', () => {
    expect(subject(`finding:${section.id}:${question.id}`)).toMatchObject({
      kind: 'Finding',
      title: question.prompt,
      href: `/audits/a1/findings/${section.id}/${question.id}`,
      resolvedOnQuestion: false,
    })
  })

  it('names a preparation item by its text', () => {
    const item = section.preparation[0]!
    expect(subject(`preparation:${section.id}:${item.id}`)).toMatchObject({
      kind: 'Preparation',
      title: item.text,
      section: heading,
    })
  })

  it('names narrative parts, audit-wide and per section', () => {
    expect(subject('narrative:executive-summary')).toMatchObject({
      kind: 'Narrative',
      title: 'Executive summary',
    })
    expect(subject(`narrative:section:${section.id}`)).toMatchObject({
      title: "The auditor's view",
      section: heading,
    })
  })

  it("names evidence by its caption, else its file's name", () => {
    const row = { caption: '', fileName: 'rota.pdf' }
    const version = { rev: '1-a', by: 'ana', at: 1, row } as unknown as ConflictVersion
    expect(subject('evidence:e1', [version])).toMatchObject({
      title: 'rota.pdf',
      href: '/audits/a1/evidence/e1',
    })
    expect(subject('evidence:e1')).toMatchObject({ title: 'An evidence item' })
  })

  it("says plainly when a question is no longer in the audit's content", () => {
    expect(subject(`answer:${section.id}:gone`).title).toBe(
      'A question no longer in this audit (gone)',
    )
    expect(subject('answer:no-section:q1').section).toBeUndefined()
  })

  it('describes the audit document, its content, and an unknown document', () => {
    expect(subject('audit')).toMatchObject({ kind: 'Audit details', href: '/audits/a1/edit' })
    expect(subject('content')).toMatchObject({ kind: 'Questions' })
    expect(subject('mystery:1')).toEqual({
      kind: 'Document',
      title: 'mystery:1',
      resolvedOnQuestion: false,
    })
  })
})
