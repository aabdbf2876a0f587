import type { ReactNode } from 'react'
import { Link, useLocation, useParams } from 'wouter'
import { BUILTIN_PACK_ID } from '@core/content'
import { todayIso } from '../../components/format'
import { useDatabase } from '../../db/DatabaseContext'
import { createAudit, updateAuditDetails } from '../../db/repositories/audits'
import { useAuditWithContent } from '../../db/queries/useAudits'
import { useSetting } from '../../db/queries/useSetting'
import { profileSetting } from '../../db/settings/known-settings'
import { useToasts } from '../../components/toast-store'
import { useInstalledPacks } from '../library/useInstalledPacks'
import { AuditForm } from './AuditForm'
import { AuditUpgradePanel } from './AuditUpgradePanel'
import { newAuditValues, valuesOfAudit } from './audit-form'
import { auditAccess, REVIEWER_NOTE } from '../team-share/audit-access'
import { useTeamRole } from '../team-share/useTeamRole'
import './audit-list.css'

/** A new audit, prefilled with the auditor's name and firm, today, and the built-in sections. */
export function NewAuditScreen() {
  const db = useDatabase()
  const packs = useInstalledPacks()
  const [, navigate] = useLocation()
  const profile = useSetting(profileSetting)
  const sections = packs.flatMap((pack) => pack.sections)
  const builtin = packs.find((pack) => pack.id === BUILTIN_PACK_ID)?.sections ?? []

  return (
    <FormPage title="New audit">
      {profile && (
        <AuditForm
          initial={newAuditValues(
            profile.value,
            todayIso(),
            builtin.map((s) => s.id),
          )}
          scope={{ kind: 'choose', sections }}
          submitLabel="Create audit"
          onSubmit={async (draft) => {
            const audit = await createAudit(db, draft, packs)
            navigate(`/audits/${audit.id}/interview`)
          }}
        />
      )}
    </FormPage>
  )
}

/**
 * The details of an existing audit. Its scope is shown, not edited: its content is frozen, and
 * changes only when the consultant updates it to a newer version of a pack it uses.
 */
export function EditAuditScreen() {
  const db = useDatabase()
  const { auditId } = useParams<{ auditId: string }>()
  const [, navigate] = useLocation()
  const show = useToasts((s) => s.show)
  const loaded = useAuditWithContent(auditId)
  const { role } = useTeamRole(auditId)
  if (!loaded) return <FormPage title="Edit audit" />

  const { audit, content } = loaded
  if (!audit) {
    return (
      <FormPage title="Edit audit">
        <p>This audit no longer exists. It may have been deleted.</p>
        <Link href="/audits" className="button">
          Back to audits
        </Link>
      </FormPage>
    )
  }

  const { readOnly, reviewing } = auditAccess(audit, role)
  return (
    <FormPage title={`Edit ${audit.client}`}>
      {readOnly && (
        <p className="notice" role="note">
          {reviewing
            ? REVIEWER_NOTE
            : 'This audit is final, so its details are read-only. Reopen it from the interview to make changes.'}
        </p>
      )}
      {content && !reviewing && <AuditUpgradePanel audit={audit} content={content} />}
      <AuditForm
        key={audit.id}
        initial={valuesOfAudit(audit)}
        scope={{
          kind: 'fixed',
          sections: content?.sections.map(({ section }) => section) ?? [],
        }}
        submitLabel="Save changes"
        readOnly={readOnly}
        onSubmit={async ({ sectionIds: _fixed, ...details }) => {
          await updateAuditDetails(db, audit.id, details)
          show({ message: `Saved the details of ${details.client}.`, tone: 'info' })
          navigate('/audits')
        }}
      />
    </FormPage>
  )
}

function FormPage({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <main className="page" aria-labelledby="audit-form-title">
      <div className="page__column page__column--narrow">
        <p className="breadcrumb">
          <Link href="/audits">Audits</Link>
        </p>
        <h1 id="audit-form-title" className="page__title">
          {title}
        </h1>
        {children}
      </div>
    </main>
  )
}
