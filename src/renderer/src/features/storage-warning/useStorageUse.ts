import { useEffect, useState } from 'react'
import { needsStorageWarning, type AuditSpace } from '@core/storage'
import { useDatabase } from '../../db/DatabaseContext'
import { auditsTakingSpace } from '../../db/queries/storage-use'
import type { StorageManagerLike } from '../../platform/persistent-storage'

export interface StorageUse {
  usage: number
  quota: number
  /** The audits taking the most space, read only when the storage is nearly full. */
  largest: AuditSpace[]
}

/**
 * The browser's estimate of the space used, asked again whenever `asked` changes (the screen
 * shown), and the audits taking the most space when it is 80 % full or more. Undefined while
 * reading, below the threshold, or when the browser does not say.
 */
export function useStorageWarning(
  storage: Pick<StorageManagerLike, 'estimate'> | undefined,
  asked: unknown,
): StorageUse | undefined {
  const db = useDatabase()
  const [use, setUse] = useState<StorageUse>()
  useEffect(() => {
    if (!storage) return
    let current = true
    void (async () => {
      const { usage, quota } = await storage.estimate()
      if (usage === undefined || quota === undefined || !needsStorageWarning(usage, quota)) {
        if (current) setUse(undefined)
        return
      }
      const largest = await auditsTakingSpace(db, 3)
      if (current) setUse({ usage, quota, largest })
    })().catch(() => {
      // A browser that cannot estimate gives no warning; Settings says it does not know.
    })
    return () => {
      current = false
    }
  }, [db, storage, asked])
  return use
}
