import { Link, useLocation } from 'wouter'
import { storageShare, wholePercent } from '@core/storage'
import { formatByteSize } from '@core/text/byte-size'
import { browserStorage, type StorageManagerLike } from '../../platform/persistent-storage'
import { useStorageWarningState } from './storage-warning-store'
import { useStorageWarning } from './useStorageUse'
import './storage-warning.css'

/**
 * The banner on every screen when the app's storage is 80 % full or more: how full, which audit
 * takes the most, and the way to Settings' storage part. Dismissed, it stays away for the session.
 */
export function StorageWarning({
  storage = browserStorage(),
}: {
  storage?: Pick<StorageManagerLike, 'estimate'> | undefined
}) {
  const [location] = useLocation()
  const use = useStorageWarning(storage, location)
  const { dismissed, dismiss } = useStorageWarningState()
  if (!use || dismissed) return null
  const percent = wholePercent(storageShare(use.usage, use.quota) ?? 1)
  const [largest] = use.largest
  return (
    <section className="storage-warning" aria-labelledby="storage-warning-title">
      <p className="storage-warning__text">
        <strong id="storage-warning-title">Storage is {percent} % full.</strong>{' '}
        {largest
          ? `The evidence of ${largest.client} (${largest.system}) takes the most: ${formatByteSize(largest.bytes)}. `
          : ''}
        Export and delete audits you no longer need before new evidence cannot be saved.{' '}
        <Link href="/settings/storage">See what takes the space</Link>
      </p>
      <button type="button" className="button button--small" onClick={dismiss}>
        Dismiss<span className="visually-hidden"> storage warning</span>
      </button>
    </section>
  )
}
