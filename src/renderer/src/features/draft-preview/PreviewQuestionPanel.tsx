import type { SectionDraft } from '@core/authoring'
import { AnswerControls } from '../interview/AnswerControls'
import type { QuestionSlot } from '../interview/InterviewWalk'
import { QuestionFooter } from '../interview/QuestionFooter'
import { QuestionText } from '../interview/QuestionText'
import { evidencesInDraft } from './draft-preview'

interface PreviewQuestionPanelProps {
  draft: SectionDraft
  slot: QuestionSlot
  total: number
}

const recordNothing = () => undefined

/**
 * A draft's question as the interview shows it, read-only: the rating and basis are shown so the
 * consultant sees the whole question, but disabled, and there are no notes to type into.
 */
export function PreviewQuestionPanel({ draft, slot, total }: PreviewQuestionPanelProps) {
  const { current, onPrevious, onNext } = slot
  return (
    <article className="question" aria-labelledby="question-prompt">
      <QuestionText
        current={current}
        total={total}
        evidences={evidencesInDraft(draft, current.question.outcomeId)}
      />
      <AnswerControls answer={undefined} readOnly onChange={recordNothing} />
      <QuestionFooter
        current={current}
        total={total}
        status="Preview: answers are not recorded"
        onPrevious={onPrevious}
        onNext={onNext}
      />
    </article>
  )
}
