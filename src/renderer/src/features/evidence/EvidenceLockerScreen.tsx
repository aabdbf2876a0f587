import { useEffect, useMemo, useState } from 'react'
import { Link, useParams } from 'wouter'
import type { EvidenceItem } from '@core/evidence'
import { plural } from '../../components/format'
import { AuditFrame } from '../audit-frame/AuditFrame'
import type { AuditData } from '../audit-frame/useAuditData'
import { EvidencePreviewDialog } from './EvidencePreviewDialog'
import { filterEvidence, isFiltered, NO_FILTER, stepsByKey } from './locker/locker-filter'
import { useLockerUi } from './locker/locker-ui-store'
import { LockerFilters } from './locker/LockerFilters'
import { evidenceLineage } from './locker/evidence-lineage'
import { LockerList } from './locker/LockerList'
import { VerifyEvidence } from './locker/VerifyEvidence'
import { useAuditEvidence } from '../../db/queries/useEvidence'
import { REVIEWER_NOTE } from '../team-share/audit-access'
import { useAuditAccess } from '../team-share/useTeamRole'
import './evidence.css'

/** The evidence locker of an audit (PRODUCT.md §5): everything captured, with its proof. */
export function EvidenceLockerScreen() {
  const { auditId = '', evidenceId } = useParams<{ auditId: string; evidenceId?: string }>()
  return (
    <AuditFrame auditId={auditId}>
      {(data) => <EvidenceLocker data={data} target={evidenceId} />}
    </AuditFrame>
  )
}

function EvidenceLocker({ data, target }: { data: AuditData; target: string | undefined }) {
  const auditId = data.audit.id
  const { readOnly, reviewing } = useAuditAccess(data.audit)
  const items = useAuditEvidence(auditId)
  const { filter, setFilter, reset } = useLockerUi()
  useEffect(() => reset, [auditId, reset])
  const steps = useMemo(() => stepsByKey(data.order), [data.order])
  const shown = useMemo(
    () => (items ? filterEvidence(items, filter, steps) : []),
    [items, filter, steps],
  )
  const [preview, setPreview] = useState<{ item: EvidenceItem; open: boolean }>()
  const lineage = useMemo(() => evidenceLineage(items ?? []), [items])
  // "Show" on a pair: the other item is brought into view and focus, the filters cleared first
  // when they hide it.
  const [showing, setShowing] = useState<string>()
  const show = (id: string) => {
    if (!shown.some((item) => item.id === id)) setFilter(NO_FILTER)
    setShowing(id)
  }
  // An item named by the route (a search result) is shown as "Show" shows one, once it is read.
  const [arriving, setArriving] = useState(target)
  useEffect(() => setArriving(target), [target])
  useEffect(() => {
    if (!arriving || !items) return
    setArriving(undefined)
    if (!shown.some((item) => item.id === arriving)) setFilter(NO_FILTER)
    setShowing(arriving)
  }, [arriving, items, shown, setFilter])

  return (
    <main className="page locker" aria-labelledby="locker-title">
      <div className="page__column locker__column">
        <div className="page__header">
          <div>
            <h2 id="locker-title" className="page__title">
              Evidence locker
            </h2>
            {items && items.length > 0 && (
              <p className="muted locker__count">
                {isFiltered(filter)
                  ? `${shown.length} of ${plural(items.length, 'item')}`
                  : plural(items.length, 'item')}
              </p>
            )}
          </div>
          <div className="locker__verify">
            <VerifyEvidence auditId={auditId} />
          </div>
        </div>
        {readOnly && (
          <p className="notice" role="note">
            {reviewing
              ? REVIEWER_NOTE
              : 'This audit is final: its evidence can be viewed and saved, not changed.'}
          </p>
        )}

        {items === undefined ? null : items.length === 0 ? (
          <section className="empty-state" aria-label="No evidence yet">
            <p>
              No evidence yet. In the interview, drop files on a question’s evidence area, paste a
              screenshot, or add a link or a text snippet; everything lands here with its SHA-256.
            </p>
            <Link href={`/audits/${auditId}/interview`} className="button button--primary">
              Go to the interview
            </Link>
          </section>
        ) : (
          <>
            <LockerFilters content={data.content} order={data.order} steps={steps} />
            {shown.length === 0 ? (
              <div className="empty-state">
                <p>No evidence matches these filters.</p>
                <button type="button" className="button" onClick={() => setFilter(NO_FILTER)}>
                  Clear filters
                </button>
              </div>
            ) : (
              <LockerList
                shown={shown}
                showing={showing}
                onShown={() => setShowing(undefined)}
                order={data.order}
                steps={steps}
                readOnly={readOnly}
                onOpen={(chosen) => setPreview({ item: chosen, open: true })}
                lineage={lineage}
                onShow={show}
              />
            )}
          </>
        )}
      </div>
      {preview && (
        <EvidencePreviewDialog
          item={preview.item}
          open={preview.open}
          onRequestClose={() => setPreview((p) => p && { ...p, open: false })}
          onClosed={() => setPreview(undefined)}
          editable={!readOnly}
        />
      )}
    </main>
  )
}
