import { docAddressOfRow } from '@core/team'
import { AnswerConflictPanel } from './AnswerConflictPanel'
import { useOpenConflict } from '../../db/queries/useTeamConflicts'

interface QuestionConflictProps {
  auditId: string
  sectionId: string
  questionId: string
  readOnly: boolean
}

/** The question's open conflict, if its answer has one; nothing otherwise (solo use included). */
export function QuestionConflict({
  auditId,
  sectionId,
  questionId,
  readOnly,
}: QuestionConflictProps) {
  const { docId } = docAddressOfRow('answers', { auditId, sectionId, questionId })
  const conflict = useOpenConflict(auditId, docId)
  if (!conflict) return null
  return <AnswerConflictPanel conflict={conflict} readOnly={readOnly} />
}
