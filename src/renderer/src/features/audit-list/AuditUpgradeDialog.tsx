import { useMemo, useState } from 'react'
import { planAuditUpgrade, versionLabel, type ScopeQuestion } from '@core/authoring'
import type { Audit, AuditContent } from '@core/audit'
import type { ContentPack } from '@core/content'
import { Dialog } from '../../components/Dialog'
import { showError, useToasts } from '../../components/toast-store'
import { useDatabase } from '../../db/DatabaseContext'
import { useAnswers } from '../../db/queries/useAudits'
import { upgradeAudit } from '../../db/repositories/audit-upgrade'

interface AuditUpgradeDialogProps {
  audit: Audit
  content: AuditContent
  /** The version to update to; the dialog is open while there is one. */
  pack: ContentPack | undefined
  /** What the version's publisher wrote it changed, if anyone did. */
  publishedSummary: readonly string[]
  onClose: () => void
}

/**
 * What updating the audit to `pack` would change in its scope, planned from what is stored now;
 * nothing is written until the consultant confirms, and Cancel leaves the audit as it was.
 */
export function AuditUpgradeDialog({
  audit,
  content,
  pack,
  publishedSummary,
  onClose,
}: AuditUpgradeDialogProps) {
  const db = useDatabase()
  const show = useToasts((s) => s.show)
  const answers = useAnswers(audit.id)
  const [busy, setBusy] = useState(false)
  const plan = useMemo(
    () => (pack && answers ? planAuditUpgrade(content, pack, answers) : undefined),
    [content, pack, answers],
  )
  const label = pack ? `Update to ${versionLabel(pack.version)}` : 'Update'

  async function confirm() {
    if (!pack || busy) return
    setBusy(true)
    try {
      await upgradeAudit(db, audit.id, pack)
      show({
        message: `Updated ${audit.client} to ${versionLabel(pack.version)} of “${pack.title}”.`,
        tone: 'info',
      })
      onClose()
    } catch (error) {
      showError(error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dialog
      title={pack ? `${label} of “${pack.title}”?` : label}
      open={pack !== undefined}
      onClose={onClose}
      className="dialog--upgrade"
      footer={{
        cancel: { label: 'Cancel', onClick: onClose },
        primary: { label, onClick: () => void confirm(), disabled: busy || !plan },
      }}
    >
      {plan && (
        <>
          <p>
            Questions in scope: {plan.questionCount.before} now, {plan.questionCount.after} after
            the update. Answers are never deleted: an answer to a question this version drops is
            kept in the audit, but no longer counted.
          </p>
          <ul className="audit-upgrade__summary">
            {plan.summary.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
          {plan.sections.map((section) => (
            <div key={section.sectionId}>
              {plan.sections.length > 1 && (
                <h3 className="audit-upgrade__heading">{section.title}</h3>
              )}
              <QuestionList title="New questions, to answer" questions={section.newQuestions} />
              <QuestionList
                title="Questions out of scope"
                questions={section.removedQuestions}
                note={(q) => (q.answered ? 'its answer is kept in the audit' : undefined)}
              />
              <QuestionList
                title="Reworded questions (answers kept)"
                questions={section.rewordedQuestions}
              />
            </div>
          ))}
          {publishedSummary.length > 0 && (
            <>
              <h3 className="audit-upgrade__heading">
                Published with {pack && versionLabel(pack.version)}
              </h3>
              <ul className="audit-upgrade__summary">
                {publishedSummary.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </Dialog>
  )
}

function QuestionList({
  title,
  questions,
  note,
}: {
  title: string
  questions: readonly ScopeQuestion[]
  note?: (question: ScopeQuestion) => string | undefined
}) {
  if (questions.length === 0) return null
  return (
    <>
      <h3 className="audit-upgrade__heading">{title}</h3>
      <ul className="audit-upgrade__questions">
        {questions.map((question) => {
          const extra = note?.(question)
          return (
            <li key={question.questionId}>
              {question.prompt}
              {extra && <span className="muted"> ({extra})</span>}
            </li>
          )
        })}
      </ul>
    </>
  )
}
