import { useCallback, useEffect, useState } from 'react'
import type { ContentPack } from '@core/content'
import type { LibraryVersion } from '@core/team'
import { showError, useToasts } from '../../components/toast-store'
import { useDatabase } from '../../db/DatabaseContext'
import { useImportedPackRows } from '../../db/queries/usePacks'
import { useTeamStore } from '../../team/team-store'
import { installLibraryVersion, publishPackVersion, versionKey } from './team-library-actions'
import { TeamLibraryView, type TeamLibraryState } from './TeamLibraryView'
import './team-library.css'

/** The firm library (issue 18) in the Library screen: shown only while a workspace is connected. */
export function TeamLibrary() {
  const account = useTeamStore((s) => s.account)
  // Keyed by who is signed in where: another account reads its own firm's library afresh.
  return account ? <TeamLibraryPanel key={`${account.server} ${account.username}`} /> : null
}

function TeamLibraryPanel() {
  const db = useDatabase()
  const rows = useImportedPackRows()
  const readLibrary = useTeamStore((s) => s.readLibrary)
  const publishToLibrary = useTeamStore((s) => s.publishToLibrary)
  const show = useToasts((s) => s.show)
  const [library, setLibrary] = useState<TeamLibraryState>({ state: 'reading' })
  const [busy, setBusy] = useState<string>()

  const read = useCallback(async () => {
    try {
      setLibrary({ state: 'read', ...(await readLibrary()) })
    } catch (error) {
      setLibrary({
        state: 'failed',
        message: error instanceof Error ? error.message : String(error),
      })
    }
  }, [readLibrary])

  useEffect(() => {
    void read()
  }, [read])

  function refresh() {
    setLibrary({ state: 'reading' })
    void read()
  }

  async function publish(pack: ContentPack) {
    setBusy(versionKey(pack))
    try {
      show({ message: await publishPackVersion(publishToLibrary, pack), tone: 'info' })
      await read()
    } catch (error) {
      showError(error)
    } finally {
      setBusy(undefined)
    }
  }

  async function install(version: LibraryVersion) {
    setBusy(versionKey(version.pack))
    try {
      show({ message: await installLibraryVersion(db, version), tone: 'info' })
    } catch (error) {
      showError(error)
    } finally {
      setBusy(undefined)
    }
  }

  return (
    <TeamLibraryView
      library={library}
      installed={rows ?? []}
      busy={busy}
      onPublish={(pack) => void publish(pack)}
      onInstall={(version) => void install(version)}
      onRefresh={refresh}
    />
  )
}
