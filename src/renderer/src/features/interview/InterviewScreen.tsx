import { useMemo } from 'react'
import { useParams } from 'wouter'
import { useDatabase } from '../../db/DatabaseContext'
import type { WorkbookDatabase } from '../../db/database'
import { saveAnswer } from '../../db/repositories/answers'
import { showError } from '../../components/toast-store'
import { AuditFrame } from '../audit-frame/AuditFrame'
import type { AuditData } from '../audit-frame/useAuditData'
import type { InterviewSource } from './interview-source'
import { InterviewWalk } from './InterviewWalk'
import { QuestionPanel } from './QuestionPanel'
import { sayOnce } from './say-once'
import { FOCUS_NOTES } from '../search/search-paths'
import { REVIEWER_NOTE, type AuditAccess } from '../team-share/audit-access'
import { useAuditAccess } from '../team-share/useTeamRole'

/** The interview (PRODUCT.md §4): one question at a time, by mouse or keyboard. */
export function InterviewScreen() {
  const {
    auditId = '',
    sectionId,
    questionId,
    focus,
  } = useParams<{
    auditId: string
    sectionId?: string
    questionId?: string
    /** `notes` (from a search result): the focus goes to the question's notes. */
    focus?: string
  }>()
  return (
    <AuditFrame auditId={auditId}>
      {(data) => (
        <Interview
          data={data}
          sectionId={sectionId}
          questionId={questionId}
          focusNotes={focus === FOCUS_NOTES}
        />
      )}
    </AuditFrame>
  )
}

function Interview({
  data,
  sectionId,
  questionId,
  focusNotes,
}: {
  data: AuditData
  sectionId: string | undefined
  questionId: string | undefined
  focusNotes: boolean
}) {
  const db = useDatabase()
  const access = useAuditAccess(data.audit)
  const { readOnly, reviewing } = access
  const source = useMemo(
    () => auditSource(db, data, { readOnly, reviewing }),
    [db, data, readOnly, reviewing],
  )
  return (
    <InterviewWalk
      source={source}
      sectionId={sectionId}
      questionId={questionId}
      focusNotes={focusNotes}
      renderQuestion={({ current, notesRef, onPrevious, onNext }) => (
        <QuestionPanel
          data={data}
          current={current}
          access={access}
          notesRef={notesRef}
          onPrevious={onPrevious}
          onNext={onNext}
        />
      )}
    />
  )
}

const FINAL_MESSAGE = 'This audit is final, so nothing was changed. Reopen it to make changes.'

/**
 * The audit's questions and answers; a key's change is saved, or refused while it is final or
 * the signed-in user reviews it.
 */
function auditSource(db: WorkbookDatabase, data: AuditData, access: AuditAccess): InterviewSource {
  const auditId = data.audit.id
  return {
    id: auditId,
    sections: data.content.sections.map(({ section }) => section),
    order: data.order,
    answers: data.answers,
    emptyMessage: 'This audit has no questions.',
    questionPath: (step) => `/audits/${auditId}/interview/${step.sectionId}/${step.question.id}`,
    preparationPath: (section) =>
      section.preparation.length > 0 ? `/audits/${auditId}/prepare/${section.id}` : undefined,
    record: (step, patch) => {
      if (access.reviewing) return sayOnce(REVIEWER_NOTE)
      if (access.readOnly) return sayOnce(FINAL_MESSAGE)
      const key = { auditId, sectionId: step.sectionId, questionId: step.question.id }
      saveAnswer(db, key, patch).catch(showError)
    },
  }
}
