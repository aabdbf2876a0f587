import { DEFAULT_EDITION, type ReportEdition } from '@core/audit'
import { showError } from '../../components/toast-store'
import { useDatabase } from '../../db/DatabaseContext'
import { useSetting } from '../../db/queries/useSetting'
import { saveSetting } from '../../db/repositories/settings'
import { reportOptionsSetting } from '../../db/settings/known-settings'

/**
 * The edition remembered with the report options, and a way to change it: the action plan's CSV
 * and the Word report follow one choice, so a client never gets internal notes from either.
 */
export function useEditionChoice(): {
  edition: ReportEdition
  choose: (edition: ReportEdition) => void
} {
  const db = useDatabase()
  const stored = useSetting(reportOptionsSetting)
  return {
    edition: stored?.value.edition ?? DEFAULT_EDITION,
    choose: (edition) => {
      if (!stored) return
      void saveSetting(db, reportOptionsSetting, { ...stored.value, edition }).catch(showError)
    },
  }
}
