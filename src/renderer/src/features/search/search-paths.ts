import type { SearchHit, SearchTarget } from '@core/search'

/** The interview route's last segment that puts the focus in the question's notes. */
export const FOCUS_NOTES = 'notes'

/** Where a result leads, as a route of the app (App.tsx). */
export function searchTargetPath(auditId: string, target: SearchTarget): string {
  // Built as the app's own links are (InterviewScreen's `questionPath`): ids are used as they are.
  const audit = `/audits/${auditId}`
  switch (target.screen) {
    case 'audit':
      return `${audit}/interview`
    case 'interview':
      return `${audit}/interview/${target.sectionId}/${target.questionId}/${FOCUS_NOTES}`
    case 'findings':
      return `${audit}/findings/${target.sectionId}/${target.questionId}`
    case 'evidence':
      return `${audit}/evidence/${target.evidenceId}`
  }
}

/** What a result is, in words, read before its snippet. */
export function hitKindLabel({ kind, field }: Pick<SearchHit, 'kind' | 'field'>): string {
  switch (kind) {
    case 'audit':
      return field === 'title' ? 'Client' : 'System'
    case 'note':
      return 'Notes'
    case 'finding':
      return 'Finding'
    case 'evidence':
      return field === 'title' ? 'Evidence name' : 'Evidence caption'
  }
}
