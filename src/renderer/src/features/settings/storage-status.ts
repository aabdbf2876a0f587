import { bytesFree, storageShare, wholePercent } from '@core/storage'
import { formatByteSize } from '@core/text/byte-size'
import { keepDataPersistent, type StorageManagerLike } from '../../platform/persistent-storage'

/** What the browser says about the app's data: whether it is kept, and how much there is. */
export interface StorageStatus {
  /** True: kept until the user deletes it; false: may be cleared; undefined: no answer. */
  kept: boolean | undefined
  /** Bytes used, and the most the browser lets the app use, when it says. */
  usage: number | undefined
  quota: number | undefined
}

/** Reads both answers at once; a question the browser cannot answer is left undefined. */
export async function readStorageStatus(
  storage: StorageManagerLike | undefined,
): Promise<StorageStatus> {
  const [kept, estimate] = await Promise.all([
    keepDataPersistent(storage),
    storage?.estimate().catch(() => undefined),
  ])
  return { kept, usage: estimate?.usage, quota: estimate?.quota }
}

const BACKUP_ADVICE =
  'Use Export everything on the Audits screen now and then to keep a copy elsewhere.'

/** The status in the user's words: what happens to their data, and what to do about it. */
export function describeStorage(status: StorageStatus): {
  kept: string
  usage?: string
  fill?: string
} {
  const kept =
    status.kept === true
      ? 'Storage: kept until you delete it.'
      : status.kept === false
        ? `Storage: may be cleared by the system when space is low. ${BACKUP_ADVICE}`
        : `Storage: this browser does not say whether it keeps the data. ${BACKUP_ADVICE}`
  if (status.usage === undefined) return { kept }
  const of = status.quota ? ` of ${formatByteSize(status.quota)} available` : ''
  const usage = `${formatByteSize(status.usage)} used${of}.`
  const share = storageShare(status.usage, status.quota)
  if (share === undefined || status.quota === undefined) return { kept, usage }
  const free = formatByteSize(bytesFree(status.usage, status.quota))
  return { kept, usage, fill: `${wholePercent(share)} % of the space is used; ${free} is free.` }
}
