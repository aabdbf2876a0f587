import { useMemo } from 'react'
import type { Audit } from '@core/audit'
import { useDatabase } from '../../db/DatabaseContext'
import { deleteAudit, restoreDeletedAudit, setArchived } from '../../db/repositories/audits'
import { showError, useToasts } from '../../components/toast-store'

type Target = Pick<Audit, 'id' | 'client'>

/** Archive, restore and delete, each confirmed by a toast that can undo it. */
export function useAuditActions() {
  const db = useDatabase()
  const show = useToasts((s) => s.show)
  return useMemo(() => {
    const undoable = async (
      change: () => Promise<void>,
      message: string,
      undo: () => Promise<void>,
    ): Promise<boolean> => {
      try {
        await change()
      } catch (error) {
        showError(error)
        return false
      }
      show({ message, tone: 'info', action: { label: 'Undo', run: () => undo().catch(showError) } })
      return true
    }
    return {
      archive: (audit: Target) =>
        undoable(
          () => setArchived(db, audit.id, true),
          `Archived ${audit.client}.`,
          () => setArchived(db, audit.id, false),
        ),
      restore: (audit: Target) =>
        undoable(
          () => setArchived(db, audit.id, false),
          `Restored ${audit.client} from the archive.`,
          () => setArchived(db, audit.id, true),
        ),
      remove: (audit: Target) =>
        undoable(
          () => deleteAudit(db, audit.id),
          `Deleted ${audit.client}.`,
          () => restoreDeletedAudit(db, audit.id),
        ),
    }
  }, [db, show])
}
