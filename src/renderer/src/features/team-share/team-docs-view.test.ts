import { describe, expect, it } from 'vitest'
import type { TeamDocRow } from '../../team/team-rows'
import { answerTarget, assigneesBySection, commentsOn } from './team-docs-view'

const comment = (id: string, target: string, at: number): TeamDocRow => ({
  auditId: 'a1',
  docId: `comment:${id}`,
  doc: { _id: `comment:${id}`, kind: 'comment', target, text: id, by: 'carol', at },
})
const assignment = (sectionId: string, assignee: string): TeamDocRow => ({
  auditId: 'a1',
  docId: `assignment:${sectionId}`,
  doc: {
    _id: `assignment:${sectionId}`,
    kind: 'assignment',
    sectionId,
    assignee,
    by: 'ana',
    at: 1,
  },
})

describe('commentsOn', () => {
  it("lists one answer's comments oldest first, not another's nor assignments", () => {
    const docs = [
      comment('later', answerTarget('s1', 'q1'), 20),
      comment('other', answerTarget('s1', 'q2'), 5),
      assignment('s1', 'bo'),
      comment('first', answerTarget('s1', 'q1'), 10),
    ]
    expect(commentsOn(docs, answerTarget('s1', 'q1')).map((c) => c.text)).toEqual([
      'first',
      'later',
    ])
  })

  it('tells an answer from the finding of the same question', () => {
    expect(commentsOn([comment('f', 'finding:s1:q1', 1)], answerTarget('s1', 'q1'))).toEqual([])
  })
})

describe('assigneesBySection', () => {
  it('maps each assigned section to its consultant, leaving out assignments taken away', () => {
    const docs = [assignment('s1', 'bo'), assignment('s2', ''), comment('c', 'answer:s1:q1', 1)]
    expect([...assigneesBySection(docs)]).toEqual([['s1', 'bo']])
  })
})
