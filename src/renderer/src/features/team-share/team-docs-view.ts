import type { AssignmentDoc, CommentDoc } from '@core/team'
import type { TeamDocRow } from '../../team/team-rows'

/** The target a comment on an answer names (team-docs' `addComment`). */
export function answerTarget(sectionId: string, questionId: string): string {
  return `answer:${sectionId}:${questionId}`
}

/** The target a comment on a finding names. */
export function findingTarget(sectionId: string, questionId: string): string {
  return `finding:${sectionId}:${questionId}`
}

/** The comments on one answer or finding, oldest first, as a conversation reads. */
export function commentsOn(docs: readonly TeamDocRow[], target: string): CommentDoc[] {
  return docs
    .map((row) => row.doc)
    .filter((doc): doc is CommentDoc => doc.kind === 'comment' && doc.target === target)
    .sort((a, b) => a.at - b.at)
}

/** Who each section is assigned to; a section whose assignment was taken away is absent. */
export function assigneesBySection(docs: readonly TeamDocRow[]): Map<string, string> {
  const assignees = new Map<string, string>()
  for (const { doc } of docs)
    if (isAssignment(doc) && doc.assignee !== '') assignees.set(doc.sectionId, doc.assignee)
  return assignees
}

function isAssignment(doc: CommentDoc | AssignmentDoc): doc is AssignmentDoc {
  return doc.kind === 'assignment'
}
