import { Link, useParams } from 'wouter'
import type { PreparationItem } from '@core/content'
import type { PreparationAnswer } from '@core/audit'
import { NotFound } from '../../components/NotFound'
import { useDatabase } from '../../db/DatabaseContext'
import { usePreparationAnswers } from '../../db/queries/useAudits'
import { savePreparationAnswer, type PreparationKey } from '../../db/repositories/answers'
import { showError } from '../../components/toast-store'
import { AutosavedTextField } from './AutosavedTextField'
import { AuditFrame } from '../audit-frame/AuditFrame'
import type { AuditData } from '../audit-frame/useAuditData'
import { REVIEWER_NOTE } from '../team-share/audit-access'
import { useAuditAccess } from '../team-share/useTeamRole'
import './interview.css'

/** A section's "Before you start" checklist, answered for this audit. */
export function PreparationScreen() {
  const { auditId = '', sectionId = '' } = useParams<{ auditId: string; sectionId: string }>()
  return (
    <AuditFrame auditId={auditId}>
      {(data) => <Preparation data={data} sectionId={sectionId} />}
    </AuditFrame>
  )
}

function Preparation({ data, sectionId }: { data: AuditData; sectionId: string }) {
  const auditId = data.audit.id
  const saved = usePreparationAnswers(auditId)
  const { readOnly, reviewing } = useAuditAccess(data.audit)
  const section = data.content.sections.find((s) => s.section.id === sectionId)?.section

  if (saved === undefined) return null
  if (!section) return <NotFound what="This checklist" />
  const firstQuestion = data.order.find((r) => r.sectionId === sectionId)

  return (
    <main className="preparation" aria-labelledby="prep-heading">
      <p className="eyebrow">
        {data.audit.client} · Section {section.number} · {section.title}
      </p>
      <h1 id="prep-heading">Before you start</h1>
      <p className="muted">
        Gather these before the interview. Facts you record here stay with this audit.
      </p>
      {reviewing && (
        <p className="notice" role="note">
          {REVIEWER_NOTE}
        </p>
      )}
      <ul className="preparation__list">
        {section.preparation.map((item) => (
          <PreparationRow
            key={item.id}
            item={item}
            answer={saved.find((a) => a.sectionId === sectionId && a.itemId === item.id)}
            readOnly={readOnly}
            itemKey={{ auditId, sectionId, itemId: item.id }}
          />
        ))}
      </ul>
      {firstQuestion && (
        <Link
          className="button button--primary"
          href={`/audits/${auditId}/interview/${sectionId}/${firstQuestion.question.id}`}
        >
          Start the questions
        </Link>
      )}
    </main>
  )
}

function PreparationRow(props: {
  item: PreparationItem
  answer: PreparationAnswer | undefined
  readOnly: boolean
  itemKey: PreparationKey
}) {
  const { item, answer, readOnly, itemKey } = props
  const db = useDatabase()
  return (
    <li className="card preparation__item">
      <label className="preparation__check">
        <input
          type="checkbox"
          checked={answer?.done ?? false}
          disabled={readOnly}
          onChange={(e) =>
            void savePreparationAnswer(db, itemKey, { done: e.target.checked }).catch(showError)
          }
        />
        <span>{item.text}</span>
      </label>
      {item.kind === 'fact' && (
        <AutosavedTextField
          label={item.factLabel ?? 'Answer'}
          saved={answer?.value ?? ''}
          target={{ kind: 'preparation', ...itemKey, field: 'value' }}
          readOnly={readOnly}
        />
      )}
    </li>
  )
}
