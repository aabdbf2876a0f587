import type { AnswersByKey } from '@core/audit'
import type { InterviewSource } from '../interview/interview-source'
import { sayOnce } from '../interview/say-once'
import type { DraftPreview } from './draft-preview'

export const PREVIEW_MESSAGE =
  'This is a preview, so nothing was recorded. Answers are recorded in an audit.'

const NO_ANSWERS: AnswersByKey = new Map()

/** The route of a draft's preview, at one of its questions or at the first. */
export function draftPreviewPath(draftId: string, questionId?: string): string {
  const path = `/library/drafts/${draftId}/preview`
  return questionId === undefined ? path : `${path}/${questionId}`
}

/**
 * The draft's questions for the interview, with no answers: a key that would record one says why
 * it did nothing, and there is nowhere a change could be written.
 */
export function previewSource(draftId: string, preview: DraftPreview): InterviewSource {
  return {
    id: `draft-preview/${draftId}`,
    sections: [preview.section],
    order: preview.order,
    answers: NO_ANSWERS,
    emptyMessage:
      'This draft has no questions yet. Add a check and a question to it in the editor to preview them.',
    questionPath: (step) => draftPreviewPath(draftId, step.question.id),
    preparationPath: () => undefined,
    record: () => sayOnce(PREVIEW_MESSAGE),
  }
}
