import { useEffect, useState } from 'react'
import { browserStorage, type StorageManagerLike } from '../../platform/persistent-storage'
import { describeStorage, readStorageStatus, type StorageStatus } from './storage-status'

/**
 * Whether the browser keeps the audits until the user deletes them, and how much space they
 * take. Read once when Settings opens: not database rows, so not a live query.
 */
export function StorageStatusCard({
  storage = browserStorage(),
}: {
  storage?: StorageManagerLike | undefined
}) {
  const [status, setStatus] = useState<StorageStatus>()
  useEffect(() => {
    let current = true
    void readStorageStatus(storage).then((read) => {
      if (current) setStatus(read)
    })
    return () => {
      current = false
    }
  }, [storage])
  const text = status && describeStorage(status)

  return (
    <section className="card" aria-labelledby="storage-title">
      <h2 id="storage-title" className="card__title">
        Data on this computer
      </h2>
      {text && (
        <>
          <p>{text.kept}</p>
          {text.usage && <p className="muted">{text.usage}</p>}
        </>
      )}
    </section>
  )
}
