import { useId, type RefObject } from 'react'
import { type EvidenceRequest, type InterviewStep } from '@core/audit'
import { questionKey } from '@core/content'
import { formatDateTime } from '../../components/format'
import { useDatabase } from '../../db/DatabaseContext'
import { saveAnswer, type AnswerPatch } from '../../db/repositories/answers'
import { showError } from '../../components/toast-store'
import { AnswerControls } from './AnswerControls'
import { AutosavedTextField } from './AutosavedTextField'
import { EvidenceRequests } from './EvidenceRequests'
import { NotesAudience } from './NotesAudience'
import { RedactNotesButton } from './RedactNotesButton'
import { redactNotesSelection } from './redact-notes'
import { isRedactShortcut } from '../evidence/redaction/redact-shortcut'
import { QuestionFooter } from './QuestionFooter'
import { QuestionText } from './QuestionText'
import { EvidenceBasisNote } from '../evidence/EvidenceBasisNote'
import { QuestionEvidence } from '../evidence/QuestionEvidence'
import { useEvidenceCapture } from '../evidence/capture/useEvidenceCapture'
import { markEvidenceRequestReceived } from '../../db/repositories/evidence-requests'
import type { AuditData } from '../audit-frame/useAuditData'
import { QuestionConflict } from '../team-conflicts/QuestionConflict'
import { useOpenConflict } from '../../db/queries/useTeamConflicts'
import { REVIEWER_NOTE, type AuditAccess } from '../team-share/audit-access'
import { AnswerComments } from '../team-share/AnswerComments'
import { answerTarget } from '../team-share/team-docs-view'

interface QuestionPanelProps {
  data: AuditData
  current: InterviewStep
  access: AuditAccess
  notesRef: RefObject<HTMLTextAreaElement | null>
  onPrevious: () => void
  onNext: () => void
}

export function QuestionPanel(props: QuestionPanelProps) {
  const { data, current, access, notesRef, onPrevious, onNext } = props
  const { readOnly } = access
  const db = useDatabase()
  const { section, question } = current
  const answer = data.answers.get(questionKey(current.sectionId, question.id))
  const outcome = section.outcomes.find((o) => o.id === question.outcomeId)
  const key = { auditId: data.audit.id, sectionId: current.sectionId, questionId: question.id }
  const edit = (patch: AnswerPatch) => void saveAnswer(db, key, patch).catch(showError)
  const evidenceKey = questionKey(current.sectionId, question.id)
  const notesInternal = answer?.notesInternal ?? false
  const internalBadgeId = useId()
  // When a conflict on this answer opens or is resolved the row may change under fields typed
  // into: they start again from the saved row, which the conflict panel names as such.
  const conflict = useOpenConflict(key.auditId, `answer:${key.sectionId}:${key.questionId}`)
  const conflictStamp = conflict ? `conflict-${conflict.detectedAt}` : 'settled'
  const { pickAndCapture } = useEvidenceCapture(data.audit.id)
  const attachForRequest = async (request: EvidenceRequest) => {
    const { added } = await pickAndCapture({ questionKeys: [evidenceKey], caption: request.text })
    if (added.length > 0) await markEvidenceRequestReceived(db, key, request.id)
  }

  return (
    <article className="question" aria-labelledby="question-prompt">
      {readOnly && (
        <p className="notice" role="note">
          {access.reviewing
            ? REVIEWER_NOTE
            : 'This audit is final and read-only. Reopen it to make changes.'}
        </p>
      )}
      <QuestionText
        current={current}
        total={data.order.length}
        evidences={outcome?.name}
        tags={
          answer?.carriedOver && (
            <span className="tag tag--note">Carried over from the previous audit</span>
          )
        }
      />
      <QuestionConflict {...key} readOnly={readOnly} />

      <AnswerControls
        answer={answer}
        readOnly={readOnly}
        onChange={edit}
        basisNote={
          answer?.basis === 'verified' && (
            <EvidenceBasisNote auditId={data.audit.id} questionKey={evidenceKey} />
          )
        }
      />

      <AutosavedTextField
        key={`interviewees-${conflictStamp}`}
        label="Interviewees"
        hint="Who answered: names and roles"
        saved={answer?.interviewees ?? ''}
        target={{ kind: 'answer', ...key, field: 'interviewees' }}
        readOnly={readOnly}
      />
      <AutosavedTextField
        key={`notes-${conflictStamp}`}
        label="Notes"
        multiline
        saved={answer?.notes ?? ''}
        target={{ kind: 'answer', ...key, field: 'notes' }}
        readOnly={readOnly}
        inputRef={notesRef}
        aside={
          <span className="notes-actions">
            <RedactNotesButton notesRef={notesRef} readOnly={readOnly} />
            <NotesAudience
              internal={notesInternal}
              readOnly={readOnly}
              onChange={(internal) => edit({ notesInternal: internal })}
              badgeId={internalBadgeId}
            />
          </span>
        }
        onKeyDown={(event) => {
          if (!isRedactShortcut(event)) return
          event.preventDefault()
          redactNotesSelection(event.currentTarget)
        }}
        describedBy={notesInternal ? internalBadgeId : undefined}
      />
      <QuestionEvidence auditId={data.audit.id} questionKey={evidenceKey} readOnly={readOnly} />
      <EvidenceRequests
        requests={answer?.evidenceRequests ?? []}
        readOnly={readOnly}
        onChange={(evidenceRequests) => edit({ evidenceRequests })}
        onAttach={(request) => void attachForRequest(request).catch(showError)}
      />
      <AnswerComments
        auditId={data.audit.id}
        target={answerTarget(current.sectionId, question.id)}
        label="Comments on this answer"
      />

      <QuestionFooter
        current={current}
        total={data.order.length}
        status={answer ? `Saved ${formatDateTime(answer.updatedAt)}` : 'Not answered yet'}
        onPrevious={onPrevious}
        onNext={onNext}
      />
    </article>
  )
}
