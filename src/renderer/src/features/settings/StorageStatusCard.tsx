import { useEffect, useRef, useState } from 'react'
import { Link } from 'wouter'
import { needsStorageWarning, wholePercent, type AuditSpace } from '@core/storage'
import { formatByteSize } from '@core/text/byte-size'
import { useDatabase } from '../../db/DatabaseContext'
import { auditsTakingSpace } from '../../db/queries/storage-use'
import { browserStorage, type StorageManagerLike } from '../../platform/persistent-storage'
import { describeStorage, readStorageStatus, type StorageStatus } from './storage-status'
import './storage-status.css'

/**
 * Whether the browser keeps the audits until the user deletes them, how much space they take and
 * how much is left, and which audits' evidence takes the most. Read once when Settings opens: the
 * estimate is not database rows, so not a live query. `focused`: the storage warning's link
 * brought the user here, so the card is scrolled to and its heading focused.
 */
export function StorageStatusCard({
  storage = browserStorage(),
  focused = false,
}: {
  storage?: StorageManagerLike | undefined
  focused?: boolean
}) {
  const db = useDatabase()
  const [status, setStatus] = useState<StorageStatus>()
  const [largest, setLargest] = useState<AuditSpace[]>()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    let current = true
    void Promise.all([readStorageStatus(storage), auditsTakingSpace(db)]).then(([read, audits]) => {
      if (!current) return
      setStatus(read)
      setLargest(audits)
    })
    return () => {
      current = false
    }
  }, [db, storage])
  useEffect(() => {
    if (!focused || !largest) return
    heading.current?.scrollIntoView({ block: 'start' })
    heading.current?.focus()
  }, [focused, largest])
  const text = status && describeStorage(status)
  const nearlyFull = status !== undefined && needsStorageWarning(status.usage, status.quota)

  return (
    <section className="card" aria-labelledby="storage-title">
      <h2 id="storage-title" className="card__title" tabIndex={-1} ref={heading}>
        Data on this computer
      </h2>
      {text && (
        <>
          <p>{text.kept}</p>
          {text.usage && <p className="muted">{text.usage}</p>}
          {text.fill && <p className={nearlyFull ? 'notice' : 'muted'}>{text.fill}</p>}
        </>
      )}
      {largest && <LargestAudits audits={largest} />}
    </section>
  )
}

function LargestAudits({ audits }: { audits: AuditSpace[] }) {
  if (audits.length === 0) return <p className="muted">No evidence is stored yet.</p>
  return (
    <>
      <h3 id="storage-audits-title" className="storage-audits__title">
        What takes the space
      </h3>
      <ol className="storage-audits" aria-labelledby="storage-audits-title">
        {audits.map((audit) => (
          <li key={audit.auditId}>
            <Link href={`/audits/${audit.auditId}/evidence`}>
              {audit.client} · {audit.system}
            </Link>
            : {formatByteSize(audit.bytes)} of evidence ({wholePercent(audit.share)} % of all)
          </li>
        ))}
      </ol>
    </>
  )
}
